//! Whether the store and key can be trusted (issue 11, findings 5, 7, 9 and
//! 10): bound to their key, owned by the user running tfa (or root), not
//! writable by others (the key: not readable), in directories nobody else
//! can change; and a store that is missing or empty is no store at all.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};

use crate::env::{code, fresh_step, stderr, stdout, TestEnv};

/// An unprivileged uid that owns nothing here.
const NOBODY: u32 = 65534;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("exists").permissions().mode() & 0o7777
}

fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), None).expect("chown (needs root)");
}

/// Whether this process may chown and act as another user; CI runs as root.
fn as_root(what: &str) -> bool {
    let root = Process::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0\n")).unwrap_or(false);
    if !root {
        assert!(std::env::var_os("CI").is_none(), "{what} needs root in CI");
        eprintln!("skipping {what}: needs root");
    }
    root
}

/// Runs tfa as uid 65534 in `env`, whose files that uid must own.
fn as_nobody(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = Process::new("setpriv");
    cmd.args(["--reuid", &NOBODY.to_string(), "--regid", &NOBODY.to_string(), "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("tfa"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.path())
        .env("TFA_DB", env.db())
        .env("TFA_KEY_FILE", env.key_file())
        .stdin(std::process::Stdio::null());
    cmd.output().expect("run setpriv")
}

/// Every file and directory of `env` to `uid`.
fn chown_all(env: &TestEnv, uid: u32) {
    let ok = Process::new("chown").arg("-R").arg(uid.to_string()).arg(env.path()).status().expect("chown -R");
    assert!(ok.success());
}

/// A store with one account that has a TOTP app and backup codes; returns the backup codes.
fn populated(env: &TestEnv) -> Vec<String> {
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice"]).lines().map(str::to_owned).collect()
}

fn refused(out: &Output, names: &Path, says: &str) {
    let err = stderr(out);
    assert_eq!(code(out), 2, "exit {:?}: {err}{}", out.status.code(), stdout(out));
    assert!(err.contains(&names.display().to_string()), "does not name {}: {err}", names.display());
    assert!(err.contains(says), "does not say {says:?}: {err}");
}

/// What names `env`'s store in a message: its file, or its database's URL.
fn store(env: &TestEnv) -> PathBuf {
    PathBuf::from(env.store())
}

// Finding 5: a store is bound to its key.

#[test]
fn a_store_bound_to_no_key_is_refused() {
    let env = TestEnv::new();
    let codes = populated(&env);
    env.sql("DELETE FROM meta WHERE key = 'key_id'");
    let before = env.store_bytes();
    let out = env.run(&["verify", "alice", &codes[0]]);
    refused(&out, &store(&env), "bound to no key");
    for args in [&["account", "list"][..], &["backup-codes", "status", "alice"], &["enroll", "bob", "totp"]] {
        assert_eq!(code(&env.run(args)), 2, "{args:?}");
    }
    assert!(env.store_bytes() == before, "an untrusted store was written");
}

/// Runs tfa on `theirs`' store with `ours`' key file: their store in place of ours.
fn with_key_of(ours: &TestEnv, theirs: &TestEnv, args: &[&str]) -> Output {
    theirs.cmd(args).env("TFA_KEY_FILE", ours.key_file()).write_stdin("").output().expect("run tfa")
}

#[test]
fn a_store_made_with_another_key_is_refused_even_without_seeds() {
    let (ours, theirs) = (TestEnv::new(), TestEnv::new());
    ours.ok(&["init"]);
    // Someone else's store, with their own key and their own backup codes.
    theirs.ok(&["account", "add", "alice"]);
    let codes: Vec<String> = theirs.ok(&["backup-codes", "generate", "alice"]).lines().map(str::to_owned).collect();
    let out = with_key_of(&ours, &theirs, &["verify", "alice", &codes[0]]);
    refused(&out, &ours.key_file(), "not the key this store was sealed with");
    assert_eq!(code(&with_key_of(&ours, &theirs, &["account", "list"])), 2);
}

#[test]
fn a_store_with_a_copied_fingerprint_but_no_valid_binding_is_refused() {
    let (ours, theirs) = (TestEnv::new(), TestEnv::new());
    populated(&ours);
    theirs.ok(&["account", "add", "alice"]);
    let codes: Vec<String> = theirs.ok(&["backup-codes", "generate", "alice"]).lines().map(str::to_owned).collect();
    // The forger knows our key's fingerprint (it is no secret) and writes it into their store.
    let id = ours.query("SELECT value FROM meta WHERE key = 'key_id'").remove(0);
    theirs.sql(&format!("UPDATE meta SET value = '{id}' WHERE key = 'key_id'"));
    let out = with_key_of(&ours, &theirs, &["verify", "alice", &codes[0]]);
    refused(&out, &store(&theirs), "binding does not verify");
    // Without a binding at all it passes for a store from before bindings: still refused.
    theirs.sql("DELETE FROM meta WHERE key IN ('store_id', 'key_binding')");
    let out = with_key_of(&ours, &theirs, &["verify", "alice", &codes[0]]);
    refused(&out, &store(&theirs), "no binding");
}

#[test]
fn a_store_from_before_bindings_is_bound_by_init_only() {
    let env = TestEnv::new();
    let codes = populated(&env);
    // As a tfa from before bindings left it: the key's fingerprint only.
    env.sql("DELETE FROM meta WHERE key IN ('store_id', 'key_binding')");
    for args in [&["verify", "alice", &codes[0]][..], &["account", "list"], &["enroll", "bob", "totp"]] {
        let out = env.run(args);
        refused(&out, &store(&env), "tfa init");
    }
    let out = env.run(&["init"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("Bound the store"), "{}", stderr(&out));
    assert_eq!(code(&env.run(&["verify", "alice", &codes[0]])), 0);
    assert!(!stderr(&env.run(&["init"])).contains("Bound the store"));
}

#[test]
fn a_store_owned_by_someone_else_is_refused() {
    if !as_root("the ownership test") {
        return;
    }
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: who owns the file.
    }
    let codes = populated(&env);
    chown(&env.db(), NOBODY);
    refused(&env.run(&["verify", "alice", &codes[0]]), &env.db(), "owned by uid 65534");
    chown(&env.db(), 0);
    chown(env.db().parent().expect("dir"), NOBODY);
    refused(&env.run(&["verify", "alice", &codes[0]]), env.db().parent().expect("dir"), "owned by uid 65534");
    chown(env.db().parent().expect("dir"), 0);
    chown(&env.key_file(), NOBODY);
    refused(&env.run(&["verify", "alice", &codes[0]]), &env.key_file(), "owned by uid 65534");
    chown(&env.key_file(), 0);
    assert_eq!(code(&env.run(&["verify", "alice", &codes[0]])), 0);
}

#[test]
fn a_store_in_a_directory_others_can_write_is_refused() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: the file's directory.
    }
    let codes = populated(&env);
    let dir = env.db().parent().expect("dir").to_owned();
    // Anyone could have swapped the store: the attack of finding 5.
    for loose in [0o777, 0o770, 0o1777, 0o1770] {
        chmod(&dir, loose);
        refused(&env.run(&["verify", "alice", &codes[0]]), &dir, "can be written by others");
    }
    chmod(&dir, 0o700);
    let key_dir = env.key_file().parent().expect("dir").to_owned();
    chmod(&key_dir, 0o777);
    refused(&env.run(&["verify", "alice", &codes[0]]), &key_dir, "can be written by others");
    chmod(&key_dir, 0o700);
    // A directory further up that others can write: only with the sticky bit (as /tmp).
    chmod(env.path(), 0o777);
    refused(&env.run(&["verify", "alice", &codes[0]]), env.path(), "can be written by others");
    chmod(env.path(), 0o1777);
    assert_eq!(code(&env.run(&["verify", "alice", &codes[0]])), 0);
    chmod(env.path(), 0o700);
    // A new store is not made in such a place either.
    let other = env.path().join("open");
    fs::create_dir(&other).expect("mkdir");
    chmod(&other, 0o777);
    let db = other.join("tfa.db");
    refused(&env.run(&["--db", db.to_str().expect("path"), "init"]), &other, "can be written by others");
    assert!(!db.exists());
}

