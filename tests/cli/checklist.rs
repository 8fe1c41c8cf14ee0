//! `tfa checklist`: items computed from a real store, set up through the
//! binary (and, for states that need time to pass, by moving timestamps).

use serde_json::Value;

use crate::env::{code, fresh_step, stderr, stdout, unix_now, Gateway, TestEnv};

/// The status of item `id` in a checklist document.
fn status(doc: &Value, id: &str) -> String {
    item(doc, id)["status"].as_str().expect("status").to_owned()
}

fn item<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["items"].as_array().expect("items").iter().find(|i| i["id"] == id).unwrap_or_else(|| panic!("no item {id}"))
}

fn summary(doc: &Value, id: &str) -> String {
    item(doc, id)["summary"].as_str().expect("summary").to_owned()
}

#[test]
fn an_app_alone_needs_backup_codes_then_is_ready() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(doc["account"], "alice");
    for (id, want) in [
        ("authenticator_app", "ok"),
        ("other_authenticator_apps", "ok"),
        ("phone_number", "n/a"),
        ("sms_delivery", "n/a"),
        ("whatsapp_delivery", "n/a"),
        ("email_delivery", "n/a"),
        ("spam_folder", "n/a"),
        ("connection", "n/a"),
        ("vpn_dns", "manual"),
        ("app_permissions", "manual"),
        ("app_update", "manual"),
        ("clock_drift", "manual"),
        ("pending_methods", "ok"),
        ("backup_codes", "action"),
        ("trusted_devices", "n/a"),
        ("second_method", "action"),
        ("restricted_only", "ok"),
        ("lockout", "ok"),
        ("recent_failures", "ok"),
        ("support", "warn"),
    ] {
        assert_eq!(status(&doc, id), want, "{id}: {}", item(&doc, id));
    }
    for i in doc["items"].as_array().expect("items") {
        let keys: Vec<&str> = i.as_object().expect("object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["advice", "group", "id", "status", "summary"]);
    }
    assert_eq!(item(&doc, "backup_codes")["group"], "sign_in_another_way");
    assert_eq!(item(&doc, "clock_drift")["group"], "code_not_working");
    assert_eq!(item(&doc, "support")["group"], "last_resort");
    assert!(item(&doc, "authenticator_app")["advice"].as_str().expect("advice").contains("\"totp\""));

    env.ok(&["backup-codes", "generate", "alice", "-q"]);
    env.ok(&["support", "set", "IT desk, +1 555 0100"]);
    let now = fresh_step(10);
    env.ok(&["verify", "alice", &env.code_at("alice", now)]);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "backup_codes"), "ok");
    assert!(summary(&doc, "backup_codes").contains("10 of 10"));
    assert_eq!(status(&doc, "second_method"), "ok");
    assert_eq!(status(&doc, "clock_drift"), "ok");
    assert_eq!(status(&doc, "support"), "ok");
    assert!(summary(&doc, "support").contains("IT desk, +1 555 0100"));

    // A replayed code since the last success.
    assert_eq!(code(&env.run(&["verify", "alice", &env.code_at("alice", now)])), 1);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "recent_failures"), "warn");
    let s = summary(&doc, "recent_failures");
    assert!(s.starts_with("1 refused code since the last accepted code") && s.ends_with(": 1 replayed"), "{s}");
    assert!(item(&doc, "recent_failures")["advice"].as_str().expect("advice").contains("works once"));

    // Backup codes running out.
    env.sql("UPDATE backup_codes SET used_at = 1 WHERE id NOT IN (SELECT id FROM backup_codes LIMIT 2)");
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "backup_codes"), "warn");
    env.sql("UPDATE backup_codes SET used_at = 1");
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "backup_codes"), "action");
    assert_eq!(status(&doc, "second_method"), "action", "used-up codes are no way in");
}

