//! Issue 12: moving in from google-authenticator-libpam, pam_oath, otpauth
//! URIs and Google Authenticator's transfer, and out again with export.
//! Codes come from oathtool, an independent implementation.

use std::fs;

use serde_json::Value;

use crate::env::{code, fresh_step, stderr, stdout, unix_now, TestEnv};
use crate::oath_crosscheck::oathtool;

/// 80 bits, as google-authenticator makes them: "Hello!" and 0xdeadbeef.
const SECRET: &str = "JBSWY3DPEHPK3PXP";
const HEX: &str = "48656c6c6f21deadbeef";

fn totp_at(at: u64) -> String {
    oathtool(&["--totp", "-b", "-N", &format!("@{at}"), SECRET])
}

fn hotp_at(counter: u64) -> String {
    oathtool(&["-c", &counter.to_string(), HEX])
}

fn ga_file(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.path().join(name);
    fs::write(&path, text).expect("write");
    path.display().to_string()
}

fn methods(env: &TestEnv, account: &str) -> Vec<Value> {
    env.json(&["methods", account], 0)["methods"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_google_authenticator_totp_file_keeps_the_phone_working() {
    let env = TestEnv::new();
    let now = fresh_step(5);
    let step = now / 30;
    // The step before was used with DISALLOW_REUSE: it stays used.
    let text = format!(
        "{SECRET}\n\" RATE_LIMIT 3 30 {now}\n\" WINDOW_SIZE 3\n\" DISALLOW_REUSE {}\n\" TOTP_AUTH\n12345678\n87654321\n",
        step - 1
    );
    let file = ga_file(&env, "ga", &text);
    let v = env.json(&["import", "google-authenticator", &file, "--account", "alice"], 0);
    assert_eq!((v["imported"].as_u64(), v["skipped"].as_u64()), (Some(1), Some(0)), "{v}");
    let entry = &v["entries"][0];
    assert_eq!(entry["scratch_codes"], 2);
    assert_eq!(entry["account_created"], true);
    let reported = entry["reported"].to_string();
    assert!(reported.contains("RATE_LIMIT 3 30") && reported.contains("DISALLOW_REUSE"), "{reported}");
    assert_eq!(methods(&env, "alice")[0]["status"], "active");

    // The code used before the import is refused; the phone's code now is taken, once.
    assert_eq!(code(&env.run(&["verify", "alice", &totp_at(now - 30)])), 1);
    assert_eq!(code(&env.run(&["verify", "alice", &totp_at(now)])), 0);
    assert_eq!(code(&env.run(&["verify", "alice", &totp_at(now)])), 1);
    // Scratch codes are single-use backup codes, in verify and backup-codes use alike.
    let v = env.json(&["verify", "alice", "12345678"], 0);
    assert_eq!((v["kind"].as_str(), v["backup_codes_remaining"].as_u64()), (Some("backup_code"), Some(1)), "{v}");
    assert_eq!(code(&env.run(&["verify", "alice", "12345678"])), 1);
    assert_eq!(code(&env.run(&["backup-codes", "use", "alice", "8765-4321"])), 0);
    assert_eq!(code(&env.run(&["backup-codes", "use", "alice", "87654321"])), 1);

    // Importing again adds nothing.
    let v = env.json(&["import", "google-authenticator", &file, "--account", "alice"], 0);
    assert_eq!((v["imported"].as_u64(), v["skipped"].as_u64()), (Some(0), Some(1)), "{v}");
    assert!(v["entries"][0]["reason"].as_str().unwrap_or_default().contains("already has this secret"));
    assert_eq!(methods(&env, "alice").len(), 1);
    // The used ones stay used: an import again never brings a scratch code back.
    assert_eq!(code(&env.run(&["verify", "alice", "12345678"])), 1);
    let log = stdout(&env.run(&["log", "alice"]));
    assert!(!log.contains("12345678") && !log.contains(SECRET), "{log}");
}

#[test]
fn the_clock_skew_google_authenticator_learned_comes_along() {
    let env = TestEnv::new();
    let now = fresh_step(5);
    // pam_google_authenticator writes what it learned of a phone 4 steps (2 minutes) behind,
    // and, with grace_period=, the last sign-in from each host.
    let text = format!(
        "{SECRET}\n\" LAST0 198.51.100.7 {now}\n\" TIME_SKEW -4\n\" RESETTING_TIME_SKEW\n\" LAST1 ::1 {now}\n\" TOTP_AUTH\n"
    );
    let file = ga_file(&env, "ga", &text);
    let v = env.json(&["import", "google-authenticator", &file, "--account", "al"], 0);
    let reported = v["entries"][0]["reported"].to_string();
    assert!(reported.contains("LAST0-LAST9") && reported.contains("RESETTING_TIME_SKEW"), "{reported}");
    assert!(!reported.contains("\"TIME_SKEW") && !reported.contains("tfa knows"), "{reported}");
    // The phone's code, two minutes behind, is taken as it was by google-authenticator.
    assert_eq!(code(&env.run(&["verify", "al", &totp_at(now - 120)])), 0);
}

#[test]
fn a_scratch_code_google_authenticator_took_after_the_import_is_used_here_too() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" TOTP_AUTH\n23456789\n34567890\n45678901\n"));
    env.ok(&["import", "google-authenticator", &file, "--account", "ed"]);
    // pam_google_authenticator took 34567890 before the PAM line was swapped, and removed it.
    fs::write(&file, format!("{SECRET}\n\" TOTP_AUTH\n23456789\n45678901\n")).expect("write");
    let v = env.json(&["import", "google-authenticator", &file, "--account", "ed"], 0);
    assert!(v["entries"][0]["reason"].as_str().unwrap_or_default().contains("refused now"), "{v}");
    assert_eq!(code(&env.run(&["verify", "ed", "34567890"])), 1);
    assert_eq!(code(&env.run(&["verify", "ed", "45678901"])), 0);
    // It took the last one too: a file that lists none uses them all up here.
    fs::write(&file, format!("{SECRET}\n\" TOTP_AUTH\n")).expect("write");
    let v = env.json(&["import", "google-authenticator", &file, "--account", "ed"], 0);
    assert!(v["entries"][0]["reason"].as_str().unwrap_or_default().contains("refused now"), "{v}");
    assert_eq!(code(&env.run(&["verify", "ed", "23456789"])), 1);
}

