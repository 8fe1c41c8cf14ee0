//! otpauth:// URIs in Google's Key Uri Format.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::otp::{Algorithm, Params};
use super::seed::Seed;

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
}