#[test]
fn clock_drift_warns_after_a_late_code() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice", "-q"]);
    let now = fresh_step(10);
    env.ok(&["verify", "alice", &env.code_at("alice", now - 30)]);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "clock_drift"), "warn");
    assert!(summary(&doc, "clock_drift").contains("30 s behind"), "{}", summary(&doc, "clock_drift"));
    assert!(item(&doc, "clock_drift")["advice"].as_str().expect("advice").contains("automatic"));
}

/// Waits counted per source: the operator's checklist names the sources that
/// wait, and does not say no code is checked (the owner, from elsewhere, is
/// not held back; issue 10, finding 6).
#[test]
fn the_lockout_item_names_the_sources_that_wait() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    for _ in 0..5 {
        env.run(&["--source", "203.0.113.66", "verify", "alice", "000000"]);
    }
    let doc = env.json(&["checklist", "alice"], 1);
    let said = summary(&doc, "lockout");
    assert!(said.contains("waiting: 203.0.113.66 until") && !said.contains("no code is checked"), "{said}");
    let advice = item(&doc, "lockout")["advice"].as_str().expect("advice").to_owned();
    assert!(advice.contains("not held back") && advice.contains("backup code is still checked"), "{advice}");
    // The person's checklist speaks of their own wait, not the stranger's.
    let person = |from: &str| stdout(&env.run(&["--source", from, "checklist", "alice", "--for", "person"]));
    assert!(person("203.0.113.66").contains("Too many tries"), "{}", person("203.0.113.66"));
    assert!(!person("10.0.0.7").contains("Too many tries"), "{}", person("10.0.0.7"));
    // The owner signs in from elsewhere; the stranger still waits, and the item says so.
    env.ok(&["--source", "10.0.0.7", "verify", "alice", &env.code_at("alice", unix_now())]);
    let said = summary(&env.json(&["checklist", "alice"], 1), "lockout");
    assert!(said.contains("no failed code since the last success") && said.contains("203.0.113.66"), "{said}");
}

/// A number never confirmed that is also a landline gets both warnings: that
/// it may not be the person's, and that texts may not reach it (issue 10,
/// finding 8: it got only "use a mobile number").
#[test]
fn a_pending_landline_may_not_be_the_persons_number() {
    let env = TestEnv::new();
    let good = Gateway::working(&env);
    assert_eq!(code(&good.run(&env, &["enroll", "alice", "sms", "--phone", "+49 30 12345678"])), 0);
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "phone_number"), "warn");
    assert!(summary(&doc, "phone_number").contains("never confirmed"), "{}", summary(&doc, "phone_number"));
    let advice = item(&doc, "phone_number")["advice"].as_str().expect("advice").to_owned();
    assert!(advice.starts_with("A number never confirmed may not be yours") && advice.contains("landline"), "{advice}");
    // Confirmed, the landline warning alone, as a sentence.
    env.ok(&["confirm", "alice", &good.last_code()]);
    let doc = env.json(&["checklist", "alice"], 1);
    let advice = item(&doc, "phone_number")["advice"].as_str().expect("advice").to_owned();
    assert!(advice.starts_with("A landline cannot receive") && !advice.contains("never confirmed"), "{advice}");
}

