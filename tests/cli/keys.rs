//! The store key under pressure: rekeys at once, stores that share a key
//! file, enrollment beside a rekey, seeds that cannot be opened, and old
//! ciphertexts left in the store file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use crate::env::{code, fresh_step, stderr, TestEnv};

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn spawn_quiet(env: &TestEnv, args: &[&str]) -> Child {
    env.process(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn")
}

/// Whether `tfa code` works on `env`'s store with the key in `key`.
fn opens(env: &TestEnv, key: &Path, name: &str) -> bool {
    key.exists() && code(&env.run(&["--key-file", path(key), "code", name])) == 0
}

fn sibling(p: &Path, suffix: &str) -> PathBuf {
    let mut name = p.file_name().expect("file name").to_os_string();
    name.push(suffix);
    p.with_file_name(name)
}

/// Finding 1: two rekeys at once. Every round starts from a copy of one
/// store of 5 authenticator apps; exactly one rekey may win, and the key
/// file then opens the store.
#[test]
fn rekey_twice_at_once_keeps_one_key_that_opens_the_store() {
    let env = TestEnv::new();
    for i in 0..5 {
        env.enroll_active(&format!("a{i}"));
    }
    let rounds = 20;
    let (mut lost, mut lied, mut not_one) = (0, 0, 0);
    for _ in 0..rounds {
        let copy = env.copy();
        let key = copy.key_file();
        let children = [spawn_quiet(&copy, &["rekey"]), spawn_quiet(&copy, &["rekey"])];
        let wins = children.into_iter().map(|c| c.wait_with_output().expect("wait")).filter(|o| code(o) == 0).count();
        let candidates = [key.clone(), sibling(&key, ".old"), sibling(&key, ".new")];
        if !candidates.iter().any(|k| opens(&copy, k, "a0")) {
            lost += 1;
        }
        if wins > 0 && !opens(&copy, &key, "a0") {
            lied += 1;
        }
        if wins != 1 {
            not_one += 1;
        }
    }
    eprintln!(
        "{rounds} rounds of two rekeys: {lost} left no key that opens the store, {lied} reported success though the key \
         file does not open it, {not_one} had other than one winner"
    );
    assert_eq!((lost, lied, not_one), (0, 0, 0));
}

/// Finding 2: stores made with only `--db` share the default key file; a
/// rekey of one must not break the other, and `--forget-old` must not
/// delete a key another store needs.
#[test]
fn rekey_never_breaks_a_store_that_shares_the_key_file() {
    let env = TestEnv::new();
    let (a, b) = (env.path().join("a.db"), env.path().join("b.db"));
    let (a, b) = (path(&a), path(&b));
    env.ok(&["--db", a, "enroll", "x", "totp", "--no-confirm"]);
    env.ok(&["--db", b, "enroll", "x", "totp", "--no-confirm"]);
    let at = "1700000000";
    let code_of = |db: &str, key: &Path| env.run(&["--db", db, "--key-file", path(key), "code", "x", "--at", at]);
    let (a_code, b_code) =
        (env.ok(&["--db", a, "code", "x", "--at", at]), env.ok(&["--db", b, "code", "x", "--at", at]));
    let shared = fs::read(env.key_file()).expect("key");

    // In place, on a shared key file: refused, and b still opens.
    let out = env.run(&["--db", a, "rekey"]);
    assert_eq!(code(&out), 2, "rekey of a store whose key file is shared: {}", stderr(&out));
    assert!(stderr(&out).contains("b.db") && stderr(&out).contains("--new-key-file"), "{}", stderr(&out));
    assert_eq!(code(&code_of(b, &env.key_file())), 0, "b.db no longer opens: {}", stderr(&code_of(b, &env.key_file())));

    // `--forget-old` deletes nothing this store's rekey did not make.
    env.ok(&["--db", a, "rekey", "--forget-old"]);
    assert_eq!(fs::read(env.key_file()).expect("the shared key is still there"), shared);

    // A key of its own, in a new file; the shared one is left as it was.
    let own = env.path().join("a.key");
    let v = env.json(&["--db", a, "rekey", "--new-key-file", path(&own)], 0);
    assert_eq!((v["resealed"].as_u64(), v["key_file"].as_str()), (Some(1), Some(path(&own))));
    assert_eq!(v["old_key_shared"], true);
    assert_eq!(fs::read(env.key_file()).expect("key"), shared);
    assert_eq!(crate::env::stdout(&code_of(a, &own)), a_code);
    assert_eq!(crate::env::stdout(&code_of(b, &env.key_file())), b_code);
    assert_eq!(code(&code_of(a, &env.key_file())), 2, "a.db still opens with the shared key");
    let v = env.json(&["--db", a, "--key-file", path(&own), "rekey", "--forget-old"], 0);
    assert_eq!(v["deleted"], false);
    assert_eq!(fs::read(env.key_file()).expect("the shared key is still there"), shared);
    assert_eq!(crate::env::stdout(&code_of(b, &env.key_file())), b_code);

    // b is now the default key's only store: it may rekey in place, and
    // forget the old key its own rekey kept.
    env.ok(&["--db", b, "rekey"]);
    assert_eq!(crate::env::stdout(&code_of(b, &env.key_file())), b_code);
    assert_eq!(fs::read(sibling(&env.key_file(), ".old")).expect("old key kept"), shared);
    let v = env.json(&["--db", b, "rekey", "--forget-old"], 0);
    assert_eq!(v["deleted"], true);
    assert!(!sibling(&env.key_file(), ".old").exists());
    // a, with its own key, and its own in-place rekey.
    env.ok(&["--db", a, "--key-file", path(&own), "rekey"]);
    assert_eq!(crate::env::stdout(&code_of(a, &own)), a_code);
}

/// Finding 3: enrollments beside a rekey. Every enrollment that reports
/// success must give a seed that opens under the store's key.
#[test]
fn rekey_beside_enrollments_seals_every_new_seed_under_the_new_key() {
    let env = TestEnv::new();
    for i in 0..5 {
        env.enroll_active(&format!("a{i}"));
    }
    let (rounds, per_round) = (10, 6);
    let (mut reported, mut broken, mut failed_rekeys) = (0, 0, 0);
    for round in 0..rounds {
        let mut children = vec![spawn_quiet(&env, &["rekey"])];
        for j in 0..per_round {
            children.push(spawn_quiet(&env, &["enroll", &format!("r{round}e{j}"), "totp", "--no-confirm"]));
        }
        let outs: Vec<_> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
        if code(&outs[0]) != 0 {
            eprintln!("round {round}: rekey failed: {}", stderr(&outs[0]));
            failed_rekeys += 1;
        }
        for (j, out) in outs[1..].iter().enumerate() {
            if code(out) != 0 {
                continue;
            }
            reported += 1;
            if code(&env.run(&["code", &format!("r{round}e{j}")])) != 0 {
                broken += 1;
            }
        }
        env.ok(&["rekey", "--forget-old"]);
    }
    eprintln!(
        "{reported} enrollments beside a rekey reported success; {broken} of them do not open; \
         {failed_rekeys} of {rounds} rekeys failed"
    );
    assert_eq!((broken, failed_rekeys), (0, 0));
    assert!(reported > 0);
}

/// Finding 3: a seed that cannot be opened does not stop the account's
/// other apps from being checked, and never lets a code in.
#[test]
fn a_seed_that_cannot_be_opened_does_not_stop_the_other_apps() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.enroll_active("alice");
    let methods = env.json(&["methods", "alice"], 0);
    let ids: Vec<String> =
        methods["methods"].as_array().expect("methods").iter().map(|m| m["id"].to_string()).collect();
    let now = fresh_step(10);
    let second = env.ok(&["code", "alice", "--method", &ids[1], "--at", &now.to_string()]).trim().to_owned();
    // The second app's sealed seed in the first's row: sealed to another
    // row's identity, it cannot be opened there.
    env.sql(&format!(
        "UPDATE methods SET sealed_seed = (SELECT m.sealed_seed FROM methods m WHERE m.id = {}) WHERE id = {}",
        ids[1], ids[0]
    ));

    let wrong = if second == "000000" { "111111" } else { "000000" };
    let out = env.run(&["verify", "alice", wrong, "--json"]);
    assert_eq!(code(&out), 1, "a wrong code is refused, not an error: {}", stderr(&out));
    assert!(stderr(&out).contains(&format!("method {} of \"alice\" could not be checked", ids[0])), "{}", stderr(&out));
    let out = env.run(&["verify", "alice", &second, "--json"]);
    assert_eq!(code(&out), 0, "the second app's code: {}", stderr(&out));
    assert!(stderr(&out).contains(&format!("method {}", ids[0])), "{}", stderr(&out));
    let log = env.ok(&["log", "alice", "--json"]);
    assert!(log.contains("unseal"), "the log does not record the seed that did not open: {log}");
}

