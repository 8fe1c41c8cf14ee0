//! Account and label names.

use thiserror::Error;

pub const MAX_LEN: usize = 64;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum NameError {
    #[error("{what} is empty")]
    Empty { what: &'static str },
    #[error("{what} is longer than {MAX_LEN} characters")]
    TooLong { what: &'static str },
    #[error("{what} may not contain whitespace or control characters")]
    BadChar { what: &'static str },
}

/// An account name: 1-64 printable characters, no whitespace.
pub fn check_account(name: &str) -> Result<(), NameError> {
    check("account name", name, false)
}

/// A method label: like an account name, but inner spaces are allowed.
pub fn check_label(label: &str) -> Result<(), NameError> {
    check("label", label, true)
}

fn check(what: &'static str, s: &str, spaces: bool) -> Result<(), NameError> {
    if s.is_empty() {
        return Err(NameError::Empty { what });
    }
    if s.chars().count() > MAX_LEN {
        return Err(NameError::TooLong { what });
    }
    let bad = |c: char| c.is_control() || (c.is_whitespace() && !(spaces && c == ' '));
    if s.chars().any(bad) || s.starts_with(' ') || s.ends_with(' ') {
        return Err(NameError::BadChar { what });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_names() {
        for n in ["alice", "bob@example.com", "ü-ser_1", &"x".repeat(64)] {
            assert_eq!(check_account(n), Ok(()), "{n}");
        }
    }

    #[test]
    fn refuses_bad_names() {
        assert!(matches!(check_account(""), Err(NameError::Empty { .. })));
        assert!(matches!(check_account(&"x".repeat(65)), Err(NameError::TooLong { .. })));
        for n in ["a b", "a\tb", "a\nb", "a\0b", " a"] {
            assert!(matches!(check_account(n), Err(NameError::BadChar { .. })), "{n:?}");
        }
    }

    #[test]
    fn labels_may_hold_inner_spaces() {
        assert_eq!(check_label("work phone"), Ok(()));
        assert!(check_label(" phone").is_err());
        assert!(check_label("phone\n").is_err());
    }
}
