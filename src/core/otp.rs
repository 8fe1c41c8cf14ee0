//! HOTP (RFC 4226) and TOTP (RFC 6238): codes, windows, replay and drift.

use std::fmt;
use std::str::FromStr;

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha1::Sha1;
use sha2::{Sha256, Sha512};

use super::seed::Seed;

/// HOTP counters searched past the expected one (privacyIDEA and LinOTP use 10).
pub const HOTP_LOOK_AHEAD: u64 = 10;

/// The largest HOTP counter accepted from outside: far past any real one,
/// and leaves room to count on in SQLite's signed 64-bit integers.
pub const MAX_COUNTER: u64 = 1 << 62;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
}

impl Algorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
            Algorithm::Sha512 => "SHA512",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Algorithm {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_uppercase().replace('-', "").as_str() {
            "SHA1" => Ok(Algorithm::Sha1),
            "SHA256" => Ok(Algorithm::Sha256),
            "SHA512" => Ok(Algorithm::Sha512),
            _ => Err(format!("unknown algorithm {s:?} (expected SHA1, SHA256 or SHA512)")),
        }
    }
}

/// How an authenticator turns a seed into codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    pub algorithm: Algorithm,
    /// 6 to 8.
    pub digits: u8,
}

/// A seed keyed into HMAC once: each counter then costs a copy of the keyed
/// state and two compressions, with nothing allocated.
#[derive(Clone)]
pub struct Hotp {
    mac: KeyedMac,
    digits: u8,
}

#[derive(Clone)]
enum KeyedMac {
    Sha1(Hmac<Sha1>),
    Sha256(Hmac<Sha256>),
    Sha512(Hmac<Sha512>),
}

/// A code as digits on the stack: 6 to 8 of them (at most 10, all a `u32` has).
#[derive(Clone, Copy)]
pub struct Code {
    digits: [u8; 10],
    len: u8,
}

