//! `login`'s answer: its JSON document, and what the person is told.

use std::io;

use serde::Serialize;

use crate::auth::Attempt;
use crate::output::attempt::{outcome_of, tell_person, warn_if_low_person};
use crate::output::views::LoginView;
use crate::output::{Answer, Printer};
use crate::Outcome;

/// `login`'s answer: its JSON document, and what a person is told.
#[derive(Serialize)]
pub(super) struct LoginAnswer<'a> {
    #[serde(flatten)]
    pub view: LoginView<'a>,
    #[serde(skip)]
    pub said: Said,
}

/// How the sign-in ended, for the person.
pub(super) enum Said {
    /// An attempt refused (or a lockout): told as `verify` tells it.
    Refused(Attempt),
    /// Signed in with a code; the device token, if one was made and not saved to a file.
    SignedIn { with: String, token: Option<String>, remaining: Option<i64> },
    /// Signed in on a trusted device.
    TrustedDevice { device: String },
    /// No code was given and none could be asked for: what to pass next;
    /// `untrusted`: an offered device was not trusted (exit 1), else exit 2.
    CodeRequired { next: String, untrusted: bool },
    /// "I can't use any of these": already told.
    GaveUp,
    /// A recovery ticket's new app, waiting for its first code (exit 2):
    /// its URI on stdout, and what to run next.
    TicketApp { uri: String, next: String },
}

impl Answer for LoginAnswer<'_> {
    fn outcome(&self) -> Outcome {
        match &self.said {
            Said::Refused(attempt) => outcome_of(Some(attempt)),
            Said::SignedIn { .. } | Said::TrustedDevice { .. } => Outcome::Success,
            Said::CodeRequired { untrusted: false, .. } | Said::TicketApp { .. } => Outcome::Invalid,
            Said::CodeRequired { untrusted: true, .. } | Said::GaveUp => Outcome::Refused,
        }
    }

    fn dead_end(&self) -> bool {
        matches!(self.said, Said::Refused(Attempt::Locked { .. }))
    }

    /// A new device token not saved to a file is shown here, once.
    fn data(&self, p: &Printer) -> io::Result<()> {
        match &self.said {
            Said::SignedIn { token: Some(token), .. } => p.line(token)?,
            Said::TicketApp { uri, .. } => p.line(uri)?,
            _ => {}
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        let name = self.view.verify.account;
        match &self.said {
            Said::Refused(attempt) => tell_person(p, name, attempt),
            Said::SignedIn { with, token, remaining } => {
                p.note(format_args!("Signed in as {name:?} with {with}."));
                if token.is_some() && !p.json {
                    p.note("The device token above is shown once: keep it on this device.");
                }
                if let Some(remaining) = remaining {
                    warn_if_low_person(p, *remaining);
                }
                for step in &self.view.next_steps {
                    p.note(format_args!("Next: {step}"));
                }
            }
            Said::TrustedDevice { device } => {
                p.note(format_args!("Signed in as {name:?} on the trusted device {device:?}."))
            }
            Said::CodeRequired { next, untrusted: true } => {
                p.note(format_args!("refused: the device is not trusted and no code was given: {next}"))
            }
            Said::CodeRequired { next, untrusted: false } => {
                p.error(format_args!("a code is needed to sign in as {name:?}: {next} (no terminal to ask on)"))
            }
            Said::GaveUp => {}
            Said::TicketApp { next, .. } => p.error(format_args!(
                "a code from the new app is needed to sign in as {name:?}: {next} (no terminal to ask on)"
            )),
        }
    }
}
