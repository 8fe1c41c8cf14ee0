//! Whether tfa may trust a file it reads, as sshd's StrictModes decides:
//! the store, its journals and the key file are owned by the user running
//! tfa (or root) and no one else may write them (nor read the key or the
//! store); every directory above them is owned by that user or root, and
//! no one else may change it (further up, only with the sticky bit).
//! SECURITY.md, "A store tfa can trust", gives the reasons.

use std::fs::{self, Metadata};
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// What a checked file is to tfa; it names the file in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Store,
    /// The store's `-wal`, `-shm` or `-journal`: its pages, by another name.
    Journal,
    Key,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Store => "the store",
            Role::Journal => "the store's journal",
            Role::Key => "the key file",
        }
    }

    /// What a reader of the file would learn.
    fn holds(self) -> &'static str {
        match self {
            Role::Store | Role::Journal => "password and code hashes, sealed seeds and the audit log",
            Role::Key => "the key to every seed",
        }
    }
}

#[derive(Debug, Error)]
pub enum TrustError {
    #[error("{what} is owned by uid {owner}, not by you (uid {me}) or root, so it may not be what tfa wrote: if it is yours, `chown {me} {}`; otherwise run tfa as its owner", path.display())]
    Owner { what: String, path: PathBuf, owner: u32, me: u32 },
    #[error("{what} can be written by others (mode {mode:04o}), so it may not be what tfa wrote: check it, then `chmod 600 {}`", path.display())]
    Writable { what: String, path: PathBuf, mode: u32 },
    #[error("{what} can be read by others (mode {mode:04o}), and it holds {holds}: `chmod 600 {}`{}", path.display(), if *key { " (and, if anyone may have read it, `tfa rekey`)" } else { "" })]
    Readable { what: String, path: PathBuf, mode: u32, holds: &'static str, key: bool },
    #[error("{what} can be written by others (mode {mode:04o}), {}", directory_fix(path, *sticky))]
    Directory { what: String, path: PathBuf, mode: u32, sticky: bool },
    #[error("{what} is not a regular file")]
    NotAFile { what: String },
    #[error("cannot check {what}")]
    Check { what: String, source: io::Error },
    #[error("cannot make {what} private again (chmod 600)")]
    Repair { what: String, source: io::Error },
}

fn directory_fix(path: &Path, sticky: bool) -> String {
    let path = path.display();
    match sticky {
        true => format!(
            "and though the sticky bit keeps them from replacing tfa's files, they can add new ones beside them (such \
             as a journal that SQLite would read as part of the store): keep tfa's files in a directory of their own, \
             or `chmod go-w {path}`"
        ),
        false => format!("so anyone could have replaced what is in it: `chmod go-w {path}`"),
    }
}

/// What is wrong with a file or directory, from its owner and mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Owner(u32),
    Written,
    Read,
    /// A directory others may change; `sticky`: only by adding entries.
    Directory {
        sticky: bool,
    },
}

const OTHERS_WRITE: u32 = 0o022;
const OTHERS_ANY: u32 = 0o077;
const STICKY: u32 = 0o1000;

fn judge_file(role: Role, owner: u32, mode: u32, me: u32) -> Option<Fault> {
    if owner != me && owner != 0 {
        Some(Fault::Owner(owner))
    } else if mode & OTHERS_WRITE != 0 {
        Some(Fault::Written)
    } else if mode & OTHERS_ANY != 0 && role != Role::Journal {
        Some(Fault::Read)
    } else {
        None
    }
}

/// `beside`: the directory the file is in, where others who may add
/// entries could plant a journal, even with the sticky bit.
fn judge_dir(owner: u32, mode: u32, me: u32, beside: bool) -> Option<Fault> {
    if owner != me && owner != 0 {
        Some(Fault::Owner(owner))
    } else if mode & OTHERS_WRITE != 0 && (beside || mode & STICKY == 0) {
        Some(Fault::Directory { sticky: mode & STICKY != 0 })
    } else {
        None
    }
}

fn euid() -> u32 {
    rustix::process::geteuid().as_raw()
}

fn fault_error(fault: Fault, role: Role, what: String, path: &Path, mode: u32) -> TrustError {
    let (path, mode) = (path.to_owned(), mode & 0o7777);
    match fault {
        Fault::Owner(owner) => TrustError::Owner { what, path, owner, me: euid() },
        Fault::Written => TrustError::Writable { what, path, mode },
        Fault::Read => TrustError::Readable { what, path, mode, holds: role.holds(), key: role == Role::Key },
        Fault::Directory { sticky } => TrustError::Directory { what, path, mode, sticky },
    }
}

fn describe(role: Role, path: &Path) -> String {
    format!("{} {}", role.noun(), path.display())
}

/// Checks a file that tfa is about to read; `None` if there is none.
pub fn check_file(path: &Path, role: Role) -> Result<Option<Metadata>, TrustError> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(TrustError::Check { what: describe(role, path), source }),
    };
    if !meta.is_file() {
        return Err(TrustError::NotAFile { what: describe(role, path) });
    }
    match judge_file(role, meta.uid(), meta.mode(), euid()) {
        Some(fault) => Err(fault_error(fault, role, describe(role, path), path, meta.mode())),
        None => Ok(Some(meta)),
    }
}

