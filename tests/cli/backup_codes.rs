//! Backup codes end to end: generate, status, use, verify, regenerate, the
//! store's bytes, and a race of processes for one code.

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Output;
use std::sync::Barrier;

use serde_json::Value;

use crate::env::{code, fresh_step, stderr, stdout, TestEnv};

const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

fn generate(env: &TestEnv, name: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["backup-codes", "generate", name];
    args.extend_from_slice(extra);
    let v = env.json(&args, 0);
    assert_eq!(v["account"], name);
    v["codes"].as_array().expect("codes").iter().map(|c| c.as_str().expect("code").to_owned()).collect()
}

fn parse_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", stdout(out)))
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn codes_are_50_bits_grouped_and_distinct() {
    let env = TestEnv::new();
    let codes = generate(&env, "alice", &[]);
    assert_eq!(codes.len(), 10);
    for c in &codes {
        assert_eq!(c.len(), 11, "{c}");
        assert_eq!(&c[5..6], "-", "{c}");
        assert!(c.chars().filter(|ch| *ch != '-').all(|ch| ALPHABET.contains(ch)), "{c}");
    }
    assert_eq!(codes.iter().collect::<HashSet<_>>().len(), 10);
    assert_eq!(generate(&env, "bob", &["--count", "3"]).len(), 3);
    let out = env.run(&["backup-codes", "generate", "bob", "--count", "0"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn generate_status_use_reuse_verify_regenerate() {
    let env = TestEnv::new();
    // Refusals below count toward the lockout (tested in hardening.rs); keep it out of the way.
    env.ok(&["policy", "--backoff-after", "1000", "--hard-lock-at", "2000"]);
    let codes = generate(&env, "alice", &[]);

    let status = env.json(&["backup-codes", "status", "alice"], 0);
    assert_eq!((status["account"].as_str(), status["remaining"].as_i64()), (Some("alice"), Some(10)));
    assert_eq!((status["total"].as_i64(), status["used"].as_array().map(Vec::len)), (Some(10), Some(0)));
    let human = env.run(&["backup-codes", "status", "alice"]);
    for c in &codes {
        assert!(
            !status.to_string().contains(c.as_str()) && !stdout(&human).contains(c.as_str()),
            "status shows no code"
        );
    }

    let used = env.json(&["backup-codes", "use", "alice", &codes[0]], 0);
    assert_eq!(used["accepted"], true);
    assert_eq!(used["remaining"], 9);
    assert_eq!(used["reason"], Value::Null);

    let again = env.json(&["backup-codes", "use", "alice", &codes[0]], 1);
    assert_eq!(again["accepted"], false);
    assert_eq!(again["reason"], "used");
    let out = env.run(&["backup-codes", "use", "alice", &codes[0]]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("already used"), "{}", stderr(&out));

    let status = env.json(&["backup-codes", "status", "alice"], 0);
    assert_eq!(status["remaining"], 9);
    let used_list = status["used"].as_array().expect("used");
    assert_eq!(used_list.len(), 1);
    assert!(used_list[0]["used_at"].as_str().is_some_and(|t| t.len() == 20 && t.ends_with('Z')), "{status}");

    // verify takes a backup code in any case, with or without the dash, spaces ignored.
    let forms = [
        codes[1].to_uppercase(),
        codes[2].replace('-', ""),
        format!(" {} {} ", &codes[3][..5], &codes[3][6..]),
        codes[4].to_uppercase().replace('-', " "),
    ];
    for (i, typed) in forms.iter().enumerate() {
        let v = env.json(&["verify", "alice", typed], 0);
        assert_eq!(v["verified"], true, "{typed:?}");
        assert_eq!(v["kind"], "backup_code");
        assert_eq!(v["backup_codes_remaining"], 8 - i as i64);
        assert_eq!(v["reason"], Value::Null);
    }
    // From stdin, too.
    let out = env.cmd(&["verify", "alice", "-", "--json"]).write_stdin(format!("{}\n", codes[5])).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(parse_json(&out)["backup_codes_remaining"], 4);

    let v = env.json(&["verify", "alice", &codes[1]], 1);
    assert_eq!((v["verified"].as_bool(), v["reason"].as_str()), (Some(false), Some("used")));
    assert_eq!(v["kind"], "backup_code");
    let v = env.json(&["verify", "alice", "zzzzz-zzzzz"], 1);
    assert_eq!(v["reason"], "wrong_code");
    assert_eq!(v["backup_codes_remaining"], 4);

    // A new set voids the old one entirely, used or not.
    let fresh = generate(&env, "alice", &[]);
    assert!(fresh.iter().all(|c| !codes.contains(c)));
    for old in [&codes[0], &codes[6], &codes[9]] {
        let v = env.json(&["backup-codes", "use", "alice", old], 1);
        assert_eq!(v["reason"], "wrong_code", "{old}");
    }
    let status = env.json(&["backup-codes", "status", "alice"], 0);
    assert_eq!((status["remaining"].as_i64(), status["total"].as_i64()), (Some(10), Some(10)));
    assert_eq!(env.json(&["verify", "alice", &fresh[0]], 0)["backup_codes_remaining"], 9);
}

#[test]
fn few_remaining_warns_on_stderr() {
    let env = TestEnv::new();
    let codes = generate(&env, "alice", &["--count", "4"]);
    let out = env.run(&["verify", "alice", &codes[0]]);
    assert_eq!(code(&out), 0);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    let out = env.run(&["verify", "alice", &codes[1]]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("warning: only 2 backup codes are left"), "{}", stderr(&out));
    let out = env.run(&["backup-codes", "use", "alice", &codes[2], "--json"]);
    assert!(stderr(&out).contains("only 1 backup code is left"), "{}", stderr(&out));
    let out = env.run(&["verify", "alice", &codes[3], "--json"]);
    assert!(stderr(&out).contains("no backup codes are left"), "{}", stderr(&out));
    assert_eq!(parse_json(&out)["backup_codes_remaining"], 0);
    let quiet = env.run(&["backup-codes", "status", "alice", "-q"]);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn an_account_with_only_backup_codes_can_verify() {
    let env = TestEnv::new();
    let codes = generate(&env, "carol", &[]);
    let methods = env.json(&["methods", "carol"], 0);
    assert_eq!(methods["methods"].as_array().map(Vec::len), Some(0));
    assert_eq!(env.json(&["verify", "carol", &codes[0]], 0)["verified"], true);
    // App codes still need an app.
    assert_eq!(code(&env.run(&["verify", "carol", "123456"])), 4);
    // A backup code cannot confirm a new authenticator, and is not used up trying.
    env.ok(&["enroll", "carol", "totp"]);
    let out = env.run(&["confirm", "carol", &codes[1]]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("backup code is not accepted here"), "{}", stderr(&out));
    assert_eq!(env.json(&["verify", "carol", &codes[1]], 0)["backup_codes_remaining"], 8);
}

#[test]
fn totp_verification_is_unchanged() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let codes = generate(&env, "alice", &[]);
    let now = fresh_step(5);
    let totp = env.code_at("alice", now);
    let v = env.json(&["verify", "alice", &totp], 0);
    assert_eq!(v["kind"], "totp");
    assert!(v.get("backup_codes_remaining").is_none(), "{v}");
    assert_eq!(env.json(&["verify", "alice", &codes[0]], 0)["kind"], "backup_code");
}

#[test]
fn wrong_shapes_and_missing_things() {
    let env = TestEnv::new();
    let codes = generate(&env, "alice", &[]);
    env.ok(&["account", "add", "dave"]);

    // Malformed: refused before any lookup, exit 2, nothing consumed.
    for bad in ["12345", "abcd-efgh", "k7f3q-x9m2u", "k7f3q-x9m2pp", ""] {
        let out = env.run(&["backup-codes", "use", "alice", bad, "--json"]);
        assert_eq!(code(&out), 2, "{bad:?}: {}", stderr(&out));
        assert_eq!(parse_json(&out)["reason"], "malformed");
        assert!(stderr(&out).starts_with("tfa: backup code refused before any lookup: "), "{}", stderr(&out));
    }
    let v = env.json(&["verify", "alice", "abcde-fghju"], 2);
    assert_eq!(v["reason"], "malformed");
    assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 10);

    // No such account: 4. An account without backup codes: 4, and says how to make some.
    assert_eq!(code(&env.run(&["backup-codes", "use", "nobody", &codes[0]])), 4);
    assert_eq!(code(&env.run(&["backup-codes", "status", "nobody"])), 4);
    assert_eq!(code(&env.run(&["verify", "nobody", &codes[0]])), 4);
    let out = env.run(&["verify", "dave", &codes[0]]);
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains("tfa backup-codes generate dave"), "{}", stderr(&out));
    let status = env.json(&["backup-codes", "status", "dave"], 0);
    assert_eq!((status["remaining"].as_i64(), status["total"].as_i64()), (Some(0), Some(0)));
    // A code from alice's set is nothing to bob's.
    generate(&env, "bob", &[]);
    assert_eq!(env.json(&["verify", "bob", &codes[0]], 1)["reason"], "wrong_code");
}

#[test]
fn piped_output_is_one_code_per_line() {
    let env = TestEnv::new();
    let out = env.run(&["backup-codes", "generate", "alice"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 10, "{text}");
    assert!(lines.iter().all(|l| l.len() == 11 && l.as_bytes()[5] == b'-'), "{text}");
    assert!(stderr(&out).contains("Created account"), "{}", stderr(&out));
    assert_eq!(env.json(&["backup-codes", "use", "alice", lines[7]], 0)["accepted"], true);
}

#[test]
fn out_file_is_private_and_not_overwritten_without_yes() {
    let env = TestEnv::new();
    let path = env.path().join("codes.txt");
    let p = path.to_str().unwrap();
    let v = env.json(&["backup-codes", "generate", "alice", "--out", p], 0);
    assert!(v.get("codes").is_none(), "{v}");
    assert_eq!(v["count"], 10);
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let first = fs::read_to_string(&path).unwrap();
    let codes: Vec<&str> = first.lines().collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(env.json(&["backup-codes", "use", "alice", codes[0]], 0)["accepted"], true);

    // Without --yes: refused, the file and the set untouched.
    let out = env.run(&["backup-codes", "generate", "alice", "--out", p]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&path).unwrap(), first);
    assert_eq!(env.json(&["backup-codes", "use", "alice", codes[1]], 0)["remaining"], 8);

    // With --yes: replaced, still 0600, the old set void; no stray temp files.
    env.ok(&["backup-codes", "generate", "alice", "--out", p, "--yes"]);
    let second = fs::read_to_string(&path).unwrap();
    assert_ne!(second, first);
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(env.json(&["backup-codes", "use", "alice", codes[2]], 1)["reason"], "wrong_code");
    assert_eq!(env.json(&["backup-codes", "use", "alice", second.lines().next().unwrap()], 0)["remaining"], 9);
    let names: Vec<_> = fs::read_dir(env.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().contains(".tfa-")), "{names:?}");

    // A dangling symlink at --out: refused before the set is replaced, and
    // nothing is left behind (issue 11, finding 14: the old set was voided).
    let link = env.path().join("dangling");
    std::os::unix::fs::symlink(env.path().join("nowhere"), &link).unwrap();
    let out = env.run(&["backup-codes", "generate", "alice", "--out", link.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert_eq!(env.json(&["backup-codes", "use", "alice", second.lines().nth(1).unwrap()], 0)["remaining"], 8);
    let names: Vec<_> = fs::read_dir(env.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().contains(".tfa-")), "{names:?}");

    // A directory that does not exist: refused before anything is stored.
    let out = env.run(&["backup-codes", "generate", "bob", "--out", env.path().join("no/such/dir").to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert_eq!(code(&env.run(&["backup-codes", "status", "bob"])), 4, "bob was not created");
}

#[test]
fn the_store_holds_no_code_or_token_in_plain_form() {
    let env = TestEnv::new();
    let old = generate(&env, "alice", &[]);
    let codes = generate(&env, "alice", &[]);
    env.json(&["backup-codes", "use", "alice", &codes[0]], 0);
    env.json(&["verify", "alice", &codes[1].to_uppercase()], 0);
    let token = env.json(&["device", "add", "alice", "--name", "laptop"], 0)["token"].as_str().unwrap().to_owned();
    let bytes = env.store_bytes();
    // A file store is pages; a PostgreSQL one is read back as its values.
    assert!(bytes.len() > if env.postgres() { 1024 } else { 4096 }, "{} bytes", bytes.len());
    for c in old.iter().chain(&codes) {
        let bare = c.replace('-', "");
        for form in [c.clone(), c.to_uppercase(), bare.clone(), bare.to_uppercase()] {
            assert!(!contains(&bytes, &form), "{form} is in the store");
        }
    }
    assert!(!contains(&bytes, &token), "the device token is in the store");
}

/// Runs `tfa` with these argument lists at once, each in its own process.
fn race(env: &TestEnv, runs: &[Vec<String>]) -> Vec<Output> {
    let barrier = Barrier::new(runs.len());
    std::thread::scope(|s| {
        let handles: Vec<_> = runs
            .iter()
            .map(|args| {
                let barrier = &barrier;
                s.spawn(move || {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    let mut cmd = env.cmd(&args);
                    barrier.wait();
                    cmd.write_stdin("").output().expect("run tfa")
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    })
}

#[test]
fn racing_processes_on_one_code_have_exactly_one_winner() {
    let env = TestEnv::new();
    // Refusals below count toward the lockout (tested in hardening.rs); keep it out of the way.
    env.ok(&["policy", "--backoff-after", "1000", "--hard-lock-at", "2000"]);
    let codes = generate(&env, "alice", &[]);
    for (round, c) in codes.iter().take(3).enumerate() {
        // Ten processes per round; in the last round half use `verify`.
        let runs: Vec<Vec<String>> = (0..10)
            .map(|i| {
                let cmd = if round == 2 && i % 2 == 1 { "verify" } else { "backup-codes use" };
                let mut args: Vec<String> = cmd.split(' ').map(str::to_owned).collect();
                args.extend(["alice".to_owned(), c.clone(), "--json".to_owned()]);
                args
            })
            .collect();
        let outs = race(&env, &runs);
        let winners = outs.iter().filter(|o| code(o) == 0).count();
        assert_eq!(winners, 1, "round {round}: {:?}", outs.iter().map(stderr).collect::<Vec<_>>());
        for o in outs.iter().filter(|o| code(o) != 0) {
            assert_eq!(code(o), 1, "{}", stderr(o));
            assert_eq!(parse_json(o)["reason"], "used");
        }
    }
    let status = env.json(&["backup-codes", "status", "alice"], 0);
    assert_eq!((status["remaining"].as_i64(), status["used"].as_array().map(Vec::len)), (Some(7), Some(3)));
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().expect("object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn json_documents_have_their_documented_keys() {
    let env = TestEnv::new();
    let generated = env.json(&["backup-codes", "generate", "alice", "--count", "3"], 0);
    assert_eq!(keys(&generated), ["account", "codes", "count"]);
    let codes: Vec<String> =
        generated["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    let out = env.run_stdin(&["backup-codes", "use", "alice", "-", "--json"], &format!("{}\n", codes[0]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(keys(&parse_json(&out)), ["accepted", "account", "reason", "remaining", "tries_left"]);
    let status = env.json(&["backup-codes", "status", "alice"], 0);
    assert_eq!(keys(&status), ["account", "generated_at", "remaining", "total", "used"]);
    assert_eq!(keys(&status["used"][0]), ["used_at"]);
    let verified = env.json(&["verify", "alice", &codes[1]], 0);
    assert_eq!(
        keys(&verified),
        [
            "account",
            "backup_codes_remaining",
            "kind",
            "label",
            "method_id",
            "offset",
            "reason",
            "tries_left",
            "verified"
        ]
    );
    let added = env.json(&["device", "add", "alice", "--name", "laptop"], 0);
    assert_eq!(keys(&added), ["account", "device_id", "expires_at", "name", "token"]);
    let token = added["token"].as_str().unwrap();
    let out = env.run_stdin(&["device", "check", "alice", "--json"], token);
    assert_eq!(keys(&parse_json(&out)), ["account", "device_id", "reason", "trusted"]);
    let listed = env.json(&["device", "list", "alice"], 0);
    assert_eq!(keys(&listed), ["account", "devices"]);
    assert_eq!(keys(&listed["devices"][0]), ["created_at", "expires_at", "id", "last_seen_at", "name", "status"]);
}
