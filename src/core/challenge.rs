//! Sent codes (SMS, WhatsApp, email): a challenge is one code sent to one
//! method. Pure rules: the code, its expiry, its attempts, resends and
//! their throttle. Time comes in as `now`; matching a typed code against a
//! stored MAC is the caller's (it needs the key).

use std::fmt;

use rand::{CryptoRng, Rng};
use zeroize::Zeroizing;

/// Digits in a sent code.
pub const CODE_DIGITS: usize = 6;
/// Seconds a code stays valid unless told otherwise (NIST 800-63B §5.1.3.2).
pub const DEFAULT_TTL: u64 = 5 * 60;
/// The longest a code may be valid.
pub const MAX_TTL: u64 = 10 * 60;
/// Wrong codes a challenge takes before it is void.
pub const MAX_ATTEMPTS: u32 = 5;
/// Seconds before another code may be sent to the same method.
pub const RESEND_AFTER: u64 = 60;

/// The message sent unless the operator gives another template.
pub const DEFAULT_TEMPLATE: &str =
    "{code} is your verification code for {account}. It expires in {minutes} min. Never share it with anyone.";

/// A freshly drawn code in plain form. It exists only between drawing and
/// delivery; `Debug` never shows it and it is wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct SentCode(Zeroizing<String>);

impl SentCode {
    /// Six digits, uniform over 000000-999999.
    pub fn generate<R: Rng + CryptoRng>(rng: &mut R) -> Self {
        let n: u32 = rng.gen_range(0..1_000_000);
        SentCode(Zeroizing::new(format!("{n:0width$}", width = CODE_DIGITS)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SentCode(<redacted>)")
    }
}

/// What became of a challenge, as stored. `Expired` is not stored: it is
/// a live challenge whose time has run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Sent and not yet used, replaced or void.
    Live,
    /// Accepted once; never again.
    Used,
    /// A resend replaced it.
    Superseded,
    /// Too many wrong codes were tried against it.
    Exhausted,
    /// The delivery command failed or timed out; nobody should have the code.
    Undelivered,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Live => "live",
            Status::Used => "used",
            Status::Superseded => "superseded",
            Status::Exhausted => "exhausted",
            Status::Undelivered => "undelivered",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [Status::Live, Status::Used, Status::Superseded, Status::Exhausted, Status::Undelivered]
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("unknown challenge status {s:?}"))
    }
}

/// A challenge as the rules see it (the MAC stays with the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub id: i64,
    pub method_id: i64,
    pub created_at: u64,
    pub expires_at: u64,
    pub attempts: u32,
    pub status: Status,
}

impl Challenge {
    /// Whether a right code would be accepted now.
    pub fn is_live(&self, now: u64) -> bool {
        self.status == Status::Live && now < self.expires_at && self.attempts < MAX_ATTEMPTS
    }

    /// Why a right code would be refused now, if it would.
    pub fn refusal(&self, now: u64) -> Option<Refusal> {
        match self.status {
            Status::Used => Some(Refusal::Used),
            Status::Superseded => Some(Refusal::Superseded),
            Status::Exhausted => Some(Refusal::TooManyAttempts),
            Status::Undelivered => Some(Refusal::Undelivered),
            Status::Live if self.attempts >= MAX_ATTEMPTS => Some(Refusal::TooManyAttempts),
            Status::Live if now >= self.expires_at => Some(Refusal::Expired),
            Status::Live => None,
        }
    }
}

use super::refusal::Refusal;

/// One wrong try counted against a live challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    pub challenge_id: i64,
    /// The count after this try.
    pub attempts: u32,
    /// This try used up the last attempt: the challenge is void from now on.
    pub exhausted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The code matches a live challenge: consume it.
    Accepted { challenge_id: i64, method_id: i64 },
    /// Refused; every live challenge counts one more wrong try.
    Refused { reason: Refusal, method_id: Option<i64>, attempts: Vec<Attempt> },
}

