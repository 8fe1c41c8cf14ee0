//! Backup codes: one attempt costs one argon2id evaluation under the set's
//! salt; a new set voids the old one.

use anyhow::{Context as _, Result};

use super::notices::{self, Notice};
use crate::store::Transaction;

use super::{enroll, lockout, record, Attempt, Auth, Factor, Later};
use crate::core::account::Account;
use crate::core::backup_code::Consumed;
use crate::core::backup_code::{self, BackupCode, CodeHash, Salt};
use crate::core::import::ScratchCode;
use crate::core::lockout::{Lockout, Policy};
use crate::core::refusal::Refusal;
use crate::store::backup_codes;
use crate::store::events;
use crate::Failure;

/// One attempt: the lockout, then the hash, then the check-and-update in
/// one `BEGIN IMMEDIATE` transaction with the lockout again, its audit
/// event (`action`, with the method `asked` for if one was) and the failure
/// count, committed before the answer. `Failure::NoBackupCodes` (exit 4) if
/// the account has no set.
///
/// A backup code is checked during a backoff (DESIGN.md: the owner's way
/// past a wait), never during the hard lock. That opens no guessing
/// channel: a code has 50 bits, each guess costs an argon2id evaluation,
/// and every wrong one still counts toward the hard lock (and lengthens the
/// source's wait), so a guesser gets at most `hard_lock_at` of them.
pub fn attempt(
    auth: &Auth<'_>,
    account: &Account,
    code: &BackupCode,
    asked: Option<i64>,
    action: &str,
    now: u64,
) -> Result<Attempt> {
    let hashed = match hash(auth, account, code, now)? {
        Hashed::Locked(locked) => return Ok(locked),
        hashed => hashed,
    };
    let tx = auth.store.immediate()?;
    let mut later = Later::default();
    let policy = lockout::policy(&tx)?;
    let attempt = decide(auth, &tx, &policy, account, &hashed, asked, action, now, &mut later)?;
    tx.commit().with_context(|| format!("cannot record the {action}; nothing was accepted"))?;
    later.send(auth, now);
    Ok(attempt)
}

/// A backup code hashed under the account's current set, before any write
/// lock is taken (the argon2id evaluation is the slow part).
pub enum Hashed {
    /// The hard lock held: no evaluation was spent.
    Locked(Attempt),
    Code {
        hash: CodeHash,
        set_id: i64,
    },
}

/// The first half of an attempt, outside any transaction: the hard lock,
/// the set's salt, one argon2id. `Failure::NoBackupCodes` (exit 4) if the
/// account has no set.
pub fn hash(auth: &Auth<'_>, account: &Account, code: &BackupCode, now: u64) -> Result<Hashed> {
    let conn = auth.store.conn();
    // A locked account costs a guesser no argon2id evaluation (checked again under the lock).
    if let Some(locked) = hard_lock(auth, conn, &lockout::policy(conn)?, account, now)? {
        return Ok(Hashed::Locked(locked));
    }
    let set = backup_codes::current_set(conn, account.id)?
        .ok_or_else(|| Failure::NoBackupCodes(account.name.clone()))
        .context("cannot check a backup code")?;
    Ok(Hashed::Code { hash: code.hash(&set.salt), set_id: set.id })
}

/// The second half, in the caller's write transaction: the hard lock
/// again, the check-and-update, the event and the failure count; the
/// notices go to `later`, for once `tx` is committed. If the set was
/// replaced since `hash`, its rows are gone and this finds nothing.
#[allow(clippy::too_many_arguments)]
pub(super) fn decide(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
    policy: &Policy,
    account: &Account,
    hashed: &Hashed,
    asked: Option<i64>,
    action: &str,
    now: u64,
    later: &mut Later,
) -> Result<Attempt> {
    let (hash, set_id) = match hashed {
        Hashed::Locked(locked) => return Ok(locked.clone()),
        Hashed::Code { hash, set_id } => (hash, *set_id),
    };
    if let Some(locked) = hard_lock(auth, tx, policy, account, now)? {
        return Ok(locked);
    }
    let attempt = as_attempt(backup_codes::consume(tx, set_id, hash, now as i64)?);
    let attempt = record(auth, tx, Some(policy), account, attempt, asked, action, now, later)?;
    notice_if_used(auth, account, &attempt, later);
    Ok(attempt)
}

