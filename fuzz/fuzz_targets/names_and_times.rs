//! Account names, labels and WHEN arguments: answered, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::{name, when};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if name::check_account(text).is_ok() {
        assert!(!text.is_empty() && text.chars().count() <= name::MAX_LEN && !text.contains(char::is_whitespace));
    }
    let _ = name::check_label(text);
    let _ = when::parse(text, 1_700_000_000);
});
