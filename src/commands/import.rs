//! `tfa import ...`: read another tool's secrets, check every line, then
//! import them all in one transaction (or, with `--dry-run`, say what would
//! be); `tfa export`: an app's URI, to move it to a new phone.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};
use zeroize::Zeroizing;

use super::{now, Context};
use crate::auth::import::{self as auth_import, Hashed, Input, Row};
use crate::auth::Auth;
use crate::cli::ImportCommand;
use crate::core::import::{google_authenticator, google_migration, oath_usersfile, uris, BadInput, Entry, MAX_INPUT};
use crate::core::name;
use crate::output::views::{ErrorView, ImportEntryView, ImportErrorView, ImportView};
use crate::output::{Answer, Printer};
use crate::store::{Open, Store, StoreError};
use crate::Outcome;

/// What a `--homes` directory's users keep their file as.
const GA_FILE: &str = ".google_authenticator";

/// Imports of this many entries or scratch codes get a progress bar on a terminal.
const PROGRESS_FROM: u64 = 20;

pub fn run(ctx: &Context, cmd: ImportCommand) -> Result<Outcome> {
    let now = now();
    let (source, dry_run, read) = match &cmd {
        ImportCommand::GoogleAuthenticator { file, account, homes, options } => {
            let read = match (file, account, homes) {
                (_, _, Some(dir)) => read_homes(dir)?,
                (Some(file), Some(account), None) => {
                    name::check_account(account).context("--account")?;
                    let text = read_input(file.to_string_lossy().as_ref())?;
                    vec![(display(file), google_authenticator::parse(&text, account).map(|e| vec![e]))]
                }
                _ => bail!("give a FILE with --account NAME, or --homes DIR"),
            };
            ("google-authenticator", options.dry_run, read)
        }
        ImportCommand::OathUsersfile { file, options } => {
            let text = read_input(file.to_string_lossy().as_ref())?;
            ("oath-usersfile", options.dry_run, vec![(display(file), oath_usersfile::parse(&text, now))])
        }
        ImportCommand::Uris { file, account, options } => {
            check_account(account.as_deref())?;
            let text = read_input(file)?;
            ("uris", options.dry_run, vec![(file.clone(), uris::parse(&text, account.as_deref()))])
        }
        ImportCommand::GoogleMigration { input, account, options } => {
            check_account(account.as_deref())?;
            let text = if input.to_ascii_lowercase().starts_with("otpauth-migration:") {
                ctx.printer.warn(
                    "the transfer text holds secrets and was given on the command line, where other users of this machine can read it: pass - and give it on stdin",
                );
                Zeroizing::new(input.clone())
            } else {
                read_input(input)?
            };
            let file = if input == "-" || input.contains(':') { "-".to_owned() } else { input.clone() };
            ("google-migration", options.dry_run, vec![(file, google_migration::parse(&text, account.as_deref()))])
        }
    };

    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for (file, parsed) in read {
        match parsed {
            Ok(entries) => inputs.push(Input { file, entries }),
            Err(BadInput { line, message }) => errors.push(ImportErrorView { file, line, message }),
        }
    }
    if !errors.is_empty() {
        return Ok(ctx.printer.answer(&ImportView::failed(source, dry_run, errors))?);
    }

    let entries: Vec<&Entry> = inputs.iter().flat_map(|i| &i.entries).collect();
    // A dry run before there is a store runs on an empty one made for it, then removed.
    let mut scratch = None;
    let store = match ctx.store(if dry_run { Open::Existing } else { Open::Create }) {
        Err(e) if dry_run && matches!(e.downcast_ref::<StoreError>(), Some(StoreError::Missing { .. })) => {
            let dir = scratch.insert(tempfile::tempdir()?);
            Store::open(&dir.path().join("tfa.db"), &dir.path().join("key"), Open::Create)?
        }
        opened => opened?,
    };
    let auth = ctx.auth(&store);
    let hashed = if dry_run { Vec::new() } else { hash_all(&ctx.printer, &auth, &entries)? };
    let rows = auth_import::import(&auth, &inputs, hashed, dry_run, now)?;
    ctx.tell_warnings(&auth);
    let view = ImportView::done(source, dry_run, rows.iter().map(entry_view).collect());
    Ok(ctx.printer.answer(&view)?)
}

fn check_account(account: Option<&str>) -> Result<()> {
    account.map(name::check_account).transpose().context("--account")?;
    Ok(())
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Reads a file, or stdin for `-`: bounded, and refused if not UTF-8.
fn read_input(path: &str) -> Result<Zeroizing<String>> {
    if path == "-" {
        return read_all(std::io::stdin(), "stdin");
    }
    read_all(File::open(path).with_context(|| format!("cannot open {path}"))?, path)
}

/// A file in a home, opened without following a link and without blocking
/// (a FIFO a user made would hang the import), if it is a regular file: the
/// check is on what was opened, so it cannot be swapped in between.
fn open_regular(path: &Path) -> Result<Option<File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path)
        .with_context(|| format!("cannot open {} (a symbolic link is not followed)", path.display()))?;
    Ok(file.metadata()?.is_file().then_some(file))
}

fn read_all(reader: impl Read, what: &str) -> Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::new());
    reader.take(MAX_INPUT as u64 + 1).read_to_end(&mut bytes).with_context(|| format!("cannot read {what}"))?;
    if bytes.len() > MAX_INPUT {
        bail!("{what} is longer than {MAX_INPUT} bytes");
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| anyhow::anyhow!("{what} is not UTF-8 text"))?;
    Ok(Zeroizing::new(text.to_owned()))
}

type Read1 = (String, Result<Vec<Entry>, BadInput>);

