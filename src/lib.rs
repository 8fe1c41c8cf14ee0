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
pub mod key_file;
pub mod output;
pub mod prompt;
pub mod store;
pub mod trust;

use std::ffi::OsString;
use std::io::{self, IsTerminal};
use std::process::ExitCode;

use crate::cli::{Cli, ColorChoice};
use crate::output::Printer;

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

/// Errors that carry their own exit code and JSON `kind`; every other
/// error exits 2.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("no account named {0:?}")]
    NoAccount(String),
    #[error("{0:?} has no active method to check a code against")]
    NoActiveMethod(String),
    #[error("{0:?} has no method waiting to be confirmed")]
    NothingPending(String),
    #[error("{account:?} has no method with id {id}")]
    NoMethod { account: String, id: i64 },
    #[error("{}", locked_message(account, *retry_after))]
    Locked { account: String, retry_after: Option<u64> },
    #[error("{account:?} has no {what} method to send a code to")]
    NoSendMethod { account: String, what: String },
    #[error("a code was sent less than a minute ago: try again in {retry_after} s")]
    Throttled { retry_after: u64 },
    #[error("{0:?} has no backup codes: make a set with `tfa backup-codes generate {0}`")]
    NoBackupCodes(String),
    #[error("{account:?} has no device with id {id}")]
    NoDevice { account: String, id: i64 },
    #[error("{account:?} has no recovery contact with id {id}")]
    NoContact { account: String, id: i64 },
    #[error("{0:?} has no recovery contact waiting to be confirmed")]
    NoPendingContact(String),
    #[error("{account:?} has no active {what} to sign in with")]
    NoWay { account: String, what: String },
    /// Input that is not a code (or token) of any kind: refused before any lookup.
    #[error("{0}")]
    Malformed(String),
    /// A code could not be handed to the delivery command; said without its detail.
    #[error("{0}")]
    Undelivered(String),
    #[error("no recovery request with id {0}")]
    NoRecovery(i64),
    /// At most one open request per account: asking again neither restarts nor shortens the wait.
    #[error("{account:?} already has an open recovery request, {id}: see `tfa recovery list {account}`")]
    RecoveryOpen { account: String, id: i64 },
    #[error("recovery request {id} is {state}")]
    RecoveryClosed { id: i64, state: &'static str },
    /// Too early (`waiting_period`, with `retry_after`), or `checks_missing`.
    #[error("recovery request {id} cannot be completed yet: {why}")]
    RecoveryNotReady { id: i64, reason: &'static str, retry_after: Option<u64>, why: String },
}

/// What a person is told of a lockout.
pub fn locked_message(account: &str, retry_after: Option<u64>) -> String {
    match retry_after {
        Some(s) => format!(
            "{account:?} is locked out after too many failed codes; try again in {s} s (a backup code is still checked, not an imported 8-digit scratch code)"
        ),
        None => format!(
            "{account:?} is locked out after too many failed codes; an operator must run `tfa unlock {account}`"
        ),
    }
}

impl Failure {
    fn outcome(&self) -> Outcome {
        match self {
            Failure::NoAccount(_)
            | Failure::NoActiveMethod(_)
            | Failure::NothingPending(_)
            | Failure::NoMethod { .. }
            | Failure::NoSendMethod { .. }
            | Failure::NoBackupCodes(_)
            | Failure::NoDevice { .. }
            | Failure::NoContact { .. }
            | Failure::NoPendingContact(_)
            | Failure::NoWay { .. }
            | Failure::NoRecovery(_) => Outcome::NotFound,
            Failure::Locked { .. } | Failure::Throttled { .. } | Failure::RecoveryNotReady { .. } => Outcome::Locked,
            Failure::RecoveryOpen { .. } | Failure::RecoveryClosed { .. } => Outcome::Refused,
            Failure::Malformed(_) | Failure::Undelivered(_) => Outcome::Invalid,
        }
    }

    /// The `error.kind` of the JSON error document.
    fn kind(&self) -> &'static str {
        match self {
            Failure::NoAccount(_) => "no_account",
            Failure::NoActiveMethod(_) => "no_active_method",
            Failure::NothingPending(_) => "nothing_pending",
            Failure::NoMethod { .. } => "no_method",
            Failure::Locked { retry_after, .. } => core::refusal::Refusal::of_lockout(*retry_after).as_str(),
            Failure::NoSendMethod { .. } => "no_send_method",
            Failure::Throttled { .. } => core::refusal::Refusal::Throttled.as_str(),
            Failure::NoBackupCodes(_) => "no_backup_codes",
            Failure::NoDevice { .. } => "no_device",
            Failure::NoContact { .. } => "no_contact",
            Failure::NoPendingContact(_) => "nothing_pending",
            Failure::NoWay { .. } => "no_way",
            Failure::Malformed(_) => core::refusal::Refusal::Malformed.as_str(),
            Failure::Undelivered(_) => core::refusal::Refusal::Undelivered.as_str(),
            Failure::NoRecovery(_) => "no_recovery",
            Failure::RecoveryOpen { .. } => "recovery_open",
            Failure::RecoveryClosed { .. } => "recovery_closed",
            Failure::RecoveryNotReady { reason, .. } => reason,
        }
    }

    /// Where a person is stuck, not a script mistaken: the support contact
    /// goes with it.
    fn is_dead_end(&self) -> bool {
        matches!(
            self,
            Failure::Locked { .. } | Failure::NoActiveMethod(_) | Failure::NoWay { .. } | Failure::Undelivered(_)
        )
    }

    fn retry_after(&self) -> Option<Option<u64>> {
        match self {
            Failure::Locked { retry_after, .. } => Some(*retry_after),
            Failure::Throttled { retry_after } => Some(Some(*retry_after)),
            Failure::RecoveryNotReady { retry_after, .. } => Some(*retry_after),
            _ => None,
        }
    }
}

pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::parse_args(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, &args),
    };
    // Nothing tfa writes is for anyone else to read.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));

    let color = match cli.global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal(),
    };
    let fields = commands::error_fields(&cli.command);
    let printer = Printer::new(cli.global.json, cli.global.quiet, color);
    let ctx = match commands::Context::new(&cli.global, printer) {
        Ok(ctx) => ctx,
        Err(err) => return report(&err, &Printer::new(cli.global.json, cli.global.quiet, color), fields),
    };
    match commands::dispatch(cli.command, &ctx) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(err) => report(&err, &ctx.printer, fields),
    }
}

/// A command line clap refused. With `--json` (before any `--`), the
/// error is a JSON document too; help and version are not errors.
fn usage_error(e: &clap::Error, args: &[OsString]) -> ExitCode {
    let code = u8::try_from(e.exit_code()).unwrap_or(2);
    let json = args.iter().skip(1).take_while(|a| *a != "--").any(|a| a == "--json");
    if json && code == Outcome::Invalid.exit_code() {
        // The error and what it names (a missing <ID>, a bad value), without the usage lines after it.
        let text = e.render().to_string();
        let head = text.split("\n\n").next().unwrap_or_default().trim_start_matches("error: ");
        // What was typed stays out of the document: it may be a secret put on argv by mistake.
        let message = head
            .split('\'')
            .enumerate()
            .map(|(i, part)| if i % 2 == 1 { "…" } else { part })
            .collect::<Vec<_>>()
            .join("'");
        let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
        let doc = serde_json::json!({ "error": { "kind": "usage", "message": message } });
        let _ = output::write_stdout(format!("{doc}\n").as_bytes());
    }
    let _ = e.print();
    ExitCode::from(code)
}

fn report(err: &anyhow::Error, printer: &Printer, fields: serde_json::Map<String, serde_json::Value>) -> ExitCode {
    printer.error(message_of(err));
    let failure = err.chain().find_map(|c| c.downcast_ref::<Failure>());
    // A dead end for a person: say whom to ask.
    if failure.is_some_and(Failure::is_dead_end) {
        printer.tell_support();
    }
    let outcome = failure.map_or(Outcome::Invalid, Failure::outcome);
    if printer.json && !printer.json_done() {
        let _ = printer.json(&error_json(err, printer, fields));
    }
    ExitCode::from(outcome.exit_code())
}

/// The cause chain, without a cause that repeats the one before it (as
/// SQLite's "Error code 14: unable to open database file" does).
fn message_of(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain().map(ToString::to_string) {
        if parts.last().is_none_or(|last| !cause.contains(last.as_str()) && !last.contains(cause.as_str())) {
            parts.push(cause);
        }
    }
    parts.join(": ")
}

/// The JSON error document of `err` for a command whose answer shares
/// `fields`, as the run prints it (`verify --batch` prints one per line).
pub(crate) fn error_json(
    err: &anyhow::Error,
    printer: &Printer,
    fields: serde_json::Map<String, serde_json::Value>,
) -> serde_json::Value {
    let failure = err.chain().find_map(|c| c.downcast_ref::<Failure>());
    let mut doc = error_document(err, failure, &message_of(err), fields);
    if let (true, Some(support), Some(obj)) =
        (failure.is_some_and(Failure::is_dead_end), printer.support(), doc.as_object_mut())
    {
        obj.insert("support".into(), support.into());
    }
    doc
}

/// `{"error": {"kind", "message"}, ...}` with the command's own fields
/// (`account`, `verified: false`, `reason`, `retry_after`) where they apply.
fn error_document(
    err: &anyhow::Error,
    failure: Option<&Failure>,
    message: &str,
    mut doc: serde_json::Map<String, serde_json::Value>,
) -> serde_json::Value {
    let is = |c: &(dyn std::error::Error + 'static)| {
        // A SQLite error met outside the store module (a commit on a full disk) is the store's too.
        c.downcast_ref::<store::StoreError>().is_some()
            || c.downcast_ref::<crypto::KeyError>().is_some()
            || c.downcast_ref::<store::sql::Error>().is_some()
    };
    let kind = match failure {
        Some(f) => f.kind(),
        None if err.chain().any(is) => "store",
        None => "input",
    };
    if doc.contains_key("reason") {
        let reason = failure.filter(|f| {
            matches!(
                f,
                Failure::Malformed(_)
                    | Failure::Locked { .. }
                    | Failure::Throttled { .. }
                    | Failure::RecoveryOpen { .. }
                    | Failure::RecoveryClosed { .. }
                    | Failure::RecoveryNotReady { .. }
            )
        });
        doc.insert("reason".into(), reason.map(Failure::kind).into());
    }
    if let Some(retry_after) = failure.and_then(Failure::retry_after) {
        doc.insert("retry_after".into(), retry_after.into());
    }
    let error = output::views::ErrorView { kind, message: message.to_owned() };
    doc.insert("error".into(), serde_json::to_value(error).unwrap_or_default());
    serde_json::Value::Object(doc)
}
