//! A typed code: whatever it is, parsing answers and never panics, and what
//! it accepts has the shape it promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::code::{self, CodeInput};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match code::parse(text) {
        Ok(CodeInput::Digits(d)) => assert!((6..=8).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())),
        #[allow(unreachable_patterns)]
        Ok(_) | Err(_) => {}
    }
});
