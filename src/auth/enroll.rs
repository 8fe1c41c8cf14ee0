//! Enrolling a method and confirming it: the account made on first use, a
//! free label, the audit event and notice, and `confirm`'s attempt.

use crate::store::{Connection, Transaction};
use anyhow::{bail, Context as _, Result};

use super::notices::{self, Notice};
use super::{lockout, settle, verify, Attempt, Auth};
use crate::core::account::Account;
use crate::core::method::{Method, MethodKind, Status};
use crate::core::otp::App;
use crate::core::seed::Seed;
use crate::crypto::StoreKey;
use crate::store::accounts::{self, NewAccount};
use crate::store::events::{self, Event};
use crate::store::methods::{self, NewApp, NewSent};
use crate::Failure;

/// The account, made (with its audit event) if there is none; whether it was made.
pub(super) fn find_or_create_account(
    auth: &Auth<'_>,
    conn: &Connection,
    name: &str,
    now: u64,
) -> Result<(Account, bool)> {
    if let Some(account) = accounts::find(conn, name)? {
        return Ok((account, false));
    }
    let new = NewAccount { name, email: None, phone: None, password_hash: None };
    let account =
        accounts::insert(conn, &new, now as i64)?.context("the account appeared while it was being created")?;
    events::record(conn, &auth.event(name, "account_add", "ok"), now as i64)?;
    Ok((account, true))
}