/// Checks every directory above `file` that exists, as written and as
/// resolved through symbolic links.
pub fn check_dirs(file: &Path, role: Role) -> Result<(), TrustError> {
    let what = |dir: &Path| format!("the directory {} (holding {})", dir.display(), describe(role, file));
    let absolute = match file.is_absolute() {
        true => file.to_owned(),
        false => std::env::current_dir()
            .map_err(|source| TrustError::Check { what: describe(role, file), source })?
            .join(file),
    };
    // A file that is a symbolic link: its target's directories too.
    let resolved = fs::canonicalize(&absolute).ok().or_else(|| {
        match (absolute.parent().map(fs::canonicalize), absolute.file_name()) {
            (Some(Ok(dir)), Some(name)) => Some(dir.join(name)),
            _ => None,
        }
    });
    let me = euid();
    for path in std::iter::once(&absolute).chain(resolved.as_ref().filter(|r| **r != absolute)) {
        for (i, dir) in path.ancestors().skip(1).enumerate() {
            let meta = match fs::metadata(dir) {
                Ok(meta) => meta,
                // Not made yet: tfa makes it private.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(source) => return Err(TrustError::Check { what: what(dir), source }),
            };
            if let Some(fault) = judge_dir(meta.uid(), meta.mode(), me, i == 0) {
                return Err(fault_error(fault, role, what(dir), dir, meta.mode()));
            }
        }
    }
    Ok(())
}

/// The store's journals (`-wal`, `-shm`, `-journal`), where SQLite puts them.
/// The store's `-wal`, `-shm` or `-journal` (`suffix`), as SQLite names it.
pub fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn journals(db: &Path) -> Vec<PathBuf> {
    let db = fs::canonicalize(db).unwrap_or_else(|_| db.to_owned());
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .collect()
}

/// Checks the store's journals and makes those of this user 0600 again:
/// SQLite gives a new journal the store's own mode, so a store made
/// read-only for a while would leave a journal that no one can write.
/// One that others could write may hold forged pages, and is refused.
pub fn check_journals(db: &Path) -> Result<(), TrustError> {
    let me = euid();
    for path in journals(db) {
        let Some(meta) = check_file(&path, Role::Journal)? else { continue };
        if meta.uid() == me && meta.mode() & 0o777 != 0o600 {
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600))
                .map_err(|source| TrustError::Repair { what: describe(Role::Journal, &path), source })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: u32 = 1000;

    #[test]
    fn files_are_trusted_from_their_owner_and_mode() {
        for role in [Role::Store, Role::Key] {
            assert_eq!(judge_file(role, ME, 0o600, ME), None);
            assert_eq!(judge_file(role, ME, 0o400, ME), None);
            assert_eq!(judge_file(role, 0, 0o600, ME), None, "root's files are trusted");
            assert_eq!(judge_file(role, 2000, 0o600, ME), Some(Fault::Owner(2000)));
            assert_eq!(judge_file(role, 2000, 0o600, 0), Some(Fault::Owner(2000)), "not even by root");
            assert_eq!(judge_file(role, ME, 0o644, ME), Some(Fault::Read));
            assert_eq!(judge_file(role, ME, 0o640, ME), Some(Fault::Read));
            assert_eq!(judge_file(role, ME, 0o666, ME), Some(Fault::Written));
            assert_eq!(judge_file(role, ME, 0o620, ME), Some(Fault::Written));
        }
        // A journal others can read is made private, not refused; one they can write is refused.
        assert_eq!(judge_file(Role::Journal, ME, 0o644, ME), None);
        assert_eq!(judge_file(Role::Journal, ME, 0o606, ME), Some(Fault::Written));
    }

    #[test]
    fn directories_others_can_change_are_refused_but_sticky_ones_further_up() {
        assert_eq!(judge_dir(ME, 0o700, ME, true), None);
        assert_eq!(judge_dir(0, 0o755, ME, false), None);
        assert_eq!(judge_dir(2000, 0o700, ME, true), Some(Fault::Owner(2000)));
        assert_eq!(judge_dir(ME, 0o770, ME, false), Some(Fault::Directory { sticky: false }));
        assert_eq!(judge_dir(0, 0o777, ME, false), Some(Fault::Directory { sticky: false }));
        // /tmp: others may add entries but not replace ours; not beside the store, where a journal could be planted.
        assert_eq!(judge_dir(0, 0o1777, ME, false), None);
        assert_eq!(judge_dir(0, 0o1777, ME, true), Some(Fault::Directory { sticky: true }));
    }

    #[test]
    fn the_directories_of_a_link_and_of_its_target_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let (open, private) = (dir.path().join("open"), dir.path().join("private"));
        fs::create_dir(&open).unwrap();
        fs::create_dir(&private).unwrap();
        fs::set_permissions(&open, fs::Permissions::from_mode(0o777)).unwrap();
        fs::write(open.join("tfa.db"), b"").unwrap();
        std::os::unix::fs::symlink(open.join("tfa.db"), private.join("tfa.db")).unwrap();
        let err = check_dirs(&private.join("tfa.db"), Role::Store).unwrap_err();
        assert!(matches!(&err, TrustError::Directory { path, .. } if *path == open), "{err:?}");
        fs::set_permissions(&open, fs::Permissions::from_mode(0o700)).unwrap();
        check_dirs(&private.join("tfa.db"), Role::Store).unwrap();
        std::os::unix::fs::symlink(&open, dir.path().join("link")).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
        let err = check_dirs(&dir.path().join("link/tfa.db"), Role::Store).unwrap_err();
        assert!(matches!(&err, TrustError::Directory { path, .. } if path == dir.path()), "{err:?}");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_journal_of_ours_is_made_private_again() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tfa.db");
        fs::write(&db, b"").unwrap();
        let shm = dir.path().join("tfa.db-shm");
        fs::write(&shm, b"").unwrap();
        fs::set_permissions(&shm, fs::Permissions::from_mode(0o400)).unwrap();
        check_journals(&db).unwrap();
        assert_eq!(fs::metadata(&shm).unwrap().mode() & 0o777, 0o600);
        fs::set_permissions(&shm, fs::Permissions::from_mode(0o662)).unwrap();
        assert!(matches!(check_journals(&db), Err(TrustError::Writable { .. })));
    }
}
