//! Whether the store and key can be trusted (issue 11, findings 5, 7, 9 and
//! 10): bound to their key, owned by the user running tfa (or root), not
//! writable by others (the key: not readable), in directories nobody else
//! can change; and a store that is missing or empty is no store at all.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
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
        refused(&out, &env.db(), "no store at");
        assert!(stderr(&out).contains("tfa init"), "{args:?}: {}", stderr(&out));
        let mut json = args.to_vec();
        json.push("--json");
        let v: serde_json::Value = serde_json::from_slice(&env.run(&json).stdout).expect("a JSON error");
        assert_eq!(v["error"]["kind"], "store", "{args:?}: {v}");
    }
    assert!(!env.db().exists() && !env.key_file().exists());
    assert!(!env.db().parent().expect("dir").exists(), "a directory was made");
}

#[test]
fn an_empty_store_file_is_refused_and_left_alone() {
    let env = TestEnv::new();
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
fn a_store_others_can_read_or_write_is_refused() {
    let env = TestEnv::new();
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
