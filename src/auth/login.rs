//! The steps of a sign-in that are not a code's: the password, a trusted
//! device, the ways a second factor can be given, and the sign-in's own
//! audit events. The code itself is `verify::attempt`.

use anyhow::{Context as _, Result};

use super::devices::{self, DeviceCheck};
use super::notices::{self, Notice};
use super::{lockout, Attempt, Auth, Factor};
use crate::core::account::Account;
use crate::core::device::DeviceToken;
use crate::core::method::Method;
use crate::core::method::Status;
use crate::core::refusal::Refusal;
use crate::crypto;
use crate::store::accounts;
use crate::store::backup_codes;
use crate::store::events::{self, Event};
use crate::store::methods;

/// The audit log's action for every step of a sign-in.
pub const ACTION: &str = "login";

/// Checks the password: one argon2id, before any lock is taken. A wrong one
/// counts as a failure; the answer is given only after the lockout is
/// checked again under the write lock, so that guesses run in parallel
/// learn nothing past the limit.
pub fn password(auth: &Auth<'_>, account: &Account, password: &str, now: u64) -> Result<Attempt> {
    let store = auth.store;
    if let Some(locked) = lockout::holds(store.conn(), account, now)? {
        return Ok(locked);
    }
    let hash = accounts::password_hash(store.conn(), account.id)?.unwrap_or_default();
    let right = crypto::verify_password(password.as_bytes(), &hash);
    let tx = store.immediate()?;
    if let Some(locked) = lockout::holds(&tx, account, now)? {
        return Ok(locked);
    }
    if right {
        return Ok(Attempt::Accepted { factor: Factor::Password, offset: None });
    }
    let refusal = Refusal::WrongPassword;
    let event = Event { reason: Some(refusal.as_str()), ..auth.event(&account.name, ACTION, "refused") };
    events::record(&tx, &event, now as i64)?;
    let locked_out = lockout::count(auth, &tx, account, false, now)?;
    tx.commit().context("cannot record the failed sign-in")?;
    if locked_out {
        notices::send(auth, account, &Notice::LockedOut, now);
    }
    Ok(Attempt::Refused { refusal, factor: Some(Factor::Password) })
}

/// Checks a trusted device's token; a trusted device signs in, and resets
/// the failure count as a code would.
pub fn device(auth: &Auth<'_>, account: &Account, token: &DeviceToken, now: u64) -> Result<DeviceCheck> {
    let checked = devices::check(auth, account, token, false, ACTION, now)?;
    if checked.trusted() {
        let tx = auth.store.immediate()?;
        lockout::count(auth, &tx, account, true, now)?;
        tx.commit()?;
    }
    Ok(checked)
}

/// Records a sign-in that ended without a code (no usable way, an
/// untrusted device and no code); it does not add to the failure count.
pub fn record_refusal(auth: &Auth<'_>, account: &Account, refusal: Refusal, now: u64) -> Result<()> {
    let tx = auth.store.immediate()?;
    let event = Event { reason: Some(refusal.as_str()), ..auth.event(&account.name, ACTION, "refused") };
    events::record(&tx, &event, now as i64)?;
    tx.commit().context("cannot record the sign-in")?;
    Ok(())
}

/// One way to give the second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Way {
    /// An authenticator app (TOTP or HOTP): it makes its own codes.
    App(Method),
    /// SMS, WhatsApp or email: a code is sent first.
    Sent(Method),
    /// One of the account's unused backup codes.
    Backup { remaining: i64 },
}

impl Way {
    pub fn method(&self) -> Option<&Method> {
        match self {
            Way::App(m) | Way::Sent(m) => Some(m),
            Way::Backup { .. } => None,
        }
    }
}

/// Every way this account has, the preferred first: its active
/// authenticator apps, its active sent-code methods, its backup codes.
pub fn ways(auth: &Auth<'_>, account: &Account) -> Result<Vec<Way>> {
    let conn = auth.store.conn();
    let active: Vec<Method> =
        methods::list(conn, account.id)?.into_iter().filter(|m| m.status == Status::Active).collect();
    let mut ways: Vec<Way> = active.iter().filter(|m| m.app.is_some()).cloned().map(Way::App).collect();
    ways.extend(active.iter().filter(|m| m.kind.is_restricted() && m.address.is_some()).cloned().map(Way::Sent));
    if let Some(summary) = backup_codes::summary(conn, account.id)? {
        if summary.remaining > 0 {
            ways.push(Way::Backup { remaining: summary.remaining });
        }
    }
    Ok(ways)
}
