//! tfa: two-factor authentication with a local account store.
//!
//! `run` parses the command line, dispatches to a command, and maps what it
//! returns to the exit codes of DESIGN.md.

pub mod auth;
pub mod cli;
pub mod commands;
pub mod core;
pub mod crypto;
pub mod delivery;
pub mod output;
pub mod prompt;
pub mod store;

use std::ffi::OsString;
use std::io::{self, IsTerminal};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, ColorChoice};
use crate::output::{Paint, Printer};

/// How a command ended, for scripts: the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 0: success, verified, trusted.
    Success,
    /// 1: refused (wrong, expired, replayed or used code; action items).
    Refused,
    /// 2: usage or input error, or a store or key problem.
    Invalid,
    /// 3: locked out or throttled.
    Locked,
    /// 4: no such account, or no active method to check against.
    NotFound,
}

impl Outcome {
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Refused => 1,
            Outcome::Invalid => 2,
            Outcome::Locked => 3,
            Outcome::NotFound => 4,
        }
    }
}

/// Errors that carry their own exit code; every other error exits 2.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("no account named {0:?}")]
    NoAccount(String),
    #[error("{0:?} has no active method to check a code against")]
    NoActiveMethod(String),
    #[error("{account:?} has no method with id {id}")]
    NoMethod { account: String, id: i64 },
    #[error("{account:?} is locked out after too many failed codes; {}", match retry_after {
        Some(s) => format!("try again in {s} s"),
        None => format!("an operator must run `tfa unlock {account}`"),
    })]
    Locked { account: String, retry_after: Option<u64> },
    #[error("{account:?} has no {what} method to send a code to")]
    NoSendMethod { account: String, what: String },
    #[error("a code was sent less than a minute ago: try again in {retry_after} s")]
    Throttled { retry_after: u64 },
    #[error("{0:?} has no backup codes: make a set with `tfa backup-codes generate {0}`")]
    NoBackupCodes(String),
    #[error("{account:?} has no device with id {id}")]
    NoDevice { account: String, id: i64 },
    #[error("{account:?} has no active {what} to sign in with")]
    NoWay { account: String, what: String },
}

impl Failure {
    fn outcome(&self) -> Outcome {
        match self {
            Failure::NoAccount(_)
            | Failure::NoActiveMethod(_)
            | Failure::NoMethod { .. }
            | Failure::NoSendMethod { .. }
            | Failure::NoBackupCodes(_)
            | Failure::NoDevice { .. }
            | Failure::NoWay { .. } => Outcome::NotFound,
            Failure::Locked { .. } | Failure::Throttled { .. } => Outcome::Locked,
        }
    }
}

pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // Nothing tfa writes is for anyone else to read.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));

    let color = match cli.global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal(),
    };
    let printer = Printer::new(cli.global.json, cli.global.quiet, color);
    let result = commands::Context::new(&cli.global, printer).and_then(|ctx| commands::dispatch(cli.command, &ctx));
    match result {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(err) => report(&err, color),
    }
}

fn report(err: &anyhow::Error, color: bool) -> ExitCode {
    let prefix = Printer::new(false, false, color).paint(Paint::Bad, "tfa");
    // The cause chain, without a cause that repeats the one before it (as
    // SQLite's "Error code 14: unable to open database file" does).
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain().map(ToString::to_string) {
        if parts.last().is_none_or(|last| !cause.contains(last.as_str()) && !last.contains(cause.as_str())) {
            parts.push(cause);
        }
    }
    output::write_stderr(&format!("{prefix}: {}", parts.join(": ")));
    let outcome = err.chain().find_map(|c| c.downcast_ref::<Failure>()).map_or(Outcome::Invalid, Failure::outcome);
    ExitCode::from(outcome.exit_code())
}
