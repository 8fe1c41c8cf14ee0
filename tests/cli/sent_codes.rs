//! Codes sent by SMS, WhatsApp and email: enrollment, delivery through a
//! command (a small script here), the outbox, throttle, attempts, verify.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::env::{code, stderr, stdout, unix_now, Gateway, TestEnv};

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_owned()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn enroll_the_code_arrives_confirm_send_verify_replay() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    let before = unix_now();
    let out = gw.run(&env, &["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let enrolled: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(enrolled["kind"], "sms");
    assert_eq!(enrolled["address"], "+4915123456789");
    assert_eq!(enrolled["status"], "pending");
    assert_eq!(enrolled["restricted"], true);
    assert_eq!((enrolled["sent"].clone(), enrolled["delivery"].clone()), (true.into(), "handed_over".into()));
    let err = stderr(&out);
    assert!(err.contains("restricted authenticator") && err.contains("tfa enroll alice totp"), "{err}");
    assert!(err.contains("tfa confirm alice CODE"), "{err}");
    assert!(!err.contains("outbox"), "{err}");

    // The message the delivery command was given.
    let msg = gw.last();
    assert_eq!(msg["channel"], "sms");
    assert_eq!(msg["to"], "+4915123456789");
    assert_eq!(msg["account"], "alice");
    let first = msg["code"].as_str().expect("code").to_owned();
    assert!(first.len() == 6 && first.bytes().all(|b| b.is_ascii_digit()), "{first}");
    let expires = msg["expires_at"].as_str().expect("expires_at");
    let in_5_min = (before + 300..=unix_now() + 300).map(|t| tfa::core::when::rfc3339(t as i64)).collect::<Vec<_>>();
    assert!(in_5_min.iter().any(|t| t == expires), "{expires}");
    let text = msg["text"].as_str().expect("text");
    assert!(text.contains(&first) && text.contains("alice") && text.contains("5 min"), "{text}");
    let keys: Vec<&str> = msg.as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 7, "{keys:?}");
    assert_eq!(msg["type"], "code");

    // Pending: verify does not take it; confirm does, once.
    assert_eq!(code(&env.run(&["verify", "alice", &first])), 4);
    assert_eq!(env.json(&["confirm", "alice", &other_than(&first)], 1)["reason"], "wrong_code");
    let confirmed = env.json(&["confirm", "alice", &first], 0);
    assert_eq!((confirmed["confirmed"].clone(), confirmed["label"].clone()), (true.into(), "sms".into()));
    let methods = env.json(&["methods", "alice"], 0);
    assert_eq!(methods["methods"][0]["status"], "active");
    assert_eq!(methods["methods"][0]["restricted"], true);
    assert_eq!(methods["methods"][0]["last_delivery"]["result"], "handed_over");
    assert_eq!(methods["methods"][0]["last_delivery"]["route"], "command");

    // A code for signing in: sent, accepted once, then refused as used.
    let sent = gw.json(&env, &["send", "alice"], 0);
    assert_eq!(sent["sent"], true);
    assert_eq!(sent["channel"], "sms");
    assert_eq!(sent["to"], "+4915123456789");
    assert_eq!(gw.messages().len(), 2);
    let second = gw.last_code();
    let v = env.json(&["verify", "alice", &second], 0);
    assert_eq!(v["verified"], true);
    assert_eq!(v["kind"], "sms");
    assert_eq!(v["method_id"], enrolled["method_id"]);
    assert!(v["offset"].is_null() && v["reason"].is_null());
    let replay = env.json(&["verify", "alice", &second], 1);
    assert_eq!(replay["reason"], "used");
    assert_eq!(replay["verified"], false);
    let out = env.run(&["verify", "alice", &second]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("already used"), "{}", stderr(&out));

    // The codes are nowhere in the store: only their MACs are.
    let bytes = env.store_bytes();
    assert!(!contains(&bytes, &first) && !contains(&bytes, &second), "a code is stored in plain form");
    let log = env.run(&["methods", "alice", "--json"]);
    assert!(!stdout(&log).contains(&second));
}

#[test]
fn a_resend_within_a_minute_is_throttled() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    assert_eq!(gw.json(&env, &["send", "alice"], 0)["sent"], true);
    let first = gw.last_code();

    let throttled = gw.json(&env, &["send", "alice"], 3);
    assert_eq!(throttled["account"], "alice");
    assert_eq!(throttled["sent"], false);
    let retry_after = throttled["retry_after"].as_u64().expect("retry_after");
    assert!((55..=60).contains(&retry_after), "{retry_after}");
    let out = gw.run(&env, &["send", "alice"]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("try again in"), "{}", stderr(&out));
    assert_eq!(gw.messages().len(), 1, "a throttled send sends nothing");

    // The throttle does not void the code that is out there.
    assert_eq!(env.json(&["verify", "alice", &first], 0)["verified"], true);
    // Once it is used, a new sign-in may have a new code at once.
    assert_eq!(gw.json(&env, &["send", "alice"], 0)["sent"], true);
}

