//! The lockout around every attempt: no check while an account waits or is
//! locked; failures counted, a success resets the count.

use anyhow::Result;
use rusqlite::Connection;

use super::{Attempt, Auth};
use crate::core::account::Account;
use crate::core::lockout::{Lockout, Policy};
use crate::store::events;
use crate::store::lockout;

/// Lifts a lockout (`tfa unlock`): the failure count back to 0; how many it held.
pub fn unlock(auth: &Auth<'_>, name: &str, now: u64) -> Result<u32> {
    let tx = auth.store.immediate()?;
    let account = super::find_account(&tx, name)?;
    let had = lockout::failures(&tx, account.id)?.count;
    lockout::reset(&tx, account.id)?;
    events::record(&tx, &auth.event(name, "unlock", "ok"), now as i64)?;
    tx.commit()?;
    Ok(had)
}

/// Changes the store's lockout policy from the one in force; the new one.
pub fn change_policy(auth: &Auth<'_>, change: impl FnOnce(Policy) -> Policy, now: u64) -> Result<Policy> {
    let tx = auth.store.immediate()?;
    let policy = change(lockout::policy(&tx)?);
    lockout::set_policy(&tx, &policy)?;
    events::record(&tx, &auth.event("", "policy_change", "ok"), now as i64)?;
    tx.commit()?;
    Ok(policy)
}

/// `Some(Attempt::Locked)` while no attempt may be checked.
pub fn holds(conn: &Connection, account: &Account, now: u64) -> Result<Option<Attempt>> {
    let policy = lockout::policy(conn)?;
    Ok(match policy.state(lockout::failures(conn, account.id)?, now) {
        Lockout::Open => None,
        state => Some(Attempt::Locked { retry_after: state.retry_after(now) }),
    })
}

/// Counts an attempt's result. A failure that starts a wait or the hard
/// lock is logged as a `lockout` event, and returns true so that the
/// account holder is told once the caller has committed.
pub fn count(auth: &Auth<'_>, conn: &Connection, account: &Account, success: bool, now: u64) -> Result<bool> {
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
        let event = super::Event { reason: Some(reason), ..auth.event(&account.name, "lockout", "locked") };
        events::record(conn, &event, now as i64)?;
    }
    Ok(state != Lockout::Open && begins)
}
