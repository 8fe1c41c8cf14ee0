//! Several hosts, one PostgreSQL store (issue 14): two "hosts", each with
//! its own URL to the same database and its own copy of the key file, race
//! for one code 20 times for every way in; exactly one wins every time, and
//! the loser is refused for what it is (exit 1 with its reason), never a
//! store error. The lockout counts failures from both.
//!
//! Runs only against PostgreSQL (`TFA_TEST_PG`, as in CI's second run).

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::sync::Barrier;

use serde_json::Value;

use crate::env::{code, stderr, stdout, Gateway, TestEnv};

const ROUNDS: usize = 20;

struct Host {
    url: OsString,
    key: PathBuf,
}

/// Host A uses the env's URL and key file; host B its own URL (another
/// connection string to the same database) and its own copy of the key.
fn two_hosts(env: &TestEnv) -> Option<[Host; 2]> {
    if !env.postgres() {
        eprintln!("skipped: several hosts need a PostgreSQL store (TFA_TEST_PG)");
        return None;
    }
    env.ok(&["init"]);
    let a = Host { url: env.store(), key: env.key_file() };
    let dir = env.path().join("host-b");
    fs::create_dir(&dir).expect("host b's key directory");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).expect("chmod");
    let key = dir.join("key");
    fs::copy(env.key_file(), &key).expect("copy the key file to host b");
    fs::set_permissions(&key, fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut url = env.store();
    url.push(if url.to_string_lossy().contains('?') { "&" } else { "?" });
    url.push("application_name=host-b");
    // Refusals below count toward the lockout (tested at the end); keep it out of the way.
    env.ok(&["policy", "--backoff-after", "1000", "--hard-lock-at", "2000"]);
    Some([a, Host { url, key }])
}

/// Runs `args` on both hosts at once (stdin given to each), one process each.
fn race(env: &TestEnv, hosts: &[Host; 2], args: &[&str], stdin: &str, gateway: Option<&Gateway>) -> [Output; 2] {
    let barrier = Barrier::new(2);
    std::thread::scope(|s| {
        let runs = hosts.each_ref().map(|host| {
            let barrier = &barrier;
            s.spawn(move || {
                let mut cmd = env.process(args);
                cmd.env("TFA_DB", &host.url).env("TFA_KEY_FILE", &host.key);
                if let Some(gw) = gateway {
                    cmd.env("TFA_DELIVERY_COMMAND", &gw.script);
                }
                cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
                barrier.wait();
                let mut child = cmd.spawn().expect("spawn tfa");
                std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), stdin.as_bytes()).expect("stdin");
                child.wait_with_output().expect("wait")
            })
        });
        runs.map(|h| h.join().expect("thread"))
    })
}

/// Exactly one host won; the other was refused (exit 1) for `reason`.
fn one_winner(outs: &[Output; 2], reason_key: &str, reasons: &[&str], what: &str) {
    let exits = outs.each_ref().map(code);
    assert_eq!(exits.iter().filter(|&&c| c == 0).count(), 1, "{what}: {exits:?} {:?}", outs.each_ref().map(stderr));
    let loser = outs.iter().find(|o| code(o) != 0).expect("a loser");
    assert_eq!(code(loser), 1, "{what}: the loser must be refused, not fail: {}", stderr(loser));
    let doc: Value = serde_json::from_str(&stdout(loser)).expect("the loser's JSON");
    let reason = doc[reason_key].as_str().unwrap_or_default();
    assert!(reasons.contains(&reason), "{what}: refused as {reason:?}: {doc}");
}

#[test]
fn two_hosts_never_both_accept_an_app_code() {
    let env = TestEnv::new();
    let Some(hosts) = two_hosts(&env) else { return };
    // TOTP: one account per round, so every round has a code never used.
    for round in 0..ROUNDS {
        let name = format!("totp{round}");
        env.enroll_active(&name);
        let c = env.ok(&["code", &name]).trim().to_owned();
        let outs = race(&env, &hosts, &["verify", &name, &c, "--json"], "", None);
        one_winner(&outs, "reason", &["replayed"], &format!("totp round {round}"));
    }
    // HOTP: the next counter's code each round.
    env.ok(&["enroll", "hotp", "hotp", "--no-confirm"]);
    for round in 0..ROUNDS {
        let c = env.ok(&["code", "hotp"]).trim().to_owned();
        let outs = race(&env, &hosts, &["verify", "hotp", &c, "--json"], "", None);
        one_winner(&outs, "reason", &["replayed", "wrong_code"], &format!("hotp round {round}"));
    }
    // The audit log (JSON lines) has one accepted verify per round.
    let log = env.ok(&["log", "hotp", "--json"]);
    let events: Vec<Value> = log.lines().map(|l| serde_json::from_str(l).expect("an event")).collect();
    let accepted = events.iter().filter(|e| e["action"] == "verify" && e["outcome"] == "ok").count();
    assert_eq!(accepted, ROUNDS, "{log}");
}