fn as_attempt(consumed: Consumed) -> Attempt {
    match consumed {
        Consumed::Accepted { remaining } => {
            Attempt::Accepted { factor: Factor::BackupCode { remaining, used_at: None }, offset: None }
        }
        Consumed::Used { remaining, used_at } => {
            Attempt::refused_about(Refusal::Used, Factor::BackupCode { remaining, used_at: Some(used_at) })
        }
        Consumed::NoMatch { remaining } => {
            Attempt::refused_about(Refusal::WrongCode, Factor::BackupCode { remaining, used_at: None })
        }
    }
}

/// Tells the holder a backup code was used, once the use is committed.
pub(super) fn notice_if_used(auth: &Auth<'_>, account: &Account, attempt: &Attempt, later: &mut Later) {
    if let Some(remaining) = attempt.backup_codes_remaining().filter(|_| attempt.accepted()) {
        later.notice(auth, account, Notice::BackupCodeUsed { remaining: remaining as usize });
    }
}

/// An imported google-authenticator scratch code, hashed: its set, and the
/// hash of the digits under the set's salt.
pub struct Scratch {
    set_id: i64,
    hash: CodeHash,
}

/// `digits` hashed as one of the account's imported google-authenticator
/// scratch codes (one argon2id, made before the write lock), when the
/// account has such codes and `digits` could be one.
pub(super) fn scratch_hash(auth: &Auth<'_>, account: &Account, digits: &str, now: u64) -> Result<Option<Scratch>> {
    let Some(code) = ScratchCode::parse(digits) else { return Ok(None) };
    let conn = auth.store.conn();
    // A locked account costs a guesser no argon2id evaluation, as for a backup code.
    if hard_lock(auth, conn, &lockout::policy(conn)?, account, now)?.is_some() {
        return Ok(None);
    }
    Ok(backup_codes::current_set(conn, account.id)?
        .filter(|set| set.scratch)
        .map(|set| Scratch { set_id: set.id, hash: backup_code::hash(code.as_str().as_bytes(), &set.salt) }))
}

/// Consumes a scratch code inside the caller's transaction; `otherwise` is
/// the answer when it matches no code of the set.
pub(super) fn consume_scratch(
    tx: &Transaction<'_>,
    scratch: &Scratch,
    otherwise: Attempt,
    now: u64,
) -> Result<Attempt> {
    Ok(match backup_codes::consume(tx, scratch.set_id, &scratch.hash, now as i64)? {
        Consumed::NoMatch { .. } => otherwise,
        consumed => as_attempt(consumed),
    })
}

/// Whether the account's backup codes are imported 8-digit scratch codes.
pub fn takes_scratch_codes(auth: &Auth<'_>, account: &Account) -> Result<bool> {
    Ok(backup_codes::current_set(auth.store.conn(), account.id)?.is_some_and(|set| set.scratch))
}

/// `Some(Attempt::Locked)` during the hard lock only: a backoff does not stop a backup code.
fn hard_lock(
    auth: &Auth<'_>,
    conn: &crate::store::Connection,
    policy: &Policy,
    account: &Account,
    now: u64,
) -> Result<Option<Attempt>> {
    Ok(match lockout::state_under(auth, conn, policy, account, now)? {
        Lockout::Locked => lockout::locked(Lockout::Locked, now),
        Lockout::Open | Lockout::Waiting { .. } => None,
    })
}

/// A new set stored for `name` (the account is made if need be).
pub struct Replaced {
    pub account: Account,
    pub created: bool,
    /// Unused codes of the old set that no longer work.
    pub voided: i64,
}

/// Stores a new set of hashed codes in place of the old one, with its audit
/// event, then tells the account holder. The hashes are made by the caller
/// (one argon2id per code), before the write lock is taken.
pub fn replace(auth: &Auth<'_>, name: &str, salt: &Salt, hashes: &[CodeHash], now: u64) -> Result<Replaced> {
    let tx = auth.store.immediate()?;
    let (account, created) = enroll::find_or_create_account(auth, &tx, name, now)?;
    let (_, voided) = backup_codes::replace_set(&tx, account.id, salt, hashes, false, now as i64)?;
    events::record(&tx, &auth.event(name, "backup_codes_generate", "ok"), now as i64)?;
    tx.commit()?;
    notices::send(auth, &account, &Notice::BackupCodesGenerated, now);
    Ok(Replaced { account, created, voided })
}