/// Checks a typed code against recent challenges (newest first). `matches`
/// says whether the code is the one sent for a challenge; it is asked of
/// every challenge, so the time taken does not depend on which one matched.
pub fn check(challenges: &[Challenge], now: u64, matches: impl Fn(&Challenge) -> bool) -> Verdict {
    let matched: Vec<bool> = challenges.iter().map(&matches).collect();
    let hit = challenges.iter().zip(&matched).filter(|(_, m)| **m).map(|(c, _)| c);
    let mut refused_match = None;
    for c in hit {
        if c.is_live(now) {
            return Verdict::Accepted { challenge_id: c.id, method_id: c.method_id };
        }
        refused_match = refused_match.or(Some(c));
    }
    let (reason, method_id) = match refused_match {
        Some(c) => (c.refusal(now).unwrap_or(Refusal::WrongCode), Some(c.method_id)),
        None => (Refusal::WrongCode, None),
    };
    // Any refused try counts against the codes still open: with at most
    // MAX_ATTEMPTS tries each, a guesser's odds stay at 5 in a million.
    let attempts = challenges
        .iter()
        .filter(|c| c.is_live(now))
        .map(|c| Attempt { challenge_id: c.id, attempts: c.attempts + 1, exhausted: c.attempts + 1 >= MAX_ATTEMPTS })
        .collect();
    Verdict::Refused { reason, method_id, attempts }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendDecision {
    /// Send a new code; these live challenges are superseded by it.
    Send { supersede: Vec<i64> },
    /// Too soon after the last code to this method.
    Throttled { retry_after: u64 },
}

/// Whether a new code may be sent to a method, given its recent challenges.
/// A code that was used, or whose delivery failed, does not hold back the
/// next one: the throttle is about codes still out there.
pub fn decide_send(recent: &[Challenge], now: u64) -> SendDecision {
    decide_send_after(recent, &[], now)
}

/// As `decide_send`, where `other_sends` are when messages without a code
/// (`tfa send --test`) went to the same method: they hold back the next
/// message as a code does, and void nothing.
pub fn decide_send_after(recent: &[Challenge], other_sends: &[u64], now: u64) -> SendDecision {
    let retry_after = recent
        .iter()
        // A code that failed to go out still holds back the next: a slow or
        // failing gateway must not let one message through every few seconds.
        .filter(|c| c.status != Status::Used)
        .map(|c| c.created_at)
        .chain(other_sends.iter().copied())
        .map(|at| (at + RESEND_AFTER).saturating_sub(now).min(RESEND_AFTER))
        .max()
        .unwrap_or(0);
    if retry_after > 0 {
        return SendDecision::Throttled { retry_after };
    }
    SendDecision::Send { supersede: recent.iter().filter(|c| c.is_live(now)).map(|c| c.id).collect() }
}

/// Fills `{code}`, `{account}` and `{minutes}` into a message template in
/// one pass, so text filled in is never read as a placeholder again.
pub fn render(template: &str, code: &SentCode, account: &str, ttl: u64) -> Zeroizing<String> {
    let minutes = (ttl / 60).max(1).to_string();
    let mut out = Zeroizing::new(String::with_capacity(template.len() + 16));
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        let (value, len) = if tail.starts_with("{code}") {
            (code.as_str(), "{code}".len())
        } else if tail.starts_with("{account}") {
            (account, "{account}".len())
        } else if tail.starts_with("{minutes}") {
            (minutes.as_str(), "{minutes}".len())
        } else {
            ("{", 1)
        };
        out.push_str(value);
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

/// A template must put the code in the message.
pub fn check_template(template: &str) -> Result<(), &'static str> {
    if !template.contains("{code}") {
        return Err("the message template has no {code} placeholder");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn live(id: i64, created_at: u64) -> Challenge {
        Challenge {
            id,
            method_id: 1,
            created_at,
            expires_at: created_at + DEFAULT_TTL,
            attempts: 0,
            status: Status::Live,
        }
    }

    #[test]
    fn codes_are_six_uniform_digits() {
        let mut rng = StdRng::seed_from_u64(7);
        let mut first_digit = [0u32; 10];
        for _ in 0..20_000 {
            let code = SentCode::generate(&mut rng);
            assert_eq!(code.as_str().len(), CODE_DIGITS);
            assert!(code.as_str().bytes().all(|b| b.is_ascii_digit()));
            first_digit[usize::from(code.as_str().as_bytes()[0] - b'0')] += 1;
        }
        // Leading zeros are kept: every first digit turns up about equally.
        assert!(first_digit.iter().all(|&n| (1_700..2_300).contains(&n)), "{first_digit:?}");
        assert_eq!(format!("{:?}", SentCode::generate(&mut rng)), "SentCode(<redacted>)");
    }

    #[test]
    fn a_right_code_is_accepted_until_it_expires() {
        let c = live(1, 1000);
        let right = |_: &Challenge| true;
        assert_eq!(check(std::slice::from_ref(&c), 1000, right), Verdict::Accepted { challenge_id: 1, method_id: 1 });
        assert_eq!(check(std::slice::from_ref(&c), 1299, right), Verdict::Accepted { challenge_id: 1, method_id: 1 });
        let Verdict::Refused { reason, method_id, attempts } = check(&[c], 1300, right) else { panic!("accepted") };
        assert_eq!((reason, method_id), (Refusal::Expired, Some(1)));
        assert!(attempts.is_empty(), "an expired challenge counts no tries");
    }

    #[test]
    fn used_superseded_and_void_codes_say_why() {
        for (status, reason) in [
            (Status::Used, Refusal::Used),
            (Status::Superseded, Refusal::Superseded),
            (Status::Exhausted, Refusal::TooManyAttempts),
            (Status::Undelivered, Refusal::Undelivered),
        ] {
            let c = Challenge { status, ..live(1, 1000) };
            assert!(matches!(check(&[c], 1010, |_| true), Verdict::Refused { reason: r, .. } if r == reason));
        }
    }

    #[test]
    fn wrong_codes_count_until_the_challenge_is_void() {
        let mut c = live(1, 1000);
        for n in 1..=MAX_ATTEMPTS {
            let Verdict::Refused { reason, attempts, .. } = check(&[c.clone()], 1010, |_| false) else { panic!() };
            assert_eq!(reason, Refusal::WrongCode);
            assert_eq!(attempts, vec![Attempt { challenge_id: 1, attempts: n, exhausted: n == MAX_ATTEMPTS }]);
            c.attempts = n;
            if attempts[0].exhausted {
                c.status = Status::Exhausted;
            }
        }
        // After the fifth wrong try even the right code is refused.
        assert!(
            matches!(check(&[c], 1011, |_| true), Verdict::Refused { reason: Refusal::TooManyAttempts, attempts, .. } if attempts.is_empty())
        );
    }

    #[test]
    fn a_resend_supersedes_the_old_code() {
        let old = live(1, 1000);
        // Within 60 s: throttled, and the wait is exact.
        assert_eq!(decide_send(std::slice::from_ref(&old), 1000), SendDecision::Throttled { retry_after: 60 });
        assert_eq!(decide_send(std::slice::from_ref(&old), 1045), SendDecision::Throttled { retry_after: 15 });
        // After: a new code, and the old one is void.
        assert_eq!(decide_send(std::slice::from_ref(&old), 1060), SendDecision::Send { supersede: vec![1] });
        let old = Challenge { status: Status::Superseded, ..old };
        let new = live(2, 1060);
        let right_for_old = |c: &Challenge| c.id == 1;
        let right_for_new = |c: &Challenge| c.id == 2;
        let both = [new.clone(), old.clone()];
        assert!(matches!(
            check(&both, 1070, right_for_old),
            Verdict::Refused { reason: Refusal::Superseded, attempts, .. } if attempts.len() == 1 && attempts[0].challenge_id == 2
        ));
        assert_eq!(check(&both, 1070, right_for_new), Verdict::Accepted { challenge_id: 2, method_id: 1 });
    }

    #[test]
    fn expired_codes_are_not_superseded() {
        let old = live(1, 1000);
        assert_eq!(decide_send(&[old], 1000 + DEFAULT_TTL), SendDecision::Send { supersede: vec![] });
        assert_eq!(decide_send(&[], 5), SendDecision::Send { supersede: vec![] });
    }

    #[test]
    fn used_codes_do_not_throttle_undelivered_ones_do() {
        let used = Challenge { status: Status::Used, ..live(1, 1000) };
        let failed = Challenge { status: Status::Undelivered, ..live(2, 1000) };
        assert_eq!(decide_send(std::slice::from_ref(&used), 1001), SendDecision::Send { supersede: vec![] });
        assert_eq!(decide_send(&[used, failed.clone()], 1001), SendDecision::Throttled { retry_after: 59 });
        // A code voided by wrong tries still holds back the next one.
        let void = Challenge { status: Status::Exhausted, ..live(3, 1000) };
        assert_eq!(decide_send(&[void, failed], 1001), SendDecision::Throttled { retry_after: 59 });
        // A clock that went back never makes the wait longer than the throttle.
        assert_eq!(decide_send(&[live(4, 5000)], 1000), SendDecision::Throttled { retry_after: RESEND_AFTER });
        // A test message holds the next back too, and voids nothing.
        assert_eq!(decide_send_after(&[], &[990], 1000), SendDecision::Throttled { retry_after: 50 });
        assert_eq!(decide_send_after(&[], &[900], 1000), SendDecision::Send { supersede: vec![] });
    }

    #[test]
    fn a_live_code_wins_over_an_old_match() {
        // The same digits drawn twice: the live one is accepted.
        let old = Challenge { status: Status::Used, ..live(1, 900) };
        let new = live(2, 1000);
        assert_eq!(check(&[new, old], 1001, |_| true), Verdict::Accepted { challenge_id: 2, method_id: 1 });
    }

    #[test]
    fn templates_fill_in_once() {
        let code = SentCode(Zeroizing::new("012345".into()));
        assert_eq!(
            render(DEFAULT_TEMPLATE, &code, "alice", 300).as_str(),
            "012345 is your verification code for alice. It expires in 5 min. Never share it with anyone."
        );
        // An account named like a placeholder stays as it is.
        assert_eq!(render("{account}: {code} {x} {", &code, "{code}", 600).as_str(), "{code}: 012345 {x} {");
        assert_eq!(render("{minutes}", &code, "a", 59).as_str(), "1");
        assert!(check_template("no code here").is_err());
        assert!(check_template("code {code}").is_ok());
    }
}
