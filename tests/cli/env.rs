//! `TestEnv`: a private temp dir with its own store and key, and a clean
//! environment, for running the built binary.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
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

    pub fn key_file(&self) -> PathBuf {
        self.path().join("config/key")
    }

    /// The binary with only this env's variables: no caller's TFA_* leaks in.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("tfa").expect("tfa binary");
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
    pub fn enroll_active(&self, name: &str) -> String {
        let v = self.json(&["enroll", name, "totp", "--no-confirm"], 0);
        v["secret"].as_str().expect("secret").to_owned()
    }

    /// The code `tfa code` gives for `name` at a Unix time.
    pub fn code_at(&self, name: &str, at: u64) -> String {
        self.ok(&["code", name, "--at", &at.to_string()]).trim().to_owned()
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
