//! Handing a sent code to the operator's delivery command: the command line
//! is split into words without a shell, the message goes in as JSON on
//! stdin, the command gets a bounded time, and only a bounded, redacted
//! tail of its stderr comes back.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde::{Serialize, Serializer};
use thiserror::Error;
use wait_timeout::ChildExt;
use zeroize::Zeroizing;

use crate::core::method::MethodKind;
use crate::core::when;

/// Default seconds a delivery command may run before it is killed.
pub const DEFAULT_TIMEOUT: u64 = 10;
/// Bytes of the command's stderr kept while it runs (the last ones).
const STDERR_KEEP: usize = 4096;
/// Characters of that stderr shown in an error or recorded.
const TAIL_CHARS: usize = 600;
/// Lines of that stderr shown in an error or recorded.
const TAIL_LINES: usize = 8;
/// How long to wait for the stderr reader once the command has ended: a
/// grandchild that keeps the pipe open must not hold tfa up.
const STDERR_GRACE: Duration = Duration::from_millis(300);
/// What stands in for the code wherever it would show.
pub const REDACTED: &str = "[code redacted]";

/// The message on the delivery command's stdin, one JSON document.
#[derive(Debug, Serialize)]
pub struct Message<'a> {
    /// `code` for a one-time code (a sign-in code, or a recovery contact's
    /// confirming code), `notice` for a security notice and `test` for a
    /// test message (`tfa send --test`), both without a code.
    #[serde(rename = "type")]
    pub type_: &'static str,
    /// `sms`, `whatsapp` or `email`.
    pub channel: MethodKind,
    /// E.164 phone number or email address.
    pub to: &'a str,
    pub account: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
    /// Unix seconds, written as RFC 3339 UTC like every time in tfa's JSON.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "rfc3339")]
    pub expires_at: Option<u64>,
    /// What happened, for a notice: `method_added`, `backup_code_used`, ...;
    /// `contact_confirmation` for a code that confirms a recovery contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<&'a str>,
    /// The text to send, from the template.
    pub text: &'a str,
}

/// `2023-11-14T22:18:20Z` for a Unix time (see `core::when::rfc3339`).
fn rfc3339<S: Serializer>(unix: &Option<u64>, out: S) -> Result<S::Ok, S::Error> {
    match unix {
        Some(t) => out.serialize_str(&when::rfc3339(i64::try_from(*t).unwrap_or(i64::MAX))),
        None => out.serialize_none(),
    }
}

#[derive(Debug, Error)]
pub enum CommandLineError {
    #[error("the delivery command {line:?} cannot be split into words: {why}")]
    Split { line: String, why: String },
}

/// A delivery command, split into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryCommand {
    argv: Vec<String>,
    timeout: Duration,
}

/// How a run of the delivery command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Exit 0: the command took the message.
    HandedOver,
    /// It exited non-zero or was killed by a signal.
    Failed { status: String, exit_code: Option<i32>, stderr: String },
    /// It did not finish in time; it (and its process group) was killed.
    TimedOut { after: Duration, stderr: String },
    /// It could not be started.
    NotStarted { why: String },
}

impl DeliveryCommand {
    /// Splits a command line the way a POSIX shell would split words, with
    /// quotes and backslashes, but runs no shell. Blank means none.
    pub fn parse(line: &str, timeout: Duration) -> Result<Option<Self>, CommandLineError> {
        let argv = shell_words::split(line)
            .map_err(|e| CommandLineError::Split { line: line.to_owned(), why: e.to_string() })?;
        if argv.is_empty() {
            return Ok(None);
        }
        Ok(Some(DeliveryCommand { argv, timeout }))
    }

