//! The store key, sealing secrets at rest, and one-way hashes.

use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, Params as Argon2Params};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use thiserror::Error;
use zeroize::{Zeroize, Zeroizing};

use crate::trust::{self, Role, TrustError};

pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;

#[derive(Debug, Error)]
pub enum KeyError {
    #[error(
        "the key file {path} does not exist; the store's secrets were sealed with it (restore it, or pass --key-file)"
    )]
    Missing { path: PathBuf },
    #[error("cannot read the key file {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot create the key file {path}")]
    Create { path: PathBuf, source: std::io::Error },
    #[error("the key file {path} is not a tfa key (expected {KEY_BYTES} bytes)")]
    Malformed { path: PathBuf },
    #[error("the key file {path} is not the key this store was sealed with{}", interrupted_rekey_hint(path))]
    Wrong { path: PathBuf },
    #[error("cannot lock {path}")]
    Lock { path: PathBuf, source: std::io::Error },
    #[error(
        "another `tfa rekey`, or a new store bound to the same key, still holds {path}: try again when it is done"
    )]
    Busy { path: PathBuf },
    #[error("a sealed secret could not be opened: it was altered, or moved from another row")]
    Unseal,
    #[error(transparent)]
    Untrusted(#[from] TrustError),
}

/// A key file beside the named one that an interrupted rekey may have left.
fn interrupted_rekey_hint(path: &Path) -> String {
    let new = crate::key_file::sibling(path, ".new");
    let old = crate::key_file::sibling(path, ".old");
    if new.exists() {
        format!(" ({} beside it suggests an interrupted `tfa rekey`: the store may need that one)", new.display())
    } else if old.exists() {
        format!(" (the store may need {} if a `tfa rekey` was interrupted)", old.display())
    } else {
        String::new()
    }
}

/// The 256-bit store key. Zeroized on drop; `Debug` never shows it.
pub struct StoreKey {
    bytes: Zeroizing<[u8; KEY_BYTES]>,
}

impl fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoreKey(<redacted>)")
    }
}

