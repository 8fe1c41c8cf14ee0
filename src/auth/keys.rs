//! The store key's rotation: `rekey` (in place, or into a new key file)
//! and `rekey --forget-old`.
//!
//! A rekey holds the key's lock (`KEY.lock`) from start to end and the
//! store's write lock from the moment it reads the key until the new key
//! file is in place and the reseal is committed, so two rekeys, or a rekey
//! and an enrollment, never interleave. It replaces the key file in place
//! only when the record beside it (`KEY.stores`) names this store alone;
//! otherwise the key is shared, or may be, and the new key goes to a new
//! file. Afterwards it rebuilds the store file so no ciphertext under the
//! old key is left in it.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};

use super::Auth;
use crate::crypto::{KeyError, StoreKey};
use crate::key_file::{self, sibling, KeyLock, KeyUser};
use crate::store::events;
use crate::store::OldKey;

/// How a rekey ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rekeyed {
    /// How many sealed secrets were resealed.
    pub resealed: usize,
    /// Where the store's key now is.
    pub key_file: PathBuf,
    /// Where the old key is.
    pub old_key_file: PathBuf,
    /// The old key file was left as it was for other stores that may use
    /// it: `--forget-old` never deletes it.
    pub old_key_shared: bool,
}

/// Reseals every secret under a new key. `new_file`: the new key's file
/// (it must not exist), leaving the current key file untouched; `None`:
/// in place, where the old key is kept as `KEY.old`, only if this store is
/// the key's only recorded user. Warnings (old ciphertexts that could not
/// be purged) go to `auth`.
pub fn rekey(auth: &Auth<'_>, new_file: Option<&Path>, now: u64) -> Result<Rekeyed> {
    let store = auth.store;
    let key_file = store.key_path().to_owned();
    let _lock = KeyLock::acquire(&key_file, key_file::LOCK_WAIT)?;
    let rekeyed = match new_file {
        None => in_place(auth, &key_file, now)?,
        Some(new_file) => into_new_file(auth, &key_file, new_file, now)?,
    };
    if let Err(e) = store.purge() {
        auth.warn(format!(
            "the store was resealed, but its file could not be rebuilt, so ciphertexts under the old key may remain in \
             its free space: {e:#}"
        ));
    }
    Ok(rekeyed)
}

fn in_place(auth: &Auth<'_>, key_file: &Path, now: u64) -> Result<Rekeyed> {
    let store = auth.store;
    let (old_copy, pending) = (sibling(key_file, ".old"), sibling(key_file, ".new"));
    if old_copy.exists() {
        bail!(
            "{} still holds the key before the last rekey: keep it somewhere safe, then `tfa rekey --forget-old`",
            old_copy.display()
        );
    }
    let tx = store.immediate()?;
    let old = store.key()?;
    let store_id = store.store_id(&tx)?;
    only_user(key_file, &store_id, store.path())?;
    if pending.exists() {
        bail!(
            "{} is left from a rekey that never finished, and this store is not sealed with it: delete it, then rekey \
             again",
            pending.display()
        );
    }
    let new = StoreKey::create(&pending)?;
    let left = OldKey { file: old_copy.clone(), id: old.id(), own: true };
    let resealed = match reseal(auth, &tx, &old, &new, &left, now) {
        Ok(n) => n,
        Err(e) => {
            // Made by this rekey, under the key's lock, and never used.
            let _ = fs::remove_file(&pending);
            return Err(e);
        }
    };
    // The swap, while the store's write lock is still held: KEY is never
    // missing, and at every step one of KEY and KEY.old opens the store.
    if let Err(e) = fs::hard_link(key_file, &old_copy) {
        let _ = fs::remove_file(&pending);
        return Err(e).with_context(|| format!("cannot keep the old key as {}; nothing changed", old_copy.display()));
    }
    if let Err(e) = fs::rename(&pending, key_file).and_then(|()| key_file::sync_dir(key_file)) {
        let _ = fs::remove_file(&old_copy);
        let _ = fs::remove_file(&pending);
        return Err(e).with_context(|| format!("cannot put the new key in {}; nothing changed", key_file.display()));
    }
    if let Err(e) = tx.commit() {
        // The commit may yet have reached the disk: keep the new key as
        // KEY.new, and put the old one back.
        let kept = fs::hard_link(key_file, &pending).and_then(|()| fs::rename(&old_copy, key_file));
        return Err(e).context(match kept {
            Ok(()) => format!(
                "cannot reseal the store: {} is back in place, and the new key is kept as {} in case the store needs it",
                key_file.display(),
                pending.display()
            ),
            Err(undo) => format!(
                "cannot reseal the store, nor put the old key back ({undo}): the store needs {} or {}",
                key_file.display(),
                old_copy.display()
            ),
        });
    }
    Ok(Rekeyed { resealed, key_file: key_file.to_owned(), old_key_file: old_copy, old_key_shared: false })
}

