//! Enroll an authenticator app, confirm it, verify its codes.

use tfa::core::otp::{hotp, Algorithm, Params};
use tfa::core::seed::Seed;

use crate::env::{code, fresh_step, stderr, stdout, TestEnv};

#[test]
fn enroll_confirm_verify_replay_wrong_unknown() {
    let env = TestEnv::new();
    let out = env.run(&["enroll", "alice", "totp"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let uri = stdout(&out);
    assert!(uri.starts_with("otpauth://totp/tfa:alice?secret="), "{uri}");
    assert!(stderr(&out).contains("tfa confirm alice CODE"), "{}", stderr(&out));

    // Pending methods are never accepted by verify.
    let now = fresh_step(5);
    let first = env.pending_code_at("alice", now);
    assert_eq!(code(&env.run(&["verify", "alice", &first])), 4);

    assert_eq!(env.json(&["confirm", "alice", "000000x"], 2)["reason"], "malformed");
    let confirmed = env.json(&["confirm", "alice", &first], 0);
    assert_eq!(confirmed["confirmed"], true);
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"][0]["status"], "active");
    // Nothing is pending now: said as such, not as "no active method".
    let out = env.run(&["confirm", "alice", &first, "--json"]);
    assert_eq!(code(&out), 4);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!((v["error"]["kind"].as_str(), v["confirmed"].as_bool()), (Some("nothing_pending"), Some(false)));
    let err = stderr(&out);
    assert!(err.contains("no method waiting to be confirmed") && !err.contains("active method"), "{err}");

    // The confirming code is used up: the same step again is a replay.
    let v = env.json(&["verify", "alice", &first], 1);
    assert_eq!(v["reason"], "replayed");
    assert_eq!(v["verified"], false);

    let next = env.code_at("alice", now + 30);
    let v = env.json(&["verify", "alice", &next], 0);
    assert_eq!(v["verified"], true);
    assert_eq!(v["kind"], "totp");
    assert_eq!(v["label"], "totp");
    assert_eq!(v["offset"], 1);
    assert!(v["reason"].is_null());
    assert_eq!(env.json(&["verify", "alice", &next], 1)["reason"], "replayed");

    let wrong = if next == "000000" { "111111" } else { "000000" };
    assert_eq!(env.json(&["verify", "alice", wrong], 1)["reason"], "wrong_code");
    let out = env.run(&["verify", "nobody", "123456"]);
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains("no account named \"nobody\""), "{}", stderr(&out));
}

#[test]
fn window_is_one_step_either_side() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.enroll_active("bob");
    let now = fresh_step(5);
    let v = env.json(&["verify", "alice", &env.code_at("alice", now - 30)], 0);
    assert_eq!(v["offset"], -1);
    let v = env.json(&["verify", "bob", &env.code_at("bob", now - 90)], 1);
    assert_eq!(v["reason"], "wrong_code");
    let v = env.json(&["verify", "bob", &env.code_at("bob", now + 90)], 1);
    assert_eq!(v["reason"], "wrong_code");
}

