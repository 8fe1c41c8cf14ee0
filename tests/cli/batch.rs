//! `tfa verify --batch` (issue 13): one JSON line per input line, in order,
//! each group durable before it is answered, the same verdicts and the same
//! store as one `verify` per line.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use serde_json::{json, Value};

use crate::env::{code, fresh_step, stderr, stdout, TestEnv};

fn answers(out: &std::process::Output) -> Vec<Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

/// `tfa verify --batch` as a coprocess, every stream piped.
fn spawn_batch(env: &TestEnv) -> std::process::Child {
    let mut cmd = env.process(&["verify", "--batch"]);
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.spawn().expect("spawn tfa verify --batch")
}

fn backup_codes(env: &TestEnv, name: &str) -> Vec<String> {
    env.ok(&["backup-codes", "generate", name]).lines().map(str::to_owned).collect()
}

#[test]
fn each_line_is_answered_in_order_and_a_bad_line_stops_nothing() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let codes = backup_codes(&env, "bob");
    let now = fresh_step(10);
    let right = env.code_at("alice", now);
    let input = [
        format!("alice {right}"),
        format!("alice {right}"),
        "alice 12".to_owned(),
        "nobody 123456".to_owned(),
        "just-a-name".to_owned(),
        json!({"account": "bob", "code": codes[0], "source": "10.0.0.7"}).to_string(),
        json!({"account": "bob", "code": codes[0]}).to_string(),
        "{\"account\": \"bob\"".to_owned(),
        "bob 123456".to_owned(),
        format!("alice {}", if right == "000000" { "111111" } else { "000000" }),
        // A NUL in the name is the line's error, on both backends (PostgreSQL's text has none).
        json!({"account": "alice\u{0}", "code": "123456"}).to_string(),
        // A line too long to be one is dropped unread (never held whole in memory).
        format!("alice {}", "1".repeat(1 << 20)),
        format!("alice {right}"),
    ];
    let out = env.run_stdin(&["verify", "--batch"], &(input.join("\n") + "\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let docs = answers(&out);
    assert_eq!(docs.len(), input.len(), "{}", stdout(&out));
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc["line"], i + 1, "{doc}");
    }
    let field = |i: usize, f: &str| docs[i][f].clone();
    assert_eq!((field(0, "verified"), field(0, "kind")), (json!(true), json!("totp")));
    assert_eq!(field(1, "reason"), "replayed");
    assert_eq!((field(2, "reason"), docs[2]["error"]["kind"].clone()), (json!("malformed"), json!("malformed")));
    assert_eq!(docs[3]["error"]["kind"], "no_account");
    assert_eq!(docs[3]["account"], "nobody");
    assert_eq!(docs[4]["error"]["kind"], "input");
    assert_eq!((field(5, "verified"), field(5, "backup_codes_remaining")), (json!(true), json!(9)));
    assert_eq!(field(6, "reason"), "used");
    assert_eq!(docs[7]["error"]["kind"], "input");
    assert_eq!(docs[8]["error"]["kind"], "no_active_method");
    assert_eq!((field(9, "reason"), field(9, "tries_left")), (json!("wrong_code"), json!(3)));
    assert_eq!(docs[10]["error"]["kind"], "input");
    assert_eq!(docs[11]["error"]["message"], "the line is longer than 4096 bytes");
    assert_eq!(field(12, "reason"), "replayed", "the batch went on after them");
    // The source of a JSON line is the attempt's, in the audit log.
    assert!(stdout(&env.run(&["log", "bob", "--json"])).contains("10.0.0.7"));
}

#[test]
fn an_answer_comes_as_soon_as_its_line_is_in() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let mut child = spawn_batch(&env);
    let mut stdin = child.stdin.take().expect("stdin");
    let (tx, rx) = mpsc::channel();
    let reader = BufReader::new(child.stdout.take().expect("stdout"));
    std::thread::spawn(move || {
        for line in reader.lines() {
            if tx.send(line.expect("read")).is_err() {
                break;
            }
        }
    });
    for (n, line) in ["alice 000001\n", "nobody 123456\n"].iter().enumerate() {
        stdin.write_all(line.as_bytes()).expect("write");
        stdin.flush().expect("flush");
        let answer = rx.recv_timeout(Duration::from_secs(10)).expect("an answer while stdin is still open");
        let doc: Value = serde_json::from_str(&answer).expect("JSON");
        assert_eq!(doc["line"], n + 1, "{doc}");
    }
    drop(stdin);
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    assert!(rx.recv_timeout(Duration::from_secs(5)).is_err(), "nothing more after the end of input");
}

#[test]
fn exit_codes() {
    let env = TestEnv::new();
    // No store: exit 2, with an error document.
    let out = env.run_stdin(&["verify", "--batch", "--json"], "alice 123456\n");
    assert_eq!(code(&out), 2);
    assert_eq!(answers(&out)[0]["error"]["kind"], "store");
    env.enroll_active("alice");
    // Empty input: nothing to answer, and the run went to its end.
    let out = env.run_stdin(&["verify", "--batch"], "");
    assert_eq!((code(&out), stdout(&out)), (0, String::new()));
    // Refusals only: still exit 0.
    assert_eq!(code(&env.run_stdin(&["verify", "--batch"], "alice 000000\nalice 111111\n")), 0);
    // A NAME or CODE beside --batch is a usage error.
    assert_eq!(code(&env.run(&["verify", "--batch", "alice"])), 2);
    assert_eq!(code(&env.run(&["verify"])), 2);
    // A lockout's line says whom to ask, as verify --json does; a refusal's does not.
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.ok(&["policy", "--backoff-after", "2"]);
    env.enroll_active("bob");
    let out = env.run_stdin(&["verify", "--batch"], "bob 000000\nbob 111111\nbob 222222\n");
    let docs = answers(&out);
    assert!(docs[1].get("support").is_none(), "{}", docs[1]);
    assert_eq!(
        (docs[2]["reason"].as_str(), docs[2]["support"].as_str()),
        (Some("throttled"), Some("IT desk, ext. 100"))
    );
}

