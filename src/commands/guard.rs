//! The lockout guard around every code check: refuse early while an account
//! waits or is locked, count failures, reset on success.

use anyhow::Result;
use rusqlite::Connection;

use crate::core::lockout::Lockout;
use crate::store::accounts::Account;
use crate::store::events::{self, Event};
use crate::store::lockout;
use crate::Failure;

/// Errs with `Failure::Locked` (exit 3) while no attempt may be checked.
pub fn ensure_open(conn: &Connection, account: &Account, now: u64) -> Result<()> {
    let policy = lockout::policy(conn)?;
    match policy.state(lockout::failures(conn, account.id)?, now) {
        Lockout::Open => Ok(()),
        state => Err(Failure::Locked { account: account.name.clone(), retry_after: state.retry_after(now) }.into()),
    }
}

/// Records an attempt's result for the lockout. A failure that starts a
/// wait or the hard lock is logged as a `lockout` event, and returns true so
/// the caller can notify the account holder once it has committed.
pub fn after_attempt(conn: &Connection, account: &Account, success: bool, now: u64) -> Result<bool> {
    if success {
        lockout::reset(conn, account.id)?;
        return Ok(false);
    }
    let failures = lockout::record_failure(conn, account.id, now)?;
    let policy = lockout::policy(conn)?;
    let state = policy.state(failures, now);
    // Logged and told once when the waits begin and once at the hard lock,
    // not at every failure in between.
    let begins = failures.count == policy.backoff_after || failures.count == policy.hard_lock_at;
    if state != Lockout::Open && begins {
        let reason = if state == Lockout::Locked { "hard_lock" } else { "backoff" };
        let event = Event {
            account: &account.name,
            method_id: None,
            action: "lockout",
            outcome: "locked",
            reason: Some(reason),
        };
        events::record(conn, &event, now as i64)?;
    }
    Ok(state != Lockout::Open && begins)
}
