//! `tfa backup` and `tfa rekey`.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};

use super::{now, Context};
use crate::auth::keys;
use crate::output::answers::Done;
use crate::output::views::{BackupView, ForgetOldView, MigrateView, RekeyView};
use crate::store::{self, copy, Open, Store, StoreError};
use crate::Outcome;

pub fn backup(ctx: &Context, file: &Path) -> Result<Outcome> {
    if store::is_url(&ctx.db) {
        // Before the copy's file is made: there is nothing to write to it.
        return Err(StoreError::BackupOfDatabase.into());
    }
    if !ctx.db.exists() {
        bail!("there is no store at {} to back up", ctx.db.display());
    }
    if file.exists() {
        if !ctx.yes {
            bail!("{} exists: pass --yes to replace it", file.display());
        }
        fs::remove_file(file).with_context(|| format!("cannot replace {}", file.display()))?;
    }
    // Create it 0600 first: the copy holds the same sealed secrets and hashes.
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(file)
        .with_context(|| format!("cannot create {}", file.display()))?;
    let store = ctx.store(Open::Existing)?;
    store.backup_to(file).with_context(|| format!("cannot write the backup {}", file.display()))?;
    let said = format!(
        "Wrote a copy of {} to {}. The key file is not in it: back that up apart.",
        ctx.db.display(),
        file.display()
    );
    Ok(ctx.printer.answer(&Done::new(BackupView { backup: file, db: &ctx.db }, said))?)
}

pub fn migrate(ctx: &Context, to: &Path) -> Result<Outcome> {
    let from = ctx.store(Open::Existing)?;
    // The target is made (or opened) and bound to the same key file; it must hold nothing else.
    let target = Store::open(to, &ctx.key_file, Open::Create)?;
    let total = copy::rows_to_copy(&from)?;
    let bar = if ctx.printer.quiet() { ProgressBar::hidden() } else { ProgressBar::new(total) };
    if let Ok(style) = ProgressStyle::with_template("copying {bar:30} {pos}/{len} rows {eta}") {
        bar.set_style(style);
    }
    let copied = copy::copy(&from, &target, now() as i64, &mut |n| bar.inc(n));
    bar.finish_and_clear();
    let copied = copied?;
    let rows = copied.tables.iter().map(|(_, n)| n).sum();
    let tables = copied.tables.iter().map(|(t, n)| ((*t).to_owned(), (*n).into())).collect();
    let said = format!(
        "Copied {rows} rows from {} to {}. Point every host at the new store (--db or TFA_DB), each with its own \
         copy of the key file {}: the key is never in the database.",
        from.path().display(),
        target.path().display(),
        ctx.key_file.display()
    );
    let view = MigrateView { from: from.path(), to: target.path(), rows, tables };
    Ok(ctx.printer.answer(&Done::new(view, said))?)
}

pub fn rekey(ctx: &Context, forget_old: bool, new_key_file: Option<&Path>) -> Result<Outcome> {
    if !store::is_url(&ctx.db) && !ctx.db.exists() {
        bail!("there is no store at {} to rekey", ctx.db.display());
    }
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    if forget_old {
        let gone = keys::forget_old(&auth)?;
        let said = match (&gone.old_key_file, gone.deleted, gone.kept_because) {
            (Some(file), true, _) => format!("Deleted {}.", file.display()),
            (Some(file), false, Some("shared")) => format!(
                "The old key {} was left for the other stores that may use it; tfa never deletes it.",
                file.display()
            ),
            _ => "There is no old key to delete.".to_owned(),
        };
        let doc = ForgetOldView { old_key_file: gone.old_key_file.as_deref(), deleted: gone.deleted };
        return Ok(ctx.printer.answer(&Done::new(doc, said))?);
    }
    let done = keys::rekey(&auth, new_key_file, now());
    ctx.tell_warnings(&auth);
    let done = done?;
    let said = if done.old_key_shared {
        format!(
            "Resealed {} secrets under a new key in {}; from now on pass --key-file {} (or set TFA_KEY_FILE). The old \
             key file {} was left as it was, for the other stores that may use it.",
            done.resealed,
            done.key_file.display(),
            done.key_file.display(),
            done.old_key_file.display()
        )
    } else {
        format!(
            "Resealed {} secrets under a new key in {}. The old key is kept at {} until `tfa rekey --forget-old`.",
            done.resealed,
            done.key_file.display(),
            done.old_key_file.display()
        )
    };
    let doc = RekeyView {
        resealed: done.resealed,
        key_file: &done.key_file,
        old_key_file: &done.old_key_file,
        old_key_shared: done.old_key_shared,
    };
    Ok(ctx.printer.answer(&Done::new(doc, said))?)
}
