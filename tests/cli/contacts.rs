//! Recovery contacts (`tfa account contact`), test messages (`tfa send
//! --test`) and delivery health (`tfa methods --json`, the checklist).

use std::collections::BTreeMap;
use std::fs;

use serde_json::Value;

use crate::env::{code, fresh_step, stderr, stdout, unix_now, Gateway, TestEnv};

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_owned()
}

/// Moves every challenge and delivery `secs` into the past: the resend
/// throttle counts both.
fn age(env: &TestEnv, secs: i64) {
    env.age_challenges(secs);
    env.sql(&format!("UPDATE deliveries SET started_at = started_at - {secs}"));
    env.sql(&format!("UPDATE contact_challenges SET created_at = created_at - {secs}"));
}

/// Adds a contact by email and returns its id and the code it was sent.
fn add_contact(env: &TestEnv, gw: &Gateway, name: &str, email: &str) -> (i64, String) {
    let added = gw.json(env, &["account", "contact", "add", name, "--email", email], 0);
    let msg = gw.last();
    assert_eq!(msg["type"], "code");
    assert!(msg["to"].as_str().is_some_and(|to| to.eq_ignore_ascii_case(email)), "{msg}");
    (added["contact"]["id"].as_i64().expect("contact id"), msg["code"].as_str().expect("code").to_owned())
}

/// Adds a contact and confirms it with the code it received; returns its id.
fn confirmed_contact(env: &TestEnv, gw: &Gateway, name: &str, email: &str) -> i64 {
    let (id, code) = add_contact(env, gw, name, email);
    let v = env.json(&["account", "contact", "confirm", name, &code], 0);
    assert_eq!(v["contact_id"], id);
    id
}

/// The notices in the gateway's inbox for `event`: how many went to each address.
fn notices(gw: &Gateway, event: &str) -> BTreeMap<String, usize> {
    let mut to = BTreeMap::new();
    for m in gw.messages().iter().filter(|m| m["type"] == "notice" && m["event"] == event) {
        assert!(m.get("code").is_none(), "a notice with a code: {m}");
        *to.entry(m["to"].as_str().expect("to").to_owned()).or_insert(0) += 1;
    }
    to
}

fn clear(gw: &Gateway) {
    let _ = fs::remove_file(&gw.inbox);
}

