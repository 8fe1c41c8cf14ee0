//! Account recovery, end to end: a request told to every contact with a
//! cancel code, identity checks, the waiting period, completion turning
//! every old factor off, and the one-time ticket that enrolls a new app on
//! the person's own screen.

use serde_json::Value;

use crate::env::{code, stderr, stdout, unix_now, Gateway, TestEnv};

/// Moves a request's clock back `secs` seconds, as if that long had gone by.
fn age_request(env: &TestEnv, id: i64, secs: i64) {
    env.sql(&format!(
        "UPDATE recoveries SET opened_at = opened_at - {secs}, ready_at = ready_at - {secs} WHERE id = {id}"
    ));
}

/// Moves a ticket's expiry back `secs` seconds.
fn age_ticket(env: &TestEnv, id: i64, secs: i64) {
    env.sql(&format!("UPDATE recoveries SET ticket_expires_at = ticket_expires_at - {secs} WHERE id = {id}"));
}

/// Runs with the gateway as delivery command, `--json` appended, and `stdin`.
fn json_stdin(env: &TestEnv, gw: &Gateway, args: &[&str], stdin: &str, exit: i32) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = env.cmd(&all).env("TFA_DELIVERY_COMMAND", &gw.script).write_stdin(stdin).output().expect("run tfa");
    assert_eq!(code(&out), exit, "tfa {all:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", stdout(&out)))
}

/// The notices of one event the gateway was given.
fn notices(gw: &Gateway, event: &str) -> Vec<Value> {
    gw.messages().into_iter().filter(|m| m["type"] == "notice" && m["event"] == event).collect()
}

/// The cancel code in a request's notice text.
fn cancel_code(notice: &Value) -> String {
    let text = notice["text"].as_str().expect("text");
    let at = text.find("cancel with code ").unwrap_or_else(|| panic!("no cancel code in {text:?}")) + 17;
    text[at..at + 11].to_owned()
}

/// An account with an app, a confirmed email address, backup codes and a trusted device.
fn ready_account(env: &TestEnv, name: &str) -> (Vec<String>, String) {
    env.enroll_active(name);
    env.ok(&["enroll", name, "email", "--address", &format!("{name}@example.com"), "--no-confirm"]);
    let v = env.json(&["backup-codes", "generate", name], 0);
    let codes = v["codes"].as_array().expect("codes").iter().map(|c| c.as_str().expect("code").to_owned()).collect();
    let token = env.json(&["device", "add", name, "--name", "laptop"], 0)["token"].as_str().expect("token").to_owned();
    (codes, token)
}

