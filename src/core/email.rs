//! Email addresses for sent codes and account contacts: a sane syntax
//! check, not RFC 5322 (the delivery command is the real test).

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{0:?} is not an email address")]
pub struct NotAnEmail(pub String);

/// A plausible address: one `@` with a local part of at most 64 characters
/// before it, a dotted domain of non-empty labels after it, no spaces,
/// no control characters, no angle brackets or quotes, at most 254 in all.
pub fn check(email: &str) -> Result<(), NotAnEmail> {
    let ok = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:[]\\".contains(c))
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && local.len() <= 64
                && !local.starts_with('.')
                && !local.ends_with('.')
                && !local.contains("..")
                && !domain.contains('@')
                && domain.contains('.')
                && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        });
    if !ok {
        return Err(NotAnEmail(super::excerpt(email)));
    }
    Ok(())
}

/// The address as stored: the domain in lower case (domains are
/// case-insensitive; the local part is the mail server's business).
pub fn normalize(email: &str) -> String {
    match email.rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
        None => email.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses_pass() {
        for ok in ["a@example.com", "first.last+tag@sub.example.org", "x@xn--bcher-kva.example", "ü@example.de"] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn domains_are_lower_cased() {
        assert_eq!(normalize("Alice.B@Example.COM"), "Alice.B@example.com");
    }

    #[test]
    fn implausible_addresses_are_refused() {
        let long_local = format!("{}@example.com", "a".repeat(65));
        let long = format!("a@{}.com", "b".repeat(250));
        for bad in [
            "",
            "a",
            "a@b",
            "@example.com",
            "a@@example.com",
            "a b@example.com",
            "a@example.com.",
            "a@.com",
            "a@example..com",
            "a@-example.com",
            ".a@example.com",
            "a..b@example.com",
            "Alice <a@example.com>",
            "a@example.com\n",
            &long_local,
            &long,
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
    }
}