impl Code {
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever written.
        std::str::from_utf8(&self.digits[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Hotp {
    pub fn new(seed: &Seed, params: Params) -> Hotp {
        let key = seed.as_bytes();
        let mac = match params.algorithm {
            Algorithm::Sha1 => KeyedMac::Sha1(Mac::new_from_slice(key).expect("HMAC takes a key of any length")),
            Algorithm::Sha256 => KeyedMac::Sha256(Mac::new_from_slice(key).expect("HMAC takes a key of any length")),
            Algorithm::Sha512 => KeyedMac::Sha512(Mac::new_from_slice(key).expect("HMAC takes a key of any length")),
        };
        Hotp { mac, digits: params.digits }
    }

    /// The HOTP value for one counter (RFC 4226 §5.3).
    pub fn code(&self, counter: u64) -> Code {
        let message = counter.to_be_bytes();
        let truncated = match &self.mac {
            KeyedMac::Sha1(mac) => truncate(&mac.clone().chain_update(message).finalize().into_bytes()),
            KeyedMac::Sha256(mac) => truncate(&mac.clone().chain_update(message).finalize().into_bytes()),
            KeyedMac::Sha512(mac) => truncate(&mac.clone().chain_update(message).finalize().into_bytes()),
        };
        let len = self.digits.min(10);
        let mut digits = [b'0'; 10];
        let mut rest = truncated;
        for d in digits[..usize::from(len)].iter_mut().rev() {
            *d = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        Code { digits, len }
    }
}

/// Dynamic truncation (RFC 4226 §5.3): 31 bits from where the last nibble points.
fn truncate(mac: &[u8]) -> u32 {
    let at = usize::from(mac[mac.len() - 1] & 0x0f);
    u32::from_be_bytes([mac[at], mac[at + 1], mac[at + 2], mac[at + 3]]) & 0x7fff_ffff
}

/// The HOTP value for one counter (RFC 4226 §5.3), as zero-padded digits.
pub fn hotp(seed: &Seed, params: Params, counter: u64) -> String {
    Hotp::new(seed, params).code(counter).to_string()
}

/// The TOTP time step that contains `unix` (RFC 6238 §4.2).
pub fn step_at(unix: u64, period: u32) -> u64 {
    unix / u64::from(period.max(1))
}

/// The TOTP value at a Unix time.
pub fn totp(seed: &Seed, params: Params, period: u32, unix: u64) -> String {
    hotp(seed, params, step_at(unix, period))
}

/// Compares two codes in time independent of where they first differ.
fn same_code(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What a TOTP method remembers between verifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TotpState {
    /// The last accepted step; that step and earlier ones are refused.
    pub last_step: Option<u64>,
    /// The offset, in steps, measured at the last success (RFC 6238 §6).
    pub drift: i64,
}

/// The result of checking one code against one method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Accepted. `at` is the step (TOTP) or counter (HOTP) that matched;
    /// `offset` is how far it was from the expected one, in steps or counters.
    Accepted { at: u64, offset: i64 },
    /// The code matches a step or counter that was already used.
    Replayed { at: u64 },
    /// No match within the window.
    NoMatch,
}

/// Checks a TOTP code at `now` in two windows of `window` steps: one centred
/// on the stored drift, one on the true time (a phone set back to network
/// time after a resync still gets in). A step at or before the last accepted
/// one is a replay, in either window.
pub fn check_totp(
    seed: &Seed,
    params: Params,
    period: u32,
    window: u8,
    state: TotpState,
    now: u64,
    code: &str,
) -> Check {
    if code.len() != usize::from(params.digits) {
        return Check::NoMatch;
    }
    let current = step_at(now, period) as i64;
    let centre = current + state.drift;
    let window = i64::from(window);
    let on_time = move |step: i64| (step - current).abs() <= window;
    let steps = ((current - window)..=(current + window))
        .chain(((centre - window)..=(centre + window)).filter(move |&s| !on_time(s)));
    let hotp = Hotp::new(seed, params);
    let mut replayed: Option<u64> = None;
    let mut accepted: Option<u64> = None;
    // Search every step of both windows so timing does not say which one matched.
    for step in steps {
        let Ok(step) = u64::try_from(step) else {
            continue;
        };
        if !same_code(hotp.code(step).as_str(), code) {
            continue;
        }
        let slot = if state.last_step.is_some_and(|last| step <= last) { &mut replayed } else { &mut accepted };
        *slot = Some(slot.map_or(step, |s| s.min(step)));
    }
    match (accepted, replayed) {
        (Some(at), _) => Check::Accepted { at, offset: at as i64 - current },
        (None, Some(at)) => Check::Replayed { at },
        (None, None) => Check::NoMatch,
    }
}

/// How far from the true time a refused code is looked for, so the checklist
/// can tell a phone whose clock is off from a wrong code.
pub const REFUSED_SEARCH_SECS: u64 = 600;

/// The offset, in steps from the step that contains `now`, of the nearest
/// step within `reach_secs` whose code is `code` (ahead before behind at
/// the same distance); `None` if there is none.
pub fn nearest_offset(seed: &Seed, params: Params, period: u32, now: u64, code: &str, reach_secs: u64) -> Option<i64> {
    if code.len() != usize::from(params.digits) {
        return None;
    }
    let hotp = Hotp::new(seed, params);
    let current = step_at(now, period);
    let reach = reach_secs / u64::from(period.max(1));
    (0..=reach)
        .flat_map(|d| [current.checked_add(d), if d == 0 { None } else { current.checked_sub(d) }])
        .flatten()
        .find(|&s| same_code(hotp.code(s).as_str(), code))
        .map(|s| s as i64 - current as i64)
}

/// Checks an HOTP code: `counter` is the next expected counter; counters up to
/// `look_ahead` past it are accepted, earlier ones (within the same distance)
/// are reported as replays.
pub fn check_hotp(seed: &Seed, params: Params, counter: u64, look_ahead: u64, code: &str) -> Check {
    if code.len() != usize::from(params.digits) {
        return Check::NoMatch;
    }
    let hotp = Hotp::new(seed, params);
    let ahead = counter..=counter.saturating_add(look_ahead);
    if let Some(at) = ahead.into_iter().find(|&c| same_code(hotp.code(c).as_str(), code)) {
        return Check::Accepted { at, offset: (at - counter) as i64 };
    }
    let behind = counter.saturating_sub(look_ahead)..counter;
    match behind.rev().find(|&c| same_code(hotp.code(c).as_str(), code)) {
        Some(at) => Check::Replayed { at },
        None => Check::NoMatch,
    }
}

/// An authenticator app's settings and state, as stored with its method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    Totp { params: Params, period: u32, window: u8, state: TotpState },
    Hotp { params: Params, counter: u64 },
}

impl App {
    pub fn params(&self) -> Params {
        match *self {
            App::Totp { params, .. } | App::Hotp { params, .. } => params,
        }
    }

    /// Checks a code at `now` without changing anything.
    pub fn check(&self, seed: &Seed, now: u64, code: &str) -> Check {
        match *self {
            App::Totp { params, period, window, state } => check_totp(seed, params, period, window, state, now, code),
            App::Hotp { params, counter } => check_hotp(seed, params, counter, HOTP_LOOK_AHEAD, code),
        }
    }

    /// For a TOTP app, the offset in steps within `REFUSED_SEARCH_SECS` of
    /// `now` at which a refused code would have matched; `None` for HOTP.
    pub fn refused_offset(&self, seed: &Seed, now: u64, code: &str) -> Option<i64> {
        match *self {
            App::Totp { params, period, .. } => nearest_offset(seed, params, period, now, code, REFUSED_SEARCH_SECS),
            App::Hotp { .. } => None,
        }
    }

    /// The last step (TOTP) or counter (HOTP) accepted, if any.
    pub fn last_accepted(&self) -> Option<u64> {
        match *self {
            App::Totp { state, .. } => state.last_step,
            App::Hotp { counter, .. } => counter.checked_sub(1),
        }
    }

    /// The code the app shows at `now` (TOTP) or next (HOTP).
    pub fn code(&self, seed: &Seed, now: u64) -> String {
        match *self {
            App::Totp { params, period, .. } => totp(seed, params, period, now),
            App::Hotp { params, counter } => hotp(seed, params, counter),
        }
    }

    /// The state after accepting the step or counter `at` with `offset`.
    pub fn accept(self, at: u64, offset: i64) -> App {
        match self {
            App::Totp { params, period, window, .. } => {
                App::Totp { params, period, window, state: TotpState { last_step: Some(at), drift: offset } }
            }
            App::Hotp { params, .. } => App::Hotp { params, counter: at + 1 },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(s: &[u8]) -> Seed {
        Seed::from_bytes(s.to_vec())
    }

    const SIX_SHA1: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };

    #[test]
    fn rfc4226_appendix_d() {
        let key = seed(b"12345678901234567890");
        let want = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
        for (counter, code) in want.iter().enumerate() {
            assert_eq!(hotp(&key, SIX_SHA1, counter as u64), *code, "counter {counter}");
        }
    }

    #[test]
    fn rfc6238_appendix_b() {
        let sha1 = seed(b"12345678901234567890");
        let sha256 = seed(b"12345678901234567890123456789012");
        let sha512 = seed(b"1234567890123456789012345678901234567890123456789012345678901234");
        let rows: [(u64, &str, &str, &str); 6] = [
            (59, "94287082", "46119246", "90693936"),
            (1111111109, "07081804", "68084774", "25091201"),
            (1111111111, "14050471", "67062674", "99943326"),
            (1234567890, "89005924", "91819424", "93441116"),
            (2000000000, "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        for (time, c1, c256, c512) in rows {
            let p = |algorithm| Params { algorithm, digits: 8 };
            assert_eq!(totp(&sha1, p(Algorithm::Sha1), 30, time), c1, "SHA1 at {time}");
            assert_eq!(totp(&sha256, p(Algorithm::Sha256), 30, time), c256, "SHA256 at {time}");
            assert_eq!(totp(&sha512, p(Algorithm::Sha512), 30, time), c512, "SHA512 at {time}");
        }
    }

    #[test]
    fn totp_window_replay_and_drift() {
        let key = seed(b"12345678901234567890");
        let now = 1_700_000_000;
        let at = |t: u64| totp(&key, SIX_SHA1, 30, t);
        let fresh = TotpState::default();
        let check = |state, code: &str| check_totp(&key, SIX_SHA1, 30, 1, state, now, code);

        assert_eq!(check(fresh, &at(now)), Check::Accepted { at: now / 30, offset: 0 });
        assert_eq!(check(fresh, &at(now - 30)), Check::Accepted { at: now / 30 - 1, offset: -1 });
        assert_eq!(check(fresh, &at(now + 30)), Check::Accepted { at: now / 30 + 1, offset: 1 });
        assert_eq!(check(fresh, &at(now - 60)), Check::NoMatch);
        assert_eq!(check(fresh, &at(now - 90)), Check::NoMatch);

        let used = TotpState { last_step: Some(now / 30), drift: 0 };
        assert_eq!(check(used, &at(now)), Check::Replayed { at: now / 30 });
        assert_eq!(check(used, &at(now - 30)), Check::Replayed { at: now / 30 - 1 });
        assert_eq!(check(used, &at(now + 30)), Check::Accepted { at: now / 30 + 1, offset: 1 });

        // A phone two minutes behind, once resynchronised, is found around its drift.
        let behind = TotpState { last_step: None, drift: -4 };
        assert_eq!(check(behind, &at(now - 120)), Check::Accepted { at: now / 30 - 4, offset: -4 });
        assert_eq!(check(behind, &at(now - 60)), Check::NoMatch);
    }

    #[test]
    fn totp_two_windows_the_drift_and_the_true_time() {
        let key = seed(b"12345678901234567890");
        let now = 1_700_000_000;
        let step = now / 30;
        let at = |t: u64| totp(&key, SIX_SHA1, 30, t);
        let check = |state, code: &str| check_totp(&key, SIX_SHA1, 30, 1, state, now, code);

        // Resynchronised three minutes fast, nothing used since: both windows answer, nothing between.
        let fast = TotpState { last_step: None, drift: 6 };
        assert_eq!(check(fast, &at(now + 180)), Check::Accepted { at: step + 6, offset: 6 });
        assert_eq!(check(fast, &at(now + 210)), Check::Accepted { at: step + 7, offset: 7 });
        assert_eq!(check(fast, &at(now)), Check::Accepted { at: step, offset: 0 });
        assert_eq!(check(fast, &at(now - 30)), Check::Accepted { at: step - 1, offset: -1 });
        assert_eq!(check(fast, &at(now + 90)), Check::NoMatch);
        assert_eq!(check(fast, &at(now + 240)), Check::NoMatch);
        assert_eq!(check(fast, &at(now - 60)), Check::NoMatch);

        // A match on true time moves the drift back, and the old drift window goes with it.
        let Check::Accepted { at: used, offset } = check(fast, &at(now)) else { panic!("refused") };
        let app = App::Totp { params: SIX_SHA1, period: 30, window: 1, state: fast }.accept(used, offset);
        let App::Totp { state: back, .. } = app else { panic!("not totp") };
        assert_eq!(back, TotpState { last_step: Some(step), drift: 0 });
        assert_eq!(check(back, &at(now + 180)), Check::NoMatch);

        // Replay stays exact across the windows: right after a resync at +6, true-time
        // codes are older than the last accepted step, and the resync's own step is used.
        let resynced = TotpState { last_step: Some(step + 6), drift: 6 };
        assert_eq!(check(resynced, &at(now)), Check::Replayed { at: step });
        assert_eq!(check(resynced, &at(now + 30)), Check::Replayed { at: step + 1 });
        assert_eq!(check(resynced, &at(now + 180)), Check::Replayed { at: step + 6 });
        assert_eq!(check(resynced, &at(now + 210)), Check::Accepted { at: step + 7, offset: 7 });

        // Three minutes behind, last used there: the true time is ahead of it and passes.
        let slow = TotpState { last_step: Some(step - 6), drift: -6 };
        assert_eq!(check(slow, &at(now)), Check::Accepted { at: step, offset: 0 });
        assert_eq!(check(slow, &at(now - 180)), Check::Replayed { at: step - 6 });
        assert_eq!(check(slow, &at(now - 210)), Check::Replayed { at: step - 7 });
        // Used on true time, an older step of the drift window is a replay, not a new success.
        let after = TotpState { last_step: Some(step), drift: -6 };
        assert_eq!(check(after, &at(now - 150)), Check::Replayed { at: step - 5 });
        assert_eq!(check(after, &at(now)), Check::Replayed { at: step });
        assert_eq!(check(after, &at(now + 30)), Check::Accepted { at: step + 1, offset: 1 });
    }

    #[test]
    fn a_refused_code_is_placed_within_ten_minutes() {
        let key = seed(b"12345678901234567890");
        let now = 1_700_000_000;
        let at = |t: u64| totp(&key, SIX_SHA1, 30, t);
        let near = |code: &str| nearest_offset(&key, SIX_SHA1, 30, now, code, REFUSED_SEARCH_SECS);
        assert_eq!(near(&at(now + 180)), Some(6));
        assert_eq!(near(&at(now - 540)), Some(-18));
        assert_eq!(near(&at(now + 600)), Some(20));
        assert_eq!(near(&at(now)), Some(0));
        assert_eq!(near(&at(now + 660)), None);
        assert_eq!(near("12345"), None);
        let app = App::Totp { params: SIX_SHA1, period: 30, window: 1, state: TotpState::default() };
        assert_eq!(app.refused_offset(&key, now, &at(now - 300)), Some(-10));
        let token = App::Hotp { params: SIX_SHA1, counter: 0 };
        assert_eq!(token.refused_offset(&key, now, &hotp(&key, SIX_SHA1, 0)), None);
    }

    #[test]
    fn hotp_look_ahead_and_replay() {
        let key = seed(b"12345678901234567890");
        let code = |c| hotp(&key, SIX_SHA1, c);
        assert_eq!(check_hotp(&key, SIX_SHA1, 0, 10, &code(0)), Check::Accepted { at: 0, offset: 0 });
        assert_eq!(check_hotp(&key, SIX_SHA1, 3, 10, &code(9)), Check::Accepted { at: 9, offset: 6 });
        assert_eq!(check_hotp(&key, SIX_SHA1, 5, 10, &code(4)), Check::Replayed { at: 4 });
        assert_eq!(check_hotp(&key, SIX_SHA1, 0, 3, &code(4)), Check::NoMatch);
        assert_eq!(check_hotp(&key, SIX_SHA1, 0, 10, "12345"), Check::NoMatch);
    }

    #[test]
    fn accepting_moves_the_state_forward() {
        let key = seed(b"12345678901234567890");
        let now = 1_700_000_000;
        let app = App::Totp { params: SIX_SHA1, period: 30, window: 1, state: TotpState::default() };
        let code = app.code(&key, now);
        let Check::Accepted { at, offset } = app.check(&key, now, &code) else { panic!("refused") };
        let app = app.accept(at, offset);
        assert_eq!(app.check(&key, now, &code), Check::Replayed { at });

        let app = App::Hotp { params: SIX_SHA1, counter: 0 };
        let code = hotp(&key, SIX_SHA1, 2);
        let Check::Accepted { at, offset } = app.check(&key, now, &code) else { panic!("refused") };
        assert_eq!(app.accept(at, offset), App::Hotp { params: SIX_SHA1, counter: 3 });
        assert_eq!(app.accept(at, offset).check(&key, now, &code), Check::Replayed { at: 2 });
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn params() -> impl Strategy<Value = Params> {
            (prop_oneof![Just(Algorithm::Sha1), Just(Algorithm::Sha256), Just(Algorithm::Sha512)], 6u8..=8)
                .prop_map(|(algorithm, digits)| Params { algorithm, digits })
        }

        proptest! {
            /// The keyed HMAC gives what totp-rs gives, for any key, counter and digits.
            #[test]
            fn hotp_matches_totp_rs(
                key in proptest::collection::vec(any::<u8>(), 0..200),
                params in params(),
                counter in prop_oneof![any::<u64>(), 0u64..100_000],
            ) {
                let algorithm = match params.algorithm {
                    Algorithm::Sha1 => totp_rs::Algorithm::SHA1,
                    Algorithm::Sha256 => totp_rs::Algorithm::SHA256,
                    Algorithm::Sha512 => totp_rs::Algorithm::SHA512,
                };
                // totp-rs computes HOTP(K, T) with T = time / step; a step of 1 makes T the counter.
                let reference = totp_rs::TOTP::new_unchecked(algorithm, usize::from(params.digits), 0, 1, key.clone())
                    .generate(counter);
                let seed = Seed::from_bytes(key);
                let keyed = Hotp::new(&seed, params);
                prop_assert_eq!(keyed.code(counter).to_string(), reference.clone());
                // The keyed state is copied, not used up: the same again, and the next counter too.
                prop_assert_eq!(keyed.code(counter).to_string(), reference);
                let next = totp_rs::TOTP::new_unchecked(algorithm, usize::from(params.digits), 0, 1, seed.as_bytes().to_vec())
                    .generate(counter.wrapping_add(1));
                prop_assert_eq!(keyed.code(counter.wrapping_add(1)).to_string(), next);
            }

            /// A TOTP code verifies once: accepted, then refused at any later
            /// time while it is still within the window.
            #[test]
            fn a_totp_code_verifies_once(
                key in proptest::collection::vec(any::<u8>(), 10..64),
                params in params(),
                period in prop_oneof![Just(30u32), Just(60), 1u32..120],
                window in 0u8..3,
                now in 1_000_000u64..4_000_000_000,
                later in 0u64..90,
            ) {
                let seed = Seed::from_bytes(key);
                let app = App::Totp { params, period, window, state: TotpState::default() };
                let code = app.code(&seed, now);
                let Check::Accepted { at, offset } = app.check(&seed, now, &code) else {
                    return Err(TestCaseError::fail("a fresh code was refused"));
                };
                let used = app.accept(at, offset);
                let again = used.check(&seed, now + later, &code);
                prop_assert!(!matches!(again, Check::Accepted { .. }), "accepted twice: {:?}", again);
            }

            /// An HOTP code verifies once, and no earlier counter works after it.
            #[test]
            fn an_hotp_code_verifies_once(
                key in proptest::collection::vec(any::<u8>(), 10..64),
                params in params(),
                counter in 0u64..1_000_000,
                ahead in 0u64..=HOTP_LOOK_AHEAD,
            ) {
                let seed = Seed::from_bytes(key);
                let app = App::Hotp { params, counter };
                let code = hotp(&seed, params, counter + ahead);
                let Check::Accepted { at, offset } = app.check(&seed, 0, &code) else {
                    return Err(TestCaseError::fail("a code within the look-ahead was refused"));
                };
                let used = app.accept(at, offset);
                for c in counter..=counter + ahead {
                    let earlier = hotp(&seed, params, c);
                    // A different counter may collide on the same digits; only the used ones must fail.
                    if c == counter + ahead || earlier == code {
                        let again = used.check(&seed, 0, &earlier);
                        prop_assert!(!matches!(again, Check::Accepted { .. }), "accepted twice: {:?}", again);
                    }
                }
            }
        }
    }
}
