//! A sign-in in the words of the person signing in, who may be anyone who
//! knows the name: ways by channel, addresses masked; no labels, counts or
//! gateway detail before the sign-in succeeds.

use crate::auth::login::Way;
use crate::auth::Factor;
use crate::core::mask;
use crate::core::method::{Method, MethodKind};

/// A way in words, for the person signing in: no labels of sent-code
/// methods, addresses masked.
pub(super) fn channel(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Sms => "SMS",
        MethodKind::Whatsapp => "WhatsApp",
        _ => "email",
    }
}

pub(super) fn masked(m: &Method) -> String {
    m.address.as_deref().map_or_else(String::new, |address| mask::address(m.kind, address))
}

/// The item in the "Try another way" menu.
pub(super) fn choice(way: &Way) -> String {
    match way {
        Way::App(_) => "Get a code from your authenticator app".to_owned(),
        Way::Sent(m) => format!("Send a code by {} to {}", channel(m.kind), masked(m)),
        Way::Backup { .. } => "Use a backup code".to_owned(),
    }
}

/// The question at the code prompt.
pub(super) fn question(way: &Way) -> String {
    let what = match way {
        Way::App(_) => "Code from your authenticator app".to_owned(),
        Way::Sent(m) => format!("Code sent by {} to {}", channel(m.kind), masked(m)),
        Way::Backup { .. } => "Backup code".to_owned(),
    };
    format!("{what} (Enter alone: try another way)")
}

/// A code that could not go out, as the person signing in is told it: the
/// address masked, no gateway detail (that is in `tfa methods`).
pub(super) fn not_sent(m: &Method) -> String {
    format!("the code could not be sent by {} to {}; try another way", channel(m.kind), masked(m))
}

/// What signed in, in words: "the authenticator app "phone"".
pub(super) fn signed_in_with(factor: &Factor) -> String {
    match factor {
        Factor::Method(m) if m.app.is_some() => format!("the authenticator app {:?}", m.label),
        Factor::Method(m) => format!("a code sent by {} to {}", channel(m.kind), masked(m)),
        Factor::BackupCode { remaining, .. } => format!("a backup code ({remaining} left)"),
        Factor::Password => "a password".to_owned(),
    }
}

/// A method the person could not use, named once they are signed in (its
/// label then tells their apps apart): "the authenticator app "phone"",
/// "the phone •••• 6789", "the email address a•••@example.com".
pub(super) fn lost_method(m: &Method) -> String {
    match m.kind {
        _ if m.app.is_some() => format!("the authenticator app {:?}", m.label),
        MethodKind::Email => format!("the email address {}", masked(m)),
        _ => format!("the phone {}", masked(m)),
    }
}
