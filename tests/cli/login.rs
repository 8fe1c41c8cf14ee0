//! `tfa login` end to end: without a terminal for every path (password,
//! trusted device, each kind of code, trusting a device, the lockout), and
//! the interactive "Try another way" menu driven through a pseudo-terminal.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use crate::env::{code, fresh_step, stderr, stdout, unix_now, Gateway, TestEnv};

/// `tfa login ARGS --json` with `stdin`; the exit code and the document.
fn login(env: &TestEnv, args: &[&str], stdin: &str) -> (Output, Value) {
    let mut all = vec!["login"];
    all.extend_from_slice(args);
    all.push("--json");
    let out = env.run_stdin(&all, stdin);
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("tfa {all:?} printed no JSON ({e}): {} {}", stdout(&out), stderr(&out)));
    (out, v)
}

/// Expects `exit` and returns the document.
fn login_exit(env: &TestEnv, args: &[&str], stdin: &str, exit: i32) -> Value {
    let (out, v) = login(env, args, stdin);
    assert_eq!(code(&out), exit, "tfa login {args:?}: {v} {}", stderr(&out));
    v
}

/// An account with a password and an active TOTP app labelled "phone".
fn alice_with_password(env: &TestEnv) {
    let out = env.run_stdin(&["account", "add", "alice", "--password-stdin"], "hunter2\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "phone"]);
}

/// The current TOTP code of `name`'s first app, not too near a step's end.
fn totp_now(env: &TestEnv, name: &str) -> String {
    env.code_at(name, fresh_step(5))
}

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_owned()
}

/// The newest code in the outbox for `name`.
fn outbox_code(env: &TestEnv, name: &str) -> String {
    let all = env.json(&["outbox", name], 0);
    let last = all.as_array().and_then(|a| a.last()).expect("a message in the outbox").clone();
    last["code"].as_str().expect("code").to_owned()
}

fn backup_codes(env: &TestEnv, name: &str) -> Vec<String> {
    env.ok(&["backup-codes", "generate", name]).lines().map(str::to_owned).collect()
}

fn add_device(env: &TestEnv, name: &str, extra: &[&str]) -> (i64, String) {
    let mut args = vec!["device", "add", name, "--name", "laptop"];
    args.extend_from_slice(extra);
    let v = env.json(&args, 0);
    (v["device_id"].as_i64().expect("device_id"), v["token"].as_str().expect("token").to_owned())
}

fn cookie(env: &TestEnv, token: &str) -> PathBuf {
    let path = env.path().join("cookie");
    fs::write(&path, format!("{token}\n")).expect("write token file");
    path
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The `login` events of the audit log: (outcome, reason).
fn login_events(env: &TestEnv, name: &str) -> Vec<(String, Option<String>)> {
    env.ok(&["log", name, "--json"])
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a JSON event"))
        .filter(|e| e["action"] == "login")
        .map(|e| (e["outcome"].as_str().unwrap_or_default().to_owned(), e["reason"].as_str().map(str::to_owned)))
        .collect()
}

/// An unknown name costs what a wrong password costs (one argon2id), so the
/// time a sign-in takes does not tell which names exist (issue 11, finding
/// 11). Told by memory, not time: argon2id here takes 19 MiB, and the peak
/// of the process alone (its parent a small wrapper that asks the kernel) is
/// no race against the clock.
#[test]
fn an_unknown_name_spends_a_password_check() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let peak_kib = |name: &str| -> u64 {
        let tfa = env.process(&["login", name, "--password-stdin", "--code", "000000"]);
        let mut cmd = std::process::Command::new("python3");
        cmd.env_clear();
        for (key, value) in tfa.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        let wrapper = "import resource, subprocess, sys\n\
                       subprocess.run(sys.argv[1:], input=b'wrong\\n', capture_output=True)\n\
                       print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)";
        let out = cmd.arg("-c").arg(wrapper).arg(tfa.get_program()).args(tfa.get_args()).output().expect("python3");
        stdout(&out).trim().parse().unwrap_or_else(|e| panic!("{e}: {} {}", stdout(&out), stderr(&out)))
    };
    let (known, unknown) = (peak_kib("alice"), peak_kib("nobody"));
    assert!(known > 19 * 1024, "a wrong password spends argon2id: {known} KiB");
    assert!(unknown > 19 * 1024, "an unknown name spent no argon2id: {unknown} KiB (a wrong password: {known} KiB)");
}

#[test]
fn the_password_comes_first_and_a_wrong_one_says_nothing_else() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let right = totp_now(&env, "alice");

    // No terminal and no --password-stdin: the flag is named.
    let out = env.run(&["login", "alice", "--code", &right]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--password-stdin"), "{}", stderr(&out));

    // An empty one is an input error, not a guess.
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &right], "\n");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));

    // A wrong password: refused, and nothing about the second factor.
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &right], "hunter3\n", 1);
    assert_eq!((v["verified"].as_bool(), v["reason"].as_str()), (Some(false), Some("wrong_password")));
    assert!(v["method_id"].is_null() && v["kind"].is_null() && v["label"].is_null(), "{v}");
    assert_eq!(v["trusted_device"], false);
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &right], "hunter3\n");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("wrong password"), "{err}");
    for hint in ["phone", "totp", "code", "app"] {
        assert!(!err.contains(hint), "a wrong password gives away {hint:?}: {err}");
    }

    // The right password and the code (on the next line of stdin, with -).
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", "-"], &format!("hunter2\n{right}\n"), 0);
    assert_eq!((v["verified"].as_bool(), v["reason"].clone()), (Some(true), Value::Null));
    assert_eq!((v["kind"].as_str(), v["label"].as_str()), (Some("totp"), Some("phone")));
    assert_eq!(v["trusted_device"], false);
    assert!(v.get("device_token").is_none());
    assert_eq!(v["account"], "alice");

    // The right password and a wrong code.
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &other_than(&right)], "hunter2\n", 1);
    assert_eq!(v["reason"], "wrong_code");

    // A password but no code: the flag is named.
    let out = env.run_stdin(&["login", "alice", "--password-stdin"], "hunter2\n");
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--code"), "{}", stderr(&out));

    let events = login_events(&env, "alice");
    let outcomes: Vec<(&str, Option<&str>)> = events.iter().map(|(o, r)| (o.as_str(), r.as_deref())).collect();
    assert_eq!(
        outcomes,
        [
            ("refused", Some("wrong_password")),
            ("refused", Some("wrong_password")),
            ("ok", None),
            ("refused", Some("wrong_code"))
        ]
    );
    assert_eq!(code(&env.run(&["login", "nobody", "--code", "123456"])), 4);
}

