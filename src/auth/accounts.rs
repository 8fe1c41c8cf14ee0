//! Accounts, as an operator manages them: add, remove, set a password. Each
//! change is one transaction with its audit event.

use anyhow::{bail, Context as _, Result};

use super::Auth;
use crate::core::account::Account;
use crate::store::accounts::{self, NewAccount};
use crate::store::events;

/// Adds an account; an error if the name is taken.
pub fn add(auth: &Auth<'_>, new: &NewAccount<'_>, now: u64) -> Result<Account> {
    let tx = auth.store.immediate()?;
    let Some(account) = accounts::insert(&tx, new, now as i64)? else {
        bail!("an account named {:?} already exists", new.name);
    };
    events::record(&tx, &auth.event(new.name, "account_add", "ok"), now as i64)?;
    tx.commit()?;
    Ok(account)
}

/// Removes an account with its methods, codes and devices.
pub fn remove(auth: &Auth<'_>, account: &Account, now: u64) -> Result<()> {
    let tx = auth.store.immediate()?;
    accounts::remove(&tx, account.id)?;
    events::record(&tx, &auth.event(&account.name, "account_remove", "ok"), now as i64)?;
    tx.commit()?;
    auth.scrub();
    Ok(())
}

/// Sets the account's password (its argon2id hash, made by the caller).
pub fn set_password(auth: &Auth<'_>, account: &Account, hash: &str, now: u64) -> Result<()> {
    let tx = auth.store.immediate().context("cannot change the password")?;
    accounts::set_password(&tx, account.id, hash)?;
    events::record(&tx, &auth.event(&account.name, "password_change", "ok"), now as i64)?;
    tx.commit()?;
    auth.scrub();
    Ok(())
}
