//! Where a code goes, shown without giving it away: "•••• 4567",
//! "a•••@example.com". For menus and documents that someone signing in
//! sees before the sign-in has succeeded.

/// The last four digits of a phone number: `+4915123456789` → `•••• 6789`.
pub fn phone(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    format!("•••• {tail}")
}

/// The first character of the local part and the domain:
/// `alice@example.com` → `a•••@example.com`.
pub fn email(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => "•••".to_owned(),
    }
}

/// A sent-code method's address, masked as its kind is: email or phone.
pub fn address(kind: super::method::MethodKind, address: &str) -> String {
    match kind {
        super::method::MethodKind::Email => email(address),
        _ => phone(address),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_show_their_last_four_digits() {
        assert_eq!(phone("+4915123456789"), "•••• 6789");
        assert_eq!(phone("+1 650 253 0000"), "•••• 0000");
        assert_eq!(phone("123"), "•••• 123");
        assert_eq!(phone(""), "•••• ");
    }

    #[test]
    fn emails_show_a_first_letter_and_the_domain() {
        assert_eq!(email("alice@example.com"), "a•••@example.com");
        assert_eq!(email("ö@b.de"), "ö•••@b.de");
        assert_eq!(email("not an address"), "•••");
    }
}