#[test]
fn an_account_without_a_password_goes_straight_to_the_code() {
    let env = TestEnv::new();
    env.enroll_active("bob");
    let right = totp_now(&env, "bob");
    let v = login_exit(&env, &["bob", "--code", &right], "", 0);
    assert_eq!(v["verified"], true);
    // A password offered anyway is read (so a code after it is found) and not checked.
    let next = env.code_at("bob", unix_now() + 30);
    let (out, v) = login(&env, &["bob", "--password-stdin", "--code", "-"], &format!("whatever\n{next}\n"));
    assert_eq!(code(&out), 0, "{v} {}", stderr(&out));
    assert!(stderr(&out).contains("has no password"), "{}", stderr(&out));
}

#[test]
fn a_trusted_device_signs_in_without_a_code() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let (id, token) = add_device(&env, "alice", &[]);
    let file = cookie(&env, &token);

    let v = login_exit(&env, &["alice", "--password-stdin", "--device-token-file", path(&file)], "hunter2\n", 0);
    assert_eq!((v["verified"].as_bool(), v["trusted_device"].as_bool()), (Some(true), Some(true)));
    assert_eq!(v["device_id"], id);
    assert!(v["kind"].is_null() && v.get("device_token").is_none(), "{v}");
    // The password is still needed on a trusted device.
    let v = login_exit(&env, &["alice", "--password-stdin", "--device-token-file", path(&file)], "nope\n", 1);
    assert_eq!((v["reason"].as_str(), v["trusted_device"].as_bool()), (Some("wrong_password"), Some(false)));
    // The device was seen.
    let list = env.json(&["device", "list", "alice"], 0);
    assert!(list["devices"][0]["last_seen_at"].is_string(), "{list}");

    // A file that is not there is no token: a code is needed (exit 2 naming --code).
    let missing = env.path().join("no-such-cookie");
    let out =
        env.run_stdin(&["login", "alice", "--password-stdin", "--device-token-file", path(&missing)], "hunter2\n");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--code"), "{}", stderr(&out));

    // Revoked: refused without a code (exit 1), signed in with one.
    env.ok(&["device", "revoke", "alice", &id.to_string()]);
    let args = ["alice", "--password-stdin", "--device-token-file", path(&file)];
    let (out, v) = login(&env, &args, "hunter2\n");
    assert_eq!(code(&out), 1, "{v} {}", stderr(&out));
    assert_eq!((v["reason"].as_str(), v["trusted_device"].as_bool()), (Some("untrusted_device"), Some(false)));
    assert!(stderr(&out).contains("revoked"), "{}", stderr(&out));
    let right = totp_now(&env, "alice");
    let mut with_code = args.to_vec();
    with_code.extend(["--code", &right]);
    let v = login_exit(&env, &with_code, "hunter2\n", 0);
    assert_eq!((v["verified"].as_bool(), v["trusted_device"].as_bool()), (Some(true), Some(false)));
    assert_eq!(v["kind"], "totp");

    // A file holding something that is not a token: an untrusted device, with a warning.
    fs::write(&file, "not a token\n").expect("write");
    let (out, v) = login(&env, &args, "hunter2\n");
    assert_eq!(code(&out), 1, "{v} {}", stderr(&out));
    assert_eq!(v["reason"], "untrusted_device");
    assert!(stderr(&out).contains("refused") && !stderr(&out).contains("not a token"), "{}", stderr(&out));
}

#[test]
fn an_expired_device_falls_back_to_a_code() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let (_, token) = add_device(&env, "alice", &["--ttl", "1s"]);
    let file = cookie(&env, &token);
    std::thread::sleep(Duration::from_millis(2100));
    let (out, v) = login(&env, &["alice", "--device-token-file", path(&file)], "");
    assert_eq!(code(&out), 1, "{v} {}", stderr(&out));
    assert_eq!(v["reason"], "untrusted_device");
    assert!(stderr(&out).contains("expired"), "{}", stderr(&out));
    let right = totp_now(&env, "alice");
    let v = login_exit(&env, &["alice", "--device-token-file", path(&file), "--code", &right], "", 0);
    assert_eq!((v["verified"].as_bool(), v["trusted_device"].as_bool()), (Some(true), Some(false)));
}

#[test]
fn trust_device_issues_a_token_that_then_works() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let file = env.path().join("cookie");
    let right = totp_now(&env, "alice");
    let args = ["alice", "--password-stdin", "--device-token-file", path(&file), "--trust-device", "work laptop"];
    let mut with_code = args.to_vec();
    with_code.extend(["--code", &right]);
    let v = login_exit(&env, &with_code, "hunter2\n", 0);
    assert_eq!((v["verified"].as_bool(), v["trusted_device"].as_bool()), (Some(true), Some(false)));
    let token = v["device_token"].as_str().expect("device_token").to_owned();
    assert_eq!(token.len(), 43);
    let id = v["device_id"].as_i64().expect("device_id");
    assert_eq!(fs::read_to_string(&file).expect("token file").trim(), token);
    assert_eq!(fs::metadata(&file).expect("token file").permissions().mode() & 0o777, 0o600);
    let listed = env.json(&["device", "list", "alice"], 0);
    assert_eq!(
        (listed["devices"][0]["id"].as_i64(), listed["devices"][0]["name"].as_str()),
        (Some(id), Some("work laptop"))
    );

    // Next time the file is enough (with the password).
    let v = login_exit(&env, &args[..4], "hunter2\n", 0);
    assert_eq!((v["trusted_device"].as_bool(), v["device_id"].as_i64()), (Some(true), Some(id)));
    // Already trusted: no second device.
    let v = login_exit(&env, &args, "hunter2\n", 0);
    assert!(v.get("device_token").is_none(), "{v}");
    assert_eq!(env.json(&["device", "list", "alice"], 0)["devices"].as_array().map(Vec::len), Some(1));

    // Without a file the token is printed alone on stdout, and works.
    let next = env.code_at("alice", unix_now() + 30);
    let out = env
        .run_stdin(&["login", "alice", "--password-stdin", "--code", &next, "--trust-device", "tablet"], "hunter2\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let printed = stdout(&out).trim().to_owned();
    assert_eq!(printed.len(), 43, "{printed}");
    assert!(stderr(&out).contains("Signed in") && stderr(&out).contains("tablet"), "{}", stderr(&out));
    let out = env.run_stdin(&["device", "check", "alice", "-"], &printed);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    // A bad label is refused before anything is used up.
    let out =
        env.run_stdin(&["login", "alice", "--password-stdin", "--code", &next, "--trust-device", " "], "hunter2\n");
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--trust-device"), "{}", stderr(&out));
}

