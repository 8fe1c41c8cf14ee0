//! Regressions a review of the authentication core (issue 9) found in its
//! first cut: each asserts what the code before it did, or what DESIGN.md
//! asks, and failed on that cut.

use std::fs;

use serde_json::Value;

use crate::env::{code, stderr, stdout, TestEnv};

fn alice(env: &TestEnv) {
    let out = env.run_stdin(&["account", "add", "alice", "--password-stdin"], "hunter2\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "phone"]); // method 1
}

/// `login --via <app id>` used to pin the app; now a live SMS code (a
/// restricted authenticator) signs in where the app was asked for.
#[test]
fn via_an_app_id_does_not_take_a_sent_code() {
    let env = TestEnv::new();
    alice(&env);
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm", "-q"]); // method 2
    env.ok(&["send", "alice", "-q"]);
    let outbox = env.json(&["outbox", "alice"], 0);
    let sms = outbox.as_array().unwrap().last().unwrap()["code"].as_str().unwrap().to_owned();
    let out =
        env.run_stdin(&["login", "alice", "--password-stdin", "--via", "1", "--code", &sms, "--json"], "hunter2\n");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(code(&out), 1, "asked for app 1, signed in by an SMS code: {v}");
}

/// A reused backup code was "already used, at <time>"; now it says "ask for a new one".
#[test]
fn reused_backup_code_is_not_told_to_ask_for_a_new_one() {
    let env = TestEnv::new();
    alice(&env);
    let v = env.json(&["backup-codes", "generate", "alice"], 0);
    let c = v["codes"][0].as_str().unwrap().to_owned();
    env.ok(&["backup-codes", "use", "alice", &c]);
    let out = env.run(&["backup-codes", "use", "alice", &c]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(!err.contains("ask for a new one"), "{err}");
}

/// An expired trusted device offered at login is now a `login` event with
/// reason `expired`, which the checklist counts as an expired *code*.
#[test]
fn an_expired_device_is_not_counted_as_an_expired_code() {
    let env = TestEnv::new();
    alice(&env);
    let token = env.json(&["device", "add", "alice", "--name", "laptop", "--ttl", "1s"], 0)["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let file = env.path().join("cookie");
    fs::write(&file, format!("{token}\n")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let out = env.run_stdin(
        &["login", "alice", "--password-stdin", "--device-token-file", file.to_str().unwrap(), "--json"],
        "hunter2\n",
    );
    assert_eq!(code(&out), 1, "{} {}", stdout(&out), stderr(&out));
    let doc = env.json(&["checklist", "alice"], 1);
    let item = doc["items"].as_array().unwrap().iter().find(|i| i["id"] == "recent_failures").unwrap().clone();
    let log = env.ok(&["log", "alice", "--json"]);
    assert!(!item["summary"].as_str().unwrap().contains("expired"), "{item}\n{log}");
}

/// Old verify checked the lockout first (exit 3); now "no active method" wins (exit 4).
#[test]
fn a_locked_account_is_locked_before_no_active_method() {
    let env = TestEnv::new();
    alice(&env);
    env.ok(&["policy", "--backoff-after", "1", "--base-delay", "600"]);
    let _ = env.run(&["verify", "alice", "000000"]);
    let _ = env.run(&["verify", "alice", "111111"]);
    assert_eq!(code(&env.run(&["verify", "alice", "222222"])), 3, "locked");
    let out = env.run(&["verify", "alice", "123456", "--via", "sms"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

/// Interactive `login --json` (stdin and stderr a terminal, stdout to a
/// file, as a wrapper would run it): "I can't use any of these" prints the
/// checklist as text on stdout and then the login document.
#[test]
fn login_json_give_up_prints_one_document() {
    use crate::pty::{exit_code, screen, secret, spawn_to, Expect, ENTER};
    let env = TestEnv::new();
    alice(&env);
    let out = env.path().join("stdout");
    let mut s = spawn_to(&env, &["login", "alice", "--json"], Some(&out));
    screen(&mut s, "Password");
    secret(&mut s, "hunter2");
    screen(&mut s, "Code from your authenticator app");
    s.send(ENTER).expect("type");
    screen(&mut s, "I can't use any of these");
    s.send(ENTER).expect("type");
    assert_eq!(exit_code(&mut s), 1);
    let text = fs::read_to_string(&out).unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_ok(), "stdout is not one JSON document:\n{text}");
}

/// `login --json` when the code cannot go out: the error document (new on
/// stdout) carries the full number and the gateway's stderr.
#[test]
fn login_send_failure_document_is_masked() {
    let env = TestEnv::new();
    env.ok(&["enroll", "bob", "sms", "--phone", "+4915123456789", "--no-confirm", "-q"]);
    let out = env
        .cmd(&["login", "bob", "--json"])
        .env("TFA_DELIVERY_COMMAND", "/bin/sh -c 'echo gateway-secret-detail >&2; exit 3'")
        .write_stdin("")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(!text.contains("123456789") && !text.contains("gateway-secret-detail"), "exit {}: {text}", code(&out));
}
