//! Why a way in said no: one type for every way in (a code, a backup code,
//! a device token, a password), with the reason scripts and the audit log
//! see and the sentence a person reads, side by side.

use super::device::Untrusted;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// It matches nothing this account has.
    WrongCode,
    /// An authenticator app's code for the step (or counter) already accepted.
    Replayed,
    /// An authenticator app's code from before the last accepted one.
    OlderThanLast,
    /// A sent code whose time ran out.
    Expired,
    /// A sent code that a resend replaced.
    Superseded,
    /// A sent code or a backup code that was already used.
    Used,
    /// A sent code voided after too many wrong tries.
    TooManyAttempts,
    /// A sent code whose delivery failed.
    Undelivered,
    /// Not a code of any kind tfa knows; refused before any lookup.
    Malformed,
    /// A device token that no device of the account has.
    UnknownDevice,
    /// A device token whose trust ran out.
    ExpiredDevice,
    /// A device token of a revoked device.
    RevokedDevice,
    /// A device token that a rotation replaced moments ago.
    RotatedToken,
    /// The account's password did not match.
    WrongPassword,
    /// A device token was offered, not trusted, and no code was given.
    UntrustedDevice,
    /// No code was given and none could be asked for.
    CodeRequired,
    /// The person could use none of the ways offered.
    NoUsableWay,
    /// A recovery ticket that no completed recovery of the account issued.
    WrongTicket,
    /// A recovery ticket whose time ran out.
    TicketExpired,
    /// A recovery ticket that was already used.
    TicketUsed,
    /// Too many failures: wait `retry_after` seconds.
    Throttled,
    /// Too many failures: only `tfa unlock` lifts it.
    Locked,
}

impl Refusal {
    /// The `reason` scripts and the audit log see.
    pub const fn as_str(self) -> &'static str {
        match self {
            Refusal::WrongCode => "wrong_code",
            Refusal::Replayed => "replayed",
            Refusal::OlderThanLast => "older_than_last",
            Refusal::Expired => "expired",
            Refusal::Superseded => "superseded",
            Refusal::Used => "used",
            Refusal::TooManyAttempts => "too_many_attempts",
            Refusal::Undelivered => "undelivered",
            Refusal::Malformed => "malformed",
            // `device check` reads `reason` beside `trusted: false`: the device's state alone.
            Refusal::UnknownDevice => "unknown",
            Refusal::ExpiredDevice => "expired",
            Refusal::RevokedDevice => "revoked",
            Refusal::RotatedToken => "rotated",
            Refusal::WrongPassword => "wrong_password",
            Refusal::UntrustedDevice => "untrusted_device",
            Refusal::CodeRequired => "code_required",
            Refusal::NoUsableWay => "no_usable_way",
            Refusal::WrongTicket => "wrong_ticket",
            Refusal::TicketExpired => "ticket_expired",
            Refusal::TicketUsed => "ticket_used",
            Refusal::Throttled => "throttled",
            Refusal::Locked => "locked",
        }
    }

    /// What to tell the person who tried.
    pub fn explain(self) -> &'static str {
        match self {
            Refusal::WrongCode => "wrong code",
            Refusal::Replayed => "this code was already used; wait for the next one",
            Refusal::OlderThanLast => "this code is older than the last one accepted; use the newest code, or, if the phone's clock was just set back, wait until its codes pass the last one accepted",
            Refusal::Expired => "this code has expired; ask for a new one",
            Refusal::Superseded => "a newer code was sent since; use the latest one",
            Refusal::Used => "this code was already used; ask for a new one",
            Refusal::TooManyAttempts => "too many wrong codes were tried; this code is void, ask for a new one",
            Refusal::Undelivered => "this code was never delivered; ask for a new one",
            Refusal::Malformed => "this is not a code",
            Refusal::UnknownDevice => "this device is not one of the account's trusted devices",
            Refusal::ExpiredDevice => "this device's trust has expired; sign in with a code and trust it again",
            Refusal::RevokedDevice => "this device was revoked",
            Refusal::RotatedToken => "this token was just replaced by a new one; use the new token",
            Refusal::WrongPassword => "wrong password",
            Refusal::UntrustedDevice => "the device is not trusted and no code was given",
            Refusal::CodeRequired => "a code is needed",
            Refusal::NoUsableWay => "no way to sign in could be used",
            Refusal::WrongTicket => "this is not a recovery ticket for this account",
            Refusal::TicketExpired => "this recovery ticket has expired; ask for a new one",
            Refusal::TicketUsed => "this recovery ticket was already used",
            Refusal::Throttled => "too many failed attempts; wait before trying again",
            Refusal::Locked => "locked after too many failed attempts; an operator must unlock the account",
        }
    }

    /// The refusal a lockout gives: a wait, or the hard lock.
    pub fn of_lockout(retry_after: Option<u64>) -> Refusal {
        if retry_after.is_some() {
            Refusal::Throttled
        } else {
            Refusal::Locked
        }
    }
}

impl From<Untrusted> for Refusal {
    fn from(why: Untrusted) -> Refusal {
        match why {
            Untrusted::Unknown => Refusal::UnknownDevice,
            Untrusted::Expired => Refusal::ExpiredDevice,
            Untrusted::Revoked => Refusal::RevokedDevice,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.explain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_snake_case_and_sentences_are_plain() {
        let all = [
            Refusal::WrongCode,
            Refusal::Replayed,
            Refusal::OlderThanLast,
            Refusal::Expired,
            Refusal::Superseded,
            Refusal::Used,
            Refusal::TooManyAttempts,
            Refusal::Undelivered,
            Refusal::Malformed,
            Refusal::UnknownDevice,
            Refusal::ExpiredDevice,
            Refusal::RevokedDevice,
            Refusal::RotatedToken,
            Refusal::WrongPassword,
            Refusal::UntrustedDevice,
            Refusal::CodeRequired,
            Refusal::NoUsableWay,
            Refusal::WrongTicket,
            Refusal::TicketExpired,
            Refusal::TicketUsed,
            Refusal::Throttled,
            Refusal::Locked,
        ];
        for r in all {
            assert!(r.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{r:?}");
            assert!(!r.explain().is_empty() && !r.explain().contains('`'), "{r:?}");
        }
        assert_eq!(Refusal::of_lockout(Some(30)), Refusal::Throttled);
        assert_eq!(Refusal::of_lockout(None), Refusal::Locked);
    }
}