/// `DIR/*/.google_authenticator`, each for the account its directory names,
/// in name order. A symbolic link is not followed: a user could point it at
/// a file that is not theirs.
fn read_homes(dir: &Path) -> Result<Vec<Read1>> {
    let mut homes: Vec<_> = fs::read_dir(dir)
        .with_context(|| format!("cannot read the directory {}", dir.display()))?
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("cannot read the directory {}", dir.display()))?;
    homes.sort_by_key(|e| e.file_name());
    let mut read = Vec::new();
    for home in homes {
        let path = home.path().join(GA_FILE);
        let Ok(meta) = fs::symlink_metadata(&path) else { continue };
        let file = display(&path);
        let account = home.file_name().to_string_lossy().into_owned();
        let parsed = if meta.file_type().is_symlink() {
            Err(BadInput::whole("a symbolic link: not followed"))
        } else if let Err(e) = name::check_account(&account) {
            Err(BadInput::whole(format!("the directory's name is not an account name: {e}")))
        } else {
            // A file that cannot be read is that file's error, listed with the others.
            match open_regular(&path).and_then(|f| f.map(|f| read_all(f, "the file")).transpose()) {
                Ok(Some(text)) => google_authenticator::parse(&text, &account).map(|e| vec![e]),
                Ok(None) => Err(BadInput::whole("not a regular file")),
                Err(e) => Err(BadInput::whole(format!("{e:#}"))),
            }
        };
        read.push((file, parsed));
    }
    if read.is_empty() {
        bail!("no {}/*/{GA_FILE} was found", dir.display());
    }
    Ok(read)
}

/// Hashes every entry's scratch codes (one argon2id each), with a progress
/// bar on a terminal when there are many.
fn hash_all(p: &Printer, auth: &Auth<'_>, entries: &[&Entry]) -> Result<Vec<Option<Hashed>>> {
    let total: u64 = entries.iter().map(|e| e.scratch().len() as u64).sum();
    let bar = if total >= PROGRESS_FROM && !p.quiet() { ProgressBar::new(total) } else { ProgressBar::hidden() };
    if let Ok(style) = ProgressStyle::with_template("hashing scratch codes {bar:30} {pos}/{len} {eta}") {
        bar.set_style(style);
    }
    let hashed = entries.iter().map(|e| auth_import::hash_scratch_codes(auth, e, &mut || bar.inc(1))).collect();
    bar.finish_and_clear();
    hashed
}

fn entry_view(row: &Row) -> ImportEntryView {
    ImportEntryView {
        account: row.account.clone(),
        file: row.file.clone(),
        line: row.line,
        kind: row.kind,
        label: row.label.clone(),
        outcome: if row.skipped.is_some() { "skipped" } else { "imported" },
        method_id: row.method_id,
        reason: row.skipped.clone(),
        scratch_codes: row.scratch_codes,
        account_created: row.account_created,
        reported: row.reported.clone(),
    }
}

impl ImportView {
    fn failed(source: &'static str, dry_run: bool, errors: Vec<ImportErrorView>) -> Self {
        let first = &errors[0];
        let message = format!("{}: {}", first.file, BadInput { line: first.line, message: first.message.clone() });
        ImportView {
            source,
            dry_run,
            imported: 0,
            skipped: 0,
            errors,
            entries: Vec::new(),
            error: Some(ErrorView { kind: "input", message }),
        }
    }

    fn done(source: &'static str, dry_run: bool, entries: Vec<ImportEntryView>) -> Self {
        let skipped = entries.iter().filter(|e| e.reason.is_some()).count();
        ImportView {
            source,
            dry_run,
            imported: entries.len() - skipped,
            skipped,
            errors: Vec::new(),
            entries,
            error: None,
        }
    }
}

impl Answer for ImportView {
    fn outcome(&self) -> Outcome {
        if self.errors.is_empty() {
            Outcome::Success
        } else {
            Outcome::Invalid
        }
    }

    fn data(&self, p: &Printer) -> std::io::Result<()> {
        if self.entries.is_empty() {
            return Ok(());
        }
        let rows = self
            .entries
            .iter()
            .map(|e| {
                let result = match (&e.reason, e.method_id) {
                    (Some(why), _) => format!("skipped: {why}"),
                    (None, Some(id)) => format!("imported as method {id}"),
                    (None, None) => "would be imported".to_owned(),
                };
                let codes = match e.scratch_codes {
                    0 => String::new(),
                    1 => ", 1 scratch code".to_owned(),
                    n => format!(", {n} scratch codes"),
                };
                vec![
                    e.account.clone(),
                    format!("{}:{}", e.file, e.line),
                    e.kind.to_string(),
                    e.label.clone(),
                    result + &codes,
                ]
            })
            .collect();
        p.table(&["ACCOUNT", "FROM", "KIND", "LABEL", "RESULT"], rows)
    }

    fn notes(&self, p: &Printer) {
        for e in &self.errors {
            let at = e.line.map(|l| format!(" line {l}")).unwrap_or_default();
            p.error(format_args!("{}{at}: {}", e.file, e.message));
        }
        if !self.errors.is_empty() {
            p.note("Nothing was imported.");
            return;
        }
        for e in &self.entries {
            for r in &e.reported {
                p.note(format_args!("{} ({}:{}): {r}", e.account, e.file, e.line));
            }
        }
        if self.dry_run {
            p.note(format_args!(
                "Dry run: {} would be imported, {} skipped; nothing was written.",
                self.imported, self.skipped
            ));
        } else {
            p.note(format_args!("Imported {}, skipped {}.", self.imported, self.skipped));
        }
    }
}