#[test]
fn a_request_waits_is_checked_completes_and_its_ticket_enrolls_a_new_app_once() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    let (backup, token) = ready_account(&env, "alice");

    // Opened: one id on stdout; every contact told, with a cancel code.
    let out = gw.run(&env, &["recovery", "request", "alice", "--reason", "lost phone and codes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let id: i64 = stdout(&out).trim().parse().expect("an id on stdout");
    let sent = notices(&gw, "recovery_requested");
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0]["to"], "alice@example.com");
    let cancel = cancel_code(&sent[0]);
    assert!(!stderr(&out).contains(&cancel), "the operator is not shown the cancel code");

    let list = env.json(&["recovery", "list", "alice"], 0);
    let r = &list["recoveries"][0];
    assert_eq!((r["id"].as_i64(), r["state"].as_str()), (Some(id), Some("opened")));
    assert_eq!((r["checks"].as_u64(), r["checks_needed"].as_u64()), (Some(0), Some(1)));
    assert_eq!(r["reason"], "lost phone and codes");
    assert!(r["ready_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{r}");

    // A second request is refused and names the open one.
    let again = env.json(&["recovery", "request", "alice"], 1);
    assert_eq!(again["error"]["kind"], "recovery_open");
    assert!(again["error"]["message"].as_str().unwrap().contains(&id.to_string()), "{again}");

    // Refused early: exit 3, retry_after about the whole wait.
    let early = env.json(&["recovery", "complete", &id.to_string()], 3);
    assert_eq!((early["id"].as_i64(), early["completed"].as_bool()), (Some(id), Some(false)));
    assert_eq!(early["reason"], "waiting_period");
    let wait = early["retry_after"].as_u64().expect("retry_after");
    assert!((86_300..=86_400).contains(&wait), "{early}");

    // The wait is over; no identity check yet: refused, retry_after null.
    age_request(&env, id, 86_400);
    let short = env.json(&["recovery", "complete", &id.to_string()], 3);
    assert_eq!(short["reason"], "checks_missing");
    assert!(short["retry_after"].is_null(), "{short}");

    // Checked, with who checked.
    let checked =
        gw.json(&env, &["recovery", "check", &id.to_string(), "--note", "called back", "--source", "desk-1"], 0);
    assert_eq!(checked["checks"], 1);
    assert_eq!(
        (checked["check"]["note"].as_str(), checked["check"]["checked_by"].as_str()),
        (Some("called back"), Some("desk-1"))
    );
    assert_eq!(notices(&gw, "recovery_checked").len(), 1);

    // Completed: every factor off, a ticket once.
    let old = env.code_at("alice", unix_now());
    let done = gw.json(&env, &["recovery", "complete", &id.to_string(), "--ticket-ttl", "30m"], 0);
    assert_eq!(done["state"], "completed");
    assert_eq!(done["retired"]["methods_disabled"], 2);
    assert_eq!(done["retired"]["backup_codes_voided"], 10);
    assert_eq!(done["retired"]["devices_revoked"], 1);
    let ticket = done["ticket"].as_str().expect("ticket").to_owned();
    assert_eq!(ticket.len(), 43);
    // The now disabled address still hears of it.
    assert_eq!(notices(&gw, "recovery_completed")[0]["to"], "alice@example.com");

    // The old factors no longer get in.
    assert_ne!(code(&env.run(&["verify", "alice", &old])), 0, "an old app's code");
    assert_ne!(code(&env.run(&["backup-codes", "use", "alice", &backup[0]])), 0, "a backup code");
    assert_eq!(env.json(&["device", "check", "alice", &token], 1)["reason"], "revoked");

    // The ticket: a new app, shown to the person; the ticket stays until its first code.
    let ticket_in = format!("{ticket}\n");
    let first = json_stdin(&env, &gw, &["login", "alice", "--ticket", "-"], &ticket_in, 2);
    assert_eq!((first["reason"].as_str(), first["recovery_ticket"].as_bool()), (Some("code_required"), Some(true)));
    let uri = first["uri"].as_str().expect("uri").to_owned();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    let method = first["method_id"].as_i64().expect("method_id");
    // Cut short and taken up again: the same app.
    let again = json_stdin(&env, &gw, &["login", "alice", "--ticket", "-"], &ticket_in, 2);
    assert_eq!((again["method_id"].as_i64(), again["uri"].as_str()), (Some(method), Some(uri.as_str())));

    let now = unix_now();
    let app_code = |at: u64| {
        env.ok(&["code", "alice", "--method", &method.to_string(), "--at", &at.to_string()]).trim().to_owned()
    };
    let right = app_code(now);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    let refused =
        json_stdin(&env, &gw, &["login", "alice", "--ticket", "-", "--code", "-"], &format!("{ticket}\n{wrong}\n"), 1);
    assert_eq!(refused["reason"], "wrong_code");
    let signed_in =
        json_stdin(&env, &gw, &["login", "alice", "--ticket", "-", "--code", "-"], &format!("{ticket}\n{right}\n"), 0);
    assert_eq!((signed_in["verified"].as_bool(), signed_in["method_id"].as_i64()), (Some(true), Some(method)));
    assert_eq!(signed_in["kind"], "totp");
    assert!(signed_in["next_steps"].as_array().is_some_and(|s| !s.is_empty()), "{signed_in}");
    assert_eq!(notices(&gw, "recovery_ticket_used").len(), 1);

    // The new app is the account's: its next code verifies.
    assert_eq!(env.json(&["verify", "alice", &app_code(now + 30)], 0)["method_id"].as_i64(), Some(method));
    // Used once.
    let used = json_stdin(&env, &gw, &["login", "alice", "--ticket", "-"], &ticket_in, 1);
    assert_eq!(used["reason"], "ticket_used");
    let stranger = json_stdin(&env, &gw, &["login", "alice", "--ticket", "-"], &format!("{}\n", "A".repeat(43)), 1);
    assert_eq!(stranger["reason"], "wrong_ticket");
    assert!(stranger["tries_left"].is_u64(), "a wrong ticket counts: {stranger}");
    let listed = env.json(&["recovery", "list", "--all"], 0);
    assert!(listed["recoveries"][0]["ticket_used_at"].is_string(), "{listed}");
    assert_eq!(env.json(&["recovery", "list"], 0)["recoveries"].as_array().map(Vec::len), Some(0));

    // Every step is in the audit log; no secret is.
    let log = env.ok(&["log", "alice", "--json"]);
    for action in
        ["recovery_requested", "recovery_checked", "recovery_complete", "recovery_completed", "recovery_ticket_used"]
    {
        assert!(log.contains(&format!("\"{action}\"")), "no {action} in the log:\n{log}");
    }
    assert!(!log.contains(&cancel) && !log.contains(&ticket), "a secret in the log");
}

