//! Account recovery, for someone who lost every factor (NIST 800-63B
//! §6.1.2.3): a request, identity checks recorded by an operator, a
//! waiting period during which every contact is told and may cancel with a
//! code, then a one-time ticket that lets the person enroll a new
//! authenticator app on their own screen. The rules, without I/O.

use std::fmt;

use data_encoding::BASE64URL_NOPAD;
use rand::{CryptoRng, RngCore};
use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// How long a request waits before it may be completed, unless the policy says otherwise.
pub const DEFAULT_WAIT: u64 = 24 * 3600;
/// Identity checks a request needs before it may be completed, by default.
pub const DEFAULT_CHECKS: u32 = 1;
/// How long a ticket stays good, by default.
pub const DEFAULT_TICKET_TTL: &str = "1h";
/// The longest a ticket may be good for: a day.
pub const MAX_TICKET_TTL: u64 = 24 * 3600;
/// An open request not completed this long after it became ready expires.
pub const READY_FOR: u64 = 14 * 86_400;
/// The longest waiting period a policy may set: 30 days.
pub const MAX_WAIT: u64 = 30 * 86_400;
/// The most identity checks a policy may ask for.
pub const MAX_CHECKS: u32 = 10;

/// The store's recovery policy (kept beside the lockout policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Seconds from a request to the earliest completion.
    pub wait: u64,
    /// Identity checks needed before completion.
    pub checks: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { wait: DEFAULT_WAIT, checks: DEFAULT_CHECKS }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Waiting for checks, the waiting period, and an operator to complete it.
    Opened,
    Cancelled,
    /// Completed: every old factor is off, a ticket was issued.
    Completed,
    /// Not completed in time (`READY_FOR` after it became ready).
    Expired,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Opened => "opened",
            State::Cancelled => "cancelled",
            State::Completed => "completed",
            State::Expired => "expired",
        }
    }

    /// The state as stored; `None` for a value no tfa writes.
    pub fn parse(text: &str) -> Option<State> {
        [State::Opened, State::Cancelled, State::Completed, State::Expired].into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A recovery request as stored, with its checks counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: i64,
    pub account_id: i64,
    pub account: String,
    /// Why it was asked for, in the operator's words.
    pub reason: Option<String>,
    pub opened_at: i64,
    /// The earliest time it may be completed.
    pub ready_at: i64,
    pub checks_needed: u32,
    pub checks: u32,
    /// As stored: `Opened` may have expired since (see `state`).
    pub stored: State,
    pub closed_at: Option<i64>,
    pub ticket_expires_at: Option<i64>,
    pub ticket_used_at: Option<i64>,
}

impl Request {
    /// Where it stands at `now`: an open request past its time has expired.
    pub fn state(&self, now: u64) -> State {
        match self.stored {
            State::Opened if now as i64 >= self.expires_at() => State::Expired,
            stored => stored,
        }
    }

    /// When an open request expires.
    pub fn expires_at(&self) -> i64 {
        self.ready_at.saturating_add(READY_FOR as i64)
    }

    /// Whether it may be completed now; if not, why.
    pub fn readiness(&self, now: u64) -> Result<(), NotReady> {
        match self.state(now) {
            State::Opened => {}
            closed => return Err(NotReady::Closed(closed)),
        }
        if (now as i64) < self.ready_at {
            return Err(NotReady::Waiting { retry_after: (self.ready_at - now as i64) as u64 });
        }
        if self.checks < self.checks_needed {
            return Err(NotReady::ChecksMissing { have: self.checks, need: self.checks_needed });
        }
        Ok(())
    }

    /// Where its ticket stands: good, used or expired; `None` before one was issued.
    pub fn ticket(&self, now: u64) -> Option<Result<(), TicketRefusal>> {
        let expires_at = self.ticket_expires_at?;
        Some(if self.ticket_used_at.is_some() {
            Err(TicketRefusal::Used)
        } else if now as i64 >= expires_at {
            Err(TicketRefusal::Expired)
        } else {
            Ok(())
        })
    }
}

/// Why a request may not be completed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReady {
    /// The waiting period runs for `retry_after` more seconds.
    Waiting { retry_after: u64 },
    /// Fewer identity checks than the policy asks for.
    ChecksMissing { have: u32, need: u32 },
    /// Cancelled, completed or expired.
    Closed(State),
}

/// Why a ticket was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketRefusal {
    Expired,
    Used,
}

/// The request's opening times: ready after the waiting period.
pub fn ready_at(policy: &Policy, now: u64) -> i64 {
    now.saturating_add(policy.wait) as i64
}

