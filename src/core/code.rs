//! Reading a code as a person types it: forgiving about spacing, strict
//! about its shape, so a wrong-shaped code is refused before any lookup.

use thiserror::Error;

use super::backup_code::{self, BackupCode};

/// Longer input than this is not a code of any kind; it is refused unread.
const MAX_INPUT: usize = 64;

/// A code in a shape tfa knows.
#[derive(Clone, PartialEq, Eq)]
pub enum CodeInput {
    /// 6 to 8 ASCII digits: an authenticator app's code or a sent code.
    Digits(String),
    /// 10 symbols of the backup-code alphabet, canonical (lowercase, no dash).
    Backup(BackupCode),
}

impl std::fmt::Debug for CodeInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeInput::Digits(d) => write!(f, "Digits(<{} digits>)", d.len()),
            CodeInput::Backup(_) => f.write_str("Backup(<redacted>)"),
        }
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MalformedCode {
    #[error("the code is empty")]
    Empty,
    #[error("the code is too long: expected 6 to 8 digits")]
    TooLong,
    #[error("the code has {0} digits: expected 6 to 8")]
    WrongLength(usize),
    #[error("the code may hold only the digits 0-9, or be a backup code of 10 letters and digits like xxxxx-xxxxx (spaces and dashes are ignored)")]
    WrongAlphabet,
    #[error("a backup code is not accepted here: type the code the authenticator app shows")]
    BackupCodeNotAccepted,
}

impl CodeInput {
    /// The digits of an app or sent code; a backup code is refused.
    pub fn into_digits(self) -> Result<String, MalformedCode> {
        match self {
            CodeInput::Digits(d) => Ok(d),
            CodeInput::Backup(_) => Err(MalformedCode::BackupCodeNotAccepted),
        }
    }
}

/// Parses a typed code: spaces and dashes are ignored.
pub fn parse(input: &str) -> Result<CodeInput, MalformedCode> {
    if input.len() > MAX_INPUT {
        return Err(MalformedCode::TooLong);
    }
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if cleaned.is_empty() {
        return Err(MalformedCode::Empty);
    }
    let digits = cleaned.bytes().all(|b| b.is_ascii_digit());
    if cleaned.len() == backup_code::LEN {
        // Backup-code shaped: any case, look-alikes (o, i, l) forgiven.
        if let Ok(code) = BackupCode::parse(&cleaned) {
            return Ok(CodeInput::Backup(code));
        }
    }
    if !digits {
        return Err(MalformedCode::WrongAlphabet);
    }
    match cleaned.len() {
        6..=8 => Ok(CodeInput::Digits(cleaned)),
        n => Err(MalformedCode::WrongLength(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_is_forgiven() {
        for s in ["123456", " 123 456 ", "123-456", "12 34 56\n", "12345678"] {
            assert!(matches!(parse(s), Ok(CodeInput::Digits(_))), "{s:?}");
        }
        assert_eq!(parse("123 456"), Ok(CodeInput::Digits("123456".into())));
    }

    #[test]
    fn wrong_shapes_are_refused() {
        assert_eq!(parse(""), Err(MalformedCode::Empty));
        assert_eq!(parse(" - "), Err(MalformedCode::Empty));
        assert_eq!(parse("12345"), Err(MalformedCode::WrongLength(5)));
        assert_eq!(parse("123456789"), Err(MalformedCode::WrongLength(9)));
        assert_eq!(parse("12a456"), Err(MalformedCode::WrongAlphabet));
        assert_eq!(parse("١٢٣٤٥٦"), Err(MalformedCode::WrongAlphabet));
        assert_eq!(parse("123\u{0}456"), Err(MalformedCode::WrongAlphabet));
        assert_eq!(parse(&"1".repeat(65)), Err(MalformedCode::TooLong));
    }

    #[test]
    fn debug_hides_the_code() {
        assert_eq!(format!("{:?}", parse("123456").unwrap()), "Digits(<6 digits>)");
        assert_eq!(format!("{:?}", parse("k7f3q-x9m2p").unwrap()), "Backup(<redacted>)");
    }

    #[test]
    fn backup_codes_are_told_apart_from_digits() {
        let want = BackupCode::parse("k7f3qx9m2p").unwrap();
        for s in ["k7f3q-x9m2p", "K7F3Q-X9M2P", "k7f3qx9m2p", " k7f3q x9m2p ", "K7F3Q X9M2P\n"] {
            assert_eq!(parse(s), Ok(CodeInput::Backup(want.clone())), "{s:?}");
        }
        // Ten digits are a backup code (all-digit codes happen); six to eight are an app's.
        assert!(matches!(parse("12345-67890"), Ok(CodeInput::Backup(_))));
        assert!(matches!(parse("12345678"), Ok(CodeInput::Digits(_))));
        assert_eq!(parse("k7f3q-x9m2"), Err(MalformedCode::WrongAlphabet));
        assert_eq!(parse("k7f3q-x9m2u"), Err(MalformedCode::WrongAlphabet));
        assert_eq!(parse("1234567890").and_then(CodeInput::into_digits), Err(MalformedCode::BackupCodeNotAccepted));
        assert_eq!(parse("123456").and_then(CodeInput::into_digits), Ok("123456".into()));
    }
}
