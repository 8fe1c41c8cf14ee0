//! Trusted devices: a 256-bit bearer token per device, kept only as its
//! SHA-256, with an expiry, revocation and rotation.

use std::fmt;

use data_encoding::BASE64URL_NOPAD;
use rand::{CryptoRng, RngCore};
use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Bytes of a token: 256 bits.
pub const TOKEN_BYTES: usize = 32;
/// Characters of a token as printed (unpadded base64url).
pub const TOKEN_CHARS: usize = 43;
/// Active devices an account may have at once.
pub const MAX_DEVICES: i64 = 10;
/// How long a new device stays trusted unless told otherwise: 30 days.
pub const DEFAULT_TTL: &str = "30d";
/// The longest trust that may be asked for: a year.
pub const MAX_TTL_SECS: u64 = 366 * 86_400;

/// A device token. Zeroized on drop; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DeviceToken([u8; TOKEN_BYTES]);

/// A token's SHA-256: what the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenHash(pub [u8; 32]);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MalformedToken {
    #[error("the device token is empty")]
    Empty,
    #[error("the device token is not one tfa issued: expected {TOKEN_CHARS} characters of base64url")]
    Shape,
}

impl DeviceToken {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut bytes = [0u8; TOKEN_BYTES];
        rng.fill_bytes(&mut bytes);
        DeviceToken(bytes)
    }

    /// Reads a token; surrounding whitespace is ignored.
    pub fn parse(text: &str) -> Result<Self, MalformedToken> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MalformedToken::Empty);
        }
        if text.len() != TOKEN_CHARS {
            return Err(MalformedToken::Shape);
        }
        let mut decoded = BASE64URL_NOPAD.decode(text.as_bytes()).map_err(|_| MalformedToken::Shape)?;
        let token =
            <[u8; TOKEN_BYTES]>::try_from(decoded.as_slice()).map(DeviceToken).map_err(|_| MalformedToken::Shape);
        decoded.zeroize();
        token
    }

    /// The token as printed: 43 characters of unpadded base64url.
    pub fn encode(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(BASE64URL_NOPAD.encode(&self.0))
    }

    pub fn hash(&self) -> TokenHash {
        TokenHash(crate::crypto::sha256(&self.0))
    }
}

impl fmt::Debug for DeviceToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DeviceToken(<redacted>)")
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TtlError {
    #[error("{0:?} is not a duration: write a number and a unit, like 2s, 90m, 12h, 30d or 2w")]
    Syntax(String),
    #[error("{0:?} is zero: a device must be trusted for at least a second")]
    Zero(String),
    #[error("{0:?} is longer than a year (366d), the most a device may be trusted")]
    TooLong(String),
}

/// A device's time to live: a duration of a second to a year.
pub fn parse_ttl(text: &str) -> Result<u64, TtlError> {
    match parse_duration(text)? {
        0 => Err(TtlError::Zero(super::excerpt(text))),
        t if t > MAX_TTL_SECS => Err(TtlError::TooLong(super::excerpt(text))),
        t => Ok(t),
    }
}

/// Reads a duration such as `2s`, `90m`, `12h`, `30d`, `2w`, or a sum of
/// them (`1d12h`); seconds.
pub fn parse_duration(text: &str) -> Result<u64, TtlError> {
    let syntax = || TtlError::Syntax(super::excerpt(text));
    let s = text.trim();
    if s.is_empty() {
        return Err(syntax());
    }
    let mut total: u64 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(syntax)?;
        if digits == 0 {
            return Err(syntax());
        }
        let n: u64 = rest[..digits].parse().map_err(|_| TtlError::TooLong(super::excerpt(text)))?;
        rest = &rest[digits..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
        let unit = match &rest[..unit_len] {
            "s" | "sec" | "secs" | "second" | "seconds" => 1,
            "m" | "min" | "mins" | "minute" | "minutes" => 60,
            "h" | "hour" | "hours" => 3600,
            "d" | "day" | "days" => 86_400,
            "w" | "week" | "weeks" => 7 * 86_400,
            _ => return Err(syntax()),
        };
        rest = &rest[unit_len..];
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(|| TtlError::TooLong(super::excerpt(text)))?;
    }
    Ok(total)
}

