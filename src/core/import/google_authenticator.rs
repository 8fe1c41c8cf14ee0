//! google-authenticator-libpam's `~/.google_authenticator` (its FILEFORMAT):
//! the base32 secret on line 1, option lines `" NAME args`, and 8-digit
//! scratch codes. Beside the documented options, the module itself writes
//! `TIME_SKEW` and `RESETTING_TIME_SKEW` (without `noskewadj`) and `LAST0`
//! to `LAST9` (with `grace_period=`).

use super::{BadInput, Entry, ScratchCode};
use crate::core::otp::{Algorithm, App, Params, TotpState, HOTP_LOOK_AHEAD, MAX_COUNTER};
use crate::core::seed::Seed;

/// The label an imported method gets.
pub const LABEL: &str = "google-authenticator";

/// The widest TOTP window tfa keeps, in steps either side (`enroll --window`).
const MAX_WINDOW: u8 = 10;

/// The largest `TIME_SKEW` google-authenticator learns, in steps: it looks
/// for a code 25 * 60 steps either side of now.
const MAX_SKEW: i64 = 25 * 60;

/// Reads one file for `account`. Every line is accounted for: an unknown
/// option is reported, anything else unknown is an error naming its line.
pub fn parse(text: &str, account: &str) -> Result<Entry, BadInput> {
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).enumerate().map(|(i, l)| (i + 1, l));
    let (_, first) = lines.next().unwrap_or((1, ""));
    let seed = Seed::from_base32(first.trim()).map_err(|e| BadInput::at(1, format!("the secret: {e}")))?;

    let mut options = Options::default();
    let mut scratch_codes = Vec::new();
    let mut reported = Vec::new();
    for (n, line) in lines {
        if let Some(option) = line.strip_prefix("\" ") {
            options.read(n, option, &mut reported)?;
        } else if let Some(code) = ScratchCode::parse(line.trim()) {
            if scratch_codes.contains(&code) {
                return Err(BadInput::at(n, "this scratch code is listed twice"));
            }
            scratch_codes.push(code);
        } else if !line.trim().is_empty() {
            return Err(BadInput::at(n, "not an option (\" NAME ...) or an 8-digit scratch code"));
        }
    }

    let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
    // HOTP_COUNTER wins over TOTP_AUTH, as in pam_google_authenticator.
    let app = if let Some(counter) = options.hotp_counter {
        if let Some(n) = options.window {
            if u64::from(n) != HOTP_LOOK_AHEAD {
                reported.push(format!("WINDOW_SIZE {n}: tfa looks {HOTP_LOOK_AHEAD} counters ahead"));
            }
        }
        if options.step.is_some() {
            reported.push("STEP_SIZE: ignored, as google-authenticator does for HOTP".to_owned());
        }
        if options.skew.is_some() {
            reported.push("TIME_SKEW: ignored, as google-authenticator does for HOTP".to_owned());
        }
        App::Hotp { params, counter }
    } else if options.totp {
        // WINDOW_SIZE counts every step accepted (3: one either side of now).
        let wanted = options.window.map_or(1, |n| n / 2);
        let window = u8::try_from(wanted).unwrap_or(u8::MAX).min(MAX_WINDOW);
        if wanted > u32::from(MAX_WINDOW) {
            reported.push(format!(
                "WINDOW_SIZE {}: tfa accepts at most {MAX_WINDOW} steps either side; a phone further off is put right with tfa resync",
                options.window.unwrap_or_default()
            ));
        }
        let last_step = options.used_steps.iter().copied().max();
        // The phone's clock offset google-authenticator learned: its codes are
        // looked for there, within the reach a resync has (codes older than
        // that may be ones someone else saw); further off is reported.
        let period = options.step.unwrap_or(30);
        let reach = (crate::core::resync::TOTP_DEFAULT_REACH_SECS / u64::from(period.max(1))) as i64;
        let skew = options.skew.unwrap_or(0);
        let drift = skew.clamp(-reach, reach);
        if drift != skew {
            reported.push(format!(
                "TIME_SKEW {skew}: the phone's clock is off by more than an hour; carried over as {drift} steps, \
                 put right with tfa resync --reach"
            ));
        }
        App::Totp { params, period, window, state: TotpState { last_step, drift } }
    } else {
        return Err(BadInput::whole(
            "neither TOTP_AUTH nor HOTP_COUNTER is set: google-authenticator accepts only scratch codes from this file",
        ));
    };
    let scratch_codes = Some(scratch_codes);
    Ok(Entry { account: account.to_owned(), label: LABEL.to_owned(), seed, app, scratch_codes, line: 1, reported })
}

