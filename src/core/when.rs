//! Points in time as an operator types them (Unix seconds, a UTC date, or a
//! duration ago), and times and durations as a person reads them.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{0:?} is not a time: use Unix seconds, YYYY-MM-DD, or a duration ago such as 90m, 24h or 7d")]
pub struct BadWhen(pub String);

/// Parses `WHEN` relative to `now` (Unix seconds).
pub fn parse(text: &str, now: u64) -> Result<u64, BadWhen> {
    let bad = || BadWhen(super::excerpt(text));
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().map_err(|_| bad());
    }
    if let Some(date) = parse_date(t) {
        return Ok(date);
    }
    let ago = super::device::parse_duration(t).map_err(|_| bad())?;
    Ok(now.saturating_sub(ago))
}

/// `YYYY-MM-DD` at 00:00 UTC.
pub(crate) fn parse_date(t: &str) -> Option<u64> {
    let mut parts = t.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || y < 1970 {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    u64::try_from((era * 146_097 + doe - 719_468) * 86_400).ok()
}

/// A Unix time as UTC `YYYY-MM-DD HH:MM:SS`, without a date library.
pub fn format(unix: i64) -> String {
    let (year, month, day, secs) = civil(unix);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// The first and last second RFC 3339 can write (years 0000 to 9999).
const RFC3339_RANGE: (i64, i64) = (-62_167_219_200, 253_402_300_799);

/// A Unix time as RFC 3339 UTC, `YYYY-MM-DDTHH:MM:SSZ`: the form of every
/// time in tfa's JSON. Times beyond years 0000 to 9999 are clamped to them.
pub fn rfc3339(unix: i64) -> String {
    let (year, month, day, secs) = civil(unix.clamp(RFC3339_RANGE.0, RFC3339_RANGE.1));
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// (year, month, day, seconds into the day) of a Unix time, in UTC.
fn civil(unix: i64) -> (i64, i64, i64, i64) {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day, secs)
}

/// A Unix time as `YYYY-MM-DD HH:MM:SS UTC`, for sentences.
pub fn utc(unix: i64) -> String {
    format!("{} UTC", format(unix))
}

/// A duration in the unit a person would use: `45 s`, `10 min`, `2 h`, `4 days`.
pub fn span(secs: u64) -> String {
    match secs {
        0..120 => format!("{secs} s"),
        120..7200 => format!("{} min", secs / 60),
        7200..172_800 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(parse("1700000000", 0), Ok(1_700_000_000));
        assert_eq!(parse("2005-03-18", 0), Ok(1_111_104_000));
        assert_eq!(parse("1970-01-01", 0), Ok(0));
        assert_eq!(parse("2000-03-01", 0), Ok(951_868_800));
        assert_eq!(parse("90m", 10_000), Ok(10_000 - 5400));
        assert_eq!(parse("7d", 1_000_000), Ok(1_000_000 - 604_800));
        assert_eq!(parse("1w", 100), Ok(0));
        assert_eq!(parse("1d12h", 200_000), Ok(200_000 - 129_600));
    }

    #[test]
    fn rfc3339_at_the_rfc_6238_test_times() {
        // RFC 6238 Appendix B gives these times in UTC.
        for (unix, utc) in [
            (59, "1970-01-01T00:00:59Z"),
            (1_111_111_109, "2005-03-18T01:58:29Z"),
            (1_111_111_111, "2005-03-18T01:58:31Z"),
            (1_234_567_890, "2009-02-13T23:31:30Z"),
            (2_000_000_000, "2033-05-18T03:33:20Z"),
            (20_000_000_000, "2603-10-11T11:33:20Z"),
        ] {
            assert_eq!(rfc3339(unix), utc, "{unix}");
        }
    }

    #[test]
    fn rfc3339_edges() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(951_868_799), "2000-02-29T23:59:59Z");
        assert_eq!(rfc3339(1_709_208_000), "2024-02-29T12:00:00Z");
        assert_eq!(rfc3339(4_107_542_400), "2100-03-01T00:00:00Z", "2100 is no leap year");
        assert_eq!(rfc3339(253_402_300_799), "9999-12-31T23:59:59Z");
        assert_eq!(rfc3339(i64::MAX), "9999-12-31T23:59:59Z");
        assert_eq!(rfc3339(-62_167_219_200), "0000-01-01T00:00:00Z");
        assert_eq!(rfc3339(i64::MIN), "0000-01-01T00:00:00Z");
        // The same calendar as `format` and `parse`.
        for unix in [0, 951_782_400, 1_111_111_109, 1_700_000_000] {
            assert_eq!(rfc3339(unix).replace('T', " ").trim_end_matches('Z'), format(unix));
        }
        assert_eq!(parse(&rfc3339(1_111_104_000)[..10], 0), Ok(1_111_104_000));
    }

    #[test]
    fn refusals() {
        for bad in ["", "yesterday", "12x", "2005-13-01", "05-03-18", "h", "99999999999999999999d", "١٢"] {
            assert!(parse(bad, 0).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn spans_and_dates_read_as_words() {
        assert_eq!(span(45), "45 s");
        assert_eq!(span(600), "10 min");
        assert_eq!(span(7200), "2 h");
        assert_eq!(span(400_000), "4 days");
        assert_eq!(utc(0), "1970-01-01 00:00:00 UTC");
    }
}
