//! Phone numbers for sent codes: parsed and validated with libphonenumber's
//! rules (the `phonenumber` crate), kept in E.164.

use std::str::FromStr;

use phonenumber::country;
use phonenumber::{Mode, PhoneNumber, Type};
use thiserror::Error;

/// Longer input than this is not a phone number; it is refused unread.
const MAX_INPUT: usize = 64;

/// A valid phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `+` country code and national number, no spaces: `+442079460958`.
    pub e164: String,
    /// Numbering plans say this is a fixed line (or a service number), which
    /// usually cannot receive text messages.
    pub landline: bool,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PhoneError {
    #[error("{0:?} is not a region: use a two-letter country code such as US, GB or DE")]
    UnknownRegion(String),
    #[error(
        "{0:?} is written without a country code: write it as +<country code> <number>, or pass --region (e.g. --region GB)"
    )]
    NoCountry(String),
    #[error("{0:?} has an extension; codes cannot be sent to an extension")]
    Extension(String),
    #[error("{input:?} is not a valid phone number{}", region.as_ref().map(|r| format!(" in region {r}")).unwrap_or_default())]
    Invalid { input: String, region: Option<String> },
}

/// Parses a number as a person writes it. Without a region it must start
/// with `+` and the country code; with one, the national form of that
/// region is accepted too (a `+` number still wins).
pub fn parse(input: &str, region: Option<&str>) -> Result<Phone, PhoneError> {
    let region = region
        .map(|r| {
            let upper = r.trim().to_ascii_uppercase();
            country::Id::from_str(&upper)
                .map_err(|_| PhoneError::UnknownRegion(super::excerpt(r)))
                .map(|id| (id, upper))
        })
        .transpose()?;
    let invalid =
        || PhoneError::Invalid { input: super::excerpt(input), region: region.as_ref().map(|(_, r)| r.clone()) };
    let trimmed = input.trim();
    if trimmed.is_empty() || input.len() > MAX_INPUT || input.chars().any(char::is_control) {
        return Err(invalid());
    }
    if region.is_none() && !trimmed.starts_with('+') {
        return Err(PhoneError::NoCountry(super::excerpt(input)));
    }
    let number: PhoneNumber = phonenumber::parse(region.as_ref().map(|(id, _)| *id), trimmed).map_err(|_| invalid())?;
    if number.extension().is_some() {
        return Err(PhoneError::Extension(super::excerpt(input)));
    }
    if !number.is_valid() {
        return Err(invalid());
    }
    let landline = matches!(
        number.number_type(&phonenumber::metadata::DATABASE),
        Type::FixedLine
            | Type::TollFree
            | Type::PremiumRate
            | Type::SharedCost
            | Type::Uan
            | Type::Voicemail
            | Type::Emergency
            | Type::ShortCode
    );
    Ok(Phone { e164: number.format().mode(Mode::E164).to_string(), landline })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(input: &str, region: Option<&str>) -> String {
        parse(input, region).unwrap_or_else(|e| panic!("{input:?} {region:?}: {e}")).e164
    }

    #[test]
    fn international_numbers_become_e164() {
        assert_eq!(e164("+44 20 7946 0958", None), "+442079460958");
        assert_eq!(e164("+49 (151) 2345-6789", None), "+4915123456789");
        assert_eq!(e164("+1 650-253-0000", None), "+16502530000");
        assert_eq!(e164(" +33 6 12 34 56 78 ", None), "+33612345678");
    }

    #[test]
    fn national_numbers_need_a_region() {
        assert_eq!(parse("020 7946 0958", None), Err(PhoneError::NoCountry("020 7946 0958".into())));
        assert_eq!(e164("020 7946 0958", Some("GB")), "+442079460958");
        assert_eq!(e164("020 7946 0958", Some("gb")), "+442079460958");
        assert_eq!(e164("0151 23456789", Some("DE")), "+4915123456789");
        assert_eq!(e164("(650) 253-0000", Some("US")), "+16502530000");
        // The international prefix of the region, and a `+` that overrides it.
        assert_eq!(e164("0044 20 7946 0958", Some("DE")), "+442079460958");
        assert_eq!(e164("011 44 20 7946 0958", Some("US")), "+442079460958");
        assert_eq!(e164("+44 20 7946 0958", Some("US")), "+442079460958");
    }

    #[test]
    fn invalid_numbers_are_refused() {
        for bad in ["", "+", "+1", "+44 20", "+999 1234567", "+44 20 7946 0958 1234 5678", "+phone", "+1 000 000 0000"]
        {
            assert!(matches!(parse(bad, None), Err(PhoneError::Invalid { .. })), "{bad:?}: {:?}", parse(bad, None));
        }
        // A German mobile number read as a British national number is not valid.
        assert!(matches!(parse("0151 23456789", Some("GB")), Err(PhoneError::Invalid { .. })));
        assert_eq!(parse("020 7946 0958", Some("XX")), Err(PhoneError::UnknownRegion("XX".into())));
        assert_eq!(parse("020 7946 0958", Some("Britain")), Err(PhoneError::UnknownRegion("Britain".into())));
        assert!(matches!(parse(&format!("+44 {}", "1".repeat(80)), None), Err(PhoneError::Invalid { .. })));
        assert!(matches!(parse("+44 20 7946 0958 ext. 12", None), Err(PhoneError::Extension(_))));
    }

    #[test]
    fn landlines_are_told_apart_from_mobiles() {
        assert!(parse("+44 20 7946 0958", None).unwrap().landline);
        assert!(!parse("+49 151 23456789", None).unwrap().landline);
        // In North America a number does not say which it is.
        assert!(!parse("+1 650 253 0000", None).unwrap().landline);
    }
}