fn into_new_file(auth: &Auth<'_>, key_file: &Path, new_file: &Path, now: u64) -> Result<Rekeyed> {
    let store = auth.store;
    if new_file.exists() {
        bail!("{} exists: a rekey writes its new key to a file of its own", new_file.display());
    }
    let tx = store.immediate()?;
    let old = store.key()?;
    let store_id = store.store_id(&tx)?;
    let new = StoreKey::create(new_file)?;
    let user = KeyUser { store_id: store_id.clone(), path: store.location() };
    let left = OldKey { file: key_file.to_owned(), id: old.id(), own: false };
    let unused =
        || format!("{} was made for the new key and is not used: delete it before trying again", new_file.display());
    key_file::add_user(new_file, user, true).with_context(unused)?;
    let resealed = reseal(auth, &tx, &old, &new, &left, now).with_context(unused)?;
    tx.commit().context("cannot reseal the store; it still needs its old key").with_context(unused)?;
    if let Err(e) = key_file::remove_user(key_file, &store_id) {
        auth.warn(format!("this store is still recorded as a user of {}: {e:#}", key_file.display()));
    }
    Ok(Rekeyed { resealed, key_file: new_file.to_owned(), old_key_file: key_file.to_owned(), old_key_shared: true })
}

/// Refuses unless the record beside `key_file` names this store alone.
fn only_user(key_file: &Path, store_id: &str, store_path: &Path) -> Result<()> {
    let others: Vec<KeyUser> = match key_file::users(key_file)? {
        Some(users) => users.into_iter().filter(|u| u.store_id != store_id).collect(),
        None => vec![],
    };
    let recorded = key_file::sibling(key_file, ".stores").exists();
    if recorded && others.is_empty() {
        return Ok(());
    }
    let why = if !recorded {
        format!(
            "tfa has no record of which stores use {} (it was made by an older tfa, or by hand)",
            key_file.display()
        )
    } else {
        let names: Vec<String> = others
            .iter()
            .map(|u| if u.is_unknown() { u.path.clone() } else { format!("{} (store {})", u.path, u.store_id) })
            .collect();
        format!(
            "{} is also used by {}; if one of those is gone, delete its line from {}",
            key_file.display(),
            names.join(", "),
            key_file::sibling(key_file, ".stores").display()
        )
    };
    bail!(
        "will not replace the key file of {}: {why}. Reseal this store under a key of its own instead, leaving the \
         shared key as it is: `tfa rekey --new-key-file NEW`, then use --key-file NEW (or TFA_KEY_FILE)",
        store_path.display()
    )
}

fn reseal(
    auth: &Auth<'_>,
    tx: &crate::store::Transaction<'_>,
    old: &StoreKey,
    new: &StoreKey,
    left: &OldKey,
    now: u64,
) -> Result<usize> {
    let count = auth.store.reseal(tx, old, new, left).map_err(|e| match e {
        crate::store::StoreError::Key(KeyError::Unseal) => anyhow::Error::from(e).context(
            "a sealed seed does not open under the current key, so it cannot be resealed; nothing changed \
             (`tfa verify` names the method: remove it with `tfa unenroll`, then rekey)",
        ),
        e => e.into(),
    })?;
    events::record(tx, &auth.event("", "rekey", "ok"), now as i64)?;
    Ok(count)
}

/// What `--forget-old` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forgotten {
    /// The old key file it is about, if any.
    pub old_key_file: Option<PathBuf>,
    pub deleted: bool,
    /// Why nothing was deleted, when nothing was.
    pub kept_because: Option<&'static str>,
}

/// Deletes the old key file, only if this store's own rekey made it
/// (`KEY.old`, from a key that was this store's alone), it still holds
/// that key, the store no longer needs it, and no store recorded itself
/// as its user. A key file left for other stores is never deleted.
pub fn forget_old(auth: &Auth<'_>) -> Result<Forgotten> {
    let store = auth.store;
    let _lock = KeyLock::acquire(store.key_path(), key_file::LOCK_WAIT)?;
    let Some(old) = store.old_key()? else {
        let stray = sibling(store.key_path(), ".old");
        if stray.exists() {
            bail!(
                "{} was not kept by a rekey of this store (an older tfa?), so tfa will not delete it: once no store \
                 needs it, delete it yourself",
                stray.display()
            );
        }
        return Ok(Forgotten { old_key_file: None, deleted: false, kept_because: None });
    };
    let kept = |why| Ok(Forgotten { old_key_file: Some(old.file.clone()), deleted: false, kept_because: Some(why) });
    if !old.own {
        return kept("shared");
    }
    if store.key_id()?.as_deref() == Some(old.id.as_str()) {
        bail!("{} holds the key this store is sealed with; it was not deleted", old.file.display());
    }
    let found = match StoreKey::load(&old.file) {
        Err(KeyError::Missing { .. }) => {
            let tx = store.immediate()?;
            store.clear_old_key(&tx)?;
            tx.commit()?;
            return kept("gone");
        }
        other => other?,
    };
    if found.id() != old.id {
        bail!("{} is no longer the key this store's rekey kept there; it was left as it is", old.file.display());
    }
    if key_file::users(&old.file)?.is_some_and(|users| !users.is_empty()) {
        bail!("stores are recorded as users of {}; it was not deleted", old.file.display());
    }
    match fs::remove_file(&old.file) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot delete {}", old.file.display())),
    }
    key_file::sync_dir(&old.file).with_context(|| format!("cannot flush the deletion of {}", old.file.display()))?;
    let tx = store.immediate()?;
    store.clear_old_key(&tx)?;
    tx.commit()?;
    Ok(Forgotten { old_key_file: Some(old.file), deleted: true, kept_because: None })
}
