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
fn parse_date(t: &str) -> Option<u64> {
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
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}", secs / 3600, secs % 3600 / 60, secs % 60)
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
