//! The store on disk: permissions, sealing, versions, damage, the key, races.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::env::{code, fresh_step, stderr, TestEnv};

fn mode(path: &std::path::Path) -> u32 {
    fs::metadata(path).expect("exists").permissions().mode() & 0o777
}

#[test]
fn files_are_private() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    assert_eq!(mode(&env.key_file()), 0o600);
    assert_eq!(mode(env.key_file().parent().unwrap()), 0o700);
    // On PostgreSQL there is no store file: only the key is on this host.
    if !env.postgres() {
        assert_eq!(mode(&env.db()), 0o600);
        assert_eq!(mode(env.db().parent().unwrap()), 0o700);
    }
}

#[test]
fn the_database_never_holds_a_seed_in_plain_form() {
    let env = TestEnv::new();
    let secret = env.enroll_active("alice");
    let raw = tfa::core::seed::Seed::from_base32(&secret).expect("base32");
    let bytes = env.store_bytes();
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(secret.as_bytes()));
    assert!(!contains(secret.to_lowercase().as_bytes()));
    assert!(!contains(raw.as_bytes()));
}

#[test]
fn default_paths_follow_xdg() {
    let env = TestEnv::new();
    let out = env.cmd(&["init", "--json"]).env_remove("TFA_DB").env_remove("TFA_KEY_FILE").output().expect("run");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(env.path().join("xdg-data/tfa/tfa.db").exists());
    assert!(env.path().join("xdg-config/tfa/key").exists());
}

#[test]
fn reading_commands_create_nothing() {
    let env = TestEnv::new();
    // No store is no answer (exit 2), not an empty list or "no such account" (issue 11, finding 7).
    assert_eq!(code(&env.run(&["account", "list"])), 2);
    assert_eq!(code(&env.run(&["verify", "alice", "123456"])), 2);
    assert!(!env.store_exists() && !env.key_file().exists());
}

#[test]
fn a_newer_store_is_refused_and_left_unchanged() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // The version and the bytes compared are the SQLite file's (PRAGMA user_version).
    }
    env.enroll_active("alice");
    {
        let conn = rusqlite::Connection::open(env.db()).expect("open");
        conn.pragma_update(None, "user_version", 99).expect("set version");
    }
    let before = fs::read(env.db()).expect("db");
    for args in [&["verify", "alice", "123456"][..], &["enroll", "bob", "totp"], &["account", "list"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains("newer tfa"), "{}", stderr(&out));
    }
    assert_eq!(fs::read(env.db()).expect("db"), before, "the file changed");
}

#[test]
fn garbage_and_truncated_stores_are_clear_errors() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: damage to the file.
    }
    env.enroll_active("alice");
    env.checkpoint();
    let good = fs::read(env.db()).expect("db");
    fs::write(env.db(), &good[..good.len() / 3]).expect("truncate");
    let out = env.run(&["verify", "alice", "123456"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).starts_with("tfa: "), "{}", stderr(&out));

    fs::write(env.db(), b"this is not a database, just some text that is long enough".repeat(100)).expect("garbage");
    for args in [&["verify", "alice", "123456"][..], &["account", "list"], &["enroll", "a", "totp"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains("not a tfa store, or it is damaged"), "{}", stderr(&out));
    }
}

#[test]
fn a_missing_or_wrong_key_is_named_and_never_replaced() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let key = fs::read(env.key_file()).expect("key");
    fs::remove_file(env.key_file()).expect("rm key");
    for args in [&["verify", "alice", "123456"][..], &["enroll", "alice", "totp"], &["code", "alice"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(&env.key_file().display().to_string()) && err.contains("does not exist"), "{err}");
    }
    assert!(!env.key_file().exists(), "a new key was made for an existing store");

    fs::write(env.key_file(), [7u8; 32]).expect("wrong key");
    // Private, as tfa makes keys: a key others can read is refused before it is compared.
    fs::set_permissions(env.key_file(), fs::Permissions::from_mode(0o600)).expect("chmod");
    let out = env.run(&["code", "alice"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("is not the key this store was sealed with"), "{}", stderr(&out));

    fs::write(env.key_file(), &key).expect("restore");
    env.ok(&["code", "alice"]);
}

#[test]
fn racing_processes_accept_a_code_once() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let now = fresh_step(10);
    let c = env.code_at("alice", now);
    let children: Vec<_> = (0..8)
        .map(|_| {
            let mut cmd = env.process(&["verify", "alice", &c]);
            cmd.stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().expect("spawn")
        })
        .collect();
    let codes: Vec<i32> =
        children.into_iter().map(|c| c.wait_with_output().expect("wait").status.code().expect("code")).collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    // Losers are refused as replays (1), or throttled once replays pile up (3).
    assert!(codes.iter().all(|&c| matches!(c, 0 | 1 | 3)), "{codes:?}");
}
