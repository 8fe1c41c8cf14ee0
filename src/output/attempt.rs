//! How an attempt reads: its exit code, and its words for a person.

use super::views::VerifyView;
use super::{format_time, Answer, Printer};
use crate::auth::{Attempt, Factor};
use crate::core::backup_code::LOW_WATER;
use crate::core::lockout::Lockout;
use crate::core::refusal::Refusal;
use crate::{locked_message, Outcome};

/// `verify`'s answer: the verify document of an attempt.
#[derive(Debug, serde::Serialize)]
pub struct VerifyAnswer<'a> {
    #[serde(flatten)]
    pub view: VerifyView<'a>,
    #[serde(skip)]
    pub attempt: Attempt,
}

impl<'a> VerifyAnswer<'a> {
    pub fn new(account: &'a str, attempt: Attempt) -> Self {
        VerifyAnswer { view: VerifyView::of(account, &attempt), attempt }
    }
}

impl Answer for VerifyAnswer<'_> {
    fn outcome(&self) -> Outcome {
        outcome_of(Some(&self.attempt))
    }

    fn notes(&self, p: &Printer) {
        tell(p, self.view.account, &self.attempt);
        warn_low_after(p, self.view.account, &self.attempt);
    }

    fn dead_end(&self) -> bool {
        matches!(self.attempt, Attempt::Locked { .. })
    }
}

/// After a backup code was accepted: a warning when few are left.
pub fn warn_low_after(p: &Printer, name: &str, attempt: &Attempt) {
    if let Attempt::Accepted { factor: Factor::BackupCode { remaining, .. }, .. } = attempt {
        warn_if_low(p, name, *remaining);
    }
}

/// The exit code of an attempt: 0 accepted, 1 refused, 3 locked.
pub fn outcome_of(attempt: Option<&Attempt>) -> Outcome {
    match attempt {
        Some(Attempt::Accepted { .. }) => Outcome::Success,
        Some(Attempt::Locked { .. }) => Outcome::Locked,
        Some(Attempt::Refused { .. }) | None => Outcome::Refused,
    }
}

/// An attempt in words, on stderr; a lockout as an error line.
pub fn tell(p: &Printer, name: &str, attempt: &Attempt) {
    match attempt {
        Attempt::Accepted { factor: Factor::Method(m), .. } => {
            p.note(format_args!("verified by {} method {} ({:?})", m.kind, m.id, m.label))
        }
        Attempt::Accepted { factor: Factor::BackupCode { remaining, .. }, .. } => {
            p.note(format_args!("verified by a backup code; {remaining} left"))
        }
        Attempt::Accepted { factor: Factor::Password, .. } => p.note("password accepted"),
        // A backup code is not asked for again: it says what became of it.
        Attempt::Refused { factor: Some(Factor::BackupCode { used_at: Some(at), .. }), .. } => {
            p.note(format_args!("refused: this backup code was already used, at {} UTC", format_time(*at)))
        }
        Attempt::Refused { refusal: Refusal::WrongCode, factor: Some(Factor::BackupCode { .. }), .. } => {
            p.note("refused: wrong backup code (or one from a set that was replaced)")
        }
        Attempt::Refused { refusal, .. } => p.note(format_args!("refused: {refusal}")),
        Attempt::Locked { retry_after } => {
            p.error(locked_message(name, *retry_after));
            p.tell_support();
        }
    }
    tell_tries_left(p, attempt);
}

/// As `tell`, for the person signing in, who may be anyone who knows the
/// name: a hard lock names no operator command, only whom to ask.
pub fn tell_person(p: &Printer, name: &str, attempt: &Attempt) {
    match attempt {
        Attempt::Locked { retry_after: None } => {
            p.error(format_args!(
                "{name:?} is locked out after too many failed codes; only an administrator can unlock it"
            ));
            p.tell_support();
        }
        attempt => tell(p, name, attempt),
    }
}

/// After a counted refusal: the warning before a wait (or the hard lock) comes.
pub fn tell_tries_left(p: &Printer, attempt: &Attempt) {
    if let Attempt::Refused { ahead: Some(ahead), .. } = attempt {
        let locked = ahead.then == Lockout::Locked;
        match (ahead.tries_left, locked) {
            (0, false) => p.note("No tries left: the next code must wait."),
            (0, true) => p.note("No tries left: sign-in is now locked until an administrator unlocks it."),
            (n, _) => {
                let tries = if n == 1 { "1 try".to_owned() } else { format!("{n} tries") };
                let then = if locked { "sign-in is locked until an administrator unlocks it" } else { "a wait" };
                p.note(format_args!("{tries} left before {then}."))
            }
        }
    }
}

/// Warns the person who just signed in when few backup codes are left: in
/// their words, without the operator's command.
pub fn warn_if_low_person(p: &Printer, remaining: i64) {
    if remaining <= LOW_WATER {
        p.warn(format_args!("{}: ask your administrator for a new set", codes_left(remaining)));
    }
}

/// Warns when few backup codes are left.
pub fn warn_if_low(p: &Printer, name: &str, remaining: i64) {
    if remaining <= LOW_WATER {
        let left = codes_left(remaining);
        p.warn(format_args!("{left} for {name:?}: make a new set with `tfa backup-codes generate {name}`"));
    }
}

fn codes_left(remaining: i64) -> String {
    match remaining {
        0 => "no backup codes are left".to_owned(),
        1 => "only 1 backup code is left".to_owned(),
        n => format!("only {n} backup codes are left"),
    }
}
