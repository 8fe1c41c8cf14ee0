//! otpauth:// URIs in Google's Key Uri Format.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use thiserror::Error;

use super::otp::{Algorithm, Params, MAX_COUNTER};
use super::seed::{Seed, SeedError};

/// Everything but unreserved characters (RFC 3986) is escaped.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// What kind of authenticator the URI provisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UriKind {
    Totp { period: u32 },
    Hotp { counter: u64 },
}

/// Builds the provisioning URI. Algorithm, digits and period appear only
/// when they differ from the defaults, which every app assumes.
pub fn otpauth(kind: UriKind, issuer: &str, account: &str, seed: &Seed, params: Params) -> String {
    let enc = |s: &str| utf8_percent_encode(s, COMPONENT).to_string();
    let (type_, extra) = match kind {
        UriKind::Totp { period } if period != 30 => ("totp", format!("&period={period}")),
        UriKind::Totp { .. } => ("totp", String::new()),
        UriKind::Hotp { counter } => ("hotp", format!("&counter={counter}")),
    };
    let mut uri = format!(
        "otpauth://{type_}/{}:{}?secret={}&issuer={}",
        enc(issuer),
        enc(account),
        seed.to_base32(),
        enc(issuer)
    );
    if params.algorithm != Algorithm::Sha1 {
        uri.push_str(&format!("&algorithm={}", params.algorithm));
    }
    if params.digits != 6 {
        uri.push_str(&format!("&digits={}", params.digits));
    }
    uri.push_str(&extra);
    uri
}

/// The longest URI read: far beyond any real one, small enough to refuse unread.
const MAX_URI: usize = 4096;

