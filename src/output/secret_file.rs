//! Files that hold a secret (backup codes, a device token, a QR code of a
//! seed): written 0600 beside their place first, then moved in, so no reader
//! finds half a file, an existing file's looser mode is never kept, and a
//! symlink in the way is replaced rather than followed.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

/// A secret written beside its place, not yet moved in.
pub struct Staged {
    tmp: PathBuf,
    path: PathBuf,
    overwrite: bool,
}

impl Staged {
    /// Writes `bytes` beside `path`. Without `overwrite`, anything already
    /// at `path` (a dangling symlink too) is refused now, before the caller
    /// changes anything that the file was to record.
    pub fn write(path: &Path, bytes: &[u8], overwrite: bool) -> Result<Self> {
        let err = || format!("cannot write {}", path.display());
        if !overwrite && fs::symlink_metadata(path).is_ok() {
            anyhow::bail!("cannot write {}: something is there already (pass --yes to replace it)", path.display());
        }
        let file_name = path.file_name().with_context(|| format!("{}: not a file name", path.display()))?;
        let mut tmp_name = OsString::from(".");
        tmp_name.push(file_name);
        tmp_name.push(format!(".tfa-{}.tmp", std::process::id()));
        let staged = Staged { tmp: path.with_file_name(tmp_name), path: path.to_owned(), overwrite };
        let written = (|| {
            let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&staged.tmp)?;
            file.set_permissions(fs::Permissions::from_mode(0o600))?;
            file.write_all(bytes)?;
            file.sync_all()
        })();
        if let Err(e) = written {
            staged.discard();
            return Err(e).with_context(err);
        }
        Ok(staged)
    }

    /// Where the file waits until it is moved into place.
    pub fn staged_at(&self) -> &Path {
        &self.tmp
    }

    /// Moves the file into place; without `overwrite` an existing file is
    /// left alone and this fails (the staged file stays, for the caller).
    pub fn publish(&self) -> Result<()> {
        let overwrite = self.overwrite;
        let moved = if overwrite {
            fs::rename(&self.tmp, &self.path)
        } else {
            // A hard link never replaces an existing file, unlike rename.
            fs::hard_link(&self.tmp, &self.path).and_then(|()| fs::remove_file(&self.tmp))
        };
        moved.with_context(|| {
            let hint = if self.path.exists() && !overwrite { " (it exists: pass --yes to replace it)" } else { "" };
            format!("cannot write {}{hint}", self.path.display())
        })
    }

    pub fn discard(&self) {
        let _ = fs::remove_file(&self.tmp);
    }
}

/// Writes a secret file in one step.
pub fn write(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let staged = Staged::write(path, bytes, overwrite)?;
    let published = staged.publish();
    if published.is_err() {
        staged.discard();
    }
    published
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_atomic_and_no_silent_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(write(&path, b"new", false).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        write(&path, b"new", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        // Only the file itself is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);

        // A dangling symlink is something there too: refused before anything is written.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
        assert!(Staged::write(&link, b"new", false).is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2, "no staged file left");
    }
}
