//! A backup-code attempt costs one argon2id evaluation, whether 10 codes or
//! 1 remain: every code of a set shares the set's salt, so the attempt
//! hashes once and finds its row by hash.
//!
//! `attempt` runs the steps of `tfa backup-codes use` after the account is
//! found: read the set's salt, hash once, then check and update in one
//! `BEGIN IMMEDIATE` transaction with its audit event, committed (fsync,
//! `synchronous = FULL`) on a store file. The code tried is a wrong one, the
//! case an attacker controls and the one a per-code-salt design would pay
//! for with one evaluation per remaining code.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use rand::rngs::OsRng;
use tempfile::TempDir;
use tfa::core::backup_code::{self, BackupCode, CodeHash, Consumed, Salt};
use tfa::store::accounts::{self, NewAccount};
use tfa::store::backup_codes;
use tfa::store::events::{self, Event};
use tfa::store::{Open, Store};

const NOW: i64 = 1_800_000_000;

/// A store file with one account whose set of 10 has `remaining` unused codes.
fn store_with(remaining: usize) -> (TempDir, Store, i64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(dir.path());
    let account = accounts::insert(
        store.conn(),
        &NewAccount { name: "alice", email: None, phone: None, password_hash: None },
        NOW,
    )
    .expect("insert")
    .expect("new account");
    let (salt, codes) = backup_code::generate_set(&mut OsRng, backup_code::DEFAULT_COUNT);
    let hashes: Vec<CodeHash> = codes.iter().map(|c| c.hash(&salt)).collect();
    let (set, _) = backup_codes::replace_set(store.conn(), account.id, &salt, &hashes, false, NOW).expect("set");
    for hash in &hashes[..backup_code::DEFAULT_COUNT - remaining] {
        let used = backup_codes::consume(store.conn(), set.id, hash, NOW).expect("consume");
        assert!(matches!(used, Consumed::Accepted { .. }));
    }
    (dir, store, account.id)
}

fn open(dir: &Path) -> Store {
    Store::open(&dir.join("tfa.db"), &dir.join("key"), Open::Create).expect("store")
}

fn attempt(store: &Store, account_id: i64, code: &BackupCode) -> Consumed {
    let set = backup_codes::current_set(store.conn(), account_id).expect("read").expect("a set");
    let hash = code.hash(&set.salt);
    let tx = store.immediate().expect("lock");
    let consumed = backup_codes::consume(&tx, set.id, &hash, NOW).expect("consume");
    let event = Event { reason: Some("wrong_code"), ..Event::new("alice", "backup_code_use", "refused") };
    events::record(&tx, &event, NOW).expect("event");
    tx.commit().expect("commit");
    consumed
}

fn bench(c: &mut Criterion) {
    let wrong = BackupCode::parse("zzzzz-zzzzz").expect("shape");
    let mut group = c.benchmark_group("backup_code_attempt");
    group.sample_size(30);
    for remaining in [10, 1] {
        let (_dir, store, account_id) = store_with(remaining);
        group.bench_with_input(BenchmarkId::new("remaining", remaining), &remaining, |b, &remaining| {
            b.iter(|| {
                let got = attempt(&store, account_id, &wrong);
                assert_eq!(got, Consumed::NoMatch { remaining: remaining as i64 });
            });
        });
    }
    group.finish();

    let mut group = c.benchmark_group("argon2id");
    group.sample_size(30);
    let salt = Salt::generate(&mut OsRng);
    group.bench_function("one_evaluation", |b| b.iter(|| wrong.hash(&salt)));
    // What a salt per code would cost a wrong attempt against a full set.
    group.sample_size(10);
    let salts: Vec<Salt> = (0..backup_code::DEFAULT_COUNT).map(|_| Salt::generate(&mut OsRng)).collect();
    group.bench_function("salt_per_code_10_remaining", |b| {
        b.iter(|| salts.iter().map(|s| wrong.hash(s)).collect::<Vec<_>>());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
