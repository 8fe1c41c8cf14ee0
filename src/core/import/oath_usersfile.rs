//! pam_oath's users file (liboath `usersfile.c`): one token per line,
//! `TYPE USER PIN HEXKEY [COUNTER [LASTOTP [TIME]]]`, fields separated by
//! whitespace; `#` comments and blank lines skipped.

use data_encoding::HEXLOWER_PERMISSIVE;

use super::{BadInput, Entry};
use crate::core::name;
use crate::core::otp::{self, Algorithm, App, Params, TotpState, MAX_COUNTER};
use crate::core::seed::{Seed, MAX_SEED_BYTES, MIN_SEED_BYTES};

pub const LABEL: &str = "oath";

/// The TOTP window an imported token gets, in steps either side (tfa's default).
const WINDOW: u8 = 1;

/// pam_oath's `window=` when its PAM line does not set one.
const PAM_OATH_WINDOW: u8 = 5;

/// How far either side of now the last accepted TOTP code is looked for.
/// pam_oath's `window` (5 by default) bounds where it was accepted; this
/// covers any window a configuration would use, so that step and every
/// earlier one stay refused after the import.
const LAST_CODE_SEARCH_STEPS: u64 = 100;

/// Reads every token in the file at `now`.
pub fn parse(text: &str, now: u64) -> Result<Vec<Entry>, BadInput> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        entries.push(parse_line(n, line, now)?);
    }
    Ok(entries)
}

fn parse_line(n: usize, line: &str, now: u64) -> Result<Entry, BadInput> {
    let bad = |message: String| BadInput::at(n, message);
    let fields: Vec<&str> = line.split_whitespace().collect();
    if fields.len() < 4 || fields.len() > 7 {
        return Err(bad(format!(
            "expected TYPE USER PIN KEY [COUNTER [LASTOTP [TIME]]], found {} fields",
            fields.len()
        )));
    }
    let (digits, period) = token_type(fields[0]).ok_or_else(|| {
        bad(format!(
            "{:?} is not a token type (HOTP, HOTP/E/8, HOTP/T30, HOTP/T60/6 ...)",
            crate::core::excerpt(fields[0])
        ))
    })?;
    let user = fields[1];
    name::check_account(user).map_err(|e| bad(format!("the user: {e}")))?;
    let mut reported = Vec::new();
    match fields[2] {
        "-" => {}
        "+" => reported.push("PIN +: the PIN was checked elsewhere; tfa checks only the code".to_owned()),
        _ => reported.push(
            "a PIN is set: not imported (it sits in plain text in the file); give the account a password with tfa account passwd, and delete the file"
                .to_owned(),
        ),
    }
    let key = HEXLOWER_PERMISSIVE.decode(fields[3].as_bytes()).map_err(|_| bad("the key is not hexadecimal".into()))?;
    if key.len() < MIN_SEED_BYTES || key.len() > MAX_SEED_BYTES {
        return Err(bad(format!(
            "the key is {} bits; {} to {} are accepted",
            key.len() * 8,
            MIN_SEED_BYTES * 8,
            MAX_SEED_BYTES * 8
        )));
    }
    let seed = Seed::from_bytes(key);
    let counter = match (fields.get(4), period) {
        // A time-based token's is where in the window its last code was
        // (signed in newer liboath); where that was is found from the code.
        (Some(c), Some(_)) => {
            c.parse::<i64>().map_err(|_| bad("the window position is not a number".into()))?;
            0
        }
        (Some(c), None) => c
            .parse::<u64>()
            .ok()
            .filter(|c| *c <= MAX_COUNTER)
            .ok_or_else(|| bad("the counter is not a number".into()))?,
        (None, _) => 0,
    };
    let last_code = fields.get(5).copied();
    if let Some(code) = last_code {
        if code.len() != usize::from(digits) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(format!("the last code is not {digits} digits")));
        }
    }
    if let Some(time) = fields.get(6) {
        check_time(time).ok_or_else(|| bad("the time is not YYYY-MM-DDTHH:MM:SSL".into()))?;
    }
    let params = Params { algorithm: Algorithm::Sha1, digits };
    let app = match period {
        // The counter is the last one accepted once a code was used; else the next.
        None => App::Hotp { params, counter: if last_code.is_some() { counter + 1 } else { counter } },
        Some(period) => {
            reported.push(format!(
                "pam_oath's window= is in /etc/pam.d, not in this file ({PAM_OATH_WINDOW} steps either side unless set): tfa accepts {WINDOW} either side; a phone further off is put right with tfa resync"
            ));
            let last_step = last_code.and_then(|code| last_step_of(&seed, params, period, now, code));
            App::Totp { params, period, window: WINDOW, state: TotpState { last_step, drift: 0 } }
        }
    };
    Ok(Entry { account: user.to_owned(), label: LABEL.to_owned(), seed, app, scratch_codes: None, line: n, reported })
}