#[test]
fn a_contact_is_confirmed_by_the_code_it_received() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.enroll_active("alice");
    let added = gw.json(&env, &["account", "contact", "add", "alice", "--email", "Bob@Example.COM"], 0);
    assert_eq!(added["contact"]["address"], "Bob@example.com", "the domain is lower-cased");
    assert_eq!((added["contact"]["status"].as_str(), added["created"].as_bool()), (Some("pending"), Some(true)));
    assert_eq!((added["sent"].as_bool(), added["delivery"].as_str()), (Some(true), Some("handed_over")));
    let msg = gw.last();
    assert_eq!((msg["type"].as_str(), msg["event"].as_str()), (Some("code"), Some("contact_confirmation")));
    assert_eq!((msg["channel"].as_str(), msg["to"].as_str()), (Some("email"), Some("Bob@example.com")));
    let sent = msg["code"].as_str().expect("code").to_owned();
    let text = msg["text"].as_str().expect("text");
    assert!(
        text.contains(&sent) && text.contains("recovery contact") && text.contains("never sign-in codes"),
        "{text}"
    );

    // A second add within the minute is throttled; the store holds no plain code.
    // (The same mailbox, however its case is written.)
    let again = gw.json(&env, &["account", "contact", "add", "alice", "--email", "bob@example.com"], 3);
    assert_eq!((again["created"].as_bool(), again["retry_after"].as_u64().is_some()), (Some(false), true), "{again}");

    let refused = env.json(&["account", "contact", "confirm", "alice", &other_than(&sent)], 1);
    assert_eq!((refused["confirmed"].as_bool(), refused["reason"].as_str()), (Some(false), Some("wrong_code")));
    assert_eq!(env.json(&["account", "contact", "confirm", "alice", "12"], 2)["error"]["kind"], "malformed");
    let out = env.run_stdin(&["account", "contact", "confirm", "alice", "-", "--json"], &format!("{sent}\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!((v["confirmed"].as_bool(), &v["contact_id"]), (Some(true), &added["contact"]["id"]));

    let list = env.json(&["account", "contact", "list", "alice"], 0);
    assert_eq!(list["contacts"][0]["status"], "active");
    assert!(list["contacts"][0]["confirmed_at"].is_string());
    let show = env.json(&["account", "show", "alice"], 0);
    assert_eq!(show["contacts"][0]["address"], "Bob@example.com");
    // Confirmed: the same code again, or any code, finds nothing pending.
    assert_eq!(env.json(&["account", "contact", "confirm", "alice", &sent], 4)["error"]["kind"], "nothing_pending");
    let added = gw.json(&env, &["account", "contact", "add", "alice", "--email", "bob@example.com"], 2);
    assert!(added["error"]["message"].as_str().is_some_and(|m| m.contains("already")), "{added}");
    // An unknown account, and no delivery command.
    assert_eq!(code(&gw.run(&env, &["account", "contact", "add", "nobody", "--email", "x@example.com"])), 4);
    let out = env.run(&["account", "contact", "add", "alice", "--email", "carol@example.com"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("delivery command"), "{}", stderr(&out));
    assert_eq!(env.json(&["account", "contact", "list", "alice"], 0)["contacts"].as_array().map(Vec::len), Some(1));
}

#[test]
fn notices_reach_confirmed_contacts_once_and_pending_ones_never() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.enroll_active("alice");
    let totp = env.json(&["methods", "alice"], 0)["methods"][0]["id"].to_string();
    gw.json(&env, &["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"], 0);
    let codes = gw.json(&env, &["backup-codes", "generate", "alice"], 0);
    let backup = codes["codes"][0].as_str().expect("a backup code").to_owned();

    // A pending contact: told nothing, though the others are told it was added.
    clear(&gw);
    let (_, _) = add_contact(&env, &gw, "alice", "bob@example.com");
    assert_eq!(notices(&gw, "contact_added"), BTreeMap::from([("alice@example.com".to_owned(), 1)]));
    clear(&gw);
    gw.json(&env, &["backup-codes", "use", "alice", &backup], 0);
    assert_eq!(notices(&gw, "backup_code_used"), BTreeMap::from([("alice@example.com".to_owned(), 1)]));

    // Confirmed contacts are told; one that is also the account's own email address is told once.
    age(&env, 61);
    let bob = add_contact(&env, &gw, "alice", "bob@example.com");
    env.json(&["account", "contact", "confirm", "alice", &bob.1], 0);
    confirmed_contact(&env, &gw, "alice", "Alice@Example.com");
    clear(&gw);
    let backup = codes["codes"][1].as_str().expect("a backup code").to_owned();
    gw.json(&env, &["backup-codes", "use", "alice", &backup], 0);
    let want = BTreeMap::from([("alice@example.com".to_owned(), 1), ("bob@example.com".to_owned(), 1)]);
    assert_eq!(notices(&gw, "backup_code_used"), want);
    clear(&gw);
    gw.json(&env, &["unenroll", "alice", &totp, "--yes"], 0);
    assert_eq!(notices(&gw, "method_removed"), want);
    assert!(gw.messages().iter().all(|m| m["type"] == "notice"), "only notices: {:?}", gw.messages());
    let log = stdout(&env.run(&["log", "alice", "--json"]));
    assert!(log.lines().any(|l| l.contains("\"notice\"") && l.contains("(contact ")), "{log}");
}

#[test]
fn a_code_sent_to_a_contact_never_signs_in() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    // Only a contact, no method: nothing to check a code against.
    env.ok(&["account", "add", "dora"]);
    let (_, dora_code) = add_contact(&env, &gw, "dora", "dora.friend@example.com");
    assert_eq!(env.json(&["verify", "dora", &dora_code], 4)["error"]["kind"], "no_active_method");
    assert_eq!(code(&env.run(&["confirm", "dora", &dora_code])), 4);

    env.enroll_active("alice");
    gw.json(&env, &["enroll", "alice", "email", "--address", "alice@example.com"], 0);
    let (_, sent) = add_contact(&env, &gw, "alice", "friend@example.com");
    let v = env.json(&["verify", "alice", &sent], 1);
    assert_eq!((v["verified"].as_bool(), v["reason"].as_str()), (Some(false), Some("wrong_code")));
    assert_eq!(env.json(&["confirm", "alice", &sent], 1)["reason"], "wrong_code", "the pending email is not confirmed");
    let out = env.run(&["login", "alice", "--code", &sent, "--via", "email", "--json"]);
    assert_ne!(code(&out), 0, "{}", stdout(&out));
    let methods = env.json(&["methods", "alice"], 0);
    assert_eq!(methods["methods"][1]["status"], "pending");
    // The contact's own code still confirms it: the tries above never reached it.
    assert_eq!(env.json(&["account", "contact", "confirm", "alice", &sent], 0)["confirmed"], true);
}

