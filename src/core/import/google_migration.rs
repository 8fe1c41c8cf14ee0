//! Google Authenticator's "Transfer accounts" QR text:
//! `otpauth-migration://offline?data=BASE64`, where the data is a protobuf
//! `MigrationPayload`. A large transfer is split over several QR codes
//! (batches); all of one transfer must be given together.

use data_encoding::{BASE64, BASE64URL_NOPAD, BASE64_NOPAD};
use percent_encoding::percent_decode_str;
use prost::Message;
use zeroize::Zeroize;

use super::uris::entry;
use super::{BadInput, Entry};
use crate::core::otp::{Algorithm, Params};
use crate::core::seed::{Seed, MAX_SEED_BYTES, MIN_SEED_BYTES};
use crate::core::uri::{Provisioning, UriKind};

#[derive(Clone, PartialEq, Message)]
struct MigrationPayload {
    #[prost(message, repeated, tag = "1")]
    otp_parameters: Vec<OtpParameters>,
    #[prost(int32, tag = "2")]
    version: i32,
    #[prost(int32, tag = "3")]
    batch_size: i32,
    #[prost(int32, tag = "4")]
    batch_index: i32,
    #[prost(int32, tag = "5")]
    batch_id: i32,
}

#[derive(Clone, PartialEq, Message)]
struct OtpParameters {
    #[prost(bytes = "vec", tag = "1")]
    secret: Vec<u8>,
    #[prost(string, tag = "2")]
    name: String,
    #[prost(string, tag = "3")]
    issuer: String,
    /// 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5.
    #[prost(int32, tag = "4")]
    algorithm: i32,
    /// 0 unspecified, 1 six, 2 eight.
    #[prost(int32, tag = "5")]
    digits: i32,
    /// 0 unspecified, 1 HOTP, 2 TOTP.
    #[prost(int32, tag = "6")]
    r#type: i32,
    #[prost(int64, tag = "7")]
    counter: i64,
}

impl Drop for OtpParameters {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

const SCHEME: &str = "otpauth-migration://offline?";

/// Reads one or more transfer URIs, one per line; each entry goes to
/// `account` if given, else to the account its name holds.
pub fn parse(text: &str, account: Option<&str>) -> Result<Vec<Entry>, BadInput> {
    let mut entries = Vec::new();
    // (batch id, batch size) -> the indexes seen.
    let mut batches: Vec<(i32, i32, Vec<i32>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let (n, line) = (i + 1, line.trim());
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let payload = payload(line).map_err(|e| BadInput::at(n, e))?;
        let size = payload.batch_size.max(1);
        if payload.batch_index < 0 || payload.batch_index >= size {
            return Err(BadInput::at(n, format!("batch {} of {size} does not exist", payload.batch_index + 1)));
        }
        match batches.iter_mut().find(|(id, s, _)| *id == payload.batch_id && *s == size) {
            Some((_, _, seen)) if seen.contains(&payload.batch_index) => {
                return Err(BadInput::at(n, format!("batch {} of {size} is given twice", payload.batch_index + 1)))
            }
            Some((_, _, seen)) => seen.push(payload.batch_index),
            None => batches.push((payload.batch_id, size, vec![payload.batch_index])),
        }
        for (k, p) in payload.otp_parameters.iter().enumerate() {
            let provisioning = provisioning(p).map_err(|e| BadInput::at(n, format!("account {} in it: {e}", k + 1)))?;
            entries.push(entry(provisioning, account, n)?);
        }
    }
    for (_, size, seen) in &batches {
        if let Some(missing) = (0..*size).find(|i| !seen.contains(i)) {
            return Err(BadInput::whole(format!(
                "batch {} of {size} of the transfer is missing: give the text of every QR code the phone showed",
                missing + 1
            )));
        }
    }
    if entries.is_empty() {
        return Err(BadInput::whole("no otpauth-migration:// URI was given"));
    }
    Ok(entries)
}

fn payload(uri: &str) -> Result<MigrationPayload, String> {
    let query =
        uri.get(..SCHEME.len()).filter(|s| s.eq_ignore_ascii_case(SCHEME)).map(|_| &uri[SCHEME.len()..]).ok_or(
            if uri.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("otpauth:")) {
                "an otpauth:// URI, not a transfer: import it with tfa import uris"
            } else {
                "not an otpauth-migration://offline?data=... URI"
            },
        )?;
    let data = query.split('&').find_map(|pair| pair.strip_prefix("data=")).ok_or("the URI has no data parameter")?;
    let mut data =
        percent_decode_str(data).decode_utf8().map_err(|_| "the data is not percent-encoded text")?.into_owned();
    // Standard base64 as Google writes it; tolerate lost padding or the URL-safe alphabet.
    let bytes = [&BASE64, &BASE64_NOPAD, &BASE64URL_NOPAD].iter().find_map(|codec| {
        codec.decode(data.trim_end_matches('=').as_bytes()).ok().or_else(|| codec.decode(data.as_bytes()).ok())
    });
    data.zeroize();
    let mut bytes = bytes.ok_or("the data is not base64")?;
    let payload = MigrationPayload::decode(bytes.as_slice())
        .map_err(|_| "the data is not a Google Authenticator transfer".to_owned());
    bytes.zeroize();
    payload
}