impl StoreKey {
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        StoreKey { bytes }
    }

    /// Reads a key file: 32 raw bytes, from a file only this user (or
    /// root) could have written and no one else can read, as ssh reads a
    /// private key.
    pub fn load(path: &Path) -> Result<Self, KeyError> {
        if trust::check_file(path, Role::Key)?.is_some() {
            trust::check_dirs(path, Role::Key)?;
        }
        let mut file = match fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == ErrorKind::NotFound => return Err(KeyError::Missing { path: path.to_owned() }),
            Err(source) => return Err(KeyError::Read { path: path.to_owned(), source }),
        };
        let mut buf = Zeroizing::new(Vec::with_capacity(KEY_BYTES + 1));
        // Read one byte past the key so a longer file is noticed.
        (&mut file)
            .take(KEY_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|source| KeyError::Read { path: path.to_owned(), source })?;
        let bytes: [u8; KEY_BYTES] =
            buf.as_slice().try_into().map_err(|_| KeyError::Malformed { path: path.to_owned() })?;
        Ok(StoreKey { bytes: Zeroizing::new(bytes) })
    }

    /// Writes a new key file with mode 0600; never overwrites one.
    pub fn create(path: &Path) -> Result<Self, KeyError> {
        let err = |source| KeyError::Create { path: path.to_owned(), source };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(err)?;
        }
        let key = Self::generate();
        let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map_err(err)?;
        file.set_permissions(fs::Permissions::from_mode(0o600)).map_err(err)?;
        file.write_all(key.bytes.as_ref()).and_then(|()| file.sync_all()).map_err(err)?;
        Ok(key)
    }

    /// A public fingerprint of the key, kept in the store, so a wrong key
    /// file is named as such instead of failing as corrupt data.
    pub fn id(&self) -> String {
        let digest = Sha256::new().chain_update(b"tfa key id v1").chain_update(self.bytes.as_ref()).finalize();
        hex(&digest[..8])
    }

    /// The store's binding to this key: a MAC of the store's own random id
    /// under a key derived from this one (HMAC-SHA-256, as for sent codes),
    /// kept in the store. Unlike the fingerprint, no one can make it
    /// without the key, so a store made with another key, or by hand with a
    /// copied fingerprint, is told apart from one made with this key.
    pub fn store_binding(&self, store_id: &str) -> String {
        hex(&self.binding_mac(store_id).finalize().into_bytes())
    }

    /// Whether `tag` is this key's binding of `store_id`, compared in constant time.
    pub fn binds_store(&self, store_id: &str, tag: &str) -> bool {
        data_encoding::HEXLOWER
            .decode(tag.as_bytes())
            .is_ok_and(|tag| self.binding_mac(store_id).verify_slice(&tag).is_ok())
    }

    fn binding_mac(&self, store_id: &str) -> HmacSha256 {
        let mut derive =
            <HmacSha256 as Mac>::new_from_slice(self.bytes.as_ref()).expect("HMAC takes a key of any length");
        derive.update(b"tfa store binding key v1");
        let key = Zeroizing::new(<[u8; 32]>::from(derive.finalize().into_bytes()));
        let mut mac = <HmacSha256 as Mac>::new_from_slice(key.as_ref()).expect("HMAC takes a key of any length");
        mac.update(b"tfa store binding v1");
        mac.update(&(store_id.len() as u64).to_be_bytes());
        mac.update(store_id.as_bytes());
        mac
    }

    /// Seals a secret; `aad` names the row it belongs to.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(self.bytes.as_ref().into());
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        out
    }

    /// The key for sent-code MACs: derived from the store key with
    /// HMAC-SHA-256 under a fixed label, so the store key itself is only
    /// ever used for sealing and this key only for MACs.
    pub fn sent_code_key(&self) -> SentCodeKey {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(self.bytes.as_ref()).expect("HMAC takes a key of any length");
        mac.update(b"tfa sent-code mac key v1");
        SentCodeKey { bytes: Zeroizing::new(mac.finalize().into_bytes().into()) }
    }

    /// Opens a sealed secret; fails if the bytes or the row identity changed.
    pub fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyError> {
        if sealed.len() < NONCE_BYTES {
            return Err(KeyError::Unseal);
        }
        let (nonce, body) = sealed.split_at(NONCE_BYTES);
        let cipher = XChaCha20Poly1305::new(self.bytes.as_ref().into());
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
            .map(Zeroizing::new)
            .map_err(|_| KeyError::Unseal)
    }
}

type HmacSha256 = Hmac<Sha256>;

/// Bytes of a sent-code MAC (HMAC-SHA-256).
pub const MAC_BYTES: usize = 32;

/// Keys the MACs that stand in for sent codes at rest, so a copy of the
/// database alone cannot test the million possible codes offline.
pub struct SentCodeKey {
    bytes: Zeroizing<[u8; 32]>,
}

impl fmt::Debug for SentCodeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SentCodeKey(<redacted>)")
    }
}

impl SentCodeKey {
    fn keyed(&self, nonce: &[u8], method_id: i64, code: &str) -> HmacSha256 {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(self.bytes.as_ref()).expect("HMAC takes a key of any length");
        // Fixed-width fields and a length prefix: no two inputs run together.
        mac.update(b"tfa sent code v1");
        mac.update(&method_id.to_be_bytes());
        mac.update(&(nonce.len() as u64).to_be_bytes());
        mac.update(nonce);
        mac.update(code.as_bytes());
        mac
    }

    /// The MAC of a code sent to `method_id`; `nonce` is the challenge's own.
    pub fn mac(&self, nonce: &[u8], method_id: i64, code: &str) -> [u8; MAC_BYTES] {
        self.keyed(nonce, method_id, code).finalize().into_bytes().into()
    }

    /// Whether `code` is the one behind `tag`, compared in constant time.
    pub fn verify(&self, nonce: &[u8], method_id: i64, code: &str, tag: &[u8]) -> bool {
        self.keyed(nonce, method_id, code).verify_slice(tag).is_ok()
    }
}