#[test]
fn a_request_is_cancelled_by_the_operator_or_by_the_persons_code_and_a_wrong_code_is_refused() {
    let env = TestEnv::new();
    let gw = Gateway::working(&env);
    ready_account(&env, "bob");
    let id = gw.json(&env, &["recovery", "request", "bob"], 0)["id"].as_i64().expect("id");
    let cancel = cancel_code(&notices(&gw, "recovery_requested")[0]);
    let wrong = if cancel.starts_with('a') { "bbbbb-bbbbb" } else { "aaaaa-aaaaa" };

    let refused = gw.json(&env, &["recovery", "cancel", &id.to_string(), "--code", wrong], 1);
    assert_eq!((refused["cancelled"].as_bool(), refused["reason"].as_str()), (Some(false), Some("wrong_code")));
    assert!(refused["tries_left"].is_u64(), "counted by the lockout: {refused}");
    let malformed = env.json(&["recovery", "cancel", &id.to_string(), "--code", "12"], 2);
    assert_eq!(malformed["error"]["kind"], "malformed");
    let said = malformed["error"]["message"].as_str().expect("message");
    assert!(said.contains("a cancel code has 10") && !said.contains("backup code"), "{said}");
    assert_eq!(env.json(&["recovery", "list", "bob"], 0)["recoveries"][0]["state"], "opened");

    let cancelled =
        json_stdin(&env, &gw, &["recovery", "cancel", &id.to_string(), "--code", "-"], &format!("{cancel}\n"), 0);
    assert_eq!(cancelled["cancelled"], true);
    assert_eq!(cancelled["recovery"]["state"], "cancelled");
    assert_eq!(notices(&gw, "recovery_cancelled").len(), 1);
    let closed = env.json(&["recovery", "complete", &id.to_string()], 1);
    assert_eq!(closed["error"]["kind"], "recovery_closed");

    // Another request, cancelled by the operator.
    let second = gw.json(&env, &["recovery", "request", "bob"], 0)["id"].as_i64().expect("id");
    assert_ne!(second, id);
    let by_operator = gw.json(&env, &["recovery", "cancel", &second.to_string()], 0);
    assert_eq!(by_operator["recovery"]["state"], "cancelled");
    let all = env.json(&["recovery", "list", "bob", "--all"], 0);
    let states: Vec<&str> =
        all["recoveries"].as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["cancelled", "cancelled"]);
    assert_eq!(env.json(&["recovery", "check", "999", "--note", "x"], 4)["error"]["kind"], "no_recovery");
}

#[test]
fn the_policy_sets_the_wait_and_checks_and_a_ticket_expires() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let policy = env.json(&["policy"], 0);
    assert_eq!((policy["recovery_wait"].as_u64(), policy["recovery_checks"].as_u64()), (Some(86_400), Some(1)));
    let set = env.json(&["policy", "--recovery-wait", "0s", "--recovery-checks", "0"], 0);
    assert_eq!((set["recovery_wait"].as_u64(), set["recovery_checks"].as_u64()), (Some(0), Some(0)));
    assert!(env.ok(&["policy"]).contains("recovery_wait\t0"));
    env.json(&["policy", "--recovery-wait", "31d"], 2);

    env.enroll_active("carol");
    // No confirmed address: nobody else hears of it, and the operator is told so.
    let out = env.run(&["recovery", "request", "carol", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("no confirmed email, phone or recovery contact"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("was told"), "{}", stderr(&out));
    let id = serde_json::from_slice::<Value>(&out.stdout).expect("JSON")["id"].as_i64().expect("id");
    let done = env.json(&["recovery", "complete", &id.to_string()], 0);
    let ticket = done["ticket"].as_str().expect("ticket").to_owned();
    age_ticket(&env, id, 3601);
    let out = env.run_stdin(&["login", "carol", "--ticket", "-", "--json"], &format!("{ticket}\n"));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["reason"], "ticket_expired");
    // A ticket never goes on the command line.
    let argv = env.run(&["login", "carol", "--ticket", &ticket]);
    assert_eq!(code(&argv), 2);
    assert!(!stderr(&argv).contains(&ticket));
    // --ticket without a value does not swallow the flag after it.
    let asked = env.json(&["login", "carol", "--ticket"], 2);
    assert!(asked["error"]["message"].as_str().is_some_and(|m| m.contains("no terminal")), "{asked}");
}

