//! Backup codes: one-time recovery codes, written down at enrollment.
//!
//! A code is 10 characters of Crockford's base32 (no i, l, o or u), shown
//! in two groups of five: `k7f3q-x9m2p`, 50 bits from the OS CSPRNG. Every
//! code of a set is hashed with argon2id under one random salt for the set,
//! so an attempt costs one argon2id evaluation and finds its row by hash.

use std::fmt;

use rand::{CryptoRng, Rng, RngCore};
use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The 32 symbols a code is made of: digits and lowercase letters without
/// `i`, `l`, `o` (read as 1, 1, 0) and `u` (Crockford's base32).
pub const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Symbols per code; 32^10 = 2^50.
pub const LEN: usize = 10;
/// Symbols per group when shown: `xxxxx-xxxxx`.
pub const GROUP: usize = 5;
/// Codes in a new set, unless asked otherwise.
pub const DEFAULT_COUNT: usize = 10;
/// Bytes of the per-set argon2id salt: 128 bits.
pub const SALT_BYTES: usize = 16;
/// Bytes of a stored argon2id hash.
pub const HASH_BYTES: usize = 32;
/// Remaining codes at or below which the person is told to make a new set.
pub const LOW_WATER: i64 = 2;

/// One backup code, canonical (10 lowercase symbols, no dash). Zeroized on
/// drop; `Debug` never shows it, `Display` shows it grouped for reading.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct BackupCode(String);

/// The random salt shared by every code of one set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salt(pub [u8; SALT_BYTES]);

/// A code's argon2id hash under its set's salt: what the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeHash(pub [u8; HASH_BYTES]);

/// An account's live set of backup codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeSet {
    pub id: i64,
    pub account_id: i64,
    pub salt: Salt,
    pub created_at: i64,
    /// Imported google-authenticator scratch codes (8 digits), not tfa's own.
    pub scratch: bool,
}

/// What a set holds, for `status`: counts and use times, never codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub created_at: i64,
    pub total: i64,
    pub remaining: i64,
    /// When each used code was used, oldest first.
    pub used: Vec<i64>,
}

/// The outcome of one attempt to consume a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consumed {
    /// The code was unused and is now used.
    Accepted { remaining: i64 },
    /// The code is in the set but was used before.
    Used { used_at: i64, remaining: i64 },
    /// No code of the set has this hash.
    NoMatch { remaining: i64 },
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MalformedBackupCode {
    #[error("the backup code is empty")]
    Empty,
    #[error("the backup code has {0} letters and digits: expected {LEN}, like xxxxx-xxxxx")]
    WrongLength(usize),
    #[error("a backup code holds only the digits 0-9 and the letters a-z except u (spaces and dashes are ignored)")]
    WrongAlphabet,
}

impl BackupCode {
    /// A new code: `LEN` symbols drawn uniformly from `ALPHABET`.
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let code = (0..LEN).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect();
        BackupCode(code)
    }

    /// Reads a code as a person types it: any case, spaces and dashes
    /// ignored, and `i`/`l` read as `1`, `o` as `0` (they are never printed).
    pub fn parse(input: &str) -> Result<Self, MalformedBackupCode> {
        let mut cleaned = String::with_capacity(LEN);
        let mut bad = false;
        let mut count = 0usize;
        for c in input.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            count += 1;
            match symbol(c) {
                Some(s) if count <= LEN => cleaned.push(s),
                Some(_) => {}
                None => bad = true,
            }
        }
        let result = match (count, bad) {
            (0, _) => Err(MalformedBackupCode::Empty),
            (_, true) => Err(MalformedBackupCode::WrongAlphabet),
            (n, false) if n != LEN => Err(MalformedBackupCode::WrongLength(n)),
            _ => return Ok(BackupCode(cleaned)),
        };
        cleaned.zeroize();
        result
    }

    /// The canonical form: 10 lowercase symbols, no dash.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code's argon2id hash under a set's salt: one evaluation.
    pub fn hash(&self, salt: &Salt) -> CodeHash {
        hash(self.0.as_bytes(), salt)
    }
}

/// A one-time code's argon2id hash under a set's salt: one evaluation.
pub fn hash(code: &[u8], salt: &Salt) -> CodeHash {
    let mut out = [0u8; HASH_BYTES];
    crate::crypto::argon2id()
        .hash_password_into(code, &salt.0, &mut out)
        .expect("argon2id with a 16-byte salt and a 32-byte output cannot fail");
    CodeHash(out)
}

/// A typed character as a code symbol, if it is one.
fn symbol(c: char) -> Option<char> {
    let c = c.to_ascii_lowercase();
    match c {
        'o' => Some('0'),
        'i' | 'l' => Some('1'),
        _ if c.is_ascii() && ALPHABET.contains(&(c as u8)) => Some(c),
        _ => None,
    }
}

impl Salt {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut salt = [0u8; SALT_BYTES];
        rng.fill_bytes(&mut salt);
        Salt(salt)
    }
}

impl fmt::Display for BackupCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.0.split_at(GROUP.min(self.0.len()));
        write!(f, "{a}-{b}")
    }
}

impl fmt::Debug for BackupCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BackupCode(<redacted>)")
    }
}

