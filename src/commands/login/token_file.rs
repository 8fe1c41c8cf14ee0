//! The device token file: a cookie for terminals and scripts, 0600.

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::Path;

use anyhow::{Context as _, Result};
use zeroize::Zeroizing;

use crate::core::device::DeviceToken;
use crate::output::secret_file;

/// A device token file longer than this is not one tfa wrote.
const MAX_TOKEN_FILE: u64 = 4096;

/// The token in a device token file; `None` when there is no file (no
/// cookie yet) or it is empty.
pub(super) fn read_token_file(path: &Path) -> Result<Option<Zeroizing<String>>> {
    let err = || format!("cannot read the device token file {}", path.display());
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(err),
    };
    let mut text = Zeroizing::new(String::new());
    file.take(MAX_TOKEN_FILE).read_to_string(&mut text).with_context(err)?;
    let token = Zeroizing::new(text.trim().to_owned());
    Ok(Some(token).filter(|t| !t.is_empty()))
}

/// Writes a device token file (0600), replacing one that is there, as a
/// browser replaces a cookie.
pub(super) fn write_token_file(path: &Path, token: &DeviceToken) -> Result<()> {
    let text = Zeroizing::new(format!("{}\n", token.encode().as_str()));
    secret_file::write(path, text.as_bytes(), true).context("cannot save the device token")
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn token_files_round_trip_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cookie");
        assert!(read_token_file(&path).unwrap().is_none(), "no file: no token");
        let token = DeviceToken::generate(&mut rand::rngs::OsRng);
        write_token_file(&path, &token).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let read = read_token_file(&path).unwrap().unwrap();
        assert_eq!(DeviceToken::parse(&read).unwrap(), token);
        // Written again, it is replaced, and nothing is left beside it.
        write_token_file(&path, &DeviceToken::generate(&mut rand::rngs::OsRng)).unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        fs::write(&path, "\n").unwrap();
        assert!(read_token_file(&path).unwrap().is_none(), "empty: no token");
    }
}
