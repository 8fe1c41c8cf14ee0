//! Enrolling at a terminal: the QR code, and the confirming prompt.

use crate::env::{fresh_step, TestEnv};
use crate::pty::{exit_code, screen, spawn, Expect, ENTER};

#[test]
fn enroll_on_a_terminal_shows_a_qr_code_and_asks_until_a_code_matches() {
    let env = TestEnv::new();
    let mut s = spawn(&env, &["enroll", "alice", "totp"]);
    let shown = screen(&mut s, "Code from the app");
    assert!(shown.contains("otpauth://totp/tfa:alice?secret="), "{shown}");
    assert!(shown.contains('█') || shown.contains('▀') || shown.contains('▄'), "no QR code drawn:\n{shown}");
    assert!(shown.contains("Secret (to type in by hand)"), "{shown}");

    let now = fresh_step(8);
    let right = env.code_at("alice", now);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    s.send(format!("{wrong}{ENTER}")).expect("type");
    let shown = screen(&mut s, "does not match");
    assert!(!shown.contains(&right), "the right code was shown:\n{shown}");
    screen(&mut s, "Code from the app");
    s.send(format!("{right}{ENTER}")).expect("type");
    screen(&mut s, "is active");
    assert_eq!(exit_code(&mut s), 0);
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"][0]["status"], "active");
}