#[test]
fn codes_are_read_forgivingly_and_strictly() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let now = fresh_step(8);
    let c = env.code_at("alice", now);
    let spaced = format!(" {} {} ", &c[..3], &c[3..]);
    assert_eq!(env.json(&["verify", "alice", &spaced], 0)["verified"], true);

    let c = env.code_at("alice", now + 30);
    let out = env.run_stdin(&["verify", "alice", "-", "--json"], &format!("{}-{}\n", &c[..3], &c[3..]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    for bad in ["12345", "123456789", "12a456", "١٢٣٤٥٦", ""] {
        let out = env.run(&["verify", "alice", bad, "--json"]);
        assert_eq!(code(&out), 2, "{bad:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["reason"], "malformed", "{bad:?}");
        assert!(stderr(&out).starts_with("tfa: "), "{}", stderr(&out));
    }
    // No code and no terminal: stdin is read, and an empty stdin is malformed.
    assert_eq!(code(&env.run(&["verify", "alice"])), 2);
}

#[test]
fn enroll_json_and_imported_secret_and_uri_parameters() {
    let env = TestEnv::new();
    let out = env.run_stdin(
        &[
            "enroll",
            "carol",
            "totp",
            "--secret-stdin",
            "--issuer",
            "ACME Co",
            "--algorithm",
            "sha256",
            "--digits",
            "8",
            "--period",
            "60",
            "--label",
            "work phone",
            "--json",
        ],
        "gezd gnbv gy3t qojq gezd gnbv gy3t qojq\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["account"], "carol");
    assert_eq!(v["kind"], "totp");
    assert_eq!(v["label"], "work phone");
    assert_eq!(v["status"], "pending");
    assert_eq!(v["secret"], "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assert_eq!(
        v["uri"],
        "otpauth://totp/ACME%20Co:carol?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60"
    );
    assert!(v["method_id"].is_i64());

    // The same label twice is refused; a second app gets its own label.
    let out = env.run(&["enroll", "carol", "totp", "--label", "work phone"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("already has a method labelled"), "{}", stderr(&out));
    assert_eq!(env.json(&["enroll", "carol", "totp"], 0)["label"], "totp");
    assert_eq!(env.json(&["enroll", "carol", "totp"], 0)["label"], "totp-2");

    for bad in ["not base32!", "GEZDGNBV"] {
        let out = env.run_stdin(&["enroll", "dave", "totp", "--secret-stdin"], bad);
        assert_eq!(code(&out), 2, "{bad}");
        assert!(stderr(&out).contains("--secret-stdin"), "{}", stderr(&out));
    }
    assert_eq!(code(&env.run(&["enroll", "dave", "totp", "--digits", "9"])), 2);
    assert_eq!(code(&env.run(&["enroll", "bad name", "totp"])), 2);
}

#[test]
fn several_apps_each_verify_and_unenroll_removes_one() {
    let env = TestEnv::new();
    let first = env.json(&["enroll", "alice", "totp", "--label", "phone", "--no-confirm"], 0);
    let second = env.json(&["enroll", "alice", "totp", "--label", "tablet", "--no-confirm"], 0);
    let now = fresh_step(5);
    let id2 = second["method_id"].as_i64().expect("id").to_string();
    let c = env.ok(&["code", "alice", "--method", &id2, "--at", &now.to_string()]);
    let v = env.json(&["verify", "alice", c.trim()], 0);
    assert_eq!(v["label"], "tablet");

    let id1 = first["method_id"].as_i64().expect("id").to_string();
    // Destructive without a terminal needs --yes.
    assert_eq!(code(&env.run(&["unenroll", "alice", &id1])), 2);
    assert_eq!(code(&env.run(&["unenroll", "alice", "999", "--yes"])), 4);
    env.ok(&["unenroll", "alice", &id1, "--yes"]);
    let methods = env.json(&["methods", "alice"], 0);
    assert_eq!(methods["methods"].as_array().expect("list").len(), 1);
    assert_eq!(methods["methods"][0]["label"], "tablet");
    assert!(methods["methods"][0].get("secret").is_none());
}

#[test]
fn hotp_looks_ahead_and_advances() {
    let env = TestEnv::new();
    let secret = env.json(&["enroll", "h", "hotp", "--no-confirm"], 0)["secret"].as_str().expect("secret").to_owned();
    let seed = Seed::from_base32(&secret).expect("base32");
    let p = Params { algorithm: Algorithm::Sha1, digits: 6 };
    assert_eq!(env.json(&["verify", "h", &hotp(&seed, p, 0)], 0)["offset"], 0);
    assert_eq!(env.json(&["verify", "h", &hotp(&seed, p, 0)], 1)["reason"], "replayed");
    assert_eq!(env.json(&["verify", "h", &hotp(&seed, p, 11)], 0)["offset"], 10);
    assert_eq!(env.json(&["verify", "h", &hotp(&seed, p, 30)], 1)["reason"], "wrong_code");
    assert_eq!(env.ok(&["code", "h"]).trim(), hotp(&seed, p, 12));
}

#[test]
fn qr_png_and_svg_decode_to_the_uri() {
    let env = TestEnv::new();
    let png = env.path().join("qr.png");
    let svg = env.path().join("qr.svg");
    let v =
        env.json(&["enroll", "alice", "totp", "--qr-png", png.to_str().unwrap(), "--qr-svg", svg.to_str().unwrap()], 0);
    let img = image::open(&png).expect("png").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().expect("decodes");
    assert_eq!(content, v["uri"].as_str().expect("uri"));
    assert!(std::fs::read_to_string(&svg).expect("svg").starts_with("<?xml"));

    // The image holds the seed: 0600, and an existing file is replaced only with --yes.
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&png).expect("png").permissions().mode() & 0o777, 0o600);
    std::fs::set_permissions(&png, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = env.run(&["enroll", "carol", "totp", "--qr-png", png.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert_eq!(code(&env.run(&["methods", "carol"])), 4, "nothing was enrolled");
    env.ok(&["enroll", "carol", "totp", "--qr-png", png.to_str().unwrap(), "--yes"]);
    assert_eq!(std::fs::metadata(&png).expect("png").permissions().mode() & 0o777, 0o600);

    // An image that cannot be written enrolls nothing.
    let out = env.run(&["enroll", "bob", "totp", "--qr-png", "/nonexistent/dir/qr.png"]);
    assert_eq!(code(&out), 2);
    assert_eq!(code(&env.run(&["methods", "bob"])), 4);
}

#[test]
fn code_prints_only_digits() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let out = env.ok(&["code", "alice"]);
    assert!(out.trim().len() == 6 && out.trim().bytes().all(|b| b.is_ascii_digit()), "{out:?}");
    let v = env.json(&["code", "alice", "--at", "59"], 0);
    assert_eq!(v["valid_for"], 1);
    assert_eq!(code(&env.run(&["code", "nobody"])), 4);
}

#[test]
fn code_shows_an_active_app_and_never_a_pending_one_or_a_sent_code_method() {
    let env = TestEnv::new();
    env.ok(&["enroll", "alice", "sms", "--phone", "+4915123456789", "--no-confirm", "-q"]);
    let pending = env.json(&["enroll", "alice", "totp", "--label", "new phone"], 0)["method_id"].to_string();

    let out = env.run(&["code", "alice"]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no active authenticator app") && err.contains(&format!("--method {pending}")), "{err}");
    assert!(stdout(&out).is_empty());
    // Named, a pending app still shows its code (to confirm it by hand).
    let at = fresh_step(5).to_string();
    let first = env.ok(&["code", "alice", "--method", &pending, "--at", &at]);
    assert_eq!(first.trim().len(), 6, "{first:?}");

    env.enroll_active("alice");
    let active = env.json(&["methods", "alice"], 0)["methods"][2]["id"].to_string();
    assert_ne!(active, pending);
    let v = env.json(&["code", "alice", "--at", &at], 0);
    assert_eq!(v["method_id"].to_string(), active, "{v}");
    assert_eq!(v["code"], env.json(&["code", "alice", "--method", &active, "--at", &at], 0)["code"]);

    let out = env.run(&["code", "bob"]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    env.ok(&["account", "add", "bob"]);
    let out = env.run(&["code", "bob"]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(stderr(&out).contains("no active authenticator app"), "{}", stderr(&out));
}

#[test]
fn an_otpauth_uri_imports_its_parameters() {
    let env = TestEnv::new();
    let uri = "otpauth://totp/Example:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA256&digits=8&period=60";
    let out = env.run_stdin(&["enroll", "alice", "totp", "--uri-stdin", "--no-confirm", "--json"], uri);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        v["uri"],
        "otpauth://totp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA256&digits=8&period=60"
    );
    // RFC 6238's SHA-256 vector at T = 59 s uses a 32-byte key; with this 20-byte key, compare to the core.
    let seed = Seed::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").expect("seed");
    let want = tfa::core::otp::totp(&seed, Params { algorithm: Algorithm::Sha256, digits: 8 }, 60, 1_234_567_890);
    assert_eq!(env.code_at("alice", 1_234_567_890), want);

    // The same secret again is refused: two methods would make each code good twice (issue 11, finding 6).
    let again = env.run_stdin(&["enroll", "alice", "totp", "--uri-stdin", "--no-confirm", "--label", "again"], uri);
    assert_eq!(code(&again), 2, "{}", stderr(&again));
    assert!(stderr(&again).contains("already has this secret, as totp method 1"), "{}", stderr(&again));
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"].as_array().map(Vec::len), Some(1));
    let out = env.run_stdin(&["enroll", "bob", "hotp", "--uri-stdin"], uri);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("another kind"), "{}", stderr(&out));
    for bad in ["not a uri", "otpauth://totp/a?issuer=x", "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=12"] {
        let out = env.run_stdin(&["enroll", "bob", "totp", "--uri-stdin"], bad);
        assert_eq!(code(&out), 2, "{bad}");
        assert!(stderr(&out).contains("--uri-stdin"), "{}", stderr(&out));
    }
    assert_eq!(code(&env.run(&["methods", "bob"])), 4, "nothing was enrolled");
}
