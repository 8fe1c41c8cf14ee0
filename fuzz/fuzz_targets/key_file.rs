//! A key file with any bytes in it: a key or a clear error, never a panic.
#![no_main]

use std::os::unix::fs::PermissionsExt;

use libfuzzer_sys::fuzz_target;
use tfa::crypto::StoreKey;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("key");
    std::fs::write(&path, data).expect("write");
    // Private, as tfa makes it: a key others can read is refused before it is parsed.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    if let Ok(key) = StoreKey::load(&path) {
        assert_eq!(data.len(), 32);
        let sealed = key.seal(b"seed", b"row");
        assert_eq!(key.open(&sealed, b"row").expect("opens").as_slice(), b"seed");
    }
});