/// A trusted device of an account, as stored; never its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_seen_at: Option<i64>,
    pub revoked_at: Option<i64>,
    /// `operator` or `stolen_token`.
    pub revoked_why: Option<String>,
}

/// Why a device was revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revocation {
    /// `tfa device revoke`.
    Operator,
    /// A token voided by rotation was presented again: a copy is in use.
    StolenToken,
}

impl Revocation {
    pub fn as_str(self) -> &'static str {
        match self {
            Revocation::Operator => "operator",
            Revocation::StolenToken => "stolen_token",
        }
    }
}

/// Why a token does not make a device trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Untrusted {
    /// No device of this account has the token.
    Unknown,
    Expired,
    Revoked,
}

impl Untrusted {
    pub fn as_str(self) -> &'static str {
        match self {
            Untrusted::Unknown => "unknown",
            Untrusted::Expired => "expired",
            Untrusted::Revoked => "revoked",
        }
    }
}

/// Whether a device, as stored, is trusted at `now`. Revocation wins over expiry.
pub fn standing(expires_at: i64, revoked_at: Option<i64>, now: i64) -> Result<(), Untrusted> {
    if revoked_at.is_some() {
        Err(Untrusted::Revoked)
    } else if now >= expires_at {
        Err(Untrusted::Expired)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::OsRng;

    #[test]
    fn tokens_are_256_bits_and_round_trip() {
        let token = DeviceToken::generate(&mut OsRng);
        let text = token.encode();
        assert_eq!(text.len(), TOKEN_CHARS);
        assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(DeviceToken::parse(&format!(" {}\n", text.as_str())), Ok(token.clone()));
        assert_ne!(DeviceToken::generate(&mut OsRng), token);
        assert_eq!(token.hash().0, crate::crypto::sha256(&token.0));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        assert_eq!(DeviceToken::parse(""), Err(MalformedToken::Empty));
        assert_eq!(DeviceToken::parse("abc"), Err(MalformedToken::Shape));
        assert_eq!(DeviceToken::parse(&"!".repeat(43)), Err(MalformedToken::Shape));
        assert_eq!(DeviceToken::parse(&"A".repeat(44)), Err(MalformedToken::Shape));
        // 43 characters whose last one carries bits past the 256th.
        assert_eq!(DeviceToken::parse(&format!("{}B", "A".repeat(42))), Err(MalformedToken::Shape));
    }

    #[test]
    fn debug_hides_the_token() {
        assert_eq!(format!("{:?}", DeviceToken::generate(&mut OsRng)), "DeviceToken(<redacted>)");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_ttl("2s"), Ok(2));
        assert_eq!(parse_ttl("90m"), Ok(5400));
        assert_eq!(parse_ttl("12h"), Ok(43_200));
        assert_eq!(parse_ttl("30d"), Ok(2_592_000));
        assert_eq!(parse_ttl("2w"), Ok(1_209_600));
        assert_eq!(parse_ttl("1d12h"), Ok(129_600));
        assert_eq!(parse_ttl(" 45 seconds ".trim()), Err(TtlError::Syntax("45 seconds".into())));
        assert_eq!(parse_ttl("45seconds"), Ok(45));
        assert_eq!(parse_ttl("366d"), Ok(MAX_TTL_SECS));
    }

    #[test]
    fn bad_durations_are_refused() {
        for bad in ["", "30", "d", "3x", "-1d", "1.5h", "1d 2h", "h1", "٣d"] {
            assert!(matches!(parse_ttl(bad), Err(TtlError::Syntax(_))), "{bad:?}");
        }
        assert_eq!(parse_ttl("0s"), Err(TtlError::Zero("0s".into())));
        assert_eq!(parse_ttl("367d"), Err(TtlError::TooLong("367d".into())));
        assert_eq!(parse_ttl("99999999999999999999s"), Err(TtlError::TooLong("99999999999999999999s".into())));
        assert_eq!(parse_ttl("9999999999999999w"), Err(TtlError::TooLong("9999999999999999w".into())));
    }

    #[test]
    fn standing_at_a_time() {
        assert_eq!(standing(100, None, 99), Ok(()));
        assert_eq!(standing(100, None, 100), Err(Untrusted::Expired));
        assert_eq!(standing(100, Some(50), 60), Err(Untrusted::Revoked));
        assert_eq!(standing(100, Some(50), 200), Err(Untrusted::Revoked));
    }
}