#[derive(Default)]
struct Options {
    totp: bool,
    hotp_counter: Option<u64>,
    window: Option<u32>,
    step: Option<u32>,
    /// TIME_SKEW: how many steps the phone's clock is off.
    skew: Option<i64>,
    /// DISALLOW_REUSE's list: time steps already used to sign in.
    used_steps: Vec<u64>,
    seen: Vec<String>,
}

impl Options {
    fn read(&mut self, n: usize, option: &str, reported: &mut Vec<String>) -> Result<(), BadInput> {
        let mut words = option.split_whitespace();
        let name = words.next().unwrap_or_default();
        let args: Vec<&str> = words.collect();
        if self.seen.iter().any(|s| s == name) {
            return Err(BadInput::at(n, format!("the option {name} is given twice")));
        }
        self.seen.push(name.to_owned());
        let number = |what: &str, text: Option<&&str>, range: std::ops::RangeInclusive<u64>| {
            text.and_then(|t| t.parse::<u64>().ok()).filter(|v| range.contains(v)).ok_or_else(|| {
                BadInput::at(n, format!("{name}: {what} must be a number from {} to {}", range.start(), range.end()))
            })
        };
        match name {
            "TOTP_AUTH" => self.totp = true,
            "HOTP_COUNTER" => self.hotp_counter = Some(number("the counter", args.first(), 0..=MAX_COUNTER)?),
            "WINDOW_SIZE" => self.window = Some(number("the window", args.first(), 1..=100)? as u32),
            "STEP_SIZE" => self.step = Some(number("the step", args.first(), 1..=60)? as u32),
            "DISALLOW_REUSE" => {
                for arg in &args {
                    self.used_steps.push(number("each used step", Some(arg), 0..=u64::from(u32::MAX))?);
                }
                reported
                    .push("DISALLOW_REUSE: tfa always refuses a code once used; the steps used carry over".to_owned());
            }
            "TIME_SKEW" => {
                let skew = args.first().and_then(|t| t.parse::<i64>().ok()).filter(|s| s.abs() <= MAX_SKEW);
                self.skew = Some(skew.ok_or_else(|| {
                    BadInput::at(n, format!("{name}: the skew must be a number from -{MAX_SKEW} to {MAX_SKEW}"))
                })?);
            }
            "RESETTING_TIME_SKEW" => reported.push(
                "RESETTING_TIME_SKEW: a clock change google-authenticator was still measuring; not carried over (tfa resync measures one)"
                    .to_owned(),
            ),
            "RATE_LIMIT" => {
                let logins = number("the number of logins", args.first(), 1..=100)?;
                let secs = number("the interval", args.get(1), 1..=3600)?;
                reported.push(format!("RATE_LIMIT {logins} {secs}: tfa's lockout applies instead (see tfa policy)"));
            }
            // What grace_period= records: the last sign-in from a host.
            _ if name.len() == 5 && name.starts_with("LAST") && name.ends_with(|c: char| c.is_ascii_digit()) => {
                if !reported.iter().any(|r| r.starts_with("LAST")) {
                    reported.push(
                        "LAST0-LAST9: the sign-ins grace_period= remembered; not carried over (trusted devices skip the code instead)"
                            .to_owned(),
                    );
                }
            }
            _ if name.contains('_') && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') => {
                reported.push(format!("{name}: not a google-authenticator option tfa knows; ignored"));
            }
            _ => return Err(BadInput::at(n, format!("{:?} is not an option name", crate::core::excerpt(name)))),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "JBSWY3DPEHPK3PXP";

    #[test]
    fn a_totp_file_as_google_authenticator_writes_it() {
        let file = format!(
            "{SECRET}\n\" RATE_LIMIT 3 30 1700000000\n\" WINDOW_SIZE 17\n\" DISALLOW_REUSE 56666666 56666667\n\" TOTP_AUTH\n12345678\n87654321\n"
        );
        let e = parse(&file, "alice").unwrap();
        assert_eq!(e.seed.to_base32(), SECRET);
        let App::Totp { params, period, window, state } = e.app else { panic!("not totp: {:?}", e.app) };
        assert_eq!((params.digits, period, window, state.last_step), (6, 30, 8, Some(56666667)));
        assert_eq!(e.scratch().iter().map(ScratchCode::as_str).collect::<Vec<_>>(), ["12345678", "87654321"]);
        assert!(e.reported.iter().any(|r| r.starts_with("RATE_LIMIT 3 30")), "{:?}", e.reported);
        assert!(e.reported.iter().any(|r| r.starts_with("DISALLOW_REUSE")), "{:?}", e.reported);
    }

    #[test]
    fn hotp_wins_and_defaults_hold() {
        let e = parse(&format!("{SECRET}\r\n\" HOTP_COUNTER 7\r\n\" TOTP_AUTH\r\n"), "bob").unwrap();
        assert!(matches!(e.app, App::Hotp { counter: 7, .. }));
        let e = parse(&format!("{SECRET}\n\" TOTP_AUTH\n\" STEP_SIZE 60\n"), "bob").unwrap();
        assert!(matches!(e.app, App::Totp { period: 60, window: 1, state: TotpState { last_step: None, .. }, .. }));
        let e = parse(&format!("{SECRET}\n\" TOTP_AUTH\n\" WINDOW_SIZE 99\n"), "bob").unwrap();
        assert!(matches!(e.app, App::Totp { window: 10, .. }));
        assert_eq!(e.reported.len(), 1);
    }

    #[test]
    fn what_the_module_itself_writes_is_read() {
        let file = format!(
            "{SECRET}\n\" LAST0 10.0.0.1 1700000000\n\" TIME_SKEW -3\n\" RESETTING_TIME_SKEW 56666666-3 56666667-3\n\" LAST1 ::1 1700000001\n\" TOTP_AUTH\n"
        );
        let e = parse(&file, "a").unwrap();
        assert!(matches!(e.app, App::Totp { state: TotpState { drift: -3, .. }, .. }), "{:?}", e.app);
        assert_eq!(e.reported.len(), 2, "{:?}", e.reported);
        let e = parse(&format!("{SECRET}\n\" HOTP_COUNTER 1\n\" TIME_SKEW 2\n"), "a").unwrap();
        assert!(e.reported.iter().any(|r| r.starts_with("TIME_SKEW")), "{:?}", e.reported);
        let e = parse(&format!("{SECRET}\n\" TIME_SKEW -1500\n\" TOTP_AUTH\n"), "a").unwrap();
        assert!(matches!(e.app, App::Totp { state: TotpState { drift: -120, .. }, .. }), "{:?}", e.app);
        assert!(e.reported.iter().any(|r| r.starts_with("TIME_SKEW -1500")), "{:?}", e.reported);
        for skew in ["x", "1501", ""] {
            let file = format!("{SECRET}\n\" TOTP_AUTH\n\" TIME_SKEW {skew}\n");
            assert_eq!(parse(&file, "a").unwrap_err().line, Some(3), "{skew}");
        }
    }

    #[test]
    fn bad_files_name_the_line() {
        let cases = [
            ("!!!!\n\" TOTP_AUTH\n", Some(1)),
            (&format!("{SECRET}\n\" TOTP_AUTH\n1234\n") as &str, Some(3)),
            (&format!("{SECRET}\n\" TOTP_AUTH\n01234567\n"), Some(3)),
            (&format!("{SECRET}\n\" WINDOW_SIZE x\n\" TOTP_AUTH\n"), Some(2)),
            (&format!("{SECRET}\n\" TOTP_AUTH\n\" TOTP_AUTH\n"), Some(3)),
            (&format!("{SECRET}\n\" TOTP_AUTH\n\" DISALLOW_REUSE 1 x\n"), Some(3)),
            (&format!("{SECRET}\n12345678\n"), None),
            ("", Some(1)),
        ];
        for (file, line) in cases {
            assert_eq!(parse(file, "a").unwrap_err().line, line, "{file:?}");
        }
    }

    #[test]
    fn unknown_options_are_reported_not_dropped() {
        let e = parse(&format!("{SECRET}\n\" TOTP_AUTH\n\" NEW_THING 1\n"), "a").unwrap();
        assert_eq!(e.reported, ["NEW_THING: not a google-authenticator option tfa knows; ignored"]);
    }
}
