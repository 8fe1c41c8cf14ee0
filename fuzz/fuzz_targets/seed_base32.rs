//! Base32 seeds: parsing never panics and round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::seed::Seed;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(seed) = Seed::from_base32(text) {
        assert_eq!(Seed::from_base32(&seed.to_base32()).expect("round trip"), seed);
    }
});
