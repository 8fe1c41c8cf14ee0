//! OTP seeds: made, parsed from base32, and kept out of logs.

use std::fmt;

use data_encoding::BASE32_NOPAD;
use rand::RngCore;
use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Bytes of a new seed: 160 bits, as RFC 4226 R6 recommends.
pub const NEW_SEED_BYTES: usize = 20;
/// The shortest seed we import: 80 bits, what older authenticators issued.
pub const MIN_SEED_BYTES: usize = 10;
/// The longest seed we import: 1024 bits is far beyond any HMAC block need.
pub const MAX_SEED_BYTES: usize = 128;

/// A shared OTP secret. Zeroized on drop; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Seed(Vec<u8>);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SeedError {
    #[error("the secret is not base32 (letters A-Z and digits 2-7)")]
    NotBase32,
    #[error("the secret is {bits} bits; at least {} are needed", MIN_SEED_BYTES * 8)]
    TooShort { bits: usize },
    #[error("the secret is longer than {} bits", MAX_SEED_BYTES * 8)]
    TooLong,
}

impl Seed {
    /// A new random 160-bit seed from the operating system's CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = vec![0u8; NEW_SEED_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Seed(bytes)
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Seed(bytes)
    }

    /// Reads base32 forgivingly: any case, spaces, dashes and padding ignored.
    pub fn from_base32(text: &str) -> Result<Self, SeedError> {
        let mut cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '=')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if cleaned.len() > MAX_SEED_BYTES * 8 / 5 + 1 {
            cleaned.zeroize();
            return Err(SeedError::TooLong);
        }
        let decoded = BASE32_NOPAD.decode(cleaned.as_bytes());
        cleaned.zeroize();
        let bytes = decoded.map_err(|_| SeedError::NotBase32)?;
        let seed = Seed(bytes);
        match seed.0.len() {
            n if n < MIN_SEED_BYTES => Err(SeedError::TooShort { bits: n * 8 }),
            n if n > MAX_SEED_BYTES => Err(SeedError::TooLong),
            _ => Ok(seed),
        }
    }

    pub fn to_base32(&self) -> String {
        BASE32_NOPAD.encode(&self.0)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Seed(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_seeds_are_160_bits_and_differ() {
        let (a, b) = (Seed::generate(), Seed::generate());
        assert_eq!(a.as_bytes().len(), 20);
        assert_ne!(a, b);
        assert_eq!(a.to_base32().len(), 32);
    }

    #[test]
    fn base32_is_read_forgivingly() {
        let want = Seed::from_bytes(b"12345678901234567890".to_vec());
        for text in [
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "gezdgnbvgy3tqojqgezdgnbvgy3tqojq",
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ\n",
            "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq",
        ] {
            assert_eq!(Seed::from_base32(text), Ok(want.clone()), "{text}");
        }
        // Unpadded input whose length is not a multiple of 8.
        assert_eq!(Seed::from_base32("JBSWY3DPEHPK3PXPJBSWY3DP").map(|s| s.as_bytes().len()), Ok(15));
    }

    #[test]
    fn bad_base32_is_refused() {
        assert_eq!(Seed::from_base32("not base32!"), Err(SeedError::NotBase32));
        assert_eq!(Seed::from_base32("GEZDGNBV"), Err(SeedError::TooShort { bits: 40 }));
        assert_eq!(Seed::from_base32(&"A".repeat(5000)), Err(SeedError::TooLong));
        assert_eq!(Seed::from_base32("١٢٣"), Err(SeedError::NotBase32));
    }

    #[test]
    fn debug_is_redacted() {
        let s = Seed::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(format!("{s:?}"), "Seed(<redacted>)");
    }
}
