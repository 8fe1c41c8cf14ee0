//! One module per subcommand: parsed arguments in, an `Outcome` out.

mod account;
mod backup_codes;
mod batch;
mod checklist;
mod code;
mod confirm;
mod device;
mod doctor;
mod enroll;
mod export;
mod generate;
mod import;
mod init;
mod lockout;
mod log;
mod login;
mod maintenance;
mod methods;
mod recovery;
mod resync;
mod send;
mod support;
mod verify;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context as _, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::auth::Auth;
use crate::cli::{BackupCodesCommand, Channel, Command, DeviceCommand, GlobalArgs, RecoveryCommand};
use crate::core::code::CodeInput;
use crate::core::method::MethodKind;
use crate::delivery::DeliveryCommand;
use crate::output::Printer;
use crate::store::support::Line;
use crate::store::{Open, Store};
use crate::{prompt, Failure, Outcome};

pub use generate::{completion, man_pages};

/// What every command gets: where the store is, how to print, whether to ask.
pub struct Context {
    pub printer: Printer,
    pub db: PathBuf,
    pub key_file: PathBuf,
    pub yes: bool,
    /// Where messages go; `None`: the outbox.
    pub delivery: Option<DeliveryCommand>,
    /// Where the request came from (`--source`), for the audit log.
    pub source: Option<String>,
}

impl Context {
    pub fn new(global: &GlobalArgs, printer: Printer) -> Result<Self> {
        let db = match &global.db {
            Some(p) => p.clone(),
            None => dirs::data_dir()
                .context("no data directory is known for this user: pass --db or set TFA_DB")?
                .join("tfa/tfa.db"),
        };
        let key_file = match &global.key_file {
            Some(p) => p.clone(),
            None => dirs::config_dir()
                .context("no config directory is known for this user: pass --key-file or set TFA_KEY_FILE")?
                .join("tfa/key"),
        };
        if let Some(source) = &global.source {
            if source.len() > 255 || source.chars().any(char::is_control) {
                bail!("--source must be at most 255 characters, without control characters");
            }
        }
        let delivery = match global.delivery_command.as_deref() {
            Some(line) => DeliveryCommand::parse(line, Duration::from_secs(global.delivery_timeout))?,
            None => None,
        };
        Ok(Context { printer, db, key_file, yes: global.yes, delivery, source: global.source.clone() })
    }

    /// The store; its support contact is then known to the printer, for
    /// every dead end the command may reach.
    pub fn store(&self, mode: Open) -> Result<Store> {
        let store = Store::open(&self.db, &self.key_file, mode)?;
        let overridden = std::env::var(crate::auth::checklist::SUPPORT_ENV).ok();
        self.printer.set_support(crate::auth::checklist::support_contact(store.conn(), overridden.as_deref())?);
        Ok(store)
    }

    /// The authentication core over a store, with this run's delivery and source.
    pub fn auth<'a>(&'a self, store: &'a Store) -> Auth<'a> {
        Auth::new(store, self.delivery.as_ref(), self.source.as_deref())
    }

    /// Tells the warnings the core gathered (a notice not delivered).
    pub fn tell_warnings(&self, auth: &Auth<'_>) {
        for warning in auth.take_warnings() {
            self.printer.warn(warning);
        }
    }

    /// Whether a question may be asked: a person at a terminal, and no `--yes`.
    pub fn may_prompt(&self) -> bool {
        !self.yes && prompt::can_prompt()
    }
}

pub fn dispatch(command: Command, ctx: &Context) -> Result<Outcome> {
    match command {
        Command::Init => init::run(ctx),
        Command::Account(cmd) => account::run(ctx, cmd),
        Command::Enroll(args) => enroll::run(ctx, &args),
        Command::Confirm { name, code } => confirm::run(ctx, &name, &code),
        Command::Methods { name } => methods::list(ctx, &name),
        Command::Unenroll { name, id } => methods::unenroll(ctx, &name, id),
        Command::Code { name, method, at } => code::run(ctx, &name, method, at),
        Command::Verify { batch: true, .. } => batch::run(ctx),
        Command::Verify { name, code, via, .. } => {
            verify::run(ctx, name.as_deref().unwrap_or_default(), code.as_deref(), via)
        }
        Command::Unlock { name } => lockout::unlock(ctx, &name),
        Command::Policy(args) => lockout::policy(ctx, &args),
        Command::Recovery(cmd) => recovery::run(ctx, cmd),
        Command::Log { name, since, prune } => log::run(ctx, name.as_deref(), since.as_deref(), prune.as_deref()),
        Command::Backup { file } => maintenance::backup(ctx, &file),
        Command::Migrate { to } => maintenance::migrate(ctx, &to),
        Command::Rekey { forget_old, new_key_file } => maintenance::rekey(ctx, forget_old, new_key_file.as_deref()),
        Command::Send(args) => send::run(ctx, &args),
        Command::Outbox { name } => send::list_outbox(ctx, name.as_deref()),
        Command::Import(cmd) => import::run(ctx, cmd),
        Command::Export { name, method, qr, issuer } => export::run(ctx, &name, method, qr, &issuer),
        Command::BackupCodes(cmd) => backup_codes::run(ctx, cmd),
        Command::Device(cmd) => device::run(ctx, cmd),
        Command::Checklist { name, all, markdown, audience } => {
            checklist::run(ctx, name.as_deref(), all, markdown, audience)
        }
        Command::Doctor { name, code, method } => doctor::run(ctx, &name, &code, method),
        Command::Resync { name, code1, code2, method, reach } => {
            resync::run(ctx, &name, &code1, &code2, method, &reach)
        }
        Command::Support(cmd) => support::run(ctx, Line::Support, cmd.into()),
        Command::Status(cmd) => support::run(ctx, Line::Status, cmd.into()),
        Command::Login(args) => login::run(ctx, &args),
        Command::Completions { shell } => generate::completions(ctx, shell),
        Command::Man { dir } => generate::man(ctx, &dir),
    }
}