/// Random bytes from the operating system.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// argon2id with m = 19 MiB, t = 2, p = 1 (OWASP ASVS appendix C).
pub fn argon2id() -> Argon2<'static> {
    let params = Argon2Params::new(19 * 1024, 2, 1, None).expect("constant argon2 parameters are valid");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// Hashes a password into a PHC string with a fresh 128-bit salt.
pub fn hash_password(password: &[u8]) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2id().hash_password(password, &salt).expect("argon2id over an in-memory password cannot fail").to_string()
}

/// Checks a password against a stored PHC string.
pub fn verify_password(password: &[u8], phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| argon2id().verify_password(password, &hash).is_ok())
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Wipes a string that held a secret read from input.
pub fn wipe(mut s: String) {
    s.zeroize();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_round_trips_and_binds_the_row() {
        let key = StoreKey::generate();
        let sealed = key.seal(b"seed bytes", b"method:1");
        assert_eq!(key.open(&sealed, b"method:1").unwrap().as_slice(), b"seed bytes");
        assert!(matches!(key.open(&sealed, b"method:2"), Err(KeyError::Unseal)));
        assert!(matches!(StoreKey::generate().open(&sealed, b"method:1"), Err(KeyError::Unseal)));
        let mut tampered = sealed.clone();
        tampered[30] ^= 1;
        assert!(matches!(key.open(&tampered, b"method:1"), Err(KeyError::Unseal)));
        assert!(matches!(key.open(&sealed[..10], b"method:1"), Err(KeyError::Unseal)));
    }

    #[test]
    fn key_files_are_private_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/key");
        let key = StoreKey::create(&path).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(StoreKey::load(&path).unwrap().id(), key.id());
        assert!(matches!(StoreKey::create(&path), Err(KeyError::Create { .. })));
        fs::write(&path, b"short").unwrap();
        assert!(matches!(StoreKey::load(&path), Err(KeyError::Malformed { .. })));
        assert!(matches!(StoreKey::load(&dir.path().join("none")), Err(KeyError::Missing { .. })));
    }

    #[test]
    fn a_store_binding_needs_the_key_and_names_one_store() {
        let key = StoreKey::generate();
        let tag = key.store_binding("0011");
        assert_eq!(tag.len(), 64);
        assert!(key.binds_store("0011", &tag));
        assert!(!key.binds_store("0012", &tag));
        assert!(!StoreKey::generate().binds_store("0011", &tag));
        assert!(!key.binds_store("0011", &tag[..62]));
        assert!(!key.binds_store("0011", "not hex"));
        assert!(!key.binds_store("0011", &key.id()), "the public fingerprint is not a binding");
    }

    #[test]
    fn passwords_hash_with_argon2id() {
        let phc = hash_password(b"correct horse");
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password(b"correct horse", &phc));
        assert!(!verify_password(b"wrong", &phc));
        assert!(!verify_password(b"correct horse", "garbage"));
    }

    #[test]
    fn debug_is_redacted() {
        assert_eq!(format!("{:?}", StoreKey::generate()), "StoreKey(<redacted>)");
        assert_eq!(format!("{:?}", StoreKey::generate().sent_code_key()), "SentCodeKey(<redacted>)");
    }

    #[test]
    fn sent_code_macs_bind_key_method_nonce_and_code() {
        let key = StoreKey::generate();
        let mac_key = key.sent_code_key();
        let nonce = random_bytes::<16>();
        let tag = mac_key.mac(&nonce, 7, "123456");
        assert!(mac_key.verify(&nonce, 7, "123456", &tag));
        assert!(!mac_key.verify(&nonce, 7, "123457", &tag));
        assert!(!mac_key.verify(&nonce, 8, "123456", &tag));
        assert!(!mac_key.verify(&random_bytes::<16>(), 7, "123456", &tag));
        assert!(!mac_key.verify(&nonce, 7, "123456", &tag[..16]));
        assert!(!StoreKey::generate().sent_code_key().verify(&nonce, 7, "123456", &tag));
        // The same store key derives the same MAC key; the MAC key is not the store key.
        assert_eq!(key.sent_code_key().mac(&nonce, 7, "123456"), tag);
        assert_ne!(mac_key.bytes.as_ref(), key.bytes.as_ref());
    }
}