#[test]
fn five_wrong_codes_void_the_challenge() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    gw.json(&env, &["send", "alice"], 0);
    let right = gw.last_code();
    let wrong = other_than(&right);
    for _ in 0..5 {
        assert_eq!(env.json(&["verify", "alice", &wrong], 1)["reason"], "wrong_code");
    }
    // Five failures in a row also start the account's lockout backoff; an
    // operator lifts it, and the code is still void.
    assert_eq!(env.json(&["verify", "alice", &right], 3)["reason"], "throttled");
    env.ok(&["unlock", "alice"]);
    let v = env.json(&["verify", "alice", &right], 1);
    assert_eq!(v["reason"], "too_many_attempts");
    let out = env.run(&["verify", "alice", &right]);
    assert!(stderr(&out).contains("ask for a new one"), "{}", stderr(&out));
}

#[test]
fn a_failing_delivery_command_voids_the_code() {
    let env = TestEnv::new();
    // It echoes the whole message, code and all, to stderr before failing.
    let gw = Gateway::new(
        &env,
        "failing.sh",
        "tail -n 1 \"$0.inbox\" >&2; echo 'gateway: no route to +4915123456789' >&2; exit 7",
    );
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    let out = gw.run(&env, &["send", "alice", "--json"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let view: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!((view["sent"].clone(), view["delivery"].clone()), (false.into(), "failed".into()));
    let err = stderr(&out);
    let lost = gw.last_code();
    assert!(err.contains("exited with status 7"), "{err}");
    assert!(err.contains("gateway: no route to +4915123456789"), "{err}");
    assert!(err.contains("[code redacted]"), "{err}");
    assert!(!err.contains(&lost), "the code leaked into an error: {err}");
    assert!(err.contains("voided"), "{err}");

    // The failure is on record with the method, for whoever asks later.
    let last = &env.json(&["methods", "alice"], 0)["methods"][0]["last_delivery"];
    assert_eq!((last["result"].clone(), last["exit_code"].clone()), ("failed".into(), 7.into()));
    let detail = last["detail"].as_str().expect("detail");
    assert!(detail.contains("no route") && !detail.contains(&lost), "{detail}");

    // The code that did not go out is void, and still holds back a resend
    // for the minute (issue 11, finding 14: a failing gateway was not throttled).
    assert_eq!(env.json(&["verify", "alice", &lost], 1)["reason"], "undelivered");
    let good = Gateway::working(&env);
    let throttled = good.json(&env, &["send", "alice"], 3);
    assert_eq!((throttled["sent"].as_bool(), throttled["error"]["kind"].as_str()), (Some(false), Some("throttled")));
    env.age_challenges(61);
    assert_eq!(good.json(&env, &["send", "alice"], 0)["sent"], true);
    assert_eq!(env.json(&["verify", "alice", &good.last_code()], 0)["verified"], true);
    assert!(!contains(&env.store_bytes(), &lost));
}

#[test]
fn a_failing_delivery_at_enrollment_leaves_the_method_pending() {
    let env = TestEnv::new();
    let bad = Gateway::new(&env, "down.sh", "exit 1");
    let out = bad.run(&env, &["enroll", "alice", "email", "--address", "alice@example.com"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("tfa send alice --method 1"), "{}", stderr(&out));
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"][0]["status"], "pending");
    let good = Gateway::working(&env);
    env.age_challenges(61);
    assert_eq!(good.json(&env, &["send", "alice", "--method", "1"], 0)["channel"], "email");
    assert_eq!(env.json(&["confirm", "alice", &good.last_code()], 0)["confirmed"], true);
}

#[test]
fn a_hanging_delivery_command_is_killed() {
    let env = TestEnv::new();
    let gw = Gateway::new(&env, "hanging.sh", "echo 'connecting...' >&2; sleep 60");
    env.ok(&["enroll", "alice", "whatsapp", "--phone", "+4915123456789", "--no-confirm"]);
    let started = Instant::now();
    let out = gw.run(&env, &["send", "alice", "--delivery-timeout", "1"]);
    let took = started.elapsed();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(took < Duration::from_secs(8), "took {took:?}");
    let err = stderr(&out);
    assert!(err.contains("did not finish within 1 s"), "{err}");
    assert!(err.contains("connecting..."), "{err}");
    assert_eq!(env.json(&["verify", "alice", &gw.last_code()], 1)["reason"], "undelivered");

    // The same through the environment (a minute later: a timed-out code still throttles).
    env.age_challenges(61);
    let out = env
        .cmd(&["send", "alice"])
        .env("TFA_DELIVERY_COMMAND", &gw.script)
        .env("TFA_DELIVERY_TIMEOUT", "1")
        .write_stdin("")
        .output()
        .expect("run tfa");
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("within 1 s"), "{}", stderr(&out));
}

#[test]
fn without_a_command_messages_stay_in_the_outbox() {
    let env = TestEnv::new();
    let out = env.run(&["enroll", "alice", "email", "--address", "alice@example.com"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing left this machine"), "{}", stderr(&out));
    env.ok(&["enroll", "bob", "sms", "--phone", "+4915123456789"]);

    let all = env.json(&["outbox"], 0);
    assert_eq!(all.as_array().expect("array").len(), 2);
    let alice = env.json(&["outbox", "alice"], 0);
    let alice = alice.as_array().expect("array");
    assert_eq!(alice.len(), 1);
    assert_eq!(alice[0]["channel"], "email");
    assert_eq!(alice[0]["to"], "alice@example.com");
    let code_a = alice[0]["code"].as_str().expect("code").to_owned();
    assert!(alice[0]["text"].as_str().expect("text").contains(&code_a));
    // The human listing, tab-separated off a terminal.
    let listing = env.ok(&["outbox", "bob"]);
    let row: Vec<&str> = listing.trim().split('\t').collect();
    assert_eq!(&row[2..5], ["bob", "sms", "+4915123456789"], "{listing}");

    assert_eq!(env.json(&["confirm", "alice", &code_a], 0)["confirmed"], true);
    let out = env.run(&["send", "alice"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing left this machine"));
    let latest = env.json(&["outbox", "alice"], 0);
    let code_b = latest[1]["code"].as_str().expect("code").to_owned();
    assert_eq!(env.json(&["verify", "alice", &code_b], 0)["kind"], "email");
    assert_eq!(code(&env.run(&["outbox", "nobody"])), 4);
}

#[test]
fn phone_numbers_are_checked_and_stored_in_e164() {
    let env = TestEnv::new();
    // A store to list, so that "nothing was written" below can be read (no store at all is exit 2).
    env.ok(&["init"]);
    let refused = |args: &[&str], why: &str| {
        let out = env.run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(why), "{args:?}: {}", stderr(&out));
    };
    refused(&["enroll", "alice", "sms", "--phone", "+1 555"], "is not a valid phone number");
    refused(&["enroll", "alice", "sms", "--phone", "+999 1234567"], "is not a valid phone number");
    refused(&["enroll", "alice", "sms", "--phone", "0151 23456789"], "--region");
    refused(
        &["enroll", "alice", "sms", "--phone", "0151 23456789", "--region", "GB"],
        "not a valid phone number in region GB",
    );
    refused(&["enroll", "alice", "sms", "--phone", "0151 23456789", "--region", "XX"], "is not a region");
    refused(&["enroll", "alice", "sms"], "--phone");
    refused(&["enroll", "alice", "email", "--address", "alice@localhost"], "is not an email address");
    refused(&["enroll", "alice", "totp", "--phone", "+4915123456789"], "--phone");
    refused(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--qr-png", "x.png"], "authenticator apps");
    // Nothing was written by a refused enrollment.
    assert_eq!(env.json(&["account", "list"], 0), serde_json::json!([]));

    // National forms with their region; a `+` number whatever the region.
    let address = |args: &[&str]| env.json(args, 0)["address"].as_str().expect("address").to_owned();
    let a = address(&["enroll", "alice", "sms", "--phone", "0151 23456789", "--region", "de", "--no-confirm"]);
    assert_eq!(a, "+4915123456789");
    let a = address(&["enroll", "alice", "whatsapp", "--phone", "(650) 253-0000", "--region", "US", "--no-confirm"]);
    assert_eq!(a, "+16502530000");
    let a = address(&["enroll", "bob", "sms", "--phone", "+44 20 7946 0958", "--region", "US", "--no-confirm"]);
    assert_eq!(a, "+442079460958");
    let a = address(&["enroll", "carol", "sms", "--phone", "0044 20 7946 0958", "--region", "DE", "--no-confirm"]);
    assert_eq!(a, "+442079460958");
    // A London landline: enrolled, with a warning that texts may not reach it.
    let out = env.run(&["enroll", "dave", "sms", "--phone", "020 7946 0958", "--region", "GB", "--no-confirm"]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("landline"), "{}", stderr(&out));
    // The same number twice is refused.
    refused(&["enroll", "alice", "sms", "--phone", "+49 151 23456789"], "already has sms method");
}

#[test]
fn whatsapp_and_email_work_the_same_way() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    let wa = gw.json(&env, &["enroll", "alice", "whatsapp", "--phone", "+33 6 12 34 56 78"], 0);
    assert_eq!(wa["kind"], "whatsapp");
    let msg = gw.last();
    assert_eq!((msg["channel"].clone(), msg["to"].clone()), ("whatsapp".into(), "+33612345678".into()));
    assert_eq!(env.json(&["confirm", "alice", &gw.last_code()], 0)["method_id"], wa["method_id"]);

    let em = gw.json(&env, &["enroll", "alice", "email", "--address", "alice@EXAMPLE.com"], 0);
    assert_eq!(em["address"], "alice@example.com");
    let msg = gw.last();
    assert_eq!((msg["channel"].clone(), msg["to"].clone()), ("email".into(), "alice@example.com".into()));
    assert_eq!(env.json(&["confirm", "alice", &gw.last_code()], 0)["method_id"], em["method_id"]);

    // Without --via, the first active one (whatsapp); with it, that channel.
    assert_eq!(gw.json(&env, &["send", "alice"], 0)["channel"], "whatsapp");
    let wa_code = gw.last_code();
    let args =
        ["send", "alice", "--via", "email", "--ttl", "600", "--message-template", "{account}: {code} ({minutes} min)"];
    assert_eq!(gw.json(&env, &args, 0)["channel"], "email");
    let em_code = gw.last_code();
    assert_eq!(gw.last()["text"], format!("alice: {em_code} (10 min)"));
    let out = gw.run(&env, &["send", "alice", "--via", "email", "--message-template", "no code here"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("{code}"), "{}", stderr(&out));

    // --via restricts verify to that channel.
    assert_eq!(env.json(&["verify", "alice", &wa_code, "--via", "email"], 1)["reason"], "wrong_code");
    let v = env.json(&["verify", "alice", &wa_code, "--via", "whatsapp"], 0);
    assert_eq!(v["kind"], "whatsapp");
    let v = env.json(&["verify", "alice", &em_code], 0);
    assert_eq!(v["kind"], "email");
    assert_eq!(v["label"], "email");
    assert_eq!(code(&env.run(&["verify", "alice", &em_code, "--via", "sms"])), 4);
}

#[test]
fn sent_codes_are_marked_restricted() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let out = env.run(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    assert_eq!(code(&out), 0);
    assert!(!stderr(&out).contains("restricted"), "an app is there: no warning: {}", stderr(&out));
    let methods = env.json(&["methods", "alice"], 0);
    let restricted: Vec<_> =
        methods["methods"].as_array().expect("methods").iter().map(|m| m["restricted"].clone()).collect();
    assert_eq!(restricted, [false, true]);
    let table = env.ok(&["methods", "alice"]);
    let rows: Vec<Vec<&str>> = table.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!((rows[0][4], rows[1][4]), ("no", "yes"), "{table}");
    assert_eq!(rows[1][5], "+4915123456789");
    assert_eq!((rows[0][8], rows[1][8]), ("-", "-"), "nothing was sent yet: {table}");

    // An account with an app only has nothing to send to.
    env.enroll_active("bob");
    assert_eq!(code(&env.run(&["send", "bob"])), 4);
    assert_eq!(code(&env.run(&["send", "bob", "--method", "2"])), 4);
    assert_eq!(code(&env.run(&["send", "alice", "--method", "1"])), 2);
    assert_eq!(code(&env.run(&["send", "alice", "--via", "email"])), 4);
    assert_eq!(code(&env.run(&["send", "nobody"])), 4);
}

#[test]
fn racing_sends_send_one_code() {
    let env = TestEnv::new();
    env.ok(&["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"]);
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.process(&["send", "alice"])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("spawn tfa")
        })
        .collect();
    let mut exits: Vec<i32> =
        children.into_iter().map(|mut c| c.wait().expect("wait").code().expect("exit code")).collect();
    exits.sort_unstable();
    assert_eq!(exits, [0, 3, 3, 3]);
    assert_eq!(env.json(&["outbox"], 0).as_array().expect("array").len(), 1);
}

#[test]
fn racing_verifications_accept_a_code_once() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    gw.json(&env, &["send", "alice"], 0);
    let code_now = gw.last_code();
    let children: Vec<_> = (0..6)
        .map(|_| {
            env.process(&["verify", "alice", &code_now])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("spawn tfa")
        })
        .collect();
    let exits: Vec<i32> =
        children.into_iter().map(|mut c| c.wait().expect("wait").code().expect("exit code")).collect();
    assert_eq!(exits.iter().filter(|&&c| c == 0).count(), 1, "{exits:?}");
    assert_eq!(exits.iter().filter(|&&c| c == 1).count(), 5, "{exits:?}");
}
