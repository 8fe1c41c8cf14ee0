//! The lockout around every attempt: no check while the request's source
//! waits or the account is locked; failures counted, a success resets the
//! count. The backoff is per account and source (`Auth::source`), so a
//! stranger's wrong codes make only the stranger wait; the hard lock is per
//! account, whatever the source. Without a source, both count per account.

use crate::store::Connection;
use anyhow::Result;

use super::{Attempt, Auth};
use crate::core::account::Account;
use crate::core::lockout::{Ahead, Lockout, Policy};
use crate::store::events;
use crate::store::lockout;

/// Lifts a lockout (`tfa unlock`): the failure count back to 0; how many it held.
pub fn unlock(auth: &Auth<'_>, name: &str, now: u64) -> Result<u32> {
    let tx = auth.store.immediate()?;
    let account = super::find_account(&tx, name)?;
    let had = lockout::failures(&tx, account.id)?.count;
    lockout::reset_all(&tx, account.id)?;
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

/// The policy in force, read in the caller's transaction: attempts decided
/// together in one (`verify::Group`) read it once.
pub fn policy(conn: &Connection) -> Result<Policy> {
    Ok(lockout::policy(conn)?)
}

/// The lockout in force for this request (its source's wait, the account's hard lock).
pub fn state(auth: &Auth<'_>, conn: &Connection, account: &Account, now: u64) -> Result<Lockout> {
    state_under(auth, conn, &lockout::policy(conn)?, account, now)
}

/// `state` under a policy already read in this transaction.
pub fn state_under(
    auth: &Auth<'_>,
    conn: &Connection,
    policy: &Policy,
    account: &Account,
    now: u64,
) -> Result<Lockout> {
    Ok(policy.state_of(lockout::runs(conn, account.id, auth.source)?, now))
}

/// `Some(Attempt::Locked)` while no attempt may be checked.
pub fn holds(auth: &Auth<'_>, conn: &Connection, account: &Account, now: u64) -> Result<Option<Attempt>> {
    Ok(locked(state(auth, conn, account, now)?, now))
}

/// `holds` under a policy already read in this transaction.
pub fn holds_under(
    auth: &Auth<'_>,
    conn: &Connection,
    policy: &Policy,
    account: &Account,
    now: u64,
) -> Result<Option<Attempt>> {
    Ok(locked(state_under(auth, conn, policy, account, now)?, now))
}

/// `Some(Attempt::Locked)` for a lockout that is in force.
pub fn locked(state: Lockout, now: u64) -> Option<Attempt> {
    match state {
        Lockout::Open => None,
        state => Some(Attempt::Locked { retry_after: state.retry_after(now) }),
    }
}

/// What counting an attempt led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// A wait or the hard lock began: logged as a `lockout` event; the
    /// account holder is told once the caller has committed.
    pub began: bool,
    /// What began was the hard lock, not a wait.
    pub hard_lock: bool,
    /// After a failure: how many more may follow before a wait (or the
    /// lock, when it comes first).
    pub ahead: Option<Ahead>,
}

/// Counts an attempt's result, on the account's run and its source's.
pub fn count(auth: &Auth<'_>, conn: &Connection, account: &Account, success: bool, now: u64) -> Result<Counted> {
    count_under(auth, conn, &lockout::policy(conn)?, account, success, now)
}

/// `count` under a policy already read in this transaction.
pub fn count_under(
    auth: &Auth<'_>,
    conn: &Connection,
    policy: &Policy,
    account: &Account,
    success: bool,
    now: u64,
) -> Result<Counted> {
    if success {
        lockout::reset(conn, account.id, auth.source)?;
        return Ok(Counted { began: false, hard_lock: false, ahead: None });
    }
    let runs = lockout::record_failure(conn, account.id, auth.source, now)?;
    let state = policy.state_of(runs, now);
    // Logged and told once when the waits begin and once at the hard lock,
    // not at every failure in between.
    let begins = runs.source.count == policy.backoff_after || runs.account.count == policy.hard_lock_at;
    let began = state != Lockout::Open && begins;
    if began {
        let reason = if state == Lockout::Locked { "hard_lock" } else { "backoff" };
        let event = super::Event { reason: Some(reason), ..auth.event(&account.name, "lockout", "locked") };
        events::record(conn, &event, now as i64)?;
    }
    Ok(Counted { began, hard_lock: state == Lockout::Locked, ahead: Some(policy.ahead(runs)) })
}