#[test]
fn sent_codes_phone_and_delivery_results() {
    let env = TestEnv::new();
    let good = Gateway::working(&env);
    let out = good.run(&env, &["enroll", "alice", "sms", "--phone", "+1 650 253 0100"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "phone_number"), "warn");
    assert_eq!(summary(&doc, "phone_number"), "sms to +1 •••• 0100: valid, never confirmed");
    assert_eq!(status(&doc, "pending_methods"), "action");
    assert_eq!(status(&doc, "sms_delivery"), "ok");
    assert!(summary(&doc, "sms_delivery").contains("+1 •••• 0100"), "{}", summary(&doc, "sms_delivery"));
    assert_eq!(status(&doc, "connection"), "manual");
    assert_eq!(status(&doc, "authenticator_app"), "n/a");
    assert_eq!(status(&doc, "restricted_only"), "n/a");
    assert!(!stdout(&env.run(&["checklist", "alice", "--json"])).contains("6502530100"), "numbers are masked");

    env.ok(&["confirm", "alice", &good.last_code()]);
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "phone_number"), "ok");
    assert_eq!(status(&doc, "pending_methods"), "ok");
    assert_eq!(status(&doc, "restricted_only"), "action");
    assert_eq!(status(&doc, "second_method"), "action");

    let bad = Gateway::new(&env, "bad.sh", "echo 'carrier rejected the number' >&2; exit 7");
    assert_eq!(code(&bad.run(&env, &["send", "alice"])), 2);
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "sms_delivery"), "action");
    let s = summary(&doc, "sms_delivery");
    assert!(s.contains("status 7") && s.contains("carrier rejected the number"), "{s}");

    // Without a delivery command the code stays in the outbox.
    env.age_challenges(61);
    env.ok(&["send", "alice"]);
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "sms_delivery"), "warn");
    assert!(summary(&doc, "sms_delivery").contains("outbox"));

    // Email, and a number that is not (or no longer) valid.
    env.ok(&["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"]);
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "spam_folder"), "manual");
    assert!(summary(&doc, "spam_folder").contains("a•••@example.com"));
    assert_eq!(status(&doc, "email_delivery"), "ok");
    assert_eq!(status(&doc, "whatsapp_delivery"), "n/a");
    env.sql("UPDATE methods SET address = '+10000000000' WHERE kind = 'sms'");
    assert_eq!(status(&env.json(&["checklist", "alice"], 1), "phone_number"), "action");
}

#[test]
fn lockout_and_recent_failures() {
    let env = TestEnv::new();
    env.ok(&["policy", "--backoff-after", "2", "--base-delay", "600", "--hard-lock-at", "4"]);
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice", "-q"]);
    let now = fresh_step(10);
    let right = env.code_at("alice", now);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    assert_eq!(code(&env.run(&["verify", "alice", wrong])), 1);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "lockout"), "warn");
    assert_eq!(status(&doc, "recent_failures"), "warn");
    assert_eq!(summary(&doc, "recent_failures"), "1 refused code in the last 24 h: 1 wrong_code");
    assert_eq!(code(&env.run(&["verify", "alice", wrong])), 1);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "lockout"), "warn");
    assert!(summary(&doc, "lockout").contains("no code is checked before"), "{}", summary(&doc, "lockout"));
    env.sql("UPDATE failures SET count = 4");
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "lockout"), "action");
    assert!(item(&doc, "lockout")["advice"].as_str().expect("advice").contains("tfa unlock alice"));
    env.ok(&["unlock", "alice"]);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "lockout"), "ok");
}

#[test]
fn trusted_devices_by_name_and_stale_ones() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice", "-q"]);
    env.ok(&["device", "add", "alice", "--name", "work laptop", "--ttl", "300d"]);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "trusted_devices"), "ok");
    assert!(summary(&doc, "trusted_devices").contains("\"work laptop\""));
    let old = unix_now() - 100 * 86_400;
    env.sql(&format!("UPDATE devices SET created_at = {old}"));
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "trusted_devices"), "action");
    let fleet = env.json(&["checklist", "--all"], 1);
    assert_eq!(fleet["accounts"][0]["actions"][0]["id"], "trusted_devices");
    env.ok(&["device", "revoke", "alice", "1"]);
    assert_eq!(status(&env.json(&["checklist", "alice"], 0), "trusted_devices"), "n/a");
}