/// Digits and, for a time-based token, its step.
fn token_type(t: &str) -> Option<(u8, Option<u32>)> {
    let (period, digits) = match t.split('/').collect::<Vec<_>>().as_slice() {
        ["HOTP"] | ["HOTP", "E"] => (None, "6"),
        ["HOTP", "E", d] => (None, *d),
        ["HOTP", "T30"] => (Some(30), "6"),
        ["HOTP", "T30", d] => (Some(30), *d),
        ["HOTP", "T60"] => (Some(60), "6"),
        ["HOTP", "T60", d] => (Some(60), *d),
        _ => return None,
    };
    let digits = match digits {
        "6" => 6,
        "7" => 7,
        "8" => 8,
        _ => return None,
    };
    Some((digits, period))
}

/// liboath's `%Y-%m-%dT%H:%M:%SL` (local time): only checked, since where
/// the last code falls is found from the code itself.
fn check_time(t: &str) -> Option<()> {
    let t = t.strip_suffix('L')?;
    let (date, time) = t.split_once('T')?;
    crate::core::when::parse_date(date)?;
    let hms: Vec<u32> =
        time.split(':').map(|p| (p.len() == 2).then(|| p.parse().ok()).flatten()).collect::<Option<_>>()?;
    (hms.len() == 3 && hms[0] < 24 && hms[1] < 60 && hms[2] < 61).then_some(())
}

/// The latest step near now whose code is `code`: that step, and every
/// one before it, must stay refused.
fn last_step_of(seed: &Seed, params: Params, period: u32, now: u64, code: &str) -> Option<u64> {
    let current = otp::step_at(now, period);
    let from = current.saturating_sub(LAST_CODE_SEARCH_STEPS);
    (from..=current + LAST_CODE_SEARCH_STEPS).rev().find(|&step| otp::hotp(seed, params, step) == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "3132333435363738393031323334353637383930";

    #[test]
    fn token_types_as_liboath_reads_them() {
        for (t, want) in [
            ("HOTP", Some((6, None))),
            ("HOTP/E", Some((6, None))),
            ("HOTP/E/8", Some((8, None))),
            ("HOTP/T30", Some((6, Some(30)))),
            ("HOTP/T30/8", Some((8, Some(30)))),
            ("HOTP/T60/7", Some((7, Some(60)))),
            ("HOTP/T45", None),
            ("HOTP/E/9", None),
            ("HOTP/T30/", None),
            ("TOTP", None),
        ] {
            assert_eq!(token_type(t), want, "{t}");
        }
    }

    #[test]
    fn hotp_state_carries_over() {
        let now = 1_700_000_000;
        let e = parse(&format!("HOTP alice - {KEY}\n"), now).unwrap();
        assert!(matches!(e[0].app, App::Hotp { counter: 0, .. }));
        // RFC 4226 appendix D: counter 5 is 254676. It was used, so 6 is next.
        let file = format!("# users\n\nHOTP\tbob\t-\t{KEY}\t5\t254676\t2024-01-02T03:04:05L\n");
        let e = parse(&file, now).unwrap();
        assert_eq!((e[0].account.as_str(), e[0].line), ("bob", 3));
        assert!(matches!(e[0].app, App::Hotp { counter: 6, .. }));
    }

    #[test]
    fn the_last_totp_code_stays_used() {
        let seed = Seed::from_bytes(b"12345678901234567890".to_vec());
        let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
        let now = 1_700_000_000;
        let used = otp::totp(&seed, params, 30, now - 30);
        let e = parse(&format!("HOTP/T30 carol - {KEY} 0 {used} 2023-11-14T22:12:50L"), now).unwrap();
        let App::Totp { state, .. } = e[0].app else { panic!() };
        assert_eq!(state.last_step, Some(otp::step_at(now - 30, 30)));
        assert!(e[0].reported[0].starts_with("pam_oath's window="), "{:?}", e[0].reported);
        // Newer liboath writes the position in the window, signed: one step behind.
        let e = parse(&format!("HOTP/T30 carol - {KEY} -1 {used} 2023-11-14T22:12:50L"), now).unwrap();
        let App::Totp { state, .. } = e[0].app else { panic!() };
        assert_eq!(state.last_step, Some(otp::step_at(now - 30, 30)));
    }

    #[test]
    fn bad_lines_are_named() {
        let now = 1_700_000_000;
        for (file, line) in [
            (format!("HOTP a - {KEY}\nHOTP/X b - {KEY}\n"), 2),
            (format!("HOTP a - zz{KEY}\n"), 1),
            ("HOTP a - 3132\n".to_owned(), 1),
            (format!("HOTP a -\n\nHOTP b - {KEY} x\n"), 1),
            (format!("HOTP b - {KEY} -1\n"), 1),
            (format!("HOTP/T30 b - {KEY} x\n"), 1),
            (format!("\nHOTP b - {KEY} 1 12345\n"), 2),
            (format!("HOTP b - {KEY} 1 123456 yesterday\n"), 1),
            (format!("HOTP b\tc - {KEY}\n"), 1),
        ] {
            assert_eq!(parse(&file, now).unwrap_err().line, Some(line), "{file:?}");
        }
    }

    #[test]
    fn a_pin_is_reported_never_echoed() {
        let e = parse(&format!("HOTP a hunter2 {KEY}\n"), 0).unwrap();
        assert!(e[0].reported[0].starts_with("a PIN is set"));
        assert!(!format!("{:?}", e[0]).contains("hunter2"));
    }
}