    /// The program, as named.
    pub fn program(&self) -> &str {
        &self.argv[0]
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Runs the command with `message` on stdin. `code` is what must never
    /// come back out: it is redacted from the stderr tail.
    /// Runs the command with `message`; how it went, and how long it took.
    pub fn run_timed(&self, message: &Message<'_>) -> (Run, Duration) {
        let started = std::time::Instant::now();
        let run = self.run(message);
        (run, started.elapsed())
    }

    pub fn run(&self, message: &Message<'_>) -> Run {
        let body = match serde_json::to_vec(message) {
            Ok(body) => Zeroizing::new(body),
            Err(e) => return Run::NotStarted { why: format!("cannot encode the message: {e}") },
        };
        let mut command = Command::new(&self.argv[0]);
        command
            .args(&self.argv[1..])
            .stdin(Stdio::piped())
            // Its stdout is not ours: tfa's stdout carries data and JSON.
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            // Its own process group, so a timeout kills what it started too.
            .process_group(0);
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) => return Run::NotStarted { why: format!("cannot start {:?}: {e}", self.program()) },
        };
        if let Some(mut stdin) = child.stdin.take() {
            // A thread, so a command that never reads its stdin cannot block tfa.
            thread::spawn(move || {
                let _ = stdin.write_all(&body);
            });
        }
        let (tx, rx) = mpsc::channel();
        if let Some(stderr) = child.stderr.take() {
            thread::spawn(move || {
                let _ = tx.send(read_tail(stderr));
            });
        }
        let waited = child.wait_timeout(self.timeout);
        let finished = match waited {
            Ok(Some(status)) => Some(status),
            Ok(None) | Err(_) => {
                kill_group(child.id());
                let _ = child.kill();
                let _ = child.wait();
                None
            }
        };
        let (bytes, truncated) = rx.recv_timeout(STDERR_GRACE).unwrap_or_default();
        let stderr = tail(&bytes, truncated, message.code.unwrap_or_default());
        match (finished, waited) {
            (Some(status), _) if status.success() => Run::HandedOver,
            (Some(status), _) => Run::Failed { status: describe(status), exit_code: status.code(), stderr },
            (None, Ok(None)) => Run::TimedOut { after: self.timeout, stderr },
            (None, Err(e)) => Run::NotStarted { why: format!("cannot wait for {:?}: {e}", self.program()) },
            (None, Ok(Some(_))) => unreachable!("a finished command has a status"),
        }
    }
}

fn kill_group(pid: u32) {
    if let Some(pid) = i32::try_from(pid).ok().and_then(rustix::process::Pid::from_raw) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

fn describe(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exited with status {code}"),
        (None, Some(signal)) => format!("was killed by signal {signal}"),
        (None, None) => "ended abnormally".to_owned(),
    }
}

/// Reads a stream to its end, keeping only its last `STDERR_KEEP` bytes.
fn read_tail(mut from: impl Read) -> (Vec<u8>, bool) {
    let mut kept = Vec::with_capacity(STDERR_KEEP);
    let mut truncated = false;
    let mut buf = [0u8; 4096];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > STDERR_KEEP {
                    kept.drain(..kept.len() - STDERR_KEEP);
                    truncated = true;
                }
            }
        }
    }
    (kept, truncated)
}