#[test]
fn removing_a_contact_is_audited_and_told_to_the_others() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    gw.json(&env, &["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"], 0);
    let bob = confirmed_contact(&env, &gw, "alice", "bob@example.com");
    confirmed_contact(&env, &gw, "alice", "carol@example.com");
    let id = bob.to_string();
    assert_eq!(code(&env.run(&["account", "contact", "remove", "alice", &id])), 2, "needs --yes without a terminal");
    clear(&gw);
    let v = gw.json(&env, &["account", "contact", "remove", "alice", &id, "--yes"], 0);
    assert_eq!((v["removed"].as_bool(), v["contact_id"].as_i64()), (Some(true), Some(bob)));
    let want = BTreeMap::from([("alice@example.com".to_owned(), 1), ("carol@example.com".to_owned(), 1)]);
    assert_eq!(notices(&gw, "contact_removed"), want);
    let text = gw.last()["text"].as_str().expect("text").to_owned();
    assert!(text.contains("b•••@example.com") && !text.contains("bob@"), "masked: {text}");
    let list = env.json(&["account", "contact", "list", "alice"], 0);
    assert_eq!(list["contacts"].as_array().map(Vec::len), Some(1));
    assert_eq!(env.json(&["account", "contact", "remove", "alice", &id, "--yes"], 4)["error"]["kind"], "no_contact");
    let log = stdout(&env.run(&["log", "alice", "--json"]));
    let actions: Vec<Value> = log.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    for action in ["contact_add", "contact_confirm", "contact_remove"] {
        assert!(actions.iter().any(|e| e["action"] == action), "no {action} in {log}");
    }
}

#[test]
fn a_test_message_has_no_code_voids_nothing_and_is_throttled() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    gw.json(&env, &["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"], 0);
    gw.json(&env, &["send", "alice"], 0);
    let sign_in_code = gw.last_code();
    // Within a minute of a code, a test is throttled as a code would be.
    let v = gw.json(&env, &["send", "alice", "--test"], 3);
    assert!(v["retry_after"].as_u64().is_some_and(|s| (1..=60).contains(&s)), "{v}");
    assert_eq!(v["error"]["kind"], "throttled");
    age(&env, 61);
    let before = gw.messages().len();
    let v = gw.json(&env, &["send", "alice", "--test", "--via", "sms"], 0);
    assert_eq!(
        (v["sent"].as_bool(), v["test"].as_bool(), v["delivery"].as_str()),
        (Some(true), Some(true), Some("handed_over"))
    );
    assert!(v.get("expires_at").is_none(), "{v}");
    assert_eq!(gw.messages().len(), before + 1);
    let msg = gw.last();
    assert_eq!((msg["type"].as_str(), msg["to"].as_str()), (Some("test"), Some("+4915123456789")));
    assert!(msg.get("code").is_none() && msg.get("expires_at").is_none(), "{msg}");
    let text = msg["text"].as_str().expect("text");
    assert!(text.starts_with("This is a test message") && !text.chars().any(|c| c.is_ascii_digit()), "{text}");
    // A second test within the minute is throttled by the first; so is a code.
    assert!(gw.json(&env, &["send", "alice", "--test"], 3)["retry_after"].is_u64());
    assert!(gw.json(&env, &["send", "alice"], 3)["retry_after"].is_u64());
    // The code sent before the test still works.
    assert_eq!(env.json(&["verify", "alice", &sign_in_code], 0)["verified"], true);

    // A failing gateway: the failure exit of a send, recorded as a delivery.
    age(&env, 61);
    let down = Gateway::new(&env, "down.sh", "echo 'gateway down: 503' >&2; exit 7");
    let v = down.json(&env, &["send", "alice", "--test"], 2);
    assert_eq!((v["sent"].as_bool(), v["delivery"].as_str()), (Some(false), Some("failed")));
    assert_eq!(v["error"]["kind"], "undelivered");
    assert_eq!(down.last()["type"], "test");
    let m = &env.json(&["methods", "alice"], 0)["methods"][0];
    assert_eq!((m["last_delivery"]["result"].as_str(), m["deliveries"]["failed"].as_u64()), (Some("failed"), Some(1)));
    let log = stdout(&env.run(&["log", "alice", "--json"]));
    let tests: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .filter(|e| e["action"] == "send_test")
        .collect();
    let outcomes: Vec<&str> = tests.iter().filter_map(|e| e["outcome"].as_str()).collect();
    assert_eq!(outcomes, ["throttled", "sent", "throttled", "failed"], "{log}");
    // Without a delivery command there is nothing to test.
    age(&env, 61);
    let out = env.run(&["send", "alice", "--test"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no delivery command"), "{}", stderr(&out));
}

#[test]
fn methods_json_shows_deliveries_drift_and_the_last_refused_offset() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    let down = Gateway::new(&env, "down.sh", "echo 'gateway down: 503' >&2; exit 7");
    env.enroll_active("alice");
    gw.json(&env, &["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"], 0);
    let t0 = unix_now();
    gw.json(&env, &["send", "alice"], 0);
    age(&env, 61);
    down.json(&env, &["send", "alice"], 2);

    // The phone is a step ahead: accepted, and the drift stored.
    let now = fresh_step(10);
    let ahead = env.code_at("alice", now + 30);
    assert_eq!(env.json(&["verify", "alice", &ahead], 0)["offset"], 1);
    // A code five steps off is refused, and where it would have matched is kept.
    let far = env.code_at("alice", now + 5 * 30);
    assert_eq!(env.json(&["verify", "alice", &far], 1)["verified"], false);

    let doc = env.json(&["methods", "alice"], 0);
    let (app, sms) = (&doc["methods"][0], &doc["methods"][1]);
    assert_eq!((app["drift_steps"].as_i64(), app["drift_seconds"].as_i64()), (Some(1), Some(30)), "{app}");
    assert_eq!(app["last_refused_offset_steps"].as_i64(), Some(5), "{app}");
    assert!(app["last_refused_at"].is_string() && app.get("deliveries").is_none(), "{app}");
    let d = &sms["deliveries"];
    assert_eq!((d["window_secs"].as_u64(), d["sent"].as_u64(), d["failed"].as_u64()), (Some(86_400), Some(1), Some(1)));
    assert_eq!(d["failed_in_a_row"], 1);
    assert!(d["last_error"].as_str().is_some_and(|e| e.contains("gateway down: 503")), "{d}");
    let (sent_at, failed_at) =
        (d["last_sent_at"].as_str().expect("sent at"), d["last_failed_at"].as_str().expect("failed at"));
    assert!(sent_at < failed_at, "{d}");
    assert!(sent_at <= tfa::core::when::rfc3339(t0 as i64).as_str(), "aged a minute back: {d}");
    assert!(sms["drift_steps"].is_null());
}

