//! `tfa account ...`.

use crate::env::{code, fresh_step, stderr, TestEnv};

#[test]
fn add_list_show_remove() {
    let env = TestEnv::new();
    let out = env.run_stdin(
        &["account", "add", "alice", "--email", "a@example.com", "--phone", "+1 415 555 0100", "--password-stdin"],
        "hunter2 secret\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(code(&env.run(&["account", "add", "alice"])), 2, "duplicates are refused");
    env.ok(&["account", "add", "bob"]);

    let list = env.json(&["account", "list"], 0);
    let names: Vec<_> = list.as_array().expect("array").iter().map(|a| a["name"].as_str().expect("name")).collect();
    assert_eq!(names, ["alice", "bob"]);
    assert_eq!(env.ok(&["account", "list"]).lines().count(), 2);

    let alice = env.json(&["account", "show", "alice"], 0);
    assert_eq!(alice["email"], "a@example.com");
    assert_eq!(alice["has_password"], true);
    assert_eq!(alice["methods"].as_array().expect("methods").len(), 0);

    let db = env.store_bytes();
    let has = |s: &[u8]| db.windows(s.len()).any(|w| w == s);
    assert!(!has(b"hunter2 secret"));
    assert!(has(b"$argon2id$v=19$m=19456,t=2,p=1$"));

    let out = env.run(&["account", "remove", "bob"]);
    assert_eq!(code(&out), 2, "no terminal and no --yes");
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    env.ok(&["account", "remove", "bob", "--yes"]);
    assert_eq!(code(&env.run(&["account", "show", "bob"])), 4);
    assert_eq!(code(&env.run(&["account", "remove", "bob", "--yes"])), 4);
}

#[test]
fn names_and_contacts_are_checked() {
    let env = TestEnv::new();
    for bad in [
        &["account", "add", "has space"][..],
        &["account", "add", ""],
        &["account", "add", "x", "--email", "nope"],
        &["account", "add", "x", "--phone", "call me"],
    ] {
        let out = env.run(bad);
        assert_eq!(code(&out), 2, "{bad:?}");
        assert!(stderr(&out).starts_with("tfa: "), "{}", stderr(&out));
    }
    let long = "x".repeat(65);
    assert_eq!(code(&env.run(&["account", "add", &long])), 2);
}

#[test]
fn passwd_reads_stdin_and_never_argv() {
    let env = TestEnv::new();
    env.ok(&["account", "add", "alice"]);
    assert_eq!(env.json(&["account", "show", "alice"], 0)["has_password"], false);
    let out = env.run_stdin(&["account", "passwd", "alice"], "new password\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(env.json(&["account", "show", "alice"], 0)["has_password"], true);
    assert_eq!(code(&env.run_stdin(&["account", "passwd", "alice"], "\n")), 2, "empty password");
    assert_eq!(code(&env.run_stdin(&["account", "passwd", "nobody"], "pw\n")), 4);
}

#[test]
fn passwd_with_password_stdin_changes_what_login_accepts() {
    let env = TestEnv::new();
    let out = env.run_stdin(&["account", "add", "alice", "--password-stdin"], "old password\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    env.ok(&["enroll", "alice", "totp", "--no-confirm"]);

    let out = env.run_stdin(&["account", "passwd", "alice", "--password-stdin", "--json"], "new password\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!((v["account"].as_str(), v["password_changed"].as_bool()), (Some("alice"), Some(true)));

    let right = env.code_at("alice", fresh_step(5));
    let login =
        |password: &str| env.run_stdin(&["login", "alice", "--password-stdin", "--code", &right, "--json"], password);
    let old = login("old password\n");
    assert_eq!(code(&old), 1, "{}", stderr(&old));
    let v: serde_json::Value = serde_json::from_slice(&old.stdout).expect("JSON");
    assert_eq!(v["reason"], "wrong_password");
    let new = login("new password\n");
    assert_eq!(code(&new), 0, "{}", stderr(&new));
    let v: serde_json::Value = serde_json::from_slice(&new.stdout).expect("JSON");
    assert_eq!(v["verified"], true);

    let out = env.run_stdin(&["account", "passwd", "alice", "--password-stdin"], "\n");
    assert_eq!(code(&out), 2, "an empty password is refused");
    let help = env.ok(&["account", "passwd", "--help"]);
    assert!(help.contains("--password-stdin"), "{help}");
}

#[test]
fn invalid_utf8_arguments_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;
    let env = TestEnv::new();
    let out = env.cmd(&["account", "add"]).arg(std::ffi::OsStr::from_bytes(b"\xff\xfe")).output().expect("run");
    assert_eq!(code(&out), 2);
    let out = env.cmd(&["verify", "alice", "-"]).write_stdin(&b"\xff\xfe\n"[..]).output().expect("run");
    assert_eq!(code(&out), 2);
}
