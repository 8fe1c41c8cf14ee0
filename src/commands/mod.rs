//! One module per subcommand: parsed arguments in, an `Outcome` out.

mod account;
mod backup_codes;
pub mod checklist;
mod code;
mod device;
mod doctor;

mod enroll;
mod enroll_sent;
mod generate;
mod guard;
mod init;
mod lockout;
mod log;
mod login;
mod maintenance;
mod methods;
mod notify;
mod resync;

mod send;
mod sent;
mod support;
mod verify;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context as _, Result};
use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::cli::{Command, GlobalArgs};
use crate::delivery::DeliveryCommand;
use crate::output::Printer;
use crate::store::accounts::{self, Account};
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
            crate::store::events::set_source(source);
        }
        let delivery = match global.delivery_command.as_deref() {
            Some(line) => DeliveryCommand::parse(line, Duration::from_secs(global.delivery_timeout))?,
            None => None,
        };
        Ok(Context { printer, db, key_file, yes: global.yes, delivery })
    }

    pub fn store(&self, mode: Open) -> Result<Store> {
        Ok(Store::open(&self.db, &self.key_file, mode)?)
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
        Command::Confirm { name, code } => enroll::confirm(ctx, &name, &code),
        Command::Methods { name } => methods::list(ctx, &name),
        Command::Unenroll { name, id } => methods::unenroll(ctx, &name, id),
        Command::Code { name, method, at } => code::run(ctx, &name, method, at),
        Command::Verify { name, code, via } => verify::run(ctx, &name, code.as_deref(), via),
        Command::Unlock { name } => lockout::unlock(ctx, &name),
        Command::Policy(args) => lockout::policy(ctx, &args),
        Command::Log { name, since, prune } => log::run(ctx, name.as_deref(), since.as_deref(), prune.as_deref()),
        Command::Backup { file } => maintenance::backup(ctx, &file),
        Command::Rekey { forget_old } => maintenance::rekey(ctx, forget_old),
        Command::Send(args) => send::run(ctx, &args),
        Command::Outbox { name } => send::list_outbox(ctx, name.as_deref()),
        Command::BackupCodes(cmd) => backup_codes::run(ctx, cmd),
        Command::Device(cmd) => device::run(ctx, cmd),
        Command::Checklist { name, all, markdown } => checklist::run(ctx, name.as_deref(), all, markdown),
        Command::Doctor { name, code, method } => doctor::run(ctx, &name, &code, method),
        Command::Resync { name, code1, code2, method } => resync::run(ctx, &name, &code1, &code2, method),
        Command::Support(cmd) => support::run(ctx, cmd),
        Command::Login(args) => login::run(ctx, &args),
        Command::Completions { shell } => generate::completions(ctx, shell),
        Command::Man { dir } => generate::man(ctx, &dir),
    }
}

/// Seconds since the Unix epoch: the only clock the commands read.
pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub fn find_account(conn: &Connection, name: &str) -> Result<Account> {
    accounts::find(conn, name)?.ok_or_else(|| Failure::NoAccount(name.to_owned()).into())
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
