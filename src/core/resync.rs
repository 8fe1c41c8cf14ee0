//! Resynchronising an authenticator from two codes in a row (RFC 6238 §6,
//! RFC 4226 §7.4): a wide search, used only on an explicit request.

use super::otp::{hotp, step_at, Params, TotpState};
use super::seed::Seed;

/// How far either side of now a TOTP pair is searched for, at most.
pub const TOTP_SEARCH_SECS: u64 = 12 * 3600;
/// How far by default: a clock off by more is a wrong time zone or a reset
/// phone, and codes that old may be ones someone else saw (`--reach` widens it).
pub const TOTP_DEFAULT_REACH_SECS: u64 = 3600;
/// How many HOTP counters past the expected one a pair is searched for.
pub const HOTP_SEARCH: u64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resync {
    /// The pair matches; `at` is CODE2's step (TOTP) or counter (HOTP),
    /// `offset` its distance from now's step or from the expected counter.
    Found {
        at: u64,
        offset: i64,
    },
    /// The pair matches steps or counters already used: one of them is the
    /// last accepted.
    Replayed,
    /// The pair matches steps or counters older than the last accepted, so
    /// neither is known to have been used (a phone's clock set back).
    OlderThanLast,
    NoMatch,
}

/// Finds the two consecutive TOTP steps that show `code1` then `code2`,
/// nearest to now first, within `reach` seconds (at most `TOTP_SEARCH_SECS`).
#[allow(clippy::too_many_arguments)]
pub fn totp(
    seed: &Seed,
    params: Params,
    period: u32,
    state: TotpState,
    now: u64,
    reach: u64,
    code1: &str,
    code2: &str,
) -> Resync {
    let digits = usize::from(params.digits);
    if code1.len() != digits || code2.len() != digits {
        return Resync::NoMatch;
    }
    let current = step_at(now, period);
    let reach = reach.min(TOTP_SEARCH_SECS) / u64::from(period.max(1));
    let pair = (0..=reach)
        .flat_map(|d| [current.checked_add(d), current.checked_sub(d)])
        .flatten()
        .find(|&s| hotp(seed, params, s) == code1 && hotp(seed, params, s + 1) == code2);
    match pair {
        None => Resync::NoMatch,
        Some(s) if state.last_step.is_some_and(|last| s + 1 < last) => Resync::OlderThanLast,
        Some(s) if state.last_step.is_some_and(|last| s <= last) => Resync::Replayed,
        Some(s) => Resync::Found { at: s + 1, offset: (s + 1) as i64 - current as i64 },
    }
}

/// Finds the two consecutive HOTP counters from `counter` (the next
/// expected) that show `code1` then `code2`.
pub fn hotp_pair(seed: &Seed, params: Params, counter: u64, code1: &str, code2: &str) -> Resync {
    let digits = usize::from(params.digits);
    if code1.len() != digits || code2.len() != digits {
        return Resync::NoMatch;
    }
    let is_pair = |c: u64| hotp(seed, params, c) == code1 && hotp(seed, params, c + 1) == code2;
    if let Some(c) = (counter..counter.saturating_add(HOTP_SEARCH)).find(|&c| is_pair(c)) {
        return Resync::Found { at: c + 1, offset: (c + 1 - counter) as i64 };
    }
    // The last accepted counter is `counter - 1`: a pair wholly before it is older.
    if let Some(c) = (counter.saturating_sub(HOTP_SEARCH)..counter).find(|&c| is_pair(c)) {
        return if c + 2 < counter { Resync::OlderThanLast } else { Resync::Replayed };
    }
    Resync::NoMatch
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::otp::{totp as totp_code, Algorithm};

    const P: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };

    fn seed() -> Seed {
        Seed::from_bytes(b"12345678901234567890".to_vec())
    }

    const FAR: u64 = TOTP_SEARCH_SECS;

    #[test]
    fn the_default_reach_is_an_hour() {
        let (key, now) = (seed(), 1_700_000_000);
        let pair = |at: u64| (totp_code(&key, P, 30, at - 30), totp_code(&key, P, 30, at));
        let (c1, c2) = pair(now - 3000);
        let found = totp(&key, P, 30, TotpState::default(), now, TOTP_DEFAULT_REACH_SECS, &c1, &c2);
        assert!(matches!(found, Resync::Found { .. }), "{found:?}");
        // Codes from 10 hours ago (someone may have seen them) are out of reach by default.
        let (d1, d2) = pair(now - 36_000);
        assert_eq!(totp(&key, P, 30, TotpState::default(), now, TOTP_DEFAULT_REACH_SECS, &d1, &d2), Resync::NoMatch);
        assert!(matches!(totp(&key, P, 30, TotpState::default(), now, FAR, &d1, &d2), Resync::Found { .. }));
    }

    #[test]
    fn a_clock_two_hours_behind_is_found() {
        let (key, now) = (seed(), 1_700_000_000);
        let then = now - 7200;
        let (c1, c2) = (totp_code(&key, P, 30, then - 30), totp_code(&key, P, 30, then));
        let found = totp(&key, P, 30, TotpState::default(), now, FAR, &c1, &c2);
        assert_eq!(found, Resync::Found { at: then / 30, offset: -240 });
        // The same pair again, once used, is a replay.
        let used = TotpState { last_step: Some(then / 30), drift: -240 };
        assert_eq!(totp(&key, P, 30, used, now, FAR, &c1, &c2), Resync::Replayed);
        // Older than the last accepted step: never known to be used, and not called so.
        let later = TotpState { last_step: Some(then / 30 + 2), drift: -236 };
        assert_eq!(totp(&key, P, 30, later, now, FAR, &c1, &c2), Resync::OlderThanLast);
        // Out of order, or not consecutive, is no match.
        assert_eq!(totp(&key, P, 30, TotpState::default(), now, FAR, &c2, &c1), Resync::NoMatch);
        let far = totp_code(&key, P, 30, then + 60);
        assert_eq!(totp(&key, P, 30, TotpState::default(), now, FAR, &c1, &far), Resync::NoMatch);
        // Beyond 12 hours: not searched.
        let (d1, d2) = (totp_code(&key, P, 30, now - 13 * 3600), totp_code(&key, P, 30, now - 13 * 3600 + 30));
        assert_eq!(totp(&key, P, 30, TotpState::default(), now, FAR, &d1, &d2), Resync::NoMatch);
        // Ahead works too.
        let (a1, a2) = (totp_code(&key, P, 30, now + 3600), totp_code(&key, P, 30, now + 3630));
        assert_eq!(
            totp(&key, P, 30, TotpState::default(), now, FAR, &a1, &a2),
            Resync::Found { at: now / 30 + 121, offset: 121 }
        );
    }

    #[test]
    fn hotp_pairs_far_ahead_are_found() {
        let key = seed();
        let code = |c| hotp(&key, P, c);
        assert_eq!(hotp_pair(&key, P, 5, &code(500), &code(501)), Resync::Found { at: 501, offset: 496 });
        assert_eq!(hotp_pair(&key, P, 502, &code(500), &code(501)), Resync::Replayed);
        assert_eq!(hotp_pair(&key, P, 600, &code(500), &code(501)), Resync::OlderThanLast);
        assert_eq!(hotp_pair(&key, P, 0, &code(1500), &code(1501)), Resync::NoMatch);
        assert_eq!(hotp_pair(&key, P, 0, &code(3), &code(5)), Resync::NoMatch);
        assert_eq!(hotp_pair(&key, P, 0, "12345", &code(1)), Resync::NoMatch);
    }
}