/// A new set: `count` distinct codes and their salt.
pub fn generate_set<R: RngCore + CryptoRng>(rng: &mut R, count: usize) -> (Salt, Vec<BackupCode>) {
    let salt = Salt::generate(rng);
    let mut codes: Vec<BackupCode> = Vec::with_capacity(count);
    while codes.len() < count {
        let code = BackupCode::generate(rng);
        // Two equal codes in one set would share a row; at 2^-50 a redraw is free.
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    (salt, codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::OsRng;

    #[test]
    fn entropy_is_at_least_50_bits() {
        let bits = (ALPHABET.len() as f64).log2() * LEN as f64;
        assert!(bits >= 50.0, "{bits} bits");
        assert_eq!(ALPHABET.len().pow(LEN as u32), 1 << 50);
    }

    #[test]
    fn alphabet_is_unambiguous_and_distinct() {
        let mut sorted = ALPHABET.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 32, "every symbol distinct");
        for confusable in [b'i', b'l', b'o', b'u'] {
            assert!(!ALPHABET.contains(&confusable), "{}", confusable as char);
        }
        assert!(ALPHABET.iter().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
    }

    #[test]
    fn codes_are_grouped_for_reading() {
        let code = BackupCode::generate(&mut OsRng);
        let shown = code.to_string();
        assert_eq!(shown.len(), 11);
        assert_eq!(shown.as_bytes()[5], b'-');
        assert!(shown.bytes().filter(|b| *b != b'-').all(|b| ALPHABET.contains(&b)));
        assert_eq!(BackupCode::parse(&shown), Ok(code));
    }

    #[test]
    fn symbols_are_drawn_uniformly() {
        let mut counts = [0u32; 32];
        let n = 4000;
        for _ in 0..n {
            for b in BackupCode::generate(&mut OsRng).as_str().bytes() {
                counts[ALPHABET.iter().position(|a| *a == b).unwrap()] += 1;
            }
        }
        // 40,000 draws: 1250 expected per symbol, sigma about 35.
        for (i, c) in counts.iter().enumerate() {
            assert!((1000..1500).contains(c), "symbol {} drawn {c} times", ALPHABET[i] as char);
        }
    }

    #[test]
    fn parsing_forgives_case_dashes_spaces_and_lookalikes() {
        let want = BackupCode::parse("k7f3q-x9m2p").unwrap();
        assert_eq!(want.as_str(), "k7f3qx9m2p");
        for typed in ["K7F3Q-X9M2P", "k7f3qx9m2p", " k7f3q x9m2p\n", "k7f3-qx9m-2p", "K7f3Q X9m2P"] {
            assert_eq!(BackupCode::parse(typed).as_ref(), Ok(&want), "{typed:?}");
        }
        assert_eq!(BackupCode::parse("oilOIL0011").unwrap().as_str(), "0110110011");
    }

    #[test]
    fn wrong_shapes_are_refused() {
        assert_eq!(BackupCode::parse(""), Err(MalformedBackupCode::Empty));
        assert_eq!(BackupCode::parse(" - "), Err(MalformedBackupCode::Empty));
        assert_eq!(BackupCode::parse("k7f3q-x9m2"), Err(MalformedBackupCode::WrongLength(9)));
        assert_eq!(BackupCode::parse("k7f3q-x9m2pp"), Err(MalformedBackupCode::WrongLength(11)));
        assert_eq!(BackupCode::parse("k7f3q-x9m2u"), Err(MalformedBackupCode::WrongAlphabet));
        assert_eq!(BackupCode::parse("k7f3q-x9m2!"), Err(MalformedBackupCode::WrongAlphabet));
        assert_eq!(BackupCode::parse("k7f3q-x9m2é"), Err(MalformedBackupCode::WrongAlphabet));
        assert_eq!(BackupCode::parse("１２３４５６７８９０"), Err(MalformedBackupCode::WrongAlphabet));
    }

    #[test]
    fn debug_hides_the_code() {
        let code = BackupCode::parse("k7f3q-x9m2p").unwrap();
        assert_eq!(format!("{code:?}"), "BackupCode(<redacted>)");
    }

    #[test]
    fn sets_are_distinct_codes_under_one_salt() {
        let (salt, codes) = generate_set(&mut OsRng, DEFAULT_COUNT);
        assert_eq!(codes.len(), 10);
        for (i, a) in codes.iter().enumerate() {
            assert!(codes[i + 1..].iter().all(|b| a != b));
        }
        let (other, _) = generate_set(&mut OsRng, 1);
        assert_ne!(salt, other);
    }

    #[test]
    fn hashes_depend_on_code_and_salt() {
        let salt = Salt([7; SALT_BYTES]);
        let a = BackupCode::parse("k7f3q-x9m2p").unwrap();
        let b = BackupCode::parse("k7f3q-x9m2q").unwrap();
        assert_eq!(a.hash(&salt), BackupCode::parse("K7F3QX9M2P").unwrap().hash(&salt));
        assert_ne!(a.hash(&salt), b.hash(&salt));
        assert_ne!(a.hash(&salt), a.hash(&Salt([8; SALT_BYTES])));
    }
}