/// Bytes of a ticket: 256 bits.
pub const TICKET_BYTES: usize = 32;
/// Characters of a ticket as printed (unpadded base64url).
pub const TICKET_CHARS: usize = 43;

/// A recovery ticket: a bearer secret handed once to the person, kept only
/// as its SHA-256. Zeroized on drop; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Ticket([u8; TICKET_BYTES]);

/// A ticket's SHA-256: what the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketHash(pub [u8; 32]);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MalformedTicket {
    #[error("the recovery ticket is empty")]
    Empty,
    #[error("this is not a recovery ticket: expected {TICKET_CHARS} characters of base64url")]
    Shape,
}

impl Ticket {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut bytes = [0u8; TICKET_BYTES];
        rng.fill_bytes(&mut bytes);
        Ticket(bytes)
    }

    /// Reads a ticket; surrounding whitespace is ignored.
    pub fn parse(text: &str) -> Result<Self, MalformedTicket> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MalformedTicket::Empty);
        }
        if text.len() != TICKET_CHARS {
            return Err(MalformedTicket::Shape);
        }
        let mut decoded = BASE64URL_NOPAD.decode(text.as_bytes()).map_err(|_| MalformedTicket::Shape)?;
        let ticket = <[u8; TICKET_BYTES]>::try_from(decoded.as_slice()).map(Ticket).map_err(|_| MalformedTicket::Shape);
        decoded.zeroize();
        ticket
    }

    pub fn encode(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(BASE64URL_NOPAD.encode(&self.0))
    }

    pub fn hash(&self) -> TicketHash {
        TicketHash(crate::crypto::sha256(&self.0))
    }
}

impl fmt::Debug for Ticket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Ticket(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(now: i64) -> Request {
        Request {
            id: 1,
            account_id: 1,
            account: "alice".into(),
            reason: None,
            opened_at: now,
            ready_at: now + DEFAULT_WAIT as i64,
            checks_needed: 1,
            checks: 0,
            stored: State::Opened,
            closed_at: None,
            ticket_expires_at: None,
            ticket_used_at: None,
        }
    }

    #[test]
    fn a_request_waits_then_needs_its_checks_then_expires() {
        let r = request(1000);
        assert_eq!(r.readiness(1000), Err(NotReady::Waiting { retry_after: DEFAULT_WAIT }));
        let ready = 1000 + DEFAULT_WAIT;
        assert_eq!(r.readiness(ready - 1), Err(NotReady::Waiting { retry_after: 1 }));
        assert_eq!(r.readiness(ready), Err(NotReady::ChecksMissing { have: 0, need: 1 }));
        let checked = Request { checks: 1, ..r.clone() };
        assert_eq!(checked.readiness(ready), Ok(()));
        assert_eq!(checked.state(ready + READY_FOR - 1), State::Opened);
        assert_eq!(checked.state(ready + READY_FOR), State::Expired);
        assert_eq!(checked.readiness(ready + READY_FOR), Err(NotReady::Closed(State::Expired)));
        let cancelled = Request { stored: State::Cancelled, ..checked };
        assert_eq!(cancelled.readiness(ready), Err(NotReady::Closed(State::Cancelled)));
        assert_eq!(cancelled.state(ready + READY_FOR), State::Cancelled, "only an open request expires");
    }

    #[test]
    fn a_ticket_is_good_once_and_until_it_expires() {
        let r = Request { stored: State::Completed, ticket_expires_at: Some(500), ..request(0) };
        assert_eq!(request(0).ticket(10), None);
        assert_eq!(r.ticket(499), Some(Ok(())));
        assert_eq!(r.ticket(500), Some(Err(TicketRefusal::Expired)));
        let used = Request { ticket_used_at: Some(100), ..r };
        assert_eq!(used.ticket(200), Some(Err(TicketRefusal::Used)));
    }

    #[test]
    fn tickets_round_trip_and_odd_input_is_refused() {
        let t = Ticket::generate(&mut rand::rngs::OsRng);
        let text = t.encode();
        assert_eq!(text.len(), TICKET_CHARS);
        assert_eq!(Ticket::parse(&format!("  {}\n", text.as_str())).unwrap().hash(), t.hash());
        assert_eq!(Ticket::parse(""), Err(MalformedTicket::Empty));
        assert_eq!(Ticket::parse("abc"), Err(MalformedTicket::Shape));
        assert_eq!(Ticket::parse(&"!".repeat(TICKET_CHARS)), Err(MalformedTicket::Shape));
        assert!(!format!("{t:?}").contains(text.as_str()));
    }

    #[test]
    fn states_read_back() {
        for s in [State::Opened, State::Cancelled, State::Completed, State::Expired] {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        assert_eq!(State::parse("open"), None);
    }
}
