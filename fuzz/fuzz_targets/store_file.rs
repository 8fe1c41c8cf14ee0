//! A store file with any bytes in it: opening it and listing accounts gives
//! an answer or an error, never a panic. The file is private and a key
//! exists, so the bytes reach SQLite and the check of the store's binding.
#![no_main]

use std::os::unix::fs::PermissionsExt;

use libfuzzer_sys::fuzz_target;
use tfa::crypto::StoreKey;
use tfa::store::{accounts, Open, Store};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("tfa.db");
    std::fs::write(&db, data).expect("write");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let key = dir.path().join("key");
    StoreKey::create(&key).expect("key");
    if let Ok(store) = Store::open(&db, &key, Open::Existing) {
        let _ = accounts::list(store.conn());
        let _ = store.key();
    }
});