#[test]
fn a_scratch_code_signs_in_through_login() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" TOTP_AUTH\n23456789\n"));
    let out = env.ok(&["import", "google-authenticator", &file, "--account", "bo"]);
    assert!(out.contains(", 1 scratch code") && !out.contains("codes"), "{out}");
    let v = env.json(&["login", "bo", "--via", "backup_code", "--code", "23456789"], 0);
    assert_eq!(v["kind"], "backup_code", "{v}");
    // An account without scratch codes refuses 8 digits as a backup code before any lookup.
    env.enroll_active("cy");
    assert_eq!(code(&env.run(&["backup-codes", "use", "cy", "23456789"])), 2);
}

#[test]
fn a_google_authenticator_hotp_file_keeps_its_counter() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" HOTP_COUNTER 5\n\" WINDOW_SIZE 3\n"));
    env.ok(&["import", "google-authenticator", &file, "--account", "dan"]);
    assert_eq!(code(&env.run(&["verify", "dan", &hotp_at(4)])), 1, "a counter before the next one stays used");
    assert_eq!(code(&env.run(&["verify", "dan", &hotp_at(5)])), 0);
    assert_eq!(code(&env.run(&["verify", "dan", &hotp_at(5)])), 1);
}

#[test]
fn homes_imports_every_user_or_nobody() {
    let env = TestEnv::new();
    let homes = env.path().join("home");
    for (user, text) in
        [("ann", format!("{SECRET}\n\" TOTP_AUTH\n")), ("ben", format!("{SECRET}\n\" HOTP_COUNTER 1\n"))]
    {
        fs::create_dir_all(homes.join(user)).expect("mkdir");
        fs::write(homes.join(user).join(".google_authenticator"), text).expect("write");
    }
    fs::create_dir_all(homes.join("nogauth")).expect("mkdir");
    let homes_arg = homes.display().to_string();

    let v = env.json(&["import", "google-authenticator", "--homes", &homes_arg, "--dry-run"], 0);
    assert_eq!((v["dry_run"].as_bool(), v["imported"].as_u64()), (Some(true), Some(2)), "{v}");
    assert!(!env.store_exists() || code(&env.run(&["methods", "ann"])) == 4, "a dry run writes nothing");

    // One bad file: exit 2 naming file and line, and nothing imported.
    fs::create_dir_all(homes.join("cat")).expect("mkdir");
    let bad = homes.join("cat").join(".google_authenticator");
    fs::write(&bad, format!("{SECRET}\n\" TOTP_AUTH\nnot a code\n")).expect("write");
    let out = env.run(&["import", "google-authenticator", "--homes", &homes_arg, "--json"]);
    assert_eq!(code(&out), 2);
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(v["errors"][0]["file"], bad.display().to_string(), "{v}");
    assert_eq!(v["errors"][0]["line"], 3);
    assert_eq!(v["error"]["kind"], "input");
    assert_eq!(code(&env.run(&["methods", "ann"])), if env.store_exists() { 4 } else { 2 });
    let out = env.run(&["import", "google-authenticator", "--homes", &homes_arg]);
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
    // A file that is not text is listed with the others, not the end of the run.
    fs::create_dir_all(homes.join("dan")).expect("mkdir");
    fs::write(homes.join("dan").join(".google_authenticator"), b"\xff\xfe\n").expect("write");
    let out = env.run(&["import", "google-authenticator", "--homes", &homes_arg, "--json"]);
    assert_eq!(code(&out), 2);
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(2), "{v}");
    assert!(v["errors"][1]["message"].as_str().unwrap_or_default().contains("not UTF-8"), "{v}");
    fs::remove_dir_all(homes.join("dan")).expect("rm");

    fs::remove_file(&bad).expect("rm");
    let v = env.json(&["import", "google-authenticator", "--homes", &homes_arg], 0);
    let accounts: Vec<&str> = v["entries"].as_array().unwrap().iter().map(|e| e["account"].as_str().unwrap()).collect();
    assert_eq!(accounts, ["ann", "ben"]);
    assert_eq!(methods(&env, "ben")[0]["kind"], "hotp");
}

