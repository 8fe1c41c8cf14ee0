//! The library API: a Rust program opens a store and verifies a code
//! without the command line, through the same core `tfa verify` uses.

use tfa::auth::{verify, Attempt, Auth, Factor, Ways};
use tfa::core::code;
use tfa::core::lockout::{Ahead, Lockout};
use tfa::core::otp::{self, Algorithm, Params};
use tfa::core::refusal::Refusal;
use tfa::core::seed::Seed;
use tfa::store::{Open, Store};
use tfa::Failure;

use crate::env::{fresh_step, TestEnv};

#[test]
fn a_program_opens_the_store_and_verifies_a_code() {
    let env = TestEnv::new();
    let enrolled = env.json(&["enroll", "alice", "totp", "--no-confirm"], 0);
    let seed = Seed::from_base32(enrolled["secret"].as_str().expect("secret")).expect("base32");
    let params = Params { algorithm: Algorithm::Sha1, digits: 6 };

    let store =
        Store::open(std::path::Path::new(&env.store()), &env.key_file(), Open::Existing).expect("open the store");
    let auth = Auth::new(&store, None, Some("10.0.0.7"));
    let account = auth.account("alice").expect("alice");
    let now = fresh_step(5);
    let right = code::parse(&otp::totp(&seed, params, 30, now)).expect("digits");

    let attempt = verify::attempt(&auth, &account, Ways::Every, None, &right, "verify", now).expect("attempt");
    let Attempt::Accepted { factor: Factor::Method(method), offset } = &attempt else {
        panic!("not accepted: {attempt:?}")
    };
    assert_eq!((method.label.as_str(), *offset), ("totp", Some(0)));
    // Single use, as for the binary: the same code again is a replay.
    let again = verify::attempt(&auth, &account, Ways::Every, None, &right, "verify", now).expect("attempt");
    assert_eq!(again.refusal(), Some(Refusal::Replayed));
    let wrong = code::parse(if right_is(&right, "000000") { "111111" } else { "000000" }).expect("digits");
    let refused = verify::attempt(&auth, &account, Ways::Every, None, &wrong, "verify", now).expect("attempt");
    // Counted with the replay before it: 3 more before this source waits.
    let ahead = Ahead { tries_left: 3, then: Lockout::Waiting { until: 0 } };
    assert_eq!(refused, Attempt::Refused { refusal: Refusal::WrongCode, factor: None, ahead: Some(ahead) });
    assert_eq!(refused.tries_left(), Some(3));

    // No such account is a typed failure a program can tell apart.
    let e = auth.account("bob").expect_err("no bob");
    assert!(matches!(e.downcast_ref::<Failure>(), Some(Failure::NoAccount(name)) if name == "bob"), "{e:#}");

    // The binary sees what the library did, with where the request came from.
    let log: Vec<serde_json::Value> = env
        .ok(&["log", "alice", "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON event"))
        .filter(|e: &serde_json::Value| e["action"] == "verify")
        .collect();
    let outcomes: Vec<(&str, &str)> =
        log.iter().map(|e| (e["outcome"].as_str().unwrap_or(""), e["source"].as_str().unwrap_or(""))).collect();
    assert_eq!(outcomes, [("ok", "10.0.0.7"), ("refused", "10.0.0.7"), ("refused", "10.0.0.7")]);
    let out = env.run(&["verify", "alice", &otp::totp(&seed, params, 30, now), "--json"]);
    assert_eq!(out.status.code(), Some(1), "the binary refuses the code the library used");
}

fn right_is(code: &code::CodeInput, digits: &str) -> bool {
    matches!(code, code::CodeInput::Digits(d) if d == digits)
}