#[test]
fn the_forged_store_of_the_attack_is_refused() {
    if !as_root("the forged-store attack") {
        return;
    }
    // The store sits in a directory everyone can write; root runs `verify`.
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: a planted store file.
    }
    populated(&env);
    let dir = env.db().parent().expect("dir").to_owned();
    chmod(&dir, 0o777);
    // An unprivileged user moves it away and puts their own store, with their own backup codes, in its place.
    let attacker = TestEnv::new();
    attacker.ok(&["account", "add", "alice"]);
    let codes: Vec<String> = attacker.ok(&["backup-codes", "generate", "alice"]).lines().map(str::to_owned).collect();
    attacker.checkpoint();
    env.checkpoint();
    fs::rename(env.db(), dir.join("moved.db")).expect("move");
    fs::copy(attacker.db(), env.db()).expect("plant");
    chown(&env.db(), NOBODY);
    chmod(&dir, 0o700);
    let out = env.run(&["verify", "alice", &codes[0]]);
    refused(&out, &env.db(), "owned by uid 65534");
    chown(&env.db(), 0);
    let out = env.run(&["verify", "alice", &codes[0]]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

// Finding 7: a missing or empty store is exit 2, never "no such account".

#[test]
fn a_missing_store_is_no_store_for_every_reading_command() {
    let env = TestEnv::new();
    let cases: &[&[&str]] = &[
        &["verify", "alice", "123456"],
        &["verify", "alice", "abcde-fghjk"],
        &["login", "alice", "--code", "123456"],
        &["backup-codes", "use", "alice", "abcde-fghjk"],
        &["backup-codes", "status", "alice"],
        &["device", "check", "alice", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
        &["device", "list", "alice"],
        &["device", "revoke", "alice", "1"],
        &["code", "alice"],
        &["confirm", "alice", "123456"],
        &["send", "alice"],
        &["doctor", "alice", "123456"],
        &["resync", "alice", "123456", "654321"],
        &["methods", "alice"],
        &["unenroll", "alice", "1", "--yes"],
        &["account", "show", "alice"],
        &["account", "list"],
        &["account", "remove", "alice", "--yes"],
        &["unlock", "alice"],
        &["checklist", "alice"],
        &["checklist", "--all"],
        &["log"],
        &["log", "alice"],
        &["outbox"],
        &["policy"],
        &["support", "show"],
        &["support", "clear"],
    ];
    for args in cases {
        let out = env.run(args);
        refused(&out, &store(&env), "no store at");
        assert!(stderr(&out).contains("tfa init"), "{args:?}: {}", stderr(&out));
        let mut json = args.to_vec();
        json.push("--json");
        let v: serde_json::Value = serde_json::from_slice(&env.run(&json).stdout).expect("a JSON error");
        assert_eq!(v["error"]["kind"], "store", "{args:?}: {v}");
    }
    assert!(!env.store_exists() && !env.key_file().exists());
    assert!(!env.db().parent().expect("dir").exists(), "a directory was made");
}

#[test]
fn an_empty_store_file_is_refused_and_left_alone() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: an empty file.
    }
    fs::create_dir_all(env.db().parent().expect("dir")).expect("mkdir");
    // As `touch` leaves it: 0644.
    fs::write(env.db(), b"").expect("touch");
    chmod(&env.db(), 0o644);
    for args in [&["verify", "alice", "123456"][..], &["account", "list"], &["enroll", "alice", "totp"]] {
        refused(&env.run(args), &env.db(), "chmod 600");
    }
    assert_eq!((fs::metadata(env.db()).expect("db").len(), mode(&env.db())), (0, 0o644), "the file was changed");
    // A private empty file is still no store for a reading command; `tfa init` makes it one.
    chmod(&env.db(), 0o600);
    for args in [&["verify", "alice", "123456"][..], &["account", "list"], &["backup-codes", "status", "alice"]] {
        refused(&env.run(args), &env.db(), "is empty");
    }
    assert_eq!(fs::metadata(env.db()).expect("db").len(), 0, "a reading command wrote a schema");
    env.ok(&["init"]);
    assert_eq!(code(&env.run(&["verify", "alice", "123456"])), 4);
}

