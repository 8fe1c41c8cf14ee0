//! Reading the secrets other tools keep, so their users keep their phones:
//! google-authenticator-libpam's `~/.google_authenticator`, pam_oath's
//! `users.oath`, `otpauth://` URIs, and Google Authenticator's "Transfer
//! accounts" QR text. Pure: text in, entries out; `auth::import` stores them.

pub mod google_authenticator;
pub mod google_migration;
pub mod oath_usersfile;
pub mod uris;

use std::fmt;

use thiserror::Error;

use super::otp::App;
use super::seed::Seed;

/// One authenticator to add to one account, with the state it had, so that
/// no code used before the import is accepted after it.
pub struct Entry {
    pub account: String,
    /// The label the method gets (made unique per account on import).
    pub label: String,
    pub seed: Seed,
    pub app: App,
    /// One-time 8-digit scratch codes, to become the account's backup
    /// codes: the ones a google-authenticator file lists (maybe none: all
    /// used), `None` from a format that has none.
    pub scratch_codes: Option<Vec<ScratchCode>>,
    /// Where it was read: the line (1-based) of a line-based file.
    pub line: usize,
    /// Settings of the old tool that tfa covers another way, told, never
    /// silently dropped.
    pub reported: Vec<String>,
}

impl Entry {
    /// The scratch codes it lists, if any.
    pub fn scratch(&self) -> &[ScratchCode] {
        self.scratch_codes.as_deref().unwrap_or_default()
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("account", &self.account)
            .field("label", &self.label)
            .field("app", &self.app)
            .field("scratch_codes", &self.scratch().len())
            .field("line", &self.line)
            .field("reported", &self.reported)
            .finish_non_exhaustive()
    }
}

/// An 8-digit google-authenticator scratch code (first digit 1-9).
#[derive(Clone, PartialEq, Eq, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
pub struct ScratchCode(String);

impl ScratchCode {
    pub const LEN: usize = 8;

    /// Eight digits, the first not 0: what google-authenticator writes.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = text.len() == Self::LEN && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0');
        ok.then(|| ScratchCode(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ScratchCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ScratchCode(<redacted>)")
    }
}

/// What is wrong with an input, and where; nothing of it is imported.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{}{message}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct BadInput {
    pub line: Option<usize>,
    pub message: String,
}

impl BadInput {
    pub fn at(line: usize, message: impl Into<String>) -> Self {
        BadInput { line: Some(line), message: message.into() }
    }

    pub fn whole(message: impl Into<String>) -> Self {
        BadInput { line: None, message: message.into() }
    }
}

/// The largest input read: far beyond any real file of these kinds
/// (google-authenticator caps its file at 1 kB), small enough to refuse unread.
pub const MAX_INPUT: usize = 16 << 20;
