//! Reading a code as a person types it: forgiving about spacing, strict
//! about its shape, so a wrong-shaped code is refused before any lookup.

use thiserror::Error;

/// Longer input than this is not a code of any kind; it is refused unread.
const MAX_INPUT: usize = 64;

/// A code in a shape tfa knows.
#[derive(Clone, PartialEq, Eq)]
pub enum CodeInput {
    /// 6 to 8 ASCII digits: an authenticator app's code or a sent code.
    Digits(String),
}

impl std::fmt::Debug for CodeInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeInput::Digits(d) => write!(f, "Digits(<{} digits>)", d.len()),
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
    #[error("the code may hold only the digits 0-9 (spaces and dashes are ignored)")]
    WrongAlphabet,
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
    if !cleaned.bytes().all(|b| b.is_ascii_digit()) {
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
    }
}