/// Seconds since the Unix epoch: the only clock the commands read.
pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub use crate::auth::find_account;

/// A typed code, read forgivingly; one of no known shape is refused
/// before any lookup (exit 2, reason `malformed`).
pub fn parse_code(typed: &str) -> Result<CodeInput> {
    crate::core::code::parse(typed)
        .map_err(|e| Failure::Malformed(format!("code refused before any lookup: {e}")).into())
}

/// The kind of method a `--via` channel names.
pub fn channel_kind(channel: Channel) -> MethodKind {
    match channel {
        Channel::Sms => MethodKind::Sms,
        Channel::Whatsapp => MethodKind::Whatsapp,
        Channel::Email => MethodKind::Email,
    }
}

/// The account a command is about, if it names one.
fn account_name(command: &Command) -> Option<&str> {
    use crate::cli::AccountCommand as A;
    use crate::cli::ContactCommand as C;
    Some(match command {
        Command::Account(A::Contact(
            C::Add { name, .. } | C::Confirm { name, .. } | C::List { name } | C::Remove { name, .. },
        )) => name,
        Command::Account(A::Add { name, .. } | A::Show { name } | A::Remove { name } | A::Passwd { name, .. }) => name,
        Command::Enroll(args) => &args.name,
        Command::Confirm { name, .. }
        | Command::Methods { name }
        | Command::Unenroll { name, .. }
        | Command::Code { name, .. }
        | Command::Doctor { name, .. }
        | Command::Resync { name, .. }
        | Command::Unlock { name } => name,
        Command::Send(args) => &args.name,
        Command::Login(args) => &args.name,
        Command::BackupCodes(
            BackupCodesCommand::Generate { name, .. }
            | BackupCodesCommand::Status { name }
            | BackupCodesCommand::Use { name, .. },
        ) => name,
        Command::Device(
            DeviceCommand::Add { name, .. }
            | DeviceCommand::List { name }
            | DeviceCommand::Revoke { name, .. }
            | DeviceCommand::Check { name, .. },
        ) => name,
        Command::Recovery(RecoveryCommand::Request { name, .. }) => name,
        Command::Checklist { name, .. }
        | Command::Log { name, .. }
        | Command::Outbox { name }
        | Command::Verify { name, .. }
        | Command::Recovery(RecoveryCommand::List { name, .. }) => name.as_deref()?,
        _ => return None,
    })
}

/// The fields a command's JSON error document shares with its answer:
/// the account, and `false` for what the command checks.
pub fn error_fields(command: &Command) -> Map<String, Value> {
    let (name, checked): (Option<&str>, Option<&str>) = match command {
        Command::Verify { batch: true, .. } => (None, None),
        Command::Verify { name, .. } => (name.as_deref(), Some("verified")),
        Command::Login(args) => (Some(&args.name), Some("verified")),
        Command::Confirm { name, .. } => (Some(name), Some("confirmed")),
        Command::Account(crate::cli::AccountCommand::Contact(crate::cli::ContactCommand::Confirm { name, .. })) => {
            (Some(name), Some("confirmed"))
        }
        Command::Resync { name, .. } => (Some(name), Some("resynced")),
        Command::Send(args) => (Some(&args.name), Some("sent")),
        Command::BackupCodes(BackupCodesCommand::Use { name, .. }) => (Some(name), Some("accepted")),
        Command::Device(DeviceCommand::Check { name, .. }) => (Some(name), Some("trusted")),
        other => (account_name(other), None),
    };
    let mut doc = Map::new();
    // A request is named by its id; what completing or cancelling it checks is `false`.
    let (id, checked) = match command {
        Command::Recovery(RecoveryCommand::Complete { id, .. }) => (Some(id), Some("completed")),
        Command::Recovery(RecoveryCommand::Cancel { id, .. }) => (Some(id), Some("cancelled")),
        Command::Recovery(RecoveryCommand::Check { id, .. }) => (Some(id), None),
        _ => (None, checked),
    };
    if let Some(id) = id {
        doc.insert("id".into(), (*id).into());
    }
    if let Some(name) = name {
        doc.insert("account".into(), name.into());
    }
    if let Some(field) = checked {
        doc.insert(field.into(), false.into());
        doc.insert("reason".into(), Value::Null);
    }
    doc
}

/// A code from the argument, from stdin (`-`, or no argument and no
/// terminal), or from a prompt.
pub fn read_code(ctx: &Context, arg: Option<&str>) -> Result<Zeroizing<String>> {
    match arg {
        Some("-") => prompt::read_stdin_line("code"),
        Some(code) => Ok(Zeroizing::new(code.to_owned())),
        None if !prompt::stdin_is_terminal() => prompt::read_stdin_line("code"),
        None if ctx.may_prompt() => Ok(Zeroizing::new(prompt::code("Code")?)),
        None => bail!("missing CODE: pass it as an argument, or `-` to read it from stdin"),
    }
}

/// Asks before a destructive step; without a terminal `--yes` is required.
pub fn confirm_destructive(ctx: &Context, question: &str) -> Result<bool> {
    if ctx.yes {
        return Ok(true);
    }
    if !prompt::can_prompt() {
        bail!("{question}: pass --yes to confirm (no terminal to ask on)");
    }
    prompt::confirm(question)
}