#[test]
fn a_symbolic_link_in_a_home_is_not_followed() {
    let env = TestEnv::new();
    let homes = env.path().join("home");
    fs::create_dir_all(homes.join("eve")).expect("mkdir");
    let elsewhere = env.path().join("root-secret");
    fs::write(&elsewhere, format!("{SECRET}\n\" TOTP_AUTH\n")).expect("write");
    std::os::unix::fs::symlink(&elsewhere, homes.join("eve").join(".google_authenticator")).expect("symlink");
    let out = env.run(&["import", "google-authenticator", "--homes", &homes.display().to_string()]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
}

#[test]
fn a_fifo_in_a_home_is_refused_not_waited_on() {
    let env = TestEnv::new();
    let homes = env.path().join("home");
    fs::create_dir_all(homes.join("fay")).expect("mkdir");
    let fifo = homes.join("fay").join(".google_authenticator");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let out = env.run(&["import", "google-authenticator", "--homes", &homes.display().to_string()]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("not a regular file"), "{}", stderr(&out));
}

#[test]
fn an_oath_users_file_carries_counters_and_last_codes_over() {
    let env = TestEnv::new();
    let now = fresh_step(5);
    let last_totp = totp_at(now);
    let text = format!(
        "# pam_oath users\nHOTP\tfay\t-\t{HEX}\t7\t{}\t2026-01-02T03:04:05L\nHOTP/T30 gus - {HEX} 0 {last_totp} 2026-01-02T03:04:05L\nHOTP hal - {HEX}\n",
        hotp_at(7)
    );
    let file = ga_file(&env, "users.oath", &text);
    let v = env.json(&["import", "oath-usersfile", &file], 0);
    assert_eq!(v["imported"], 3, "{v}");
    // fay's counter 7 was used: refused; 8 is next.
    assert_eq!(code(&env.run(&["verify", "fay", &hotp_at(7)])), 1);
    assert_eq!(code(&env.run(&["verify", "fay", &hotp_at(8)])), 0);
    // gus's last code, accepted by pam_oath before the import, is refused after it.
    assert_eq!(code(&env.run(&["verify", "gus", &last_totp])), 1);
    // hal never signed in: counter 0 is good.
    assert_eq!(code(&env.run(&["verify", "hal", &hotp_at(0)])), 0);

    // pam_oath went on for fay after the import (it accepted counter 9, and
    // wrote it down): importing the file again before the switch refuses it too.
    let text = format!("HOTP\tfay\t-\t{HEX}\t9\t{}\t2026-01-03T03:04:05L\n", hotp_at(9));
    let again = ga_file(&env, "users-later.oath", &text);
    let v = env.json(&["import", "oath-usersfile", &again], 0);
    assert_eq!((v["imported"].as_u64(), v["skipped"].as_u64()), (Some(0), Some(1)), "{v}");
    assert!(v["entries"][0]["reason"].as_str().unwrap_or_default().contains("refused now"), "{v}");
    assert_eq!(code(&env.run(&["verify", "fay", &hotp_at(9)])), 1);
    assert_eq!(code(&env.run(&["verify", "fay", &hotp_at(10)])), 0);
    // The state never goes back: the first file again changes nothing.
    let v = env.json(&["import", "oath-usersfile", &file], 0);
    assert!(!v["entries"][0]["reason"].as_str().unwrap_or_default().contains("refused now"), "{v}");
    assert_eq!(code(&env.run(&["verify", "fay", &hotp_at(10)])), 1);

    // A bad line names the file and line, and imports nothing (idempotence aside).
    let bad = ga_file(&env, "bad.oath", &format!("HOTP ivy - {HEX}\nHOTP/T45 jo - {HEX}\n"));
    let out = env.run(&["import", "oath-usersfile", &bad]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("bad.oath line 2"), "{}", stderr(&out));
    assert_eq!(code(&env.run(&["methods", "ivy"])), 4);
}

#[test]
fn uris_from_stdin_and_google_authenticator_transfers() {
    let env = TestEnv::new();
    let uris =
        format!("otpauth://totp/ACME:kim?secret={SECRET}&issuer=ACME\notpauth://hotp/lee?secret={SECRET}&counter=3\n");
    let v: Value =
        serde_json::from_str(&stdout(&env.run_stdin(&["import", "uris", "-", "--json"], &uris))).expect("json");
    assert_eq!(v["imported"], 2, "{v}");
    assert_eq!(methods(&env, "kim")[0]["label"], "ACME");
    assert_eq!(code(&env.run(&["verify", "lee", &hotp_at(3)])), 0);

    // A transfer QR code's text, as decoded by other tools: Example:alice@google.com, TOTP.
    let transfer =
        "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC";
    let out = env.run_stdin(&["import", "google-migration", "-", "--account", "mo", "--json"], transfer);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let now = fresh_step(3);
    assert_eq!(code(&env.run(&["verify", "mo", &totp_at(now)])), 0);
    // On the command line it works, with a warning that others can read argv.
    let out = env.run(&["import", "google-migration", transfer, "--dry-run"]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("command line"), "{}", stderr(&out));
    let out = env.run_stdin(&["import", "google-migration", "-"], "otpauth-migration://offline?data=AAAA");
    assert_eq!(code(&out), 2);
}

#[test]
fn export_needs_yes_is_audited_and_round_trips() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" TOTP_AUTH\n"));
    env.ok(&["import", "google-authenticator", &file, "--account", "nia"]);
    let out = env.run(&["export", "nia"]);
    assert_eq!(code(&out), 2);
    assert!(!stdout(&out).contains(SECRET) && !stderr(&out).contains(SECRET));
    let uri = stdout(&env.run(&["export", "nia", "--yes"]));
    assert!(uri.starts_with("otpauth://totp/") && uri.contains(&format!("secret={SECRET}")), "{uri}");
    let v = env.json(&["export", "nia", "--yes"], 0);
    assert_eq!(v["uri"].as_str(), Some(uri.trim()));
    let log = stdout(&env.run(&["log", "nia", "--json"]));
    assert_eq!(log.lines().filter(|l| l.contains("\"export\"")).count(), 2, "{log}");
    assert!(!log.contains(SECRET));

    // The exported URI imports back elsewhere and makes the same codes.
    let other = TestEnv::new();
    other.run_stdin(&["import", "uris", "-", "--account", "nia"], &uri);
    let now = unix_now();
    assert_eq!(other.code_at("nia", now), env.code_at("nia", now));

    // Several apps: --method is needed; a sent-code method has no secret.
    env.ok(&["enroll", "nia", "totp", "--no-confirm"]);
    assert_eq!(code(&env.run(&["export", "nia", "--yes"])), 2);
    env.ok(&["enroll", "nia", "email", "--address", "nia@example.com", "--no-confirm"]);
    let email = methods(&env, "nia").iter().find(|m| m["kind"] == "email").map(|m| m["id"].to_string()).unwrap();
    assert_eq!(code(&env.run(&["export", "nia", "--yes", "--method", &email])), 2);
    assert_eq!(code(&env.run(&["export", "nobody", "--yes"])), 4);
}