#[test]
fn the_human_and_markdown_forms() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let out = env.run(&["checklist", "alice"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    for want in [
        "Recovery checklist for alice",
        "Not receiving a code",
        "Code not working",
        "Sign in another way",
        "Last resort",
    ] {
        assert!(text.contains(want), "{want} missing: {text}");
    }
    assert!(text.contains("action") && text.contains("backup_codes"), "{text}");
    assert!(stderr(&out).contains("need action"), "{}", stderr(&out));

    let out = env.run(&["checklist", "alice", "--markdown"]);
    assert_eq!(code(&out), 1);
    let md = stdout(&out);
    assert!(md.starts_with("### tfa recovery checklist: `alice`"), "{md}");
    assert!(md.contains("#### Sign in another way"), "{md}");
    assert!(md.contains("- [ ] **ACTION** `backup_codes`: no backup codes"), "{md}");
    assert!(md.contains("- [x] **OK** `authenticator_app`"), "{md}");
    assert!(md.contains("TFA\\_SUPPORT"), "markup in text is escaped: {md}");
}

#[test]
fn without_a_name_the_generic_checklist() {
    let env = TestEnv::new();
    // With no store there is no support contact to read: exit 2, and nothing is made (issue 11, finding 7).
    assert_eq!(env.json(&["checklist"], 2)["error"]["kind"], "store");
    assert!(!env.store_exists(), "reading creates no store");
    env.ok(&["init"]);
    let doc = env.json(&["checklist"], 0);
    assert!(doc["account"].is_null());
    let items = doc["items"].as_array().expect("items");
    assert_eq!(items.len(), 21);
    assert!(items.iter().all(|i| i["status"] == "manual" || i["status"] == "n/a"), "{doc}");
    let out = env.cmd(&["checklist", "--json"]).env("TFA_SUPPORT", "Call the help desk: 0100").output().expect("run");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(summary(&doc, "support").contains("Call the help desk: 0100"));
    assert!(stdout(&env.run(&["checklist", "--markdown"])).contains("(no account given)"));
    assert_eq!(code(&env.run(&["checklist", "nobody"])), 4);
}

#[test]
fn support_contact_set_show_clear_and_env_override() {
    let env = TestEnv::new();
    // No store is exit 2, not "no contact" (issue 11, finding 7).
    assert_eq!(env.json(&["support", "show"], 2)["error"]["kind"], "store");
    env.ok(&["init"]);
    assert_eq!(env.json(&["support", "show"], 0)["support"], Value::Null);
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    assert_eq!(env.ok(&["support", "show"]).trim(), "IT desk, ext. 100");
    let out = env.cmd(&["support", "show"]).env("TFA_SUPPORT", "from env").output().expect("run");
    assert_eq!(stdout(&out).trim(), "from env");
    assert_eq!(code(&env.run(&["support", "set", "two\nlines"])), 2);
    assert_eq!(env.json(&["support", "clear"], 0)["cleared"], true);
    assert_eq!(env.json(&["support", "show"], 0)["support"], Value::Null);
}

#[test]
fn all_accounts_readiness() {
    let env = TestEnv::new();
    env.enroll_active("ready");
    env.ok(&["backup-codes", "generate", "ready", "-q"]);
    env.ok(&["enroll", "smsonly", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    env.ok(&["enroll", "pending", "totp", "-q"]);
    let fleet = env.json(&["checklist", "--all"], 1);
    let accounts = fleet["accounts"].as_array().expect("accounts");
    let names: Vec<&str> = accounts.iter().map(|a| a["account"].as_str().expect("name")).collect();
    assert_eq!(names, ["pending", "ready", "smsonly"]);
    let ids = |i: usize| -> Vec<String> {
        accounts[i]["actions"]
            .as_array()
            .expect("actions")
            .iter()
            .map(|a| a["id"].as_str().expect("id").to_owned())
            .collect()
    };
    assert_eq!(accounts[1]["ready"], true);
    assert!(ids(1).is_empty());
    assert_eq!(ids(0), ["pending_methods", "backup_codes", "second_method"]);
    assert_eq!(ids(2), ["backup_codes", "second_method", "restricted_only"]);
    let table = stdout(&env.run(&["checklist", "--all"]));
    assert!(table.lines().any(|l| l.starts_with("ready\tready")), "{table}");
    assert!(table.contains("smsonly\taction\tbackup_codes, second_method, restricted_only"), "{table}");
    assert!(stdout(&env.run(&["checklist", "--all", "--markdown"])).contains("| smsonly | `backup_codes`"));

    env.ok(&["account", "remove", "pending", "--yes"]);
    env.ok(&["account", "remove", "smsonly", "--yes"]);
    assert_eq!(env.json(&["checklist", "--all"], 0)["accounts"].as_array().expect("accounts").len(), 1);
    assert_eq!(code(&env.run(&["checklist", "ready", "--all"])), 2, "a name and --all conflict");
}

/// The support contact at every dead end, and the service status at sign-in
/// and in the checklist while it is set (issue 10, finding 3).
#[test]
fn the_support_contact_at_dead_ends_and_the_service_status_while_set() {
    let env = TestEnv::new();
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.enroll_active("alice");
    env.ok(&["account", "add", "bob"]);

    // No way in: said, with whom to ask, in the text and the document.
    let out = env.run(&["verify", "bob", "123456", "--json"]);
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains("Need help? IT desk, ext. 100"), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one document");
    assert_eq!(doc["support"], "IT desk, ext. 100");

    // A lockout: the same.
    env.ok(&["policy", "--backoff-after", "50", "--hard-lock-at", "2"]);
    for _ in 0..2 {
        env.run(&["verify", "alice", "000000"]);
    }
    let out = env.run(&["verify", "alice", "000000"]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("Need help? IT desk, ext. 100"), "{}", stderr(&out));
    // And in the document a script or web app shows the person.
    for args in [
        &["verify", "alice", "000000"][..],
        &["login", "alice", "--code", "000000"],
        &["backup-codes", "use", "alice", "aaaaa-aaaaa"],
    ] {
        let doc = env.json(args, 3);
        assert_eq!(
            (doc["reason"].as_str(), doc["support"].as_str()),
            (Some("locked"), Some("IT desk, ext. 100")),
            "{args:?}: {doc}"
        );
    }
    assert!(env.json(&["verify", "bob", "123456"], 4).get("support").is_some());

    // The service status, while set: at sign-in, in the checklist, and shown.
    env.ok(&["status", "set", "SMS to the UK delayed"]);
    assert_eq!(env.json(&["status", "show"], 0)["status"], "SMS to the UK delayed");
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(doc["service_status"], "SMS to the UK delayed");
    let out = env.run(&["checklist", "alice"]);
    assert!(stderr(&out).contains("service status: SMS to the UK delayed"), "{}", stderr(&out));
    let out = env.run_stdin(&["login", "alice", "--code", "000000"], "");
    assert!(stderr(&out).contains("service status: SMS to the UK delayed"), "{}", stderr(&out));
    // A web app signing in with --json gets it in the document.
    assert_eq!(env.json(&["login", "alice", "--code", "000000"], 3)["service_status"], "SMS to the UK delayed");
    env.ok(&["status", "clear"]);
    assert!(env.json(&["checklist", "alice"], 1).get("service_status").is_none());
    assert!(env.json(&["login", "alice", "--code", "000000"], 3).get("service_status").is_none());
}

/// `checklist NAME --for person`: what the person can check, the ways they
/// still have (masked), whom to ask; never a label, a device name, a count, a
/// gateway error, a full address or an operator's command (issue 10, finding 2).
#[test]
fn the_person_checklist_holds_no_operator_detail() {
    let env = TestEnv::new();
    env.ok(&["support", "set", "IT desk, ext. 100"]);
    env.ok(&["enroll", "alice", "totp", "--no-confirm", "--label", "Duo Mobile"]);
    env.ok(&["enroll", "alice", "sms", "--phone", "+49 151 2345 6789", "--no-confirm"]);
    env.ok(&["enroll", "alice", "email", "--address", "alice@example.com", "--no-confirm"]);
    env.ok(&["backup-codes", "generate", "alice"]);
    env.ok(&["device", "add", "alice", "--name", "Alice's Pixel"]);
    let bad = Gateway::new(&env, "bad.sh", "echo 'carrier rejected +4915123456789' >&2; exit 7");
    bad.run(&env, &["send", "alice"]);
    for _ in 0..2 {
        env.run(&["verify", "alice", "000000"]);
    }

    let doc = env.json(&["checklist", "alice", "--for", "person"], 0);
    assert_eq!(doc["for"], "person");
    let out = env.run(&["checklist", "alice", "--for", "person"]);
    let shown = format!("{}{}{}", doc, stdout(&out), stderr(&out));
    for secret in ["Duo Mobile", "Pixel", "carrier", "4915123456789", "151 2345", "alice@example.com", "tfa ", "10 "] {
        assert!(!shown.contains(secret), "{secret:?} shown to the person: {shown}");
    }
    for helpful in
        ["•••• 6789", "a•••@example.com", "backup codes you saved", "trust", "IT desk, ext. 100", "automatic"]
    {
        assert!(shown.contains(helpful), "{helpful:?} missing: {shown}");
    }
    // The seed's causes the person can check: spam filters, signal, VPN, the
    // app's notifications, its cache and version.
    for helpful in ["Filter Unknown Senders", "spam", "signal", "VPN or DNS filter", "notifications", "cache", "update"]
    {
        assert!(shown.contains(helpful), "{helpful:?} missing: {shown}");
    }
    // The operator's checklist keeps everything.
    let operator = env.json(&["checklist", "alice"], 1);
    assert_eq!(operator["for"], "operator");
    assert!(operator.to_string().contains("Duo Mobile"), "{operator}");
}

/// The person's checklist speaks only of the ways the account has: no
/// "message" for an app alone, no "app" for texts alone (issue 10, finding 8).
#[test]
fn the_person_checklist_names_only_the_ways_there_are() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.ok(&["enroll", "bob", "sms", "--phone", "+4915123456789", "--no-confirm"]);
    let text = |name: &str| stdout(&env.run(&["checklist", name, "--for", "person"]));
    let app_only = text("alice");
    assert!(app_only.contains("the app shows right now") && !app_only.contains("message"), "{app_only}");
    let sms_only = text("bob");
    assert!(sms_only.contains("the last message") && !sms_only.contains("app right now"), "{sms_only}");
    assert!(sms_only.contains("by text to the number ending •••• 6789"), "{sms_only}");
    // The app whose notifications matter is the one the codes come through.
    assert!(sms_only.contains("A messages app that may not show"), "{sms_only}");
    assert!(sms_only.contains("A text needs signal") && !sms_only.contains("WhatsApp"), "{sms_only}");
    // WhatsApp is not called a text.
    env.ok(&["enroll", "carol", "whatsapp", "--phone", "+4915123454321", "--no-confirm"]);
    let whatsapp = text("carol");
    assert!(whatsapp.contains("by WhatsApp to the number ending •••• 4321"), "{whatsapp}");
    assert!(whatsapp.contains("a code by WhatsApp to •••• 4321") && !whatsapp.contains("by text"), "{whatsapp}");
    // Two numbers are asked about as two.
    env.ok(&["enroll", "carol", "sms", "--phone", "+4915123450000", "--no-confirm"]);
    let two = text("carol");
    assert!(two.contains("Are those still your numbers?") && !two.contains("Is that still"), "{two}");
    assert!(two.contains("A messages or WhatsApp app that may not show"), "{two}");
}

#[test]
fn clock_drift_a_fast_phone_resynced_then_set_to_automatic() {
    // Issue 10, finding 1: a phone 3 minutes fast is resynced, then set to
    // automatic time as the advice says.
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.ok(&["backup-codes", "generate", "alice", "-q"]);
    let now = fresh_step(20);
    let phone = now + 180;
    let (c1, c2) = (env.code_at("alice", phone - 30), env.code_at("alice", phone));
    assert_eq!(env.json(&["resync", "alice", &c1, &c2], 0)["offset_seconds"], 180);

    // Right away, a true-time code is older than the resync's: replay protection stays exact, and says so.
    let on_time = env.code_at("alice", now);
    assert_eq!(env.json(&["verify", "alice", &on_time], 1)["reason"], "older_than_last");
    let said = stderr(&env.run(&["verify", "alice", &on_time]));
    assert!(said.contains("older than the last one accepted") && said.contains("clock was just set back"), "{said}");
    // The doctor says why, without calling it used, and when its codes work again.
    let doc = env.json(&["doctor", "alice", &on_time], 1);
    assert_eq!(doc["verdict"], "older_than_last", "{doc}");
    let said = format!("{} {}", doc["detail"], doc["advice"]);
    assert!(said.contains("was not used") && said.contains("no resync is needed"), "{said}");
    // A resync with two true-time codes, never used, is not told they were.
    let (t1, t2) = (env.code_at("alice", now - 30), on_time.clone());
    let out = env.run(&["resync", "alice", &t1, &t2, "--json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["reason"], "older_than_last", "{doc}");
    let said = stderr(&out);
    assert!(said.contains("older than the last one accepted") && !said.contains("already used"), "{said}");

    // As if the resync was three and a half minutes ago: the true time is past its step.
    env.sql("UPDATE methods SET last_step = last_step - 7, last_used_at = last_used_at - 210");
    assert_eq!(env.json(&["verify", "alice", &on_time], 0)["verified"], true);
    let doc = env.json(&["checklist", "alice"], 0);
    assert_eq!(status(&doc, "clock_drift"), "ok", "the drift is back to 0: {}", summary(&doc, "clock_drift"));
    assert!(summary(&doc, "clock_drift").contains("on time"), "{}", summary(&doc, "clock_drift"));

    // The clock goes wrong again: a code from 3 minutes ahead is refused as wrong,
    // and the checklist places it in time without anyone reading the code aloud.
    let ahead = env.code_at("alice", now + 180);
    assert_eq!(env.json(&["verify", "alice", &ahead], 1)["reason"], "wrong_code");
    let doc = env.json(&["checklist", "alice"], 1);
    assert_eq!(status(&doc, "clock_drift"), "action");
    let said = summary(&doc, "clock_drift");
    assert!(
        said.contains("the last refused code") && said.contains("matched 3 min ahead: the phone's clock is off"),
        "{said}"
    );
    assert!(!said.contains(&ahead), "never the code: {said}");
    let advice = item(&doc, "clock_drift")["advice"].as_str().expect("advice").to_owned();
    assert!(advice.contains("automatic") && !advice.contains("tfa resync"), "{advice}");

    // The next success clears it.
    assert_eq!(env.json(&["verify", "alice", &env.code_at("alice", unix_now() + 30)], 0)["verified"], true);
    assert_eq!(status(&env.json(&["checklist", "alice"], 0), "clock_drift"), "warn", "30 s ahead at the last success");
}

#[test]
fn clock_drift_a_slow_phone_resynced_then_on_time_verifies_at_once() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let now = fresh_step(15);
    let phone = now - 180;
    let (c1, c2) = (env.code_at("alice", phone - 30), env.code_at("alice", phone));
    assert_eq!(env.json(&["resync", "alice", &c1, &c2], 0)["offset_seconds"], -180);
    assert_eq!(env.json(&["verify", "alice", &env.code_at("alice", now)], 0)["verified"], true);
    // Back on true time, the drift is 0: the old drift window no longer answers.
    assert_eq!(env.json(&["verify", "alice", &env.code_at("alice", now - 150)], 1)["reason"], "wrong_code");
}
