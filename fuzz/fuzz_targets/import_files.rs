//! The files `tfa import` reads (a ~/.google_authenticator file, a pam_oath
//! users file, otpauth:// URI lines, Google Authenticator transfer text):
//! read or refused with a line number, never a panic; what is read names an
//! account tfa accepts, and an error's line is one of the input's.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::import::{google_authenticator, google_migration, oath_usersfile, uris, BadInput, Entry};
use tfa::core::name;

fn check(text: &str, read: Result<Vec<Entry>, BadInput>) {
    match read {
        Ok(entries) => {
            for e in entries {
                assert!(name::check_account(&e.account).is_ok(), "{:?}", e.account);
                assert!(e.line >= 1 && e.line <= text.lines().count().max(1));
            }
        }
        Err(BadInput { line: Some(line), .. }) => assert!(line >= 1 && line <= text.split('\n').count()),
        Err(_) => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    check(text, google_authenticator::parse(text, "alice").map(|e| vec![e]));
    check(text, oath_usersfile::parse(text, 1_700_000_000));
    check(text, uris::parse(text, None));
    check(text, google_migration::parse(text, None));
});