/// The account's app that already has this seed, if one does. One secret,
/// one method: the same seed twice would make each code good twice.
pub(super) fn with_seed(conn: &Connection, key: &StoreKey, account_id: i64, seed: &Seed) -> Result<Option<Method>> {
    for m in methods::list(conn, account_id)?.into_iter().filter(|m| m.app.is_some()) {
        if methods::seed(conn, key, &m).is_ok_and(|theirs| theirs.as_bytes() == seed.as_bytes()) {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// `totp`, then `totp-2`, `totp-3`, ...
pub(super) fn free_label(conn: &Connection, account_id: i64, base: &str) -> Result<String> {
    for n in 1.. {
        let label = if n == 1 { base.to_owned() } else { format!("{base}-{n}") };
        if !methods::label_taken(conn, account_id, &label)? {
            return Ok(label);
        }
    }
    unreachable!("labels are unbounded")
}

/// A method added, pending or active, with the account it was added to.
pub struct Enrolled {
    pub account: Account,
    pub method: Method,
    /// The account was made for it.
    pub created: bool,
    /// The account had an authenticator app before (for sent-code methods:
    /// a restricted authenticator alone deserves a warning).
    pub had_app: bool,
}

/// Adds an authenticator app with its sealed seed, in one transaction with
/// the account (made if need be) and the audit event.
pub fn app(
    auth: &Auth<'_>,
    name: &str,
    label: Option<&str>,
    new: App,
    seed: &Seed,
    status: Status,
    now: u64,
) -> Result<Enrolled> {
    let kind = if matches!(new, App::Totp { .. }) { MethodKind::Totp } else { MethodKind::Hotp };
    add(auth, name, label, kind, now, |tx, account_id, label| {
        // Read under the write lock: the key the store is sealed with until this commits, never one a rekey replaced.
        let key = auth.store.key()?;
        if let Some(m) = with_seed(tx, &key, account_id, seed)? {
            bail!("{name:?} already has this secret, as {} method {} ({:?})", m.kind, m.id, m.label);
        }
        Ok(methods::insert_app(tx, &key, &NewApp { account_id, label, app: new, status }, seed, now as i64)?)
    })
}

/// Adds a phone number or email address that codes are sent to; one the
/// account has already for this kind is refused.
pub fn address(
    auth: &Auth<'_>,
    name: &str,
    label: Option<&str>,
    kind: MethodKind,
    address: &str,
    status: Status,
    now: u64,
) -> Result<Enrolled> {
    add(auth, name, label, kind, now, |tx, account_id, label| {
        if let Some(same) = methods::find_by_address(tx, account_id, kind, address)? {
            let hint = if same.status == Status::Pending {
                format!("; to send its confirming code again: tfa send {name} --method {}", same.id)
            } else {
                String::new()
            };
            bail!("{name:?} already has {kind} method {} ({:?}) for {address}{hint}", same.id, same.label);
        }
        Ok(methods::insert_sent(tx, &NewSent { account_id, kind, label, address, status }, now as i64)?)
    })
}

/// The steps every enrollment shares: the account, a free label, the
/// method `insert` makes, the audit event, one commit, then the notice.
fn add(
    auth: &Auth<'_>,
    name: &str,
    label: Option<&str>,
    kind: MethodKind,
    now: u64,
    insert: impl FnOnce(&Transaction<'_>, i64, &str) -> Result<Method>,
) -> Result<Enrolled> {
    let tx = auth.store.immediate()?;
    let (account, created) = find_or_create_account(auth, &tx, name, now)?;
    let label = match label {
        Some(label) if methods::label_taken(&tx, account.id, label)? => {
            bail!("{name:?} already has a method labelled {label:?}: choose another --label")
        }
        Some(label) => label.to_owned(),
        None => free_label(&tx, account.id, kind.as_str())?,
    };
    let had_app = methods::list(&tx, account.id)?.iter().any(|m| m.app.is_some() && m.status != Status::Disabled);
    let method = insert(&tx, account.id, &label)?;
    let event = Event { method_id: Some(method.id), ..auth.event(name, "enroll", method.status.as_str()) };
    events::record(&tx, &event, now as i64)?;
    tx.commit()?;
    if method.status == Status::Active {
        notices::send(auth, &account, &Notice::MethodAdded { kind: method.kind, label: method.label.clone() }, now);
    }
    Ok(Enrolled { account, method, created, had_app })
}

/// Removes a method, with its audit event, then tells the account holder.
pub fn remove(auth: &Auth<'_>, account: &Account, method: &Method, now: u64) -> Result<()> {
    let tx = auth.store.immediate()?;
    methods::remove(&tx, method.id)?;
    let event = Event { method_id: Some(method.id), ..auth.event(&account.name, "unenroll", "ok") };
    events::record(&tx, &event, now as i64)?;
    tx.commit()?;
    auth.scrub();
    notices::send(auth, account, &Notice::MethodRemoved { kind: method.kind, label: method.label.clone() }, now);
    Ok(())
}

/// Activates the pending method that `code` matches (only `only`, if
/// given): an authenticator app whose code it is (that step counts as
/// used), or a sent-code method whose live challenge it is. One attempt,
/// counted by the lockout. `Failure::NothingPending` (exit 4) when no
/// method waits to be confirmed.
pub fn confirm(auth: &Auth<'_>, account: &Account, code: &str, only: Option<i64>, now: u64) -> Result<Attempt> {
    let tx = auth.store.immediate()?;
    if let Some(locked) = lockout::holds(auth, &tx, account, now)? {
        return Ok(locked);
    }
    let pending: Vec<Method> = methods::list(&tx, account.id)?
        .into_iter()
        .filter(|m| m.status == Status::Pending && only.is_none_or(|id| id == m.id))
        .collect();
    if pending.is_empty() {
        return Err(Failure::NothingPending(account.name.clone()).into());
    }
    // An app whose code it is, or the challenge sent at enrollment (or by `tfa send`).
    let attempt = verify::check(auth, &tx, account, &pending.iter().collect::<Vec<_>>(), code, now)?;
    let attempt = settle(auth, tx, account, attempt, only, "confirm", now)?;
    if let (true, Some(m)) = (attempt.accepted(), attempt.method()) {
        notices::send(auth, account, &Notice::MethodAdded { kind: m.kind, label: m.label.clone() }, now);
    }
    Ok(attempt)
}