/// What a verdict is, without what depends on the moment it was given.
fn verdict(doc: &Value) -> Value {
    json!({
        "verified": doc["verified"], "reason": doc["reason"], "method_id": doc["method_id"], "kind": doc["kind"],
        "offset": doc["offset"], "tries_left": doc["tries_left"], "remaining": doc["backup_codes_remaining"],
        "error": doc["error"]["kind"], "locked": doc.get("retry_after").is_some(),
    })
}

/// The store's state that attempts change (not their times), in SQL that
/// gives text on SQLite and PostgreSQL alike.
fn state(env: &TestEnv) -> Vec<String> {
    let mut all = Vec::new();
    for sql in [
        "SELECT CAST(id AS TEXT) || ' ' || coalesce(CAST(last_step AS TEXT), '-') || ' ' || CAST(drift AS TEXT) \
         FROM methods ORDER BY id",
        "SELECT CAST(account_id AS TEXT) || ' ' || CAST(count AS TEXT) FROM failures ORDER BY account_id",
        "SELECT CAST(account_id AS TEXT) || ' ' || source || ' ' || CAST(count AS TEXT) FROM source_failures \
         ORDER BY account_id, source",
        "SELECT CAST(id AS TEXT) || ' ' || CASE WHEN used_at IS NULL THEN '0' ELSE '1' END FROM backup_codes ORDER BY id",
        "SELECT coalesce(account, '-') || ' ' || action || ' ' || outcome || ' ' || coalesce(reason, '-') || ' ' || \
         coalesce(CAST(method_id AS TEXT), '-') || ' ' || coalesce(source, '-') FROM events WHERE action != 'notice' \
         ORDER BY id",
        // A batch sends the notices of a group after its commit, so they follow the group's attempts.
        "SELECT coalesce(account, '-') || ' ' || outcome || ' ' || coalesce(reason, '-') || ' ' || coalesce(source, '-') \
         FROM events WHERE action = 'notice' ORDER BY 1",
    ] {
        all.extend(env.query(sql));
        all.push("--".to_owned());
    }
    all
}

#[test]
fn a_batch_decides_as_one_verify_per_line_would() {
    let env = TestEnv::new();
    for name in ["ann", "ben"] {
        env.enroll_active(name);
    }
    let codes = backup_codes(&env, "ann");
    env.ok(&["account", "add", "cat"]);
    let now = fresh_step(25);
    let right = |name: &str| env.code_at(name, now);
    let (ann, ben) = (right("ann"), right("ben"));
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let mut lines: Vec<(Option<&str>, String, String)> = Vec::new();
    for _ in 0..40 {
        let mut name = ["ann", "ben", "cat", "nobody"][rng.gen_range(0..4)];
        let kind = rng.gen_range(0..10);
        if kind == 7 && rng.gen_bool(0.7) {
            name = "ann";
        }
        let code = match kind {
            // Right (accepted once, then replayed).
            0..=2 => {
                if name == "ben" {
                    ben.clone()
                } else {
                    ann.clone()
                }
            }
            3..=5 => format!("{:06}", rng.gen_range(0..1_000_000)),
            6 => "12".to_owned(),
            7 => codes[rng.gen_range(0..2)].clone(),
            8 => "abcde-fghij".to_owned(),
            _ => format!("{:06}", rng.gen_range(0..1_000_000)),
        };
        let source = [None, Some("10.0.0.7"), Some("10.0.0.8")][rng.gen_range(0..3)];
        lines.push((source, name.to_owned(), code));
    }
    let copy = env.copy();

    let input: String = lines
        .iter()
        .map(|(source, name, code)| match source {
            Some(s) => json!({"account": name, "code": code, "source": s}).to_string() + "\n",
            None => format!("{name} {code}\n"),
        })
        .collect();
    let out = env.run_stdin(&["verify", "--batch"], &input);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let batch: Vec<Value> = answers(&out).iter().map(verdict).collect();

    let single: Vec<Value> = lines
        .iter()
        .map(|(source, name, code)| {
            let mut args = vec!["verify", name.as_str(), code.as_str(), "--json"];
            if let Some(s) = source {
                args.extend(["--source", s]);
            }
            let out = copy.run(&args);
            verdict(&serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out))))
        })
        .collect();
    assert_eq!(batch.len(), lines.len());
    for (i, (b, s)) in batch.iter().zip(&single).enumerate() {
        assert_eq!(b, s, "line {}: {:?}", i + 1, lines[i]);
    }
    for seen in ["replayed", "wrong_code", "malformed", "used"] {
        assert!(batch.iter().any(|v| v["reason"] == seen), "the mix has no {seen}: {batch:?}");
    }
    assert!(batch.iter().any(|v| v["verified"] == true && v["kind"] == "backup_code"));
    assert!(batch.iter().any(|v| v["error"] == "no_account"));
    assert_eq!(state(&env), state(&copy));
}

#[test]
fn a_reader_that_goes_away_ends_the_batch_quietly() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let mut child = spawn_batch(&env);
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if stdin.write_all(b"alice 000000\n").is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("one answer");
    // The reader closes its end after the first answer.
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    assert!(first.contains("\"line\":1"), "{first}");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}