/// The bytes of every sealed seed and password hash, by account.
fn secrets(db: &Path) -> Vec<(String, Vec<u8>)> {
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT a.name || ' seed', m.sealed_seed FROM methods m JOIN accounts a ON a.id = m.account_id \
             WHERE m.sealed_seed IS NOT NULL
             UNION ALL SELECT name || ' password', CAST(password_hash AS BLOB) FROM accounts WHERE password_hash IS NOT NULL",
        )
        .expect("prepare");
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

/// Which of `secrets` still appear in the store file, its WAL, or `extra`.
fn left_in(db: &Path, extra: &[&Path], secrets: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut files = vec![db.to_owned(), sibling(db, "-wal")];
    files.extend(extra.iter().map(|p| p.to_path_buf()));
    let bytes: Vec<(String, Vec<u8>)> =
        files.iter().filter_map(|f| fs::read(f).ok().map(|b| (f.display().to_string(), b))).collect();
    let mut found = Vec::new();
    for (name, secret) in secrets {
        for (file, b) in &bytes {
            if b.windows(secret.len()).any(|w| w == secret.as_slice()) {
                found.push(format!("{name} in {file}"));
            }
        }
    }
    found
}

/// Finding 4: no old sealed seed or password hash stays in the store
/// file, its WAL or a backup after accounts are removed and after rekey,
/// even those an older tfa left in free pages.
#[test]
fn rekey_and_removal_leave_no_old_ciphertext_in_the_file() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: free pages and the WAL of the file.
    }
    let names: Vec<String> = (0..16).map(|i| format!("u{i:02}")).collect();
    for name in &names {
        env.enroll_active(name);
    }
    for name in &names[..4] {
        let out = env.run_stdin(&["account", "passwd", name, "--password-stdin"], &format!("password of {name}\n"));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let before = secrets(&env.db());
    assert_eq!(before.len(), 20);
    let removed = |upto: usize| -> Vec<(String, Vec<u8>)> {
        before.iter().filter(|(n, _)| names[..upto].iter().any(|name| n.starts_with(name.as_str()))).cloned().collect()
    };

    // Removed through tfa: gone from the file at once.
    for name in &names[..6] {
        env.ok(&["account", "remove", name, "--yes"]);
    }
    let after_remove = left_in(&env.db(), &[], &removed(6));

    // Removed as an older tfa did (no secure_delete): the bytes stay in a free page...
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    conn.pragma_update(None, "secure_delete", "OFF").expect("pragma");
    conn.execute("DELETE FROM accounts WHERE name IN ('u06', 'u07')", []).expect("delete");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
    drop(conn);
    assert!(!left_in(&env.db(), &[], &removed(8)).is_empty(), "the test cannot see free pages");

    // ...until the rekey, which leaves none of the old key's ciphertexts.
    env.ok(&["rekey"]);
    let copy = env.path().join("after.db");
    env.ok(&["backup", path(&copy)]);
    // Every seed was resealed and every password hash belonged to a removed account.
    let after_rekey = left_in(&env.db(), &[&copy], &before);
    let count = |found: &[String]| {
        let mut names: Vec<&str> = found.iter().filter_map(|f| f.split(" in ").next()).collect();
        names.sort_unstable();
        names.dedup();
        names.len()
    };
    eprintln!(
        "removing 6 accounts left {} of their 10 secrets (seeds, password hashes) in the store file or WAL; after \
         rekey, {} of the 20 old ciphertexts and hashes remain in the store, its WAL or a backup: {after_rekey:?}",
        count(&after_remove),
        count(&after_rekey)
    );
    assert!(after_remove.is_empty(), "removed accounts' secrets left in the store: {after_remove:?}");
    assert!(after_rekey.is_empty(), "old ciphertexts after rekey: {after_rekey:?}");
    for name in &names[8..] {
        assert_eq!(code(&env.run(&["code", name])), 0);
    }
}

