//! At a terminal: enrolling (the QR code, the confirming prompt) and
//! coloured tables.

use expectrl::process::unix::WaitStatus;
use expectrl::Eof;

use crate::env::{code, fresh_step, stdout, TestEnv};
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
    let right = env.pending_code_at("alice", now);
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

/// What a terminal shows of a line: the text without its SGR colour codes.
fn shown(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|&c| c == 'm');
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_coloured_table_lines_up_on_a_terminal() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    env.ok(&["enroll", "alice", "totp", "--label", "tablet"]);
    let mut s = spawn(&env, &["--color", "always", "methods", "alice"]);
    let found = s.expect(Eof).expect("tfa ran to its end");
    let raw = String::from_utf8_lossy(found.as_bytes()).into_owned();
    assert!(matches!(s.get_process().wait().expect("wait"), WaitStatus::Exited(_, 0)), "{raw}");
    assert!(raw.contains("\x1b[32mactive\x1b[0m") && raw.contains("\x1b[33mpending\x1b[0m"), "{raw:?}");
    let table: Vec<String> = raw.lines().map(shown).filter(|l| l.starts_with(['┌', '│', '╞', '├', '└'])).collect();
    assert!(table.len() >= 6, "{raw}");
    let width = table[0].chars().count();
    assert!(table.iter().all(|l| l.chars().count() == width), "{}", table.join("\n"));
}

#[test]
fn colour_never_reaches_tab_separated_rows() {
    let env = TestEnv::new();
    env.enroll_active("alice");
    let out = env.run(&["--color", "always", "methods", "alice"]);
    assert_eq!(code(&out), 0);
    let rows = stdout(&out);
    assert!(rows.contains("\tactive\t") && !rows.contains('\x1b'), "{rows:?}");
}