#[test]
fn totp_and_hotp_codes() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let hotp = env.json(&["enroll", "alice", "hotp", "--no-confirm", "--label", "key fob"], 0);
    let hotp_id = hotp["method_id"].as_i64().expect("method_id");

    let right = totp_now(&env, "alice");
    let v = login_exit(&env, &["alice", "--via", "totp", "--code", &right], "", 0);
    assert_eq!(v["kind"], "totp");
    // Replayed.
    assert_eq!(login_exit(&env, &["alice", "--via", "totp", "--code", &right], "", 1)["reason"], "replayed");

    let id = hotp_id.to_string();
    let first = env.ok(&["code", "alice", "--method", &id]).trim().to_owned();
    // A TOTP-only --via does not take an HOTP code.
    if first != env.code_at("alice", unix_now()) {
        assert_eq!(login_exit(&env, &["alice", "--via", "totp", "--code", &first], "", 1)["reason"], "wrong_code");
    }
    let v = login_exit(&env, &["alice", "--via", "hotp", "--code", &first], "", 0);
    assert_eq!(
        (v["kind"].as_str(), v["label"].as_str(), v["method_id"].as_i64()),
        (Some("hotp"), Some("key fob"), Some(hotp_id))
    );
    let second = env.ok(&["code", "alice", "--method", &id]).trim().to_owned();
    let v = login_exit(&env, &["alice", "--via", &id, "--code", &second], "", 0);
    assert_eq!(v["method_id"], hotp_id);

    // --via names nothing the account has, or nothing at all.
    assert_eq!(code(&env.run(&["login", "alice", "--via", "sms", "--code", "123456"])), 4);
    assert_eq!(code(&env.run(&["login", "alice", "--via", "99", "--code", "123456"])), 4);
    assert_eq!(code(&env.run(&["login", "alice", "--via", "backup_code", "--code", "abcde-fghjk"])), 4);
    let out = env.run(&["login", "alice", "--via", "pigeon", "--code", "123456"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--via"), "{}", stderr(&out));
    let v = login_exit(&env, &["alice", "--code", "12a456"], "", 2);
    assert_eq!(v["reason"], "malformed");
    // An app makes its own codes: without --code the flag is named.
    let (out, v) = login(&env, &["alice"], "");
    assert_eq!(code(&out), 2);
    assert_eq!(v["reason"], "code_required");
    assert!(stderr(&out).contains("--code"), "{}", stderr(&out));
}

#[test]
fn a_code_from_another_app_signs_in_and_the_log_says_which_was_asked_for() {
    let env = TestEnv::new();
    alice_with_password(&env);
    env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "tablet"]);
    let at = fresh_step(5);
    let tablet = env.ok(&["code", "alice", "--method", "2", "--at", &at.to_string()]).trim().to_owned();
    // Asked for the phone (method 1), given the tablet's code: signed in by the tablet.
    let v = login_exit(&env, &["alice", "--password-stdin", "--via", "1", "--code", &tablet], "hunter2\n", 0);
    assert_eq!((v["method_id"].as_i64(), v["label"].as_str()), (Some(2), Some("tablet")), "{v}");
    let logged: Vec<Value> = env
        .ok(&["log", "alice", "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON event"))
        .filter(|e: &Value| e["action"] == "login")
        .collect();
    let last = logged.last().expect("a login event");
    assert_eq!((last["asked_method_id"].as_i64(), last["method_id"].as_i64()), (Some(1), Some(2)), "{last}");
    // The same code again is a replay, whichever app is asked for.
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &tablet], "hunter2\n", 1);
    assert_eq!((v["reason"].as_str(), v["method_id"].as_i64()), (Some("replayed"), Some(2)), "{v}");
}

/// After signing in another way than the usual (a backup code, or a sent
/// code while an app is set up), the person is told what to do next
/// (issue 10, finding 7).
#[test]
fn a_fallback_sign_in_says_what_to_do_next() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let codes = backup_codes(&env, "alice");
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &codes[0]], "hunter2\n", 0);
    let steps: Vec<&str> = v["next_steps"].as_array().expect("next_steps").iter().filter_map(|s| s.as_str()).collect();
    assert!(steps.len() == 2 && steps[0].contains("authenticator app is lost"), "{v}");
    // Without a terminal nothing is asked: the steps are said in words, no commands.
    assert!(steps[0].contains("set up the app on your new phone") && steps[0].contains("remove"), "{v}");
    assert!(steps[1].contains("new set"), "{v}");
    assert!(steps.iter().all(|s| !s.contains("tfa ")), "{v}");
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"].as_array().map(Vec::len), Some(1));
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &codes[1]], "hunter2\n");
    assert!(stderr(&out).contains("Next: If the phone with your authenticator app is lost"), "{}", stderr(&out));
    // Few codes left: said in the person's words, without the operator's command.
    for c in &codes[2..8] {
        env.ok(&["backup-codes", "use", "alice", c]);
    }
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &codes[8]], "hunter2\n");
    let said = stderr(&out);
    assert!(said.contains("only 1 backup code is left") && !said.contains("tfa "), "{said}");
    // The usual way: nothing more to do.
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &totp_now(&env, "alice")], "hunter2\n", 0);
    assert!(v.get("next_steps").is_none(), "{v}");
}

