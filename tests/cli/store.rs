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
        return a_newer_postgres_store_is_refused_and_left_unchanged(&env);
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

/// PostgreSQL keeps the version in `tfa_schema`; "unchanged" is every row.
fn a_newer_postgres_store_is_refused_and_left_unchanged(env: &TestEnv) {
    env.enroll_active("alice");
    env.sql("UPDATE tfa_schema SET version = 99");
    let before = env.store_bytes();
    for args in [&["verify", "alice", "123456"][..], &["enroll", "bob", "totp"], &["account", "list"], &["init"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains("newer tfa"), "{}", stderr(&out));
    }
    assert_eq!(env.store_bytes(), before, "the store changed");
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

/// A database that holds another application's tables is not made a store:
/// refused by name, and nothing of tfa's is written into it.
#[test]
fn another_applications_postgres_database_is_left_alone() {
    let env = TestEnv::new();
    if !env.postgres() {
        return; // The file case is the store's unit test `another_programs_database_is_not_written_into`.
    }
    env.sql("CREATE TABLE notes (body TEXT)");
    for args in [&["init"][..], &["enroll", "alice", "totp"], &["account", "list"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("tables of its own"), "{}", stderr(&out));
    }
    let tables =
        env.query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()");
    assert_eq!(tables, ["notes"]);
}

/// `tfa migrate --to`: a SQLite store into PostgreSQL (or, without
/// `TFA_TEST_PG`, into another SQLite file) and back into SQLite. Seeds open
/// under the same key, replay state and used backup codes carry over, ids are
/// never reused, and a target that holds data is refused and left alone.
#[test]
fn migrate_carries_a_store_over_and_back() {
    let source = TestEnv::sqlite();
    let middle = TestEnv::new();
    let back = TestEnv::sqlite();
    // Every run below uses the source's key file: the same key on every "host".
    let on = |store: &TestEnv, args: &[&str]| {
        let out = source.cmd(args).env("TFA_DB", store.store()).write_stdin("").output().expect("run tfa");
        (code(&out), String::from_utf8_lossy(&out.stdout).into_owned(), stderr(&out))
    };
    source.ok(&["account", "add", "gone"]);
    source.enroll_active("gone");
    source.ok(&["account", "remove", "gone", "--yes"]);
    source.enroll_active("alice");
    let codes = source.json(&["backup-codes", "generate", "alice", "--count", "3"], 0);
    let codes: Vec<String> =
        codes["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    source.json(&["backup-codes", "use", "alice", &codes[0]], 0);
    let now = fresh_step(8);
    let used = source.code_at("alice", now);
    source.json(&["verify", "alice", &used], 0);

    let (exit, out, err) = on(&source, &["migrate", "--to", middle.store().to_str().unwrap(), "--json"]);
    assert_eq!(exit, 0, "{err}");
    let copied: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(copied["tables"]["accounts"], 1);
    assert_eq!(copied["tables"]["backup_codes"], 3);
    assert!(copied["rows"].as_u64().unwrap() > 10, "{copied}");
    let log = on(&middle, &["log", "--json"]).1;
    assert!(log.lines().any(|l| l.contains("\"action\":\"migrate\"") && l.contains("copied_in")), "{log}");

    // The copy: the same seed, the same replay state, the same used code.
    let (exit, out, _) = on(&middle, &["verify", "alice", &used, "--json"]);
    assert_eq!((exit, out.contains("\"replayed\"")), (1, true), "{out}");
    let (exit, out, _) = on(&middle, &["backup-codes", "use", "alice", &codes[0], "--json"]);
    assert_eq!((exit, out.contains("\"used\"")), (1, true), "{out}");
    let (exit, _, err) = on(&middle, &["backup-codes", "use", "alice", &codes[1], "--json"]);
    assert_eq!(exit, 0, "{err}");
    // A new method's id is past every id the source ever gave, the removed account's too.
    let (exit, out, err) = on(&middle, &["enroll", "bob", "totp", "--no-confirm", "--json"]);
    assert_eq!(exit, 0, "{err}");
    let bob: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(bob["method_id"], 3, "methods 1 (gone's) and 2 (alice's) are never given again");

    // A target that holds data is refused, and keeps what it had.
    let before = on(&middle, &["account", "list", "--json"]).1;
    let (exit, _, err) = on(&source, &["migrate", "--to", middle.store().to_str().unwrap(), "--json"]);
    assert_eq!(exit, 2);
    assert!(err.contains("already holds data"), "{err}");
    assert_eq!(on(&middle, &["account", "list", "--json"]).1, before);

    // And back into a SQLite file: the last backup code works once there.
    let (exit, _, err) = on(&middle, &["migrate", "--to", back.db().to_str().unwrap(), "--json"]);
    assert_eq!(exit, 0, "{err}");
    let (exit, _, err) = on(&back, &["backup-codes", "use", "alice", &codes[2], "--json"]);
    assert_eq!(exit, 0, "{err}");
    assert_eq!(on(&back, &["backup-codes", "use", "alice", &codes[2], "--json"]).0, 1);
    assert_eq!(on(&back, &["account", "list", "--json"]).0, 0);
}

/// TLS as libpq does it: `verify-full` checks the server's certificate (here
/// against the URL's `sslrootcert=` CA) and its name, and refuses it against
/// the system's roots alone; `prefer` (the default) and `require` encrypt
/// without checking whom to, as libpq does.
#[test]
fn a_postgres_url_that_asks_for_tls_gets_it_verified_as_libpq_does() {
    let env = TestEnv::new();
    let Some(ca) = std::env::var_os("TFA_TEST_PG_CA").filter(|_| env.postgres()) else {
        return; // Needs the TLS cluster of .ci/postgres.sh.
    };
    let url = env.store().into_string().expect("a UTF-8 URL");
    let with = |options: &str| {
        let out =
            env.cmd(&["account", "list", "--json"]).env("TFA_DB", format!("{url}?{options}")).output().expect("run");
        (code(&out), stderr(&out))
    };
    env.ok(&["account", "add", "alice"]);
    let ca = ca.to_string_lossy();
    for fine in [format!("sslmode=verify-full&sslrootcert={ca}"), format!("sslmode=require&sslrootcert={ca}")] {
        assert_eq!(with(&fine), (0, String::new()), "{fine}");
    }
    assert_eq!(with("sslmode=require").0, 0, "encrypted, the server not checked (libpq's require)");
    let (exit, err) = with("sslmode=verify-full");
    assert_eq!(exit, 2);
    assert!(err.contains("UnknownIssuer"), "the certificate is not trusted: {err}");
    assert_eq!(with("sslmode=verify-ca&sslrootcert=/nonexistent/ca.crt").0, 2);
    // A chain check with the system's public CAs would take any name they vouch for.
    let (exit, err) = with("sslmode=verify-ca");
    assert_eq!(exit, 2);
    assert!(err.contains("needs sslrootcert"), "{err}");
    assert!(with("sslmode=sometimes").1.contains("not one of"));
}
