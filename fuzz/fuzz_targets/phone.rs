//! Phone numbers and their region: parsed or refused, never a panic; what
//! parses is E.164 and parses again to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::phone;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (number, region) = match text.split_once('\n') {
        Some((n, r)) => (n, Some(r)),
        None => (text, None),
    };
    if let Ok(p) = phone::parse(number, region) {
        assert!(p.e164.starts_with('+') && p.e164[1..].bytes().all(|b| b.is_ascii_digit()), "{}", p.e164);
        assert_eq!(phone::parse(&p.e164, None).expect("E.164 parses").e164, p.e164);
    }
});