/// A `--via` that names no way in is told as the person may be told it:
/// no label, no operator's command, and whom to ask (issue 10, finding 2).
#[test]
fn a_via_with_no_way_names_no_label_and_no_command() {
    let env = TestEnv::new();
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "Alice's iPhone"]);
    env.ok(&["enroll", "alice", "totp", "--label", "Work Pixel"]);
    let pending = env.json(&["methods", "alice"], 0)["methods"][1]["id"].to_string();
    for (via, kind) in [(pending.as_str(), "input"), ("backup_code", "no_way"), ("sms", "no_way")] {
        let (out, v) = login(&env, &["alice", "--via", via], "");
        let shown = format!("{v}{}", stderr(&out));
        assert_eq!(v["error"]["kind"], kind, "{shown}");
        assert!(!shown.contains("Pixel") && !shown.contains("iPhone") && !shown.contains("tfa "), "{shown}");
        if kind == "no_way" {
            assert_eq!(code(&out), 4, "{shown}");
            assert!(stderr(&out).contains("IT desk, ext. 100"), "{shown}");
        }
    }
    // A backup code typed with no set to check it against: the same dead end.
    let (out, v) = login(&env, &["alice", "--code", "abcde-fghjk"], "");
    let shown = format!("{v}{}", stderr(&out));
    assert_eq!((code(&out), v["error"]["kind"].as_str()), (4, Some("no_way")), "{shown}");
    assert!(!shown.contains("tfa ") && shown.contains("IT desk, ext. 100"), "{shown}");
}

/// A code that did not go out is not pointed to as "the last one" when a
/// second try within the minute is throttled.
#[test]
fn a_throttled_resend_after_a_failed_one_does_not_say_use_the_last_code() {
    let env = TestEnv::new();
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.ok(&["enroll", "bob", "sms", "--phone", "+4915123456789", "--no-confirm", "-q"]);
    let bad = Gateway::new(&env, "bad.sh", "exit 7");
    let first = bad.run(&env, &["login", "bob", "--json"]);
    assert_eq!(code(&first), 2, "{}", stderr(&first));
    assert!(stderr(&first).contains("could not be sent"), "{}", stderr(&first));
    let again = bad.run(&env, &["login", "bob", "--json"]);
    assert_eq!(code(&again), 3, "{}", stderr(&again));
    let doc: Value = serde_json::from_slice(&again.stdout).expect("one document");
    assert_eq!(doc["reason"], "throttled", "{doc}");
    let said = stderr(&again);
    assert!(!said.contains("use the last one") && said.contains("sign in another way"), "{said}");
    // After a code that did go out, the last one is still the one to use.
    let good = Gateway::working(&env);
    env.age_challenges(120);
    assert_eq!(code(&good.run(&env, &["login", "bob"])), 2);
    assert!(stderr(&good.run(&env, &["login", "bob"])).contains("use the last one with --code"));
}

#[test]
fn sms_is_sent_by_login_and_the_code_signs_in() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.enroll_active("alice");
    env.ok(&["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"]);
    let run = |args: &[&str]| {
        let mut all = vec!["login", "alice"];
        all.extend_from_slice(args);
        all.push("--json");
        let out = env.cmd(&all).env("TFA_DELIVERY_COMMAND", &gw.script).write_stdin("").output().expect("run tfa");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("no JSON: {}", stderr(&out)));
        (out, v)
    };

    // Without --code: the code is sent, and the next run is told how.
    let (out, v) = run(&["--via", "sms"]);
    assert_eq!(code(&out), 2, "{v} {}", stderr(&out));
    assert_eq!((v["reason"].as_str(), v["sent_to"].as_str()), (Some("code_required"), Some("•••• 6789")));
    assert_eq!(v["kind"], "sms");
    let err = stderr(&out);
    assert!(err.contains("--code") && err.contains("•••• 6789") && !err.contains("151"), "{err}");
    let msg = gw.last();
    assert_eq!((msg["channel"].as_str(), msg["to"].as_str()), (Some("sms"), Some("+4915123456789")));
    let sent = msg["code"].as_str().expect("code").to_owned();

    // A second run within the minute sends nothing new (exit 3), and the code still works.
    let (out, v) = run(&["--via", "sms"]);
    assert_eq!(code(&out), 3, "{v} {}", stderr(&out));
    assert!(v["retry_after"].as_u64().is_some(), "{v}");
    let (out, v) = run(&["--via", "sms", "--code", &other_than(&sent)]);
    assert_eq!(code(&out), 1, "{v} {}", stderr(&out));
    assert_eq!(v["reason"], "wrong_code");
    let (out, v) = run(&["--via", "sms", "--code", &sent]);
    assert_eq!(code(&out), 0, "{v} {}", stderr(&out));
    assert_eq!((v["verified"].as_bool(), v["kind"].as_str()), (Some(true), Some("sms")));
    let (_, v) = run(&["--via", "sms", "--code", &sent]);
    assert_eq!(v["reason"], "used");
}

#[test]
fn whatsapp_and_email_codes_through_the_outbox() {
    let env = TestEnv::new();
    env.ok(&["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"]);
    env.ok(&["enroll", "alice", "whatsapp", "--phone", "+33 6 12 34 56 78", "--no-confirm"]);

    // Email is the first sent-code method and so the preferred one.
    let (out, v) = login(&env, &["alice"], "");
    assert_eq!(code(&out), 2, "{v} {}", stderr(&out));
    assert_eq!((v["kind"].as_str(), v["sent_to"].as_str()), (Some("email"), Some("a•••@example.com")));
    assert!(stderr(&out).contains("outbox"), "{}", stderr(&out));
    let email_code = outbox_code(&env, "alice");
    let v = login_exit(&env, &["alice", "--code", &email_code], "", 0);
    assert_eq!((v["kind"].as_str(), v["verified"].as_bool()), (Some("email"), Some(true)));

    let v = login_exit(&env, &["alice", "--via", "whatsapp"], "", 2);
    assert_eq!((v["kind"].as_str(), v["sent_to"].as_str()), (Some("whatsapp"), Some("•••• 5678")));
    let wa_code = outbox_code(&env, "alice");
    let v = login_exit(&env, &["alice", "--via", "whatsapp", "--code", &wa_code], "", 0);
    assert_eq!(v["kind"], "whatsapp");
}

