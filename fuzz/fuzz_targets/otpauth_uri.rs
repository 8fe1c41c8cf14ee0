//! otpauth:// URIs: parsing never panics, and whatever parses writes back
//! to a URI that parses to the same authenticator.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::core::uri;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(p) = uri::parse(text) {
        let again = uri::otpauth(p.kind, p.issuer.as_deref().unwrap_or("tfa"), &p.account, &p.seed, p.params);
        let q = uri::parse(&again).expect("a written URI parses");
        assert_eq!((q.kind, q.params, q.seed), (p.kind, p.params, p.seed));
    }
});