// Finding 9: a read-only period leaves no read-only -wal or -shm behind.

#[test]
fn a_brief_read_only_period_leaves_the_store_writable() {
    if !as_root("the read-only period test (it runs tfa as another user)") {
        return;
    }
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: the file's mode.
    }
    env.enroll_active("alice");
    let now = fresh_step(10);
    let right = env.code_at("alice", now);
    chown_all(&env, NOBODY);
    let shm = env.db().with_extension("db-shm");
    chmod(&env.db(), 0o400);
    let out = as_nobody(&env, &["verify", "alice", &right]);
    assert_eq!(code(&out), 2, "verify on a read-only store fails closed: {}", stderr(&out));
    if shm.exists() {
        assert_eq!(mode(&shm), 0o600, "tfa's -shm takes the store's read-only mode");
    }
    chmod(&env.db(), 0o600);
    let out = as_nobody(&env, &["verify", "alice", &right]);
    assert_eq!(code(&out), 0, "the store stayed unwritable: {}", stderr(&out));
}

#[test]
fn a_sidecar_with_a_wrong_mode_is_repaired_or_refused() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: the WAL's mode.
    }
    env.enroll_active("alice");
    // A connection held open keeps the -wal and -shm in place.
    let holder = rusqlite::Connection::open(env.db()).expect("open");
    holder.query_row("SELECT count(*) FROM accounts", [], |r| r.get::<_, i64>(0)).expect("read");
    let (wal, shm) = (env.db().with_extension("db-wal"), env.db().with_extension("db-shm"));
    chmod(&shm, 0o400);
    chmod(&wal, 0o400);
    env.ok(&["account", "list"]);
    assert_eq!((mode(&wal), mode(&shm)), (0o600, 0o600));
    // One that others can write may hold forged pages: refused, by name.
    chmod(&wal, 0o666);
    refused(&env.run(&["account", "list"]), &wal, "can be written by others");
    chmod(&wal, 0o600);
    drop(holder);
}

