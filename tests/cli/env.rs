//! `TestEnv`: a private temp dir with its own store and key, and a clean
//! environment, for running the built binary.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct TestEnv {
    dir: TempDir,
}

impl TestEnv {
    pub fn new() -> Self {
        TestEnv { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.path().join("data/tfa.db")
    }

    /// Moves the store's WAL (tfa keeps it between runs) into the store file
    /// and removes it, so the store is one file to copy, replace or damage.
    pub fn checkpoint(&self) {
        let conn = rusqlite::Connection::open(self.db()).expect("open the store");
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
        // Closing the last connection removes the -wal and -shm.
    }

    pub fn key_file(&self) -> PathBuf {
        self.path().join("config/key")
    }

    /// The binary with only this env's variables: no caller's TFA_* leaks in.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tfa"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("TFA_DB", self.db())
            .env("TFA_KEY_FILE", self.key_file())
            .args(args);
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// Runs with empty stdin and returns the output, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).write_stdin("").output().expect("run tfa")
    }

    /// Runs with `stdin` on standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.cmd(args).write_stdin(stdin).output().expect("run tfa")
    }

    /// Runs, expects exit 0, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(code(&out), 0, "tfa {args:?} failed: {}", stderr(&out));
        stdout(&out)
    }

    /// Runs with `--json`, expects `exit`, returns the parsed document.
    pub fn json(&self, args: &[&str], exit: i32) -> serde_json::Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert_eq!(code(&out), exit, "tfa {all:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("tfa {all:?} printed no JSON ({e}): {}", stdout(&out)))
    }

    /// Enrolls an active TOTP app for `name` and returns its base32 secret.
    /// Moves every sent code's challenge `secs` into the past, as if that
    /// long had gone by (the resend throttle is a minute).
    pub fn age_challenges(&self, secs: i64) {
        let conn = rusqlite::Connection::open(self.db()).expect("open store");
        conn.execute("UPDATE challenges SET created_at = created_at - ?1, expires_at = expires_at - ?1", [secs])
            .expect("age the challenges");
    }

    pub fn enroll_active(&self, name: &str) -> String {
        let v = self.json(&["enroll", name, "totp", "--no-confirm"], 0);
        v["secret"].as_str().expect("secret").to_owned()
    }

    /// The code `tfa code` gives for `name` at a Unix time.
    pub fn code_at(&self, name: &str, at: u64) -> String {
        self.ok(&["code", name, "--at", &at.to_string()]).trim().to_owned()
    }

    /// The code of `name`'s first pending app at a Unix time (`tfa code`
    /// alone shows only an active app's).
    pub fn pending_code_at(&self, name: &str, at: u64) -> String {
        let methods = self.json(&["methods", name], 0);
        let pending = methods["methods"].as_array().and_then(|all| all.iter().find(|m| m["status"] == "pending"));
        let id = pending.expect("a pending method")["id"].to_string();
        self.ok(&["code", name, "--method", &id, "--at", &at.to_string()]).trim().to_owned()
    }
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code, not a signal")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970").as_secs()
}

/// Waits, if needed, until at least `margin` seconds remain in the current
/// 30 s step, so a test that reasons in steps does not straddle a boundary.
pub fn fresh_step(margin: u64) -> u64 {
    let now = unix_now();
    if 30 - now % 30 < margin {
        std::thread::sleep(std::time::Duration::from_secs(30 - now % 30));
    }
    unix_now()
}

/// A delivery command: a shell script in the test's directory. Every
/// message it is given is appended, one JSON document a line, to `inbox`.
pub struct Gateway {
    pub script: PathBuf,
    pub inbox: PathBuf,
}

impl Gateway {
    /// A script that takes the message and then runs `then` (sh syntax).
    pub fn new(env: &TestEnv, name: &str, then: &str) -> Self {
        let script = env.path().join(name);
        let inbox = env.path().join(format!("{name}.inbox"));
        let body = format!("#!/bin/sh\n{{ cat; echo; }} >> '{}'\n{then}\n", inbox.display());
        fs::write(&script, body).expect("write gateway script");
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("chmod gateway script");
        Gateway { script, inbox }
    }

    /// Takes every message and exits 0.
    pub fn working(env: &TestEnv) -> Self {
        Self::new(env, "gateway.sh", "exit 0")
    }

    pub fn messages(&self) -> Vec<Value> {
        fs::read_to_string(&self.inbox)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("a JSON message"))
            .collect()
    }

    pub fn last(&self) -> Value {
        self.messages().pop().expect("a message arrived")
    }

    pub fn last_code(&self) -> String {
        self.last()["code"].as_str().expect("code").to_owned()
    }

    /// Runs tfa with this gateway as its delivery command.
    pub fn run(&self, env: &TestEnv, args: &[&str]) -> Output {
        env.cmd(args).env("TFA_DELIVERY_COMMAND", &self.script).write_stdin("").output().expect("run tfa")
    }

    /// Runs with `--json`, expects `exit`, returns the document.
    pub fn json(&self, env: &TestEnv, args: &[&str], exit: i32) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(env, &all);
        assert_eq!(code(&out), exit, "tfa {all:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", stdout(&out)))
    }
}
