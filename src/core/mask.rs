//! Where a code goes, shown without giving it away: "•••• 4567",
//! "a•••@example.com". For menus and documents that someone signing in
//! sees before the sign-in has succeeded.

use super::method::MethodKind;

/// The last four digits of a phone number: `+4915123456789` → `•••• 6789`.
pub fn phone(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    format!("•••• {tail}")
}

/// The country code and the last four digits: `+16502530100` → `+1 •••• 0100`,
/// so a support person can tell a wrong country from a wrong number.
pub fn phone_with_country(e164: &str) -> String {
    match phonenumber::parse(None, e164) {
        Ok(n) => format!("+{} {}", n.code().value(), phone(e164)),
        Err(_) => phone(e164),
    }
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

/// A sent-code method's address as the person signing in may see it: an
/// email address or the last four digits of a phone number.
pub fn address(kind: MethodKind, address: &str) -> String {
    if kind == MethodKind::Email {
        email(address)
    } else {
        phone(address)
    }
}

/// A sent-code method's address for the checklist and the doctor: an email
/// address, or a phone number with its country code.
pub fn address_with_country(kind: MethodKind, address: &str) -> String {
    if kind == MethodKind::Email {
        email(address)
    } else {
        phone_with_country(address)
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
    fn phones_for_support_show_their_country_too() {
        assert_eq!(phone_with_country("+16502530100"), "+1 •••• 0100");
        assert_eq!(phone_with_country("+4915123456789"), "+49 •••• 6789");
        assert_eq!(phone_with_country("garbage12"), "•••• 12");
    }

    #[test]
    fn emails_show_a_first_letter_and_the_domain() {
        assert_eq!(email("alice@example.com"), "a•••@example.com");
        assert_eq!(email("ö@b.de"), "ö•••@b.de");
        assert_eq!(email("not an address"), "•••");
    }

    #[test]
    fn addresses_are_masked_by_kind() {
        assert_eq!(address(MethodKind::Email, "alice@example.com"), "a•••@example.com");
        assert_eq!(address(MethodKind::Sms, "+4915123456789"), "•••• 6789");
        assert_eq!(address(MethodKind::Whatsapp, "+16502530100"), "•••• 0100");
        assert_eq!(address_with_country(MethodKind::Sms, "+16502530100"), "+1 •••• 0100");
        assert_eq!(address_with_country(MethodKind::Email, "alice@example.com"), "a•••@example.com");
    }
}
