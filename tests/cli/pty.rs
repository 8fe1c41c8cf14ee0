//! A person at a terminal: tfa on a pseudo-terminal (expectrl), read off
//! the screen and typed at.

use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::process::Termios;
pub use expectrl::Expect;
use expectrl::{Eof, Session};

use crate::env::TestEnv;

pub const DOWN: &str = "\x1b[B";
pub const ENTER: &str = "\r";

/// `tfa ARGS` on a pseudo-terminal of 100 × 30, with echo on as a
/// terminal has it (the pty library starts it off), set by `stty` before
/// tfa starts, so that `secret` can tell when a hidden prompt is ready.
pub fn spawn(env: &TestEnv, args: &[&str]) -> expectrl::session::OsSession {
    spawn_to(env, args, None)
}

/// As `spawn`, with stdout to `file` when given, as a wrapper would run tfa
/// (a person at the terminal, the answer to a file).
pub fn spawn_to(env: &TestEnv, args: &[&str], file: Option<&std::path::Path>) -> expectrl::session::OsSession {
    let tfa = env.process(&[]);
    let mut cmd = std::process::Command::new("/bin/sh");
    cmd.env_clear();
    for (key, value) in tfa.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    let script = match file {
        Some(file) => format!("stty echo cols 100 rows 30 && exec \"$0\" \"$@\" > '{}'", file.display()),
        None => "stty echo cols 100 rows 30 && exec \"$0\" \"$@\"".to_owned(),
    };
    cmd.args(["-c", &script])
        .arg(tfa.get_program())
        .args(tfa.get_args())
        .args(args)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut session = Session::spawn(cmd).expect("spawn tfa on a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Waits for `text` on the screen; all that came before it, as text.
pub fn screen(session: &mut expectrl::session::OsSession, text: &str) -> String {
    let found = session.expect(text).unwrap_or_else(|e| {
        let mut rest = vec![0; 8192];
        let n = session.try_read(&mut rest).unwrap_or(0);
        panic!("waiting for {text:?}: {e}; the screen has: {:?}", String::from_utf8_lossy(&rest[..n]))
    });
    format!("{}{}", String::from_utf8_lossy(found.before()), text)
}

/// Types a hidden answer once the prompt has turned echo off: turning
/// it off flushes whatever was typed before (TCSAFLUSH), as sudo does.
pub fn secret(session: &mut expectrl::session::OsSession, text: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while session.is_echo().expect("termios") {
        assert!(std::time::Instant::now() < deadline, "the hidden prompt never turned echo off");
        std::thread::sleep(Duration::from_millis(10));
    }
    session.send(format!("{text}{ENTER}")).expect("type");
}

pub fn exit_code(session: &mut expectrl::session::OsSession) -> i32 {
    let rest = session.expect(Eof).map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned()).unwrap_or_default();
    match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("tfa ended with {other:?}; last output: {rest}"),
    }
}
