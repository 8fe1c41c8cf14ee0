//! The domain: pure functions and types, no I/O. Time comes in as an argument.

pub mod account;
pub mod backup_code;
pub mod challenge;
pub mod checklist;
pub mod code;
pub mod contact;
pub mod delivery;
pub mod device;
pub mod doctor;
pub mod email;
pub mod import;
pub mod lockout;
pub mod mask;
pub mod method;
pub mod name;
pub mod otp;
pub mod phone;
pub mod recovery;
pub mod refusal;
pub mod resync;
pub mod seed;
pub mod uri;
pub mod when;

/// What an error may show of a person's input: at most 40 characters, so a
/// hostile megabyte is not echoed back.
pub fn excerpt(text: &str) -> String {
    const SHOWN: usize = 40;
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