fn provisioning(p: &OtpParameters) -> Result<Provisioning, String> {
    let algorithm = match p.algorithm {
        0 | 1 => Algorithm::Sha1,
        2 => Algorithm::Sha256,
        3 => Algorithm::Sha512,
        4 => return Err("MD5 codes are not supported".into()),
        n => return Err(format!("unknown algorithm {n}")),
    };
    let digits = match p.digits {
        0 | 1 => 6,
        2 => 8,
        n => return Err(format!("unknown digit count {n}")),
    };
    let kind = match p.r#type {
        1 => UriKind::Hotp { counter: u64::try_from(p.counter).map_err(|_| "a negative counter")? },
        2 => UriKind::Totp { period: 30 },
        n => return Err(format!("unknown type {n} (neither HOTP nor TOTP)")),
    };
    if p.secret.len() < MIN_SEED_BYTES || p.secret.len() > MAX_SEED_BYTES {
        return Err(format!("the secret is {} bits", p.secret.len() * 8));
    }
    let (label_issuer, account) = match p.name.split_once(':') {
        Some((issuer, account)) => (Some(issuer.trim()), account.trim()),
        None => (None, p.name.trim()),
    };
    let issuer = Some(p.issuer.trim()).filter(|i| !i.is_empty()).or(label_issuer).map(str::to_owned);
    Ok(Provisioning {
        kind,
        issuer,
        account: account.to_owned(),
        seed: Seed::from_bytes(p.secret.clone()),
        params: Params { algorithm, digits },
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::otp::App;

    /// A transfer URI as Google Authenticator makes one.
    pub(crate) fn transfer(accounts: &[(&[u8], &str, &str, i32)], batch: (i32, i32, i32)) -> String {
        let payload = MigrationPayload {
            otp_parameters: accounts
                .iter()
                .map(|(secret, name, issuer, r#type)| OtpParameters {
                    secret: secret.to_vec(),
                    name: (*name).to_owned(),
                    issuer: (*issuer).to_owned(),
                    algorithm: 1,
                    digits: 1,
                    r#type: *r#type,
                    counter: 3,
                })
                .collect(),
            version: 1,
            batch_size: batch.0,
            batch_index: batch.1,
            batch_id: batch.2,
        };
        let data = BASE64.encode(&payload.encode_to_vec());
        format!(
            "otpauth-migration://offline?data={}",
            percent_encoding::utf8_percent_encode(&data, percent_encoding::NON_ALPHANUMERIC)
        )
    }

    const SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn several_accounts_and_batches() {
        let one = transfer(&[(SECRET, "ACME:alice", "ACME", 2), (b"abcdefghij", "bob", "", 1)], (2, 0, 7));
        let two = transfer(&[(SECRET, "carol", "Mail", 2)], (2, 1, 7));
        let e = parse(&format!("{one}\n{two}\n"), None).unwrap();
        let names: Vec<_> = e.iter().map(|e| (e.account.as_str(), e.label.as_str(), e.line)).collect();
        assert_eq!(names, [("alice", "ACME", 1), ("bob", "imported", 1), ("carol", "Mail", 2)]);
        assert_eq!(e[0].seed.as_bytes(), SECRET);
        assert!(matches!(e[1].app, App::Hotp { counter: 3, .. }));
        assert!(matches!(e[2].app, App::Totp { period: 30, .. }));
    }

    #[test]
    fn a_missing_batch_or_bad_data_imports_nothing() {
        let one = transfer(&[(SECRET, "alice", "", 2)], (2, 0, 7));
        assert!(parse(&one, None).unwrap_err().message.contains("batch 2 of 2"));
        assert_eq!(parse("otpauth-migration://offline?data=%%%", None).unwrap_err().line, Some(1));
        assert_eq!(parse("otpauth-migration://offline?data=AAAA", None).unwrap_err().line, Some(1));
        let not_a_transfer = parse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP", None).unwrap_err();
        assert_eq!(not_a_transfer.line, Some(1));
        assert!(not_a_transfer.message.contains("tfa import uris"), "{not_a_transfer}");
        let short = transfer(&[(b"short", "alice", "", 2)], (1, 0, 1));
        assert!(parse(&short, None).unwrap_err().message.contains("account 1"));
    }
}