/// The last lines of a command's stderr, fit to show: the code redacted,
/// control characters dropped, at most `TAIL_LINES` lines and `TAIL_CHARS`
/// characters.
pub fn tail(bytes: &[u8], truncated: bool, code: &str) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut text: &str = &text;
    if truncated {
        // The kept bytes may start inside a copy of the code: drop as many
        // characters as could hold the rest of one.
        let skip = code.chars().count().saturating_sub(1);
        text = text.char_indices().nth(skip).map_or("", |(i, _)| &text[i..]);
    }
    // Control characters go first, so `12\r3456` cannot hide the code from the redaction.
    let clean: String = text.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
    let clean = if code.is_empty() { clean } else { clean.replace(code, REDACTED) };
    let lines: Vec<&str> = clean.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect();
    let joined = lines[lines.len().saturating_sub(TAIL_LINES)..].join("\n");
    let count = joined.chars().count();
    if count <= TAIL_CHARS && !truncated {
        return joined;
    }
    let start = joined.char_indices().nth(count.saturating_sub(TAIL_CHARS)).map_or(0, |(i, _)| i);
    format!("…{}", &joined[start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn message() -> Message<'static> {
        Message {
            type_: "code",
            channel: MethodKind::Sms,
            to: "+4915123456789",
            account: "alice",
            code: Some("123456"),
            expires_at: Some(1_700_000_300),
            event: None,
            text: "123456 is your code",
        }
    }

    fn sh(script: &str, timeout: u64) -> DeliveryCommand {
        DeliveryCommand { argv: vec!["sh".into(), "-c".into(), script.into()], timeout: Duration::from_secs(timeout) }
    }

    #[test]
    fn command_lines_split_without_a_shell() {
        let cmd = DeliveryCommand::parse("send-sms --from 'tfa bot' \"a b\" c\\ d $HOME;x", Duration::from_secs(1))
            .unwrap()
            .unwrap();
        assert_eq!(cmd.argv, ["send-sms", "--from", "tfa bot", "a b", "c d", "$HOME;x"]);
        assert_eq!(DeliveryCommand::parse("  ", Duration::from_secs(1)).unwrap(), None);
        assert!(DeliveryCommand::parse("send 'unclosed", Duration::from_secs(1)).is_err());
    }

    #[test]
    fn the_message_goes_in_on_stdin() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("msg.json");
        let cmd = sh(&format!("cat > '{}'", out.display()), 5);
        assert_eq!(cmd.run(&message()), Run::HandedOver);
        let got: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(
            got,
            serde_json::json!({
                "type": "code", "channel": "sms", "to": "+4915123456789", "account": "alice", "code": "123456",
                "expires_at": "2023-11-14T22:18:20Z", "text": "123456 is your code"
            })
        );
    }

    #[test]
    fn failures_bring_back_a_redacted_stderr_tail() {
        let cmd = sh("cat >/dev/null; echo 'gateway said: bad number' >&2; echo 'code was 123456' >&2; exit 3", 5);
        let Run::Failed { status, exit_code, stderr } = cmd.run(&message()) else { panic!("not a failure") };
        assert_eq!((status.as_str(), exit_code), ("exited with status 3", Some(3)));
        assert_eq!(stderr, format!("gateway said: bad number\ncode was {REDACTED}"));
        // A command that does not read its stdin is no problem either.
        assert!(matches!(sh("exit 1", 5).run(&message()), Run::Failed { exit_code: Some(1), .. }));
        assert!(matches!(sh("kill -9 $$", 5).run(&message()), Run::Failed { exit_code: None, .. }));
    }

    #[test]
    fn a_hanging_command_is_killed_with_what_it_started() {
        let started = Instant::now();
        let cmd = sh("echo waiting >&2; sleep 30 & sleep 30", 1);
        let Run::TimedOut { after, stderr } = cmd.run(&message()) else { panic!("not a timeout") };
        assert_eq!(after, Duration::from_secs(1));
        assert_eq!(stderr, "waiting");
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    }

    #[test]
    fn a_missing_program_does_not_start() {
        let cmd = DeliveryCommand::parse("/nonexistent/send-sms", Duration::from_secs(1)).unwrap().unwrap();
        assert!(matches!(cmd.run(&message()), Run::NotStarted { .. }));
    }

    #[test]
    fn tails_are_bounded_and_never_hold_the_code() {
        let long: String = (0..100).map(|i| format!("line {i} 123456\n")).collect();
        let t = tail(long.as_bytes(), false, "123456");
        assert!(!t.contains("123456"));
        assert_eq!(t.lines().count(), TAIL_LINES);
        assert!(t.ends_with(&format!("line 99 {REDACTED}")));
        // Kept bytes that begin inside the code: the fragment is dropped.
        let t = tail(b"3456 rest\x1b[31m red", true, "123456");
        assert_eq!(t, "…rest[31m red");
        let huge = "x".repeat(5000);
        assert_eq!(tail(huge.as_bytes(), false, "123456").chars().count(), TAIL_CHARS + 1);
    }
}