#[test]
fn two_hosts_never_both_accept_a_backup_code() {
    let env = TestEnv::new();
    let Some(hosts) = two_hosts(&env) else { return };
    env.ok(&["account", "add", "alice"]);
    let generated = env.json(&["backup-codes", "generate", "alice", "--count", &ROUNDS.to_string()], 0);
    let codes: Vec<&str> = generated["codes"].as_array().expect("codes").iter().filter_map(Value::as_str).collect();
    for (round, c) in codes.iter().enumerate() {
        // One host asks by `backup-codes use`, the other by `verify`: the same code, the same core.
        let cmd: &[&str] = if round % 2 == 0 {
            &["backup-codes", "use", "alice", "-", "--json"]
        } else {
            &["verify", "alice", "-", "--json"]
        };
        let outs = race(&env, &hosts, cmd, &format!("{c}\n"), None);
        one_winner(&outs, "reason", &["used"], &format!("backup code round {round}"));
    }
    assert_eq!(env.json(&["backup-codes", "status", "alice"], 0)["remaining"], 0);
}

#[test]
fn two_hosts_never_both_accept_a_sent_code() {
    let env = TestEnv::new();
    let Some(hosts) = two_hosts(&env) else { return };
    let gw = Gateway::working(&env);
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    for round in 0..ROUNDS {
        gw.json(&env, &["send", "alice"], 0);
        let c = gw.last_code();
        let outs = race(&env, &hosts, &["verify", "alice", &c, "--json"], "", Some(&gw));
        one_winner(&outs, "reason", &["used", "wrong_code", "replayed"], &format!("sent code round {round}"));
        // The next send is a minute later (the resend throttle).
        env.age_challenges(120);
    }
}

#[test]
fn two_hosts_never_both_rotate_a_device_token() {
    let env = TestEnv::new();
    let Some(hosts) = two_hosts(&env) else { return };
    env.ok(&["account", "add", "alice"]);
    for round in 0..ROUNDS {
        let added = env.json(&["device", "add", "alice", "--name", &format!("laptop {round}")], 0);
        let token = added["token"].as_str().expect("token").to_owned();
        let outs = race(&env, &hosts, &["device", "check", "alice", "-", "--rotate", "--json"], &token, None);
        one_winner(&outs, "reason", &["rotated"], &format!("device round {round}"));
        env.ok(&["device", "revoke", "alice", &added["device_id"].to_string()]);
    }
}

#[test]
fn the_lockout_counts_failures_from_every_host() {
    let env = TestEnv::new();
    let Some(hosts) = two_hosts(&env) else { return };
    env.enroll_active("alice");
    env.ok(&["policy", "--backoff-after", "4", "--hard-lock-at", "100"]);
    // Two wrong codes from each host, one after another: four in the account's run.
    for host in hosts.iter().chain(&hosts) {
        let out = env
            .cmd(&["verify", "alice", "000000", "--json"])
            .env("TFA_DB", &host.url)
            .env("TFA_KEY_FILE", &host.key)
            .output()
            .expect("run");
        assert_eq!(code(&out), 1, "{}", stderr(&out));
    }
    // The fifth attempt, from either host, waits: the backoff saw all four.
    for host in &hosts {
        let right = env.ok(&["code", "alice"]).trim().to_owned();
        let out = env
            .cmd(&["verify", "alice", &right, "--json"])
            .env("TFA_DB", &host.url)
            .env("TFA_KEY_FILE", &host.key)
            .output()
            .expect("run");
        assert_eq!(code(&out), 3, "locked out on every host: {}", stdout(&out));
    }
}

/// A host that keeps the write lock (cut off mid-transaction) makes the
/// others fail closed after the lock wait's 5 s, never hang; once it is
/// given back, sign-ins go on.
#[test]
fn a_lock_that_is_not_given_back_fails_closed_not_forever() {
    let env = TestEnv::new();
    let Some(_) = two_hosts(&env) else { return };
    env.enroll_active("alice");
    let url = env.store().into_string().expect("a UTF-8 URL");
    let mut holder = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    let mut held = holder.transaction().expect("begin");
    // The lock every tfa write takes first (src/store/sql.rs: "tfa" in ASCII).
    held.execute("SELECT pg_advisory_xact_lock(7628385)", &[]).expect("take the lock");
    let c = env.ok(&["code", "alice"]).trim().to_owned();
    let out = env.run(&["verify", "alice", &c, "--json"]);
    assert_eq!(code(&out), 2, "a store error, not a refusal: {}", stdout(&out));
    assert!(stderr(&out).contains("lock timeout"), "{}", stderr(&out));
    held.rollback().expect("give the lock back");
    env.json(&["verify", "alice", &c], 0);
}