/// A key file made by an older tfa has no record of its stores: it may be
/// shared, so it is never replaced in place, and a `KEY.old` an older
/// rekey left is never deleted by `--forget-old`.
#[test]
fn rekey_of_a_key_with_no_record_of_its_stores_needs_a_new_key_file() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let at = "1700000000";
    let before = env.ok(&["code", "alice", "--at", at]);
    fs::remove_file(sibling(&env.key_file(), ".stores")).expect("no record, as an older tfa left it");
    let out = env.run(&["rekey"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("no record of which stores use"), "{}", stderr(&out));
    fs::write(sibling(&env.key_file(), ".old"), [7u8; 32]).expect("an older rekey's KEY.old");
    let out = env.run(&["rekey", "--forget-old"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(sibling(&env.key_file(), ".old").exists());

    let own = env.path().join("own.key");
    env.ok(&["rekey", "--new-key-file", path(&own)]);
    assert_eq!(env.ok(&["--key-file", path(&own), "code", "alice", "--at", at]), before);
    assert_eq!(code(&env.run(&["--key-file", path(&own), "rekey", "--new-key-file", path(&own)])), 2, "NEW exists");
    // The new key file's record names this store alone: in place from now on.
    env.ok(&["--key-file", path(&own), "rekey"]);
    assert_eq!(env.ok(&["--key-file", path(&own), "code", "alice", "--at", at]), before);
}

/// A rekey killed at any moment leaves a key file (KEY, or the KEY.old or
/// KEY.new an error names) that opens the store.
#[test]
fn rekey_killed_at_any_moment_leaves_a_key_that_opens_the_store() {
    let env = TestEnv::new();
    for i in 0..5 {
        env.enroll_active(&format!("a{i}"));
    }
    let (mut lost, mut midway) = (0, 0);
    for round in 0..20u64 {
        let copy = env.copy();
        let key = copy.key_file();
        let mut child = spawn_quiet(&copy, &["rekey"]);
        std::thread::sleep(std::time::Duration::from_micros(round * 1_500));
        let _ = child.kill();
        let _ = child.wait();
        let candidates = [key.clone(), sibling(&key, ".old"), sibling(&key, ".new")];
        if !candidates.iter().any(|k| opens(&copy, k, "a0")) {
            lost += 1;
        } else if !opens(&copy, &key, "a0") || sibling(&key, ".new").exists() {
            midway += 1;
        }
    }
    eprintln!("20 killed rekeys: {midway} stopped midway, {lost} left no key that opens the store");
    assert_eq!(lost, 0, "{lost} of 20 killed rekeys left no key that opens the store");
}