/// A provisioning URI read back, to import an authenticator from elsewhere.
#[derive(Debug, PartialEq, Eq)]
pub struct Provisioning {
    pub kind: UriKind,
    pub issuer: Option<String>,
    pub account: String,
    pub seed: Seed,
    pub params: Params,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum UriError {
    #[error("the URI is longer than {MAX_URI} characters")]
    TooLong,
    #[error("the URI does not start with otpauth://totp/ or otpauth://hotp/")]
    Scheme,
    #[error("the URI's {0} is not valid percent-encoded UTF-8")]
    Encoding(&'static str),
    #[error("the URI has no secret parameter")]
    NoSecret,
    #[error("the URI's secret: {0}")]
    Secret(SeedError),
    #[error("the URI's {name} parameter {value:?} is not valid")]
    Parameter { name: &'static str, value: String },
    #[error("an hotp URI needs a counter parameter")]
    NoCounter,
    #[error("the URI's {0} is longer than {MAX_NAME} bytes, or holds a control character (or, in an issuer, a colon)")]
    Name(&'static str),
}

/// The longest issuer or account name read from a URI, in bytes: short
/// enough that the URI tfa writes back always fits in `MAX_URI`.
const MAX_NAME: usize = 256;

fn check_name(text: &str, what: &'static str) -> Result<(), UriError> {
    if text.len() > MAX_NAME || text.chars().any(char::is_control) {
        return Err(UriError::Name(what));
    }
    Ok(())
}

fn decode(text: &str, what: &'static str) -> Result<String, UriError> {
    percent_decode_str(text).decode_utf8().map(|s| s.into_owned()).map_err(|_| UriError::Encoding(what))
}

/// Reads an `otpauth://` URI (Key Uri Format). Unknown parameters are ignored,
/// as the format asks; known ones are checked.
pub fn parse(uri: &str) -> Result<Provisioning, UriError> {
    if uri.len() > MAX_URI {
        return Err(UriError::TooLong);
    }
    let uri = uri.trim();
    let rest =
        uri.get(..10).filter(|s| s.eq_ignore_ascii_case("otpauth://")).map(|_| &uri[10..]).ok_or(UriError::Scheme)?;
    let (type_, rest) = rest.split_once('/').ok_or(UriError::Scheme)?;
    let hotp = match type_.to_ascii_lowercase().as_str() {
        "totp" => false,
        "hotp" => true,
        _ => return Err(UriError::Scheme),
    };
    let (label, query) = rest.split_once('?').unwrap_or((rest, ""));
    let label = decode(label, "label")?;
    let (label_issuer, account) = match label.split_once(':') {
        Some((issuer, account)) => (Some(issuer.trim().to_owned()), account.trim().to_owned()),
        None => (None, label.trim().to_owned()),
    };
    let (mut secret, mut issuer, mut algorithm, mut digits, mut period, mut counter) =
        (None, None, None, None, None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(&value.replace('+', " "), "query")?;
        let bad = |name| UriError::Parameter { name, value: value.chars().take(40).collect() };
        match name.to_ascii_lowercase().as_str() {
            "secret" => secret = Some(Seed::from_base32(&value).map_err(UriError::Secret)?),
            "issuer" => issuer = Some(value),
            "algorithm" => algorithm = Some(value.parse::<Algorithm>().map_err(|_| bad("algorithm"))?),
            "digits" => {
                digits = Some(value.parse::<u8>().ok().filter(|d| (6..=8).contains(d)).ok_or_else(|| bad("digits"))?)
            }
            "period" => {
                period =
                    Some(value.parse::<u32>().ok().filter(|p| (1..=3600).contains(p)).ok_or_else(|| bad("period"))?)
            }
            "counter" => {
                counter = Some(value.parse::<u64>().ok().filter(|c| *c <= MAX_COUNTER).ok_or_else(|| bad("counter"))?)
            }
            _ => {}
        }
    }
    check_name(&account, "account name")?;
    for name in issuer.iter().chain(label_issuer.iter()) {
        check_name(name, "issuer")?;
        // The label's issuer prefix ends at the first colon (literal or %3A).
        if name.contains(':') {
            return Err(UriError::Name("issuer"));
        }
    }
    let kind = if hotp {
        UriKind::Hotp { counter: counter.ok_or(UriError::NoCounter)? }
    } else {
        UriKind::Totp { period: period.unwrap_or(30) }
    };
    Ok(Provisioning {
        kind,
        issuer: issuer.or(label_issuer).filter(|i| !i.is_empty()),
        account,
        seed: secret.ok_or(UriError::NoSecret)?,
        params: Params { algorithm: algorithm.unwrap_or(Algorithm::Sha1), digits: digits.unwrap_or(6) },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_left_out() {
        let seed = Seed::from_bytes(b"12345678901234567890".to_vec());
        let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
        assert_eq!(
            otpauth(UriKind::Totp { period: 30 }, "ACME Co", "alice@example.com", &seed, params),
            "otpauth://totp/ACME%20Co:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME%20Co"
        );
    }

    #[test]
    fn other_parameters_are_spelled_out() {
        let seed = Seed::from_bytes(b"12345678901234567890".to_vec());
        let params = Params { algorithm: Algorithm::Sha256, digits: 8 };
        assert_eq!(
            otpauth(UriKind::Totp { period: 60 }, "tfa", "bob", &seed, params),
            "otpauth://totp/tfa:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=tfa&algorithm=SHA256&digits=8&period=60"
        );
        let six = Params { algorithm: Algorithm::Sha1, digits: 6 };
        assert!(otpauth(UriKind::Hotp { counter: 7 }, "tfa", "bob", &seed, six)
            .starts_with("otpauth://hotp/tfa:bob?secret="));
        assert!(otpauth(UriKind::Hotp { counter: 7 }, "tfa", "bob", &seed, six).ends_with("&counter=7"));
    }

    #[test]
    fn parse_reads_back_what_otpauth_writes() {
        let seed = Seed::generate();
        for (kind, params) in [
            (UriKind::Totp { period: 30 }, Params { algorithm: Algorithm::Sha1, digits: 6 }),
            (UriKind::Totp { period: 60 }, Params { algorithm: Algorithm::Sha512, digits: 8 }),
            (UriKind::Hotp { counter: 42 }, Params { algorithm: Algorithm::Sha256, digits: 7 }),
        ] {
            let uri = otpauth(kind, "ACME Co", "alice@example.com", &seed, params);
            let p = parse(&uri).unwrap();
            assert_eq!((p.kind, p.params, p.seed.clone()), (kind, params, seed.clone()));
            assert_eq!((p.issuer.as_deref(), p.account.as_str()), (Some("ACME Co"), "alice@example.com"));
        }
    }

    #[test]
    fn parse_takes_other_writers_uris() {
        let p = parse("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example").unwrap();
        assert_eq!(p.account, "alice@google.com");
        assert_eq!(p.kind, UriKind::Totp { period: 30 });
        let p = parse("OTPAUTH://TOTP/bob?SECRET=jbswy3dpehpk3pxp&unknown=1&digits=8").unwrap();
        assert_eq!((p.issuer, p.params.digits), (None, 8));
    }

    #[test]
    fn parse_refuses_bad_uris() {
        let bad = [
            ("http://totp/a?secret=JBSWY3DPEHPK3PXP", UriError::Scheme),
            ("otpauth://motp/a?secret=JBSWY3DPEHPK3PXP", UriError::Scheme),
            ("otpauth://totp/a?issuer=x", UriError::NoSecret),
            ("otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP", UriError::NoCounter),
            ("otpauth://totp/%ff?secret=JBSWY3DPEHPK3PXP", UriError::Encoding("label")),
        ];
        for (uri, want) in bad {
            assert_eq!(parse(uri).unwrap_err(), want, "{uri}");
        }
        assert!(matches!(parse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=9"), Err(UriError::Parameter { .. })));
        assert!(matches!(parse("otpauth://totp/a?secret=!!"), Err(UriError::Secret(_))));
        assert_eq!(parse(&"a".repeat(5000)).unwrap_err(), UriError::TooLong);
        let long = format!("otpauth://totp/{}?secret=JBSWY3DPEHPK3PXP", "a".repeat(300));
        assert_eq!(parse(&long).unwrap_err(), UriError::Name("account name"));
        assert_eq!(parse("otpauth://totp/a%00b?secret=JBSWY3DPEHPK3PXP").unwrap_err(), UriError::Name("account name"));
        let issuer = format!("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer={}", "%C3%A9".repeat(300));
        assert_eq!(parse(&issuer).unwrap_err(), UriError::Name("issuer"));
        assert_eq!(
            parse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=b%3Ac").unwrap_err(),
            UriError::Name("issuer")
        );
        assert_eq!(parse("otpauth://ö").unwrap_err(), UriError::Scheme);
    }
}
