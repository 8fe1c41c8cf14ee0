//! A person at a terminal: tfa run inside tmux, read off the screen, typed at.

use std::path::PathBuf;
use std::process::Command as Process;
use std::time::{Duration, Instant};

use crate::env::{fresh_step, TestEnv};

/// One tmux server (its own socket) running one tfa command in a pane.
pub struct Pane {
    socket: PathBuf,
}

impl Pane {
    /// Starts `tfa ARGS` in a detached 120x40 pane with `env`'s store; the
    /// pane stays open after tfa exits and shows `EXIT=<status>`.
    pub fn start(env: &TestEnv, args: &[&str]) -> Pane {
        let socket = env.path().join("tmux.sock");
        let tfa = assert_cmd::cargo::cargo_bin("tfa");
        let vars = format!(
            "env -i PATH=/usr/bin:/bin HOME={home} TERM=xterm-256color TFA_DB={db} TFA_KEY_FILE={key}",
            home = env.path().display(),
            db = env.db().display(),
            key = env.key_file().display()
        );
        let line = format!("{vars} {} {}; echo EXIT=$?; sleep 60", tfa.display(), args.join(" "));
        let status = Process::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(["new-session", "-d", "-x", "120", "-y", "40", "-s", "t", &line])
            .status()
            .expect("tmux must be installed (Debian package tmux; .ci/run installs it)");
        assert!(status.success(), "tmux new-session");
        Pane { socket }
    }

    pub fn screen(&self) -> String {
        let out = Process::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["capture-pane", "-p", "-t", "t", "-S", "-100"])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types keys: literal text, or tmux key names such as `Enter` and `Down`.
    pub fn keys(&self, keys: &[&str]) {
        let status = Process::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["send-keys", "-t", "t"])
            .args(keys)
            .status()
            .expect("tmux send-keys");
        assert!(status.success(), "tmux send-keys");
    }

    /// Waits until the screen shows `text` (10 s at most) and returns it.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "waited for {text:?}; the screen shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Process::new("tmux").arg("-S").arg(&self.socket).arg("kill-server").status();
    }
}

#[test]
fn enroll_on_a_terminal_shows_a_qr_code_and_asks_until_a_code_matches() {
    let env = TestEnv::new();
    let pane = Pane::start(&env, &["enroll", "alice", "totp"]);
    let screen = pane.wait_for("Code from the app");
    assert!(screen.contains("otpauth://totp/tfa:alice?secret="), "{screen}");
    assert!(screen.contains('█') || screen.contains('▀') || screen.contains('▄'), "no QR code drawn:\n{screen}");
    assert!(screen.contains("Secret (to type in by hand)"), "{screen}");

    let now = fresh_step(8);
    let right = env.code_at("alice", now);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    pane.keys(&[wrong, "Enter"]);
    let screen = pane.wait_for("does not match");
    assert!(!screen.contains(&right), "the right code was shown:\n{screen}");
    pane.keys(&[&right, "Enter"]);
    let screen = pane.wait_for("EXIT=");
    assert!(screen.contains("is active") && screen.contains("EXIT=0"), "{screen}");
    assert_eq!(env.json(&["methods", "alice"], 0)["methods"][0]["status"], "active");
}