#[test]
fn on_a_terminal_the_ticket_is_asked_for_hidden_and_the_new_app_is_shown_and_confirmed() {
    use crate::env::fresh_step;
    use crate::pty::{exit_code, screen, secret, spawn, Expect, ENTER};

    let env = TestEnv::new();
    env.ok(&["policy", "--recovery-wait", "0s", "--recovery-checks", "0"]);
    env.enroll_active("dana");
    let id = env.json(&["recovery", "request", "dana"], 0)["id"].as_i64().expect("id");
    let ticket = env.json(&["recovery", "complete", &id.to_string()], 0)["ticket"].as_str().expect("ticket").to_owned();

    // No way in but the ticket: login asks for it, without --ticket.
    let mut s = spawn(&env, &["login", "dana"]);
    screen(&mut s, "Recovery ticket");
    secret(&mut s, &ticket);
    let shown = screen(&mut s, "Code from the app");
    assert!(shown.contains("otpauth://totp/tfa:dana?secret="), "{shown}");
    assert!(shown.contains("Secret (to type in by hand)"), "{shown}");
    assert!(!shown.contains(&ticket), "the ticket was echoed:\n{shown}");
    let methods = env.json(&["methods", "dana"], 0);
    let pending = methods["methods"].as_array().unwrap().iter().find(|m| m["status"] == "pending").expect("a new app")
        ["id"]
        .to_string();
    let now = fresh_step(8);
    let right = env.ok(&["code", "dana", "--method", &pending, "--at", &now.to_string()]).trim().to_owned();
    s.send(format!("{right}{ENTER}")).expect("type");
    screen(&mut s, "Signed in as \"dana\" with a recovery ticket");
    assert_eq!(exit_code(&mut s), 0);
    let methods = env.json(&["methods", "dana"], 0);
    let active: Vec<String> = methods["methods"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["status"] == "active")
        .map(|m| m["id"].to_string())
        .collect();
    assert_eq!(active, [pending]);
}

/// Without a delivery command no notice leaves the machine: the operator is
/// not told that every contact was.
#[test]
fn a_request_without_a_delivery_command_says_no_one_was_told() {
    let env = TestEnv::new();
    env.ok(&["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"]);
    let out = env.run(&["recovery", "request", "alice"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(!said.contains("Every contact of the account was told"), "{said}");
    assert!(said.contains("no delivery command is set") && said.contains("no one has its cancel code"), "{said}");
}

/// A completed request's ticket can still be stopped by the operator before
/// it is used (the holder called in after the completion notice).
#[test]
fn the_operator_voids_an_unused_ticket_by_cancelling_the_completed_request() {
    let env = TestEnv::new();
    env.ok(&["policy", "--recovery-wait", "0s", "--recovery-checks", "0"]);
    env.enroll_active("vic");
    let id = env.json(&["recovery", "request", "vic"], 0)["id"].as_i64().expect("id").to_string();
    let ticket = env.json(&["recovery", "complete", &id], 0)["ticket"].as_str().expect("ticket").to_owned();
    let v = env.json(&["recovery", "cancel", &id], 0);
    assert_eq!(v["cancelled"], true, "{v}");
    let out = env.run_stdin(&["login", "vic", "--ticket", "-", "--json"], &format!("{ticket}\n"));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["reason"], "ticket_expired", "{v}");
    // Once voided, cancelling again says the request is closed.
    assert_eq!(code(&env.run(&["recovery", "cancel", &id])), 1);
}
