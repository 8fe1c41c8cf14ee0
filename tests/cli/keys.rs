//! The store key under pressure: rekeys at once, stores that share a key
//! file, enrollment beside a rekey, seeds that cannot be opened, and old
//! ciphertexts left in the store file.

use std::process::{Child, Stdio};

use crate::env::{code, fresh_step, stderr, TestEnv};

fn spawn_quiet(env: &TestEnv, args: &[&str]) -> Child {
    env.process(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn")
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
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    conn.execute("UPDATE methods SET sealed_seed = randomblob(length(sealed_seed)) WHERE id = ?1", [&ids[0]])
        .expect("damage");
    drop(conn);

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
