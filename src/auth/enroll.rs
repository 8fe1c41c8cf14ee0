//! Enrolling a method and confirming it: the account made on first use, a
//! free label, the audit event and notice, and `confirm`'s attempt.

use anyhow::{Context as _, Result};
use rusqlite::{Connection, Transaction};

use super::notices::{self, Notice};
use super::{lockout, sent_codes, Attempt, Auth, Factor};
use crate::core::account::Account;
use crate::core::challenge::Verdict;
use crate::core::method::Method;
use crate::core::method::Status;
use crate::core::otp::Check;
use crate::core::refusal::Refusal;
use crate::store::accounts::{self, NewAccount};
use crate::store::events::{self, Event};
use crate::store::methods;
use crate::Failure;

/// The account, made (with its audit event) if there is none; whether it was made.
pub fn find_or_create_account(auth: &Auth<'_>, conn: &Connection, name: &str, now: u64) -> Result<(Account, bool)> {
    if let Some(account) = accounts::find(conn, name)? {
        return Ok((account, false));
    }
    let new = NewAccount { name, email: None, phone: None, password_hash: None };
    let account =
        accounts::insert(conn, &new, now as i64)?.context("the account appeared while it was being created")?;
    events::record(conn, &auth.event(name, "account_add", "ok"), now as i64)?;
    Ok((account, true))
}

/// `totp`, then `totp-2`, `totp-3`, ...
pub fn free_label(conn: &Connection, account_id: i64, base: &str) -> Result<String> {
    for n in 1.. {
        let label = if n == 1 { base.to_owned() } else { format!("{base}-{n}") };
        if !methods::label_taken(conn, account_id, &label)? {
            return Ok(label);
        }
    }
    unreachable!("labels are unbounded")
}

/// Records a new method, commits it, and for a method active at once
/// tells the account holder.
pub fn commit(auth: &Auth<'_>, tx: Transaction<'_>, account: &Account, method: &Method, now: u64) -> Result<()> {
    let event = Event { method_id: Some(method.id), ..auth.event(&account.name, "enroll", method.status.as_str()) };
    events::record(&tx, &event, now as i64)?;
    tx.commit()?;
    if method.status == Status::Active {
        notices::send(auth, account, &Notice::MethodAdded { kind: method.kind, label: method.label.clone() }, now);
    }
    Ok(())
}

/// Removes a method, with its audit event, then tells the account holder.
pub fn remove(auth: &Auth<'_>, account: &Account, method: &Method, now: u64) -> Result<()> {
    let tx = auth.store.immediate()?;
    methods::remove(&tx, method.id)?;
    let event = Event { method_id: Some(method.id), ..auth.event(&account.name, "unenroll", "ok") };
    events::record(&tx, &event, now as i64)?;
    tx.commit()?;
    notices::send(auth, account, &Notice::MethodRemoved { kind: method.kind, label: method.label.clone() }, now);
    Ok(())
}

/// Activates the pending method that `code` matches (only `only`, if
/// given): an authenticator app whose code it is (that step counts as
/// used), or a sent-code method whose live challenge it is. One attempt,
/// counted by the lockout. `Failure::NothingPending` (exit 4) when no
/// method waits to be confirmed.
pub fn confirm(auth: &Auth<'_>, account: &Account, code: &str, only: Option<i64>, now: u64) -> Result<Attempt> {
    let store = auth.store;
    let tx = store.immediate()?;
    let pending: Vec<Method> = methods::list(&tx, account.id)?
        .into_iter()
        .filter(|m| m.status == Status::Pending && only.is_none_or(|id| id == m.id))
        .collect();
    if pending.is_empty() {
        return Err(Failure::NothingPending(account.name.clone()).into());
    }
    if let Some(locked) = lockout::holds(&tx, account, now)? {
        return Ok(locked);
    }
    let mut attempt = Attempt::refused(Refusal::WrongCode);
    for method in &pending {
        let Some(app) = method.app else { continue };
        let seed = methods::seed(&tx, store.key()?, method)?;
        if let Check::Accepted { at, offset } = app.check(&seed, now, code) {
            methods::record_success(&tx, method, app.accept(at, offset), now as i64)?;
            attempt = Attempt::Accepted { factor: Factor::Method(method.clone()), offset: Some(offset) };
            break;
        }
    }
    // Sent codes: the challenge sent at enrollment (or by `tfa send`).
    let sent: Vec<&Method> = pending.iter().filter(|m| m.kind.is_restricted()).collect();
    if !attempt.accepted() && !sent.is_empty() && sent_codes::could_be_sent_code(code) {
        let factor = |id| pending.iter().find(|m| m.id == id).map(|m| Factor::Method(m.clone()));
        attempt = match sent_codes::check(&tx, &store.key()?.sent_code_key(), &sent, code, now)? {
            Verdict::Accepted { method_id, .. } => match factor(method_id) {
                Some(factor) => Attempt::Accepted { factor, offset: None },
                None => attempt,
            },
            Verdict::Refused { reason, method_id, .. } => {
                Attempt::Refused { refusal: reason, factor: method_id.and_then(factor) }
            }
        };
    }
    let event = Event {
        method_id: attempt.method().filter(|_| attempt.accepted()).map(|m| m.id),
        asked_method_id: only,
        reason: attempt.refusal().map(Refusal::as_str),
        ..auth.event(&account.name, "confirm", attempt.outcome())
    };
    events::record(&tx, &event, now as i64)?;
    let locked_out = lockout::count(auth, &tx, account, attempt.accepted(), now)?;
    tx.commit()?;
    if let (true, Some(m)) = (attempt.accepted(), attempt.method()) {
        notices::send(auth, account, &Notice::MethodAdded { kind: m.kind, label: m.label.clone() }, now);
    }
    if locked_out {
        notices::send(auth, account, &Notice::LockedOut, now);
    }
    Ok(attempt)
}
