//! Backup codes, device tokens and durations as typed or read from a file:
//! parsed or refused, never a panic; what parses prints back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::backup_code::BackupCode;
use tfa::core::device::{self, DeviceToken};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(code) = BackupCode::parse(text) {
        assert_eq!(BackupCode::parse(&code.to_string()).expect("printed code parses"), code);
    }
    if let Ok(token) = DeviceToken::parse(text) {
        assert_eq!(DeviceToken::parse(&token.encode()).expect("encoded token parses").encode(), token.encode());
    }
    let _ = device::parse_ttl(text);
});
