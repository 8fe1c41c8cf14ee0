//! `tfa backup` and `tfa rekey`.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};

use super::{now, Context};
use crate::crypto::StoreKey;
use crate::output::answers::Done;
use crate::output::views::BackupView;
use crate::store::events::{self, Event};
use crate::store::Open;
use crate::Outcome;

pub fn backup(ctx: &Context, file: &Path) -> Result<Outcome> {
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

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

pub fn rekey(ctx: &Context, forget_old: bool) -> Result<Outcome> {
    let old_copy = sibling(&ctx.key_file, ".old");
    if forget_old {
        let (deleted, said) = match fs::remove_file(&old_copy) {
            Ok(()) => (true, format!("Deleted {}.", old_copy.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (false, "There is no old key to delete.".to_owned()),
            Err(e) => return Err(e).with_context(|| format!("cannot delete {}", old_copy.display())),
        };
        let doc = serde_json::json!({ "old_key_file": old_copy, "deleted": deleted });
        return Ok(ctx.printer.answer(&Done::new(doc, said))?);
    }
    if old_copy.exists() {
        bail!(
            "{} still holds the key before the last rekey: keep it somewhere safe, then `tfa rekey --forget-old`",
            old_copy.display()
        );
    }
    let store = ctx.store(Open::Existing)?;
    store.key()?;
    let pending = sibling(&ctx.key_file, ".new");
    let _ = fs::remove_file(&pending);
    let new = StoreKey::create(&pending)?;
    let tx = store.immediate()?;
    let count = store.reseal(&tx, &new)?;
    events::record(&tx, &Event { source: ctx.source.as_deref(), ..Event::new("", "rekey", "ok") }, now() as i64)?;
    if let Err(e) = tx.commit() {
        let _ = fs::remove_file(&pending);
        return Err(e).context("cannot reseal the store; nothing changed");
    }
    // The store now needs the new key: keep the old one beside it, then move the new one in.
    fs::rename(&ctx.key_file, &old_copy).with_context(|| {
        format!("the store was resealed with {}, but the old key could not be moved aside", pending.display())
    })?;
    fs::rename(&pending, &ctx.key_file)
        .with_context(|| format!("the store was resealed; move {} to {}", pending.display(), ctx.key_file.display()))?;
    let said = format!(
        "Resealed {count} secrets under a new key in {}. The old key is kept at {} until `tfa rekey --forget-old`.",
        ctx.key_file.display(),
        old_copy.display()
    );
    let doc = serde_json::json!({ "resealed": count, "key_file": ctx.key_file, "old_key_file": old_copy });
    Ok(ctx.printer.answer(&Done::new(doc, said))?)
}
