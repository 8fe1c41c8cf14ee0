//! What lives beside a key file `KEY`: `KEY.lock`, which every rekey and
//! every new store that binds to the key holds while it works, and
//! `KEY.stores`, the record of the stores that use the key, so that a
//! rekey never replaces a key another store still needs.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::crypto::KeyError;

/// How long a rekey or a new store waits for another one to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// `KEY` + `suffix`: `key.old`, `key.new`, `key.lock`, `key.stores`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Flushes a directory, so the renames and deletions in it survive a crash.
pub fn sync_dir(file_in_it: &Path) -> std::io::Result<()> {
    match file_in_it.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => File::open(dir)?.sync_all(),
        None => File::open(".")?.sync_all(),
    }
}

/// An exclusive `flock` on `KEY.lock`, released when dropped (or when the
/// process dies, so a crash never leaves it held). The lock file itself is
/// never deleted: deleting it would let two processes lock two files.
#[derive(Debug)]
pub struct KeyLock {
    _file: File,
}

impl KeyLock {
    /// Waits up to `wait` for the lock of the key at `key`.
    pub fn acquire(key: &Path, wait: Duration) -> Result<KeyLock, KeyError> {
        let path = sibling(key, ".lock");
        let err = |source| KeyError::Lock { path: path.clone(), source };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(err)?;
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
            .open(&path)
            .map_err(err)?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(KeyLock { _file: file }),
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::WouldBlock) => return Err(KeyError::Busy { path }),
                Err(TryLockError::Error(source)) => return Err(err(source)),
            }
        }
    }
}

/// One line of `KEY.stores`: a store's id (from its `meta`) and where it
/// was when it bound to the key (for the operator to read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyUser {
    pub store_id: String,
    pub path: String,
}

/// Stands for the stores that used a key before tfa kept this record.
const UNKNOWN: &str = "*";

impl KeyUser {
    pub fn is_unknown(&self) -> bool {
        self.store_id == UNKNOWN
    }
}

/// The stores that use the key at `key`; `None` if no record was kept
/// (a key made by an older tfa, or by hand): its users are unknown.
pub fn users(key: &Path) -> Result<Option<Vec<KeyUser>>, KeyError> {
    let path = sibling(key, ".stores");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(KeyError::Read { path, source }),
    };
    let users = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (id, path) = l.split_once(' ').unwrap_or((l, ""));
            KeyUser { store_id: id.to_owned(), path: path.to_owned() }
        })
        .collect();
    Ok(Some(users))
}

/// Replaces the record of the key's users; the caller holds the key's lock.
pub fn write_users(key: &Path, users: &[KeyUser]) -> Result<(), KeyError> {
    let path = sibling(key, ".stores");
    let temp = sibling(key, ".stores.tmp");
    let err = |source| KeyError::Create { path: path.clone(), source };
    let mut text = String::from(
        "# The stores that use the key file beside this one, one a line: store id, path when it was bound.\n\
         # `tfa rekey` replaces the key in place only when this store is the only one here.\n",
    );
    for user in users {
        text.push_str(&format!("{} {}\n", user.store_id, user.path));
    }
    let mut file = OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&temp).map_err(err)?;
    file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(err)?;
    fs::rename(&temp, &path).map_err(err)?;
    sync_dir(&path).map_err(err)
}

/// Records that `user` uses the key. A key that existed with no record
/// may have other users already; they are recorded as unknown.
pub fn add_user(key: &Path, user: KeyUser, key_is_new: bool) -> Result<(), KeyError> {
    let mut all = match users(key)? {
        Some(all) => all,
        None if key_is_new => Vec::new(),
        None => {
            vec![KeyUser { store_id: UNKNOWN.to_owned(), path: "(stores bound before tfa kept this record)".into() }]
        }
    };
    if !all.iter().any(|u| u.store_id == user.store_id) {
        all.push(user);
    }
    write_users(key, &all)
}

/// Records that the store `store_id` no longer uses the key.
pub fn remove_user(key: &Path, store_id: &str) -> Result<(), KeyError> {
    if let Some(mut all) = users(key)? {
        all.retain(|u| u.store_id != store_id);
        write_users(key, &all)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_exclusive_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("sub/key");
        let held = KeyLock::acquire(&key, Duration::ZERO).unwrap();
        assert!(matches!(KeyLock::acquire(&key, Duration::from_millis(50)), Err(KeyError::Busy { .. })));
        drop(held);
        assert!(KeyLock::acquire(&key, Duration::ZERO).is_ok());
    }

    #[test]
    fn users_of_an_old_key_are_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key");
        assert_eq!(users(&key).unwrap(), None);
        let a = KeyUser { store_id: "a".into(), path: "/srv/a b.db".into() };
        add_user(&key, a.clone(), false).unwrap();
        let all = users(&key).unwrap().unwrap();
        assert_eq!(all.len(), 2);
        assert!(all[0].is_unknown());
        assert_eq!(all[1], a);

        let fresh = dir.path().join("fresh");
        add_user(&fresh, a.clone(), true).unwrap();
        add_user(&fresh, a.clone(), false).unwrap();
        assert_eq!(users(&fresh).unwrap().unwrap(), vec![a]);
        remove_user(&fresh, "a").unwrap();
        assert_eq!(users(&fresh).unwrap().unwrap(), vec![]);
    }
}