#[test]
fn a_backup_code_is_another_way() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let codes = backup_codes(&env, "alice");
    assert_eq!(codes.len(), 10);
    let v = login_exit(&env, &["alice", "--via", "backup_code", "--code", &codes[0]], "", 0);
    assert_eq!((v["kind"].as_str(), v["backup_codes_remaining"].as_i64()), (Some("backup_code"), Some(9)));
    assert_eq!(v["verified"], true);
    let v = login_exit(&env, &["alice", "--via", "backup_code", "--code", &codes[0]], "", 1);
    assert_eq!(v["reason"], "used");
    // Without --via a backup code is known by its shape, as verify knows it.
    let v = login_exit(&env, &["alice", "--code", &codes[1].to_uppercase()], "", 0);
    assert_eq!(v["kind"], "backup_code");
    // A backup code where another way is named, and digits where a backup code is: refused unread.
    assert_eq!(login_exit(&env, &["alice", "--via", "totp", "--code", &codes[2]], "", 2)["reason"], "malformed");
    assert_eq!(login_exit(&env, &["alice", "--via", "backup_code", "--code", "123456"], "", 2)["reason"], "malformed");
    assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 8);
    // Without --code the flag is named.
    let out = env.run(&["login", "alice", "--via", "backup_code"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--via backup_code --code"), "{}", stderr(&out));

    // An account with only backup codes signs in with one.
    let bob = backup_codes(&env, "bob");
    assert_eq!(login_exit(&env, &["bob", "--code", &bob[0]], "", 0)["kind"], "backup_code");
    // An account with no way at all: exit 4.
    env.ok(&["account", "add", "carol"]);
    assert_eq!(code(&env.run(&["login", "carol", "--code", "123456"])), 4);
}

#[test]
fn failed_logins_count_towards_the_lockout() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let right = totp_now(&env, "alice");
    let wrong = other_than(&right);
    for _ in 0..3 {
        login_exit(&env, &["alice", "--password-stdin", "--code", &wrong], "hunter2\n", 1);
    }
    for _ in 0..2 {
        login_exit(&env, &["alice", "--password-stdin", "--code", &right], "bad password\n", 1);
    }
    // Five in a row: even the right password and code wait (exit 3), and nothing is used up.
    let v = login_exit(&env, &["alice", "--password-stdin", "--code", &right], "hunter2\n", 3);
    assert_eq!(v["reason"], "throttled");
    assert!(v["retry_after"].as_u64().is_some_and(|s| (1..=30).contains(&s)), "{v}");
    assert_eq!(v["trusted_device"], false);
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &right], "hunter2\n");
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("locked out"), "{}", stderr(&out));
    // Verify shares the count.
    assert_eq!(code(&env.run(&["verify", "alice", &right])), 3);
    env.ok(&["unlock", "alice"]);
    login_exit(&env, &["alice", "--password-stdin", "--code", &right], "hunter2\n", 0);

    // A hard lock: exit 3 with no retry time, whatever is offered.
    env.ok(&["policy", "--backoff-after", "50", "--hard-lock-at", "2"]);
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    // The refusals say the lock comes next, not a wait.
    let out = env.run_stdin(&["login", "alice", "--password-stdin", "--code", &wrong], "hunter2\n");
    assert_eq!(code(&out), 1);
    let said = stderr(&out);
    assert!(said.contains("1 try left before sign-in is locked") && !said.contains("wait"), "{said}");
    let (out, v) = login(&env, &["alice", "--password-stdin", "--code", &wrong], "hunter2\n");
    assert_eq!((code(&out), v["tries_left"].as_u64()), (1, Some(0)), "{v}");
    assert!(stderr(&out).contains("sign-in is now locked"), "{}", stderr(&out));
    let v = login_exit(&env, &["alice", "--password-stdin"], "hunter2\n", 3);
    assert_eq!(v["reason"], "locked");
    assert!(v["retry_after"].is_null() && v.get("retry_after").is_some(), "{v}");
    // The person is told whom to ask, never the operator's command.
    let said = stderr(&env.run_stdin(&["login", "alice", "--password-stdin"], "hunter2\n"));
    assert!(said.contains("only an administrator can unlock it") && said.contains("IT desk, ext. 100"), "{said}");
    assert!(!said.contains("tfa unlock"), "{said}");
    // The operator's verify still names it.
    assert!(stderr(&env.run(&["verify", "alice", &right])).contains("tfa unlock alice"));
}