#[test]
fn the_operator_checklist_flags_a_failing_channel_and_lists_contacts_the_persons_does_not() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice"]);
    gw.json(&env, &["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"], 0);
    confirmed_contact(&env, &gw, "alice", "bob@example.com");
    add_contact(&env, &gw, "alice", "carol@example.com");
    gw.json(&env, &["send", "alice", "--test"], 0);
    age(&env, 61);
    let down = Gateway::new(&env, "down.sh", "echo 'carrier rejected the number' >&2; exit 7");
    down.json(&env, &["send", "alice"], 2);
    age(&env, 61);
    down.json(&env, &["send", "alice", "--test"], 2);

    let doc = env.json(&["checklist", "alice"], 1);
    let item =
        |id: &str| doc["items"].as_array().expect("items").iter().find(|i| i["id"] == id).cloned().expect("item");
    let sms = item("sms_delivery");
    assert_eq!(sms["status"], "action");
    let summary = sms["summary"].as_str().expect("summary");
    assert!(
        summary.contains("the last 2 messages all failed") && summary.contains("1 delivered, 2 failed"),
        "{summary}"
    );
    assert!(summary.contains("carrier rejected the number") && summary.contains("test message"), "{summary}");
    let contacts = item("recovery_contacts");
    assert_eq!(contacts["status"], "warn");
    let summary = contacts["summary"].as_str().expect("summary");
    assert!(summary.contains("b•••@example.com") && summary.contains("c•••@example.com"), "{summary}");
    assert!(!summary.contains("bob@") && !summary.contains("carol@"), "masked: {summary}");

    let person = env.json(&["checklist", "alice", "--for", "person"], 0);
    let out = env.run(&["checklist", "alice", "--for", "person"]);
    let shown = format!("{person}{}{}", stdout(&out), stderr(&out));
    for detail in ["carrier", "failed", "delivered", "•••@example.com", "contact ", "bob", "carol", "24 h"] {
        assert!(!shown.contains(detail), "{detail:?} shown to the person: {shown}");
    }
}

/// Issue 10: a recovery request is told to a confirmed recovery contact,
/// with the code that cancels it, and that code cancels it.
#[test]
fn a_recovery_request_reaches_a_confirmed_contact_whose_code_cancels_it() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    env.enroll_active("ruth");
    confirmed_contact(&env, &gw, "ruth", "sister@example.com");
    let out = gw.run(&env, &["recovery", "request", "ruth", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("no confirmed"), "{}", stderr(&out));
    let id = serde_json::from_slice::<Value>(&out.stdout).expect("JSON")["id"].to_string();
    assert_eq!(notices(&gw, "recovery_requested").get("sister@example.com"), Some(&1));
    let text = gw.last()["text"].as_str().expect("text").to_owned();
    let cancel = text.split("cancel with code ").nth(1).and_then(|t| t.get(..11)).expect("a cancel code").to_owned();
    let v = gw.json(&env, &["recovery", "cancel", &id, "--code", &cancel], 0);
    assert_eq!(v["cancelled"], true, "{v}");
}