// Finding 10: loose modes are refused, with the fix.

#[test]
fn a_key_file_others_can_read_is_refused() {
    let env = TestEnv::new();
    let codes = populated(&env);
    for loose in [0o644, 0o666, 0o640, 0o604, 0o620] {
        chmod(&env.key_file(), loose);
        let out = env.run(&["verify", "alice", &codes[0]]);
        refused(&out, &env.key_file(), "chmod 600");
        assert!(stderr(&out).contains("by others"), "{}", stderr(&out));
    }
    chmod(&env.key_file(), 0o400);
    assert_eq!(code(&env.run(&["verify", "alice", &codes[0]])), 0);
}

#[test]
fn a_store_others_can_read_or_write_is_refused() {
    let env = TestEnv::new();
    if env.postgres() {
        return; // A file-store property: the file's mode.
    }
    let codes = populated(&env);
    for loose in [0o644, 0o666, 0o660, 0o604] {
        chmod(&env.db(), loose);
        let before = fs::read(env.db()).expect("db");
        for args in [&["verify", "alice", &codes[0]][..], &["account", "list"], &["enroll", "bob", "totp"]] {
            refused(&env.run(args), &env.db(), "chmod 600");
        }
        assert_eq!(fs::read(env.db()).expect("db"), before, "{loose:o}: the store was written");
        assert_eq!(mode(&env.db()), loose, "the mode was changed behind the operator's back");
    }
    chmod(&env.db(), 0o600);
    assert_eq!(code(&env.run(&["verify", "alice", &codes[0]])), 0);
}