/// A QR code drawn with half blocks (`█▀▄ `, a light module as a lit
/// half), as an image rqrr can read: 4 pixels a module.
fn read_terminal_qr(text: &str) -> String {
    const SCALE: u32 = 4;
    let rows: Vec<Vec<char>> = text.lines().filter(|l| !l.is_empty()).map(|l| l.chars().collect()).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let height = rows.len() as u32 * 2;
    let img = image::GrayImage::from_fn(width * SCALE, height * SCALE, |x, y| {
        let (col, row) = ((x / SCALE) as usize, (y / SCALE) as usize);
        let c = rows[row / 2].get(col).copied().unwrap_or(' ');
        let lit = matches!((c, row % 2), ('█', _) | ('▀', 0) | ('▄', 1));
        image::Luma([if lit { 255 } else { 0 }])
    });
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the screen");
    grids[0].decode().expect("decodes").1
}

#[test]
fn export_qr_draws_the_uri() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" TOTP_AUTH\n"));
    env.ok(&["import", "google-authenticator", &file, "--account", "qi"]);
    let uri = stdout(&env.run(&["export", "qi", "--yes"]));
    let qr = stdout(&env.run(&["export", "qi", "--yes", "--qr"]));
    assert_eq!(read_terminal_qr(&qr), uri.trim());
}

#[test]
fn verify_batch_takes_an_imported_scratch_code_once() {
    let env = TestEnv::new();
    let file = ga_file(&env, "ga", &format!("{SECRET}\n\" TOTP_AUTH\n45678901\n"));
    env.ok(&["import", "google-authenticator", &file, "--account", "sam"]);
    let out = env.run_stdin(&["verify", "--batch"], "sam 45678901\nsam 4567-8901\nsam 45678902\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let answers: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(answers.len(), 3);
    assert_eq!((answers[0]["verified"].as_bool(), answers[0]["kind"].as_str()), (Some(true), Some("backup_code")));
    assert_eq!((answers[1]["verified"].as_bool(), answers[1]["reason"].as_str()), (Some(false), Some("used")));
    assert_eq!((answers[2]["verified"].as_bool(), answers[2]["reason"].as_str()), (Some(false), Some("wrong_code")));
}