/// A valid backup code still works during a backoff, also for an account
/// with a password: the password is checked (and a wrong one counted), but
/// only the right password with a right backup code gets another answer
/// than the backoff's. The hard lock stops it (issue 10).
#[test]
fn during_a_backoff_the_password_and_a_backup_code_sign_in_but_not_during_the_hard_lock() {
    let env = TestEnv::new();
    alice_with_password(&env);
    let codes = backup_codes(&env, "alice");
    env.ok(&["policy", "--backoff-after", "2", "--hard-lock-at", "8"]);
    let right = totp_now(&env, "alice");
    for _ in 0..2 {
        login_exit(&env, &["alice", "--password-stdin", "--code", &other_than(&right)], "hunter2\n", 1);
    }
    // The app's code waits.
    assert_eq!(
        login_exit(&env, &["alice", "--password-stdin", "--code", &right], "hunter2\n", 3)["reason"],
        "throttled"
    );

    // A wrong password, a right password with a wrong backup code, or with none:
    // all the backoff's own answer, nothing used up.
    let wrong_password =
        login_exit(&env, &["alice", "--password-stdin", "--via", "backup_code", "--code", &codes[0]], "nope\n", 3);
    let wrong_code = login_exit(
        &env,
        &["alice", "--password-stdin", "--via", "backup_code", "--code", "aaaaa-aaaaa"],
        "hunter2\n",
        3,
    );
    let no_code = login_exit(&env, &["alice", "--password-stdin", "--via", "backup_code"], "hunter2\n", 3);
    for v in [&wrong_password, &wrong_code, &no_code] {
        assert_eq!(v["reason"], "throttled", "{v}");
        assert!(v["retry_after"].as_u64().is_some_and(|s| s > 0), "{v}");
        assert_eq!(v["verified"], false, "{v}");
    }
    assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 10);
    // Each wrong one was checked and counted.
    let events = login_events(&env, "alice");
    assert!(events.contains(&("refused".to_owned(), Some("wrong_password".to_owned()))), "{events:?}");
    assert_eq!(events.iter().filter(|e| e.1.as_deref() == Some("wrong_code")).count(), 3, "{events:?}");

    // Both right: signed in, during the backoff, with the next steps.
    let v =
        login_exit(&env, &["alice", "--password-stdin", "--via", "backup_code", "--code", &codes[0]], "hunter2\n", 0);
    assert_eq!((v["verified"].as_bool(), v["kind"].as_str()), (Some(true), Some("backup_code")));
    assert!(v["next_steps"].as_array().is_some_and(|s| !s.is_empty()), "{v}");

    // The hard lock stops the backup code too, before the password is read.
    env.ok(&["policy", "--hard-lock-at", "2"]);
    for _ in 0..2 {
        env.run_stdin(&["login", "alice", "--password-stdin", "--code", &other_than(&right)], "hunter2\n");
    }
    let v =
        login_exit(&env, &["alice", "--password-stdin", "--via", "backup_code", "--code", &codes[1]], "hunter2\n", 3);
    assert_eq!(v["reason"], "locked");
    assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 9);
}

// ---- The interactive menu, through a pseudo-terminal ------------------------

mod pty {
    use super::*;
    use crate::pty::{exit_code, screen, secret, spawn, Expect, DOWN, ENTER};

    fn alice(env: &TestEnv) -> Vec<String> {
        alice_with_password(env);
        env.ok(&["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"]);
        backup_codes(env, "alice")
    }

