//! Recovery contacts: addresses that security notices go to beside the
//! account's own sent-code methods. A contact is never a way to sign in.

use super::method::{MethodKind, Status};

/// The fixed text of a contact's confirming code: not a sign-in code, and
/// it says so.
pub const CONFIRM_TEMPLATE: &str = "{code} confirms this address as a recovery contact for {account}: it will receive \
     security notices, never sign-in codes. It expires in {minutes} min. Never share it with anyone.";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub account_id: i64,
    /// `sms`, `whatsapp` or `email`.
    pub channel: MethodKind,
    /// E.164, or an email address with its domain lower-cased.
    pub address: String,
    /// `pending` until its code is confirmed, then `active`.
    pub status: Status,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
}

impl Contact {
    pub fn is_confirmed(&self) -> bool {
        self.status == Status::Active
    }
}

/// The same mailbox or phone, however it was written: notices go to each once.
pub fn same_address(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_compare_without_case() {
        assert!(same_address("Alice@example.com", "alice@example.com"));
        assert!(same_address("+4915123456789", "+4915123456789"));
        assert!(!same_address("+4915123456789", "+4915123456780"));
    }
}
