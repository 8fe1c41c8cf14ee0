//! A store file with any bytes in it: opening it and listing accounts gives
//! an answer or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfa::store::{accounts, Open, Store};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("tfa.db");
    std::fs::write(&db, data).expect("write");
    if let Ok(store) = Store::open(&db, &dir.path().join("key"), Open::Existing) {
        let _ = accounts::list(store.conn());
        let _ = store.key();
    }
});