    #[test]
    fn try_another_way_with_a_backup_code_then_trust_this_device() {
        let env = TestEnv::new();
        let codes = alice(&env);
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        screen(&mut s, "Enter alone: try another way");
        // Enter alone: the menu, with every other way this account has.
        s.send(ENTER).expect("type");
        let menu = screen(&mut s, "I can't use any of these");
        assert!(menu.contains("Try another way"), "{menu}");
        assert!(menu.contains("Send a code by SMS to •••• 6789"), "{menu}");
        assert!(menu.contains("Use a backup code") && !menu.contains("left)"), "no count before sign-in: {menu}");
        assert!(!menu.contains("151"), "the number is masked: {menu}");
        // Down once: from SMS to the backup code.
        s.send(DOWN).expect("type");
        s.send(ENTER).expect("type");
        screen(&mut s, "Backup code");
        s.send(format!("{}{ENTER}", codes[0])).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("y").expect("type");
        screen(&mut s, "A name for this device");
        s.send(format!("desk pc{ENTER}")).expect("type");
        // A fallback sign-in: the offers, declined (the next test takes them).
        screen(&mut s, "Set up a new authenticator app now?");
        s.send("n").expect("type");
        screen(&mut s, "Remove the authenticator app \"phone\"?");
        s.send("n").expect("type");
        let end = screen(&mut s, "Signed in as \"alice\" with a backup code (9 left)");
        assert!(!end.contains("refused"), "{end}");
        assert_eq!(exit_code(&mut s), 0);

        let list = env.json(&["device", "list", "alice"], 0);
        assert_eq!(list["devices"][0]["name"], "desk pc");
        assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 9);
    }

    #[test]
    fn the_app_prompt_takes_a_code_from_another_app() {
        let env = TestEnv::new();
        alice_with_password(&env);
        env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "tablet"]);
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        let at = fresh_step(5);
        let tablet = env.ok(&["code", "alice", "--method", "2", "--at", &at.to_string()]).trim().to_owned();
        s.send(format!("{tablet}{ENTER}")).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        let end = screen(&mut s, "Signed in as \"alice\" with the authenticator app \"tablet\"");
        assert!(!end.contains("refused"), "{end}");
        assert_eq!(exit_code(&mut s), 0);
    }

    #[test]
    fn try_another_way_by_sms_after_a_wrong_code() {
        let env = TestEnv::new();
        alice(&env);
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        let wrong = other_than(&env.code_at("alice", unix_now()));
        s.send(format!("{wrong}{ENTER}")).expect("type");
        screen(&mut s, "refused: wrong code");
        screen(&mut s, "Code from your authenticator app");
        s.send(ENTER).expect("type");
        screen(&mut s, "I can't use any of these");
        // The first item: a code by SMS. It goes to the outbox, where this test reads it.
        s.send(ENTER).expect("type");
        screen(&mut s, "A code was sent by SMS to •••• 6789");
        screen(&mut s, "Code sent by SMS to •••• 6789");
        // It did not arrive: a new one may be asked for, but not within the minute.
        s.send(ENTER).expect("type");
        let menu = screen(&mut s, "I can't use any of these");
        assert!(menu.contains("Send a new code by SMS to •••• 6789"), "{menu}");
        assert!(menu.contains("Get a code from your authenticator app") && !menu.contains("\"phone\""), "{menu}");
        s.send(ENTER).expect("type");
        screen(&mut s, "less than a minute ago: use that one");
        screen(&mut s, "Code sent by SMS to •••• 6789");
        let sent = outbox_code(&env, "alice");
        s.send(format!("{sent}{ENTER}")).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        // Signed in by a sent code: nothing is offered for removal (whoever
        // holds the number after a SIM swap must not take the app away), and
        // the words say how (a backup code) or whom to ask.
        let end = screen(&mut s, "Signed in as \"alice\" with a code sent by SMS to •••• 6789.");
        assert!(!end.contains("Remove ") && !end.contains("Set up a new authenticator app"), "{end}");
        screen(&mut s, "with a backup code");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(env.json(&["device", "list", "alice"], 0)["devices"], serde_json::json!([]));
    }

    #[test]
    fn i_cant_use_any_of_these_prints_the_checklist() {
        let env = TestEnv::new();
        alice(&env);
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        s.send(ENTER).expect("type");
        screen(&mut s, "I can't use any of these");
        s.send(format!("{DOWN}{DOWN}{ENTER}")).expect("type");
        // The person's checklist: what they can check, the ways left, whom to ask;
        // no labels, full numbers, counts or operator commands (issue 10, finding 2).
        let shown = screen(&mut s, "Help: your administrator");
        assert!(shown.contains("Sign in another way") && shown.contains("•••• 6789"), "{shown}");
        assert!(!shown.contains("\"phone\"") && !shown.contains("tfa ") && !shown.contains("151"), "{shown}");
        assert!(!shown.contains("left)") && !shown.contains("backup_codes"), "{shown}");
        assert_eq!(exit_code(&mut s), 1);
        assert_eq!(login_events(&env, "alice"), [("refused".to_owned(), Some("no_usable_way".to_owned()))]);
    }

    #[test]
    fn a_device_token_is_asked_for_when_the_account_has_trusted_devices() {
        let env = TestEnv::new();
        alice(&env);
        let (id, token) = add_device(&env, "alice", &[]);
        let mut s = spawn(&env, &["login", "alice", "--json"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Device token of a trusted device (Enter if this one is not)");
        secret(&mut s, &token);
        let end = screen(&mut s, "\"trusted_device\":true");
        assert!(!end.contains(&token), "the token is not echoed: {end}");
        assert!(!end.contains("Trust this device?"), "{end}");
        assert_eq!(exit_code(&mut s), 0);
        let listed = env.json(&["device", "list", "alice"], 0);
        assert_eq!(
            (listed["devices"][0]["id"].as_i64(), listed["devices"][0]["last_seen_at"].is_string()),
            (Some(id), true)
        );

        // Enter alone: no token, on to the code.
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Device token of a trusted device");
        secret(&mut s, "");
        screen(&mut s, "Code from your authenticator app");
        s.send(format!("{}{ENTER}", env.code_at("alice", unix_now()))).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        screen(&mut s, "Signed in as \"alice\" with the authenticator app \"phone\".");
        assert_eq!(exit_code(&mut s), 0);
    }

    #[test]
    fn a_lockout_ends_the_interactive_sign_in() {
        let env = TestEnv::new();
        env.ok(&["policy", "--backoff-after", "2"]);
        alice(&env);
        let wrong = other_than(&env.code_at("alice", unix_now()));
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        s.send(format!("{wrong}{ENTER}")).expect("type");
        screen(&mut s, "refused: wrong code");
        screen(&mut s, "Code from your authenticator app");
        s.send(format!("{wrong}{ENTER}")).expect("type");
        screen(&mut s, "locked out after too many failed codes; try again in");
        assert_eq!(exit_code(&mut s), 3);
    }

    /// The secret a new app shows on the screen, and its code now.
    fn screen_code(shown: &str) -> String {
        let at = shown.find("Secret (to type in by hand): ").expect("the secret on the screen") + 29;
        let secret: String = shown[at..].chars().take_while(char::is_ascii_alphanumeric).collect();
        let seed = tfa::core::seed::Seed::from_base32(&secret).expect("a base32 secret");
        let params = tfa::core::otp::Params { algorithm: tfa::core::otp::Algorithm::Sha1, digits: 6 };
        tfa::core::otp::totp(&seed, params, 30, fresh_step(8))
    }

    /// The methods of `name` as (label, status, kind).
    fn methods(env: &TestEnv, name: &str) -> Vec<(String, String, String)> {
        let v = env.json(&["methods", name], 0);
        let field = |m: &Value, k: &str| m[k].as_str().unwrap_or_default().to_owned();
        v["methods"]
            .as_array()
            .expect("methods")
            .iter()
            .map(|m| (field(m, "label"), field(m, "status"), field(m, "kind")))
            .collect()
    }

    /// Signs in with a backup code through "Try another way" (an account
    /// with a password, an app and backup codes), up to the first offer.
    fn backup_sign_in(env: &TestEnv, codes: &[String]) -> expectrl::session::OsSession {
        let mut s = spawn(env, &["login", "alice"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code from your authenticator app");
        s.send(ENTER).expect("type");
        screen(&mut s, "I can't use any of these");
        // The first item: the backup code.
        s.send(ENTER).expect("type");
        screen(&mut s, "Backup code");
        s.send(format!("{}{ENTER}", codes[0])).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        screen(&mut s, "Set up a new authenticator app now?");
        s
    }

    /// After a backup code: a new app set up on the screen and confirmed
    /// with its first code, then the lost app removed (issue 10, finding 7).
    #[test]
    fn after_a_backup_code_a_new_app_is_set_up_and_the_lost_one_removed() {
        let env = TestEnv::new();
        alice_with_password(&env);
        let codes = backup_codes(&env, "alice");
        let mut s = backup_sign_in(&env, &codes);
        s.send("y").expect("type");
        let shown = screen(&mut s, "Code from the app (empty to stop here)");
        assert!(shown.contains("otpauth://totp/tfa:alice?secret="), "{shown}");
        // Pending until its first code.
        assert_eq!(methods(&env, "alice")[1], ("totp".to_owned(), "pending".to_owned(), "totp".to_owned()));
        s.send(format!("{}{ENTER}", other_than(&screen_code(&shown)))).expect("type");
        screen(&mut s, "refused: wrong code");
        screen(&mut s, "Code from the app");
        s.send(format!("{}{ENTER}", screen_code(&shown))).expect("type");
        screen(&mut s, "The new authenticator app \"totp\" is set up.");
        screen(&mut s, "Remove the authenticator app \"phone\"?");
        s.send("y").expect("type");
        screen(&mut s, "Removed the authenticator app \"phone\".");
        screen(&mut s, "Signed in as \"alice\" with a backup code (9 left).");
        // Both steps taken: only the backup codes' step is left to say.
        let rest = screen(&mut s, "Next: Each backup code works once");
        assert!(!rest.contains("authenticator app is lost"), "{rest}");
        assert_eq!(exit_code(&mut s), 0);

        assert_eq!(methods(&env, "alice"), [("totp".to_owned(), "active".to_owned(), "totp".to_owned())]);
        let log = env.ok(&["log", "alice", "--json"]);
        let actions: Vec<String> = log
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).expect("event"))
            .map(|e| format!("{}:{}", e["action"].as_str().unwrap_or(""), e["outcome"].as_str().unwrap_or("")))
            .collect();
        for want in ["enroll:pending", "confirm:refused", "confirm:ok", "unenroll:ok"] {
            assert!(actions.iter().any(|a| a == want), "{want} in {actions:?}");
        }
        // The new app signs in (with the next step's code: this one was used to confirm it).
        let next = env.code_at("alice", unix_now() + 30);
        let v = login_exit(&env, &["alice", "--password-stdin", "--code", &next], "hunter2\n", 0);
        assert_eq!(v["verified"], true);
    }

    /// Declining both offers, or stopping before the new app's first code,
    /// leaves every method as it was.
    #[test]
    fn declining_the_offers_leaves_everything() {
        let env = TestEnv::new();
        alice_with_password(&env);
        let codes = backup_codes(&env, "alice");
        let before = methods(&env, "alice");
        let mut s = backup_sign_in(&env, &codes);
        s.send("n").expect("type");
        screen(&mut s, "Remove the authenticator app \"phone\"?");
        s.send("n").expect("type");
        screen(&mut s, "Signed in as \"alice\" with a backup code (9 left).");
        screen(&mut s, "Next: If the phone with your authenticator app is lost");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(methods(&env, "alice"), before);

        // Yes, then an empty answer: the pending app is gone again.
        let mut s = backup_sign_in(&env, &codes[1..]);
        s.send("y").expect("type");
        screen(&mut s, "Code from the app (empty to stop here)");
        s.send(ENTER).expect("type");
        screen(&mut s, "No new authenticator app was set up.");
        screen(&mut s, "Remove the authenticator app \"phone\"?");
        s.send("n").expect("type");
        screen(&mut s, "Signed in as \"alice\" with a backup code (8 left).");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(methods(&env, "alice"), before);
    }

    /// The only way in left is never offered for removal; with `--json`
    /// nothing is offered at all.
    #[test]
    fn the_last_way_in_is_not_offered_for_removal_and_json_asks_nothing() {
        let env = TestEnv::new();
        alice_with_password(&env);
        env.ok(&["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"]);
        // The SMS skipped, the app used: the SMS may go, as the app remains;
        // no new app is offered, as one is set up and not lost.
        let mut s = spawn(&env, &["login", "alice", "--via", "sms"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Code sent by SMS to •••• 6789");
        s.send(ENTER).expect("type");
        screen(&mut s, "I can't use any of these");
        s.send(format!("{DOWN}{ENTER}")).expect("type");
        screen(&mut s, "Code from your authenticator app");
        s.send(format!("{}{ENTER}", env.code_at("alice", fresh_step(5)))).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        let asked = screen(&mut s, "Remove the phone •••• 6789?");
        assert!(!asked.contains("Remove the authenticator app") && !asked.contains("Set up a new"), "{asked}");
        s.send("y").expect("type");
        screen(&mut s, "Signed in as \"alice\" with the authenticator app \"phone\".");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(methods(&env, "alice"), [("phone".to_owned(), "active".to_owned(), "totp".to_owned())]);

        // The last backup code used: the app is then the only way in, and is
        // not offered for removal unless a new app is set up.
        let codes = backup_codes(&env, "alice");
        for code in &codes[..9] {
            env.ok(&["backup-codes", "use", "alice", code]);
        }
        let mut s = backup_sign_in(&env, &codes[9..]);
        s.send("n").expect("type");
        let end = screen(&mut s, "Signed in as \"alice\" with a backup code (0 left).");
        assert!(!end.contains("Remove"), "{end}");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(methods(&env, "alice"), [("phone".to_owned(), "active".to_owned(), "totp".to_owned())]);

        // --json at a terminal: the trust question, no offers; next_steps in the JSON.
        let codes = backup_codes(&env, "alice");
        let mut s = spawn(&env, &["login", "alice", "--json", "--via", "backup_code"]);
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Backup code");
        s.send(format!("{}{ENTER}", codes[0])).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        let end = screen(&mut s, "\"next_steps\"");
        assert!(!end.contains("Set up a new") && !end.contains("Remove"), "{end}");
        assert_eq!(exit_code(&mut s), 0);
        assert_eq!(methods(&env, "alice"), [("phone".to_owned(), "active".to_owned(), "totp".to_owned())]);
    }

    /// During a backoff, a person at a terminal is offered the backup code.
    #[test]
    fn during_a_backoff_a_backup_code_is_offered() {
        let env = TestEnv::new();
        alice_with_password(&env);
        let codes = backup_codes(&env, "alice");
        env.ok(&["policy", "--backoff-after", "1"]);
        login_exit(&env, &["alice", "--password-stdin", "--code", "aaaaa-aaaaa"], "hunter2\n", 1);
        let mut s = spawn(&env, &["login", "alice"]);
        screen(&mut s, "A backup code works now.");
        screen(&mut s, "Sign in with a backup code now?");
        s.send("y").expect("type");
        screen(&mut s, "Password");
        secret(&mut s, "hunter2");
        screen(&mut s, "Backup code");
        s.send(format!("{}{ENTER}", codes[0])).expect("type");
        screen(&mut s, "Trust this device?");
        s.send("n").expect("type");
        screen(&mut s, "Set up a new authenticator app now?");
        s.send("n").expect("type");
        screen(&mut s, "Remove the authenticator app \"phone\"?");
        s.send("n").expect("type");
        screen(&mut s, "Signed in as \"alice\" with a backup code (9 left).");
        assert_eq!(exit_code(&mut s), 0);
    }
}
