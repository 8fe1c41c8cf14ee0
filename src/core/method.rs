//! An account's second factors: their kinds, their lifecycle, and the record
//! of each.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::otp::App;

/// One second factor of an account, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    pub id: i64,
    pub account_id: i64,
    pub kind: MethodKind,
    pub label: String,
    pub status: Status,
    /// Settings and state of an authenticator app; `None` for sent codes.
    pub app: Option<App>,
    /// Phone (E.164) or email address of a sent-code method.
    pub address: Option<String>,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub last_used_at: Option<i64>,
    /// Where the last wrong code of a TOTP app would have matched.
    pub last_refused: Option<RefusedOffset>,
}

/// The nearest offset from the true time, within ten minutes, at which a
/// refused TOTP code would have matched (the code itself is never kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefusedOffset {
    /// In steps; positive when the phone's clock is ahead.
    pub offset: i64,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MethodKind {
    Totp,
    Hotp,
    Sms,
    Whatsapp,
    Email,
    /// A one-time recovery code; never a row of the methods table.
    #[serde(rename = "backup_code")]
    BackupCode,
}

impl MethodKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MethodKind::Totp => "totp",
            MethodKind::Hotp => "hotp",
            MethodKind::Sms => "sms",
            MethodKind::Whatsapp => "whatsapp",
            MethodKind::Email => "email",
            MethodKind::BackupCode => "backup_code",
        }
    }

    /// An authenticator app holds a seed; the other kinds are sent codes.
    pub fn is_app(self) -> bool {
        matches!(self, MethodKind::Totp | MethodKind::Hotp)
    }

    /// A restricted authenticator (NIST 800-63B §5.1.3.3): a code sent over
    /// a channel that can be redirected (SIM swap, account takeover).
    pub fn is_restricted(self) -> bool {
        matches!(self, MethodKind::Sms | MethodKind::Whatsapp | MethodKind::Email)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Enrolled, waiting for a first code to prove it works; never accepted by verify.
    Pending,
    Active,
    Disabled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Disabled => "disabled",
        }
    }
}

macro_rules! display_and_parse {
    ($t:ty, $($v:expr),+) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                [$($v),+].into_iter().find(|v| v.as_str() == s)
                    .ok_or_else(|| format!("unknown {} {s:?}", stringify!($t)))
            }
        }
    };
}

display_and_parse!(
    MethodKind,
    MethodKind::Totp,
    MethodKind::Hotp,
    MethodKind::Sms,
    MethodKind::Whatsapp,
    MethodKind::Email,
    MethodKind::BackupCode
);
display_and_parse!(Status, Status::Pending, Status::Active, Status::Disabled);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in [
            MethodKind::Totp,
            MethodKind::Hotp,
            MethodKind::Sms,
            MethodKind::Whatsapp,
            MethodKind::Email,
            MethodKind::BackupCode,
        ] {
            assert_eq!(k.to_string().parse::<MethodKind>(), Ok(k));
        }
        for s in [Status::Pending, Status::Active, Status::Disabled] {
            assert_eq!(s.to_string().parse::<Status>(), Ok(s));
        }
        assert!("sms2".parse::<MethodKind>().is_err());
        assert!(MethodKind::Sms.is_restricted() && MethodKind::Email.is_restricted());
        assert!(!MethodKind::Totp.is_restricted() && !MethodKind::Hotp.is_restricted());
        assert_eq!(serde_json::to_string(&MethodKind::BackupCode).unwrap(), "\"backup_code\"");
    }
}
