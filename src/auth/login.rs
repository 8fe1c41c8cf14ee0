//! The steps of a sign-in that are not a code's: the password, a trusted
//! device, the ways a second factor can be given, and the sign-in's own
//! audit events. The code itself is `verify::attempt`.

use anyhow::{bail, Context as _, Result};

use super::devices::{self, DeviceCheck};
use super::{lockout, settle, Attempt, Auth, Factor, Ways};
use crate::core::account::Account;
use crate::core::device::{Device, DeviceToken};
use crate::core::lockout::Lockout;
use crate::core::method::{Method, MethodKind, Status};
use crate::core::refusal::Refusal;
use crate::crypto;
use crate::store::accounts;
use crate::store::backup_codes;
use crate::store::events::{self, Event};
use crate::store::methods;
use crate::Failure;

/// The audit log's action for every step of a sign-in.
pub const ACTION: &str = "login";

/// Checks the password: one argon2id, before any lock is taken. A wrong one
/// counts as a failure; the answer is given only after the lockout is
/// checked again under the write lock, so that guesses run in parallel
/// learn nothing past the limit.
pub fn password(auth: &Auth<'_>, account: &Account, password: &str, now: u64) -> Result<Attempt> {
    check_password(auth, account, password, false, now)
}

/// Checks the password during a backoff, for a sign-in that goes on with a
/// backup code (which a backoff does not stop): only the hard lock stops
/// it, and a wrong one counts as any does. Its answer must not be told
/// apart from the backoff's own unless the backup code is right too, or
/// the backoff would no longer slow guessing the password (see `tfa
/// login`'s sign-in during a backoff).
pub fn password_during_backoff(auth: &Auth<'_>, account: &Account, password: &str, now: u64) -> Result<Attempt> {
    check_password(auth, account, password, true, now)
}

fn check_password(auth: &Auth<'_>, account: &Account, password: &str, backoff: bool, now: u64) -> Result<Attempt> {
    let store = auth.store;
    let stops = |conn: &crate::store::Connection| -> Result<Option<Attempt>> {
        Ok(match lockout::state(auth, conn, account, now)? {
            Lockout::Waiting { .. } if backoff => None,
            state => lockout::locked(state, now),
        })
    };
    if let Some(locked) = stops(store.conn())? {
        return Ok(locked);
    }
    let hash = accounts::password_hash(store.conn(), account.id)?.unwrap_or_default();
    let right = crypto::verify_password(password.as_bytes(), &hash);
    let tx = store.immediate()?;
    if let Some(locked) = stops(&tx)? {
        return Ok(locked);
    }
    if right {
        return Ok(Attempt::Accepted { factor: Factor::Password, offset: None });
    }
    let attempt = Attempt::refused_about(Refusal::WrongPassword, Factor::Password);
    settle(auth, tx, account, attempt, None, ACTION, now)
}

/// Spends what a password check spends (one argon2id), for a name that has
/// no account: the time a sign-in takes then does not tell which names
/// exist (a wrong password took 8x longer than an unknown name).
pub fn unknown_account() {
    let _ = crypto::hash_password(b"no such account");
}

/// How offering a trusted device's token ended.
#[derive(Debug)]
pub enum DeviceStep {
    /// Trusted: signed in without a code.
    SignedIn(Device),
    /// Not trusted (why is in the check): sign in with a code.
    NotTrusted(DeviceCheck),
    /// The account is locked: a device does not lift it.
    Locked(Attempt),
}

/// Checks a trusted device's token (logged as a `device_check`); a trusted
/// device signs in, logged as a `login`, and resets the failure count as a
/// code would, under the write lock, unless a lockout holds by then.
pub fn device(auth: &Auth<'_>, account: &Account, token: &DeviceToken, now: u64) -> Result<DeviceStep> {
    let checked = devices::check(auth, account, token, false, "device_check", now)?;
    let device = match (checked.standing, &checked.device) {
        (Ok(()), Some(d)) => d.clone(),
        _ => return Ok(DeviceStep::NotTrusted(checked)),
    };
    let tx = auth.store.immediate()?;
    if let Some(locked) = lockout::holds(auth, &tx, account, now)? {
        return Ok(DeviceStep::Locked(locked));
    }
    let event = Event { reason: Some("trusted_device"), ..auth.event(&account.name, ACTION, "ok") };
    events::record(&tx, &event, now as i64)?;
    lockout::count(auth, &tx, account, true, now)?;
    tx.commit().context("cannot record the sign-in")?;
    Ok(DeviceStep::SignedIn(device))
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

/// What `--via` names: a kind of method, or one method by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Kind(MethodKind),
    Method(i64),
}

impl std::str::FromStr for Via {
    type Err = anyhow::Error;

    fn from_str(text: &str) -> Result<Via> {
        if let Ok(id) = text.parse::<i64>() {
            return Ok(Via::Method(id));
        }
        text.parse::<MethodKind>().map(Via::Kind).map_err(|_| {
            anyhow::anyhow!(
                "--via {text:?}: expected totp, hotp, sms, whatsapp, email, backup_code, or a method id \
                 (`tfa methods NAME` lists them)"
            )
        })
    }
}

/// The way `via` names, as an index into `ways`; an error naming why none is.
pub fn resolve(auth: &Auth<'_>, account: &Account, via: Via, ways: &[Way]) -> Result<usize> {
    let found = ways.iter().position(|w| match (via, w) {
        (Via::Kind(MethodKind::BackupCode), Way::Backup { .. }) => true,
        (Via::Kind(kind), w) => w.method().is_some_and(|m| m.kind == kind),
        (Via::Method(id), w) => w.method().is_some_and(|m| m.id == id),
    });
    if let Some(i) = found {
        return Ok(i);
    }
    // Told to whoever knows the name: no label, no operator's command.
    let name = account.name.clone();
    match via {
        Via::Method(id) => match methods::find(auth.store.conn(), account.id, id)? {
            Some(m) => bail!("--via {id}: method {id} is {}, not active", m.status),
            None => Err(Failure::NoMethod { account: name, id }.into()),
        },
        Via::Kind(MethodKind::BackupCode) => Err(Failure::NoWay { account: name, what: "backup code".into() }.into()),
        Via::Kind(kind) => Err(Failure::NoWay { account: name, what: format!("{kind} method") }.into()),
    }
}

/// The next step after a fallback sign-in while an app is set up. A
/// sign-in at a terminal offers both steps right away.
pub const LOST_PHONE: &str = "If the phone with your authenticator app is lost: sign in again with a backup code at \
                              a terminal, where you are offered to set up the app on your new phone and to remove \
                              the lost one; or ask your administrator to remove it.";

/// What to do next after signing in another way than the usual one: with a
/// backup code, or with a sent code while an authenticator app is set up
/// (the phone with the app may be lost). Empty after a usual sign-in.
pub fn next_steps(ways: &[Way], attempt: &Attempt) -> Vec<&'static str> {
    const NEW_CODES: &str = "Each backup code works once: make a new set before the last ones are gone.";
    let has_app = ways.iter().any(|w| matches!(w, Way::App(_)));
    match attempt {
        Attempt::Accepted { factor: Factor::BackupCode { .. }, .. } if has_app => vec![LOST_PHONE, NEW_CODES],
        Attempt::Accepted { factor: Factor::BackupCode { .. }, .. } => vec![NEW_CODES],
        Attempt::Accepted { factor: Factor::Method(m), .. } if m.app.is_none() && has_app => vec![LOST_PHONE],
        _ => Vec::new(),
    }
}

/// What to do next after signing in with a recovery ticket: the new app is
/// the only way in.
pub const RECOVERED: [&str; 2] = [
    "Make a new set of backup codes, and keep them away from your phone.",
    "Add a second way to sign in, so that one lost phone does not lock you out again.",
];

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

    /// The methods a digit code given for this way is checked against, and
    /// the one asked for: any active app for an app (a person may type
    /// another app's code), the one method for a sent code.
    pub fn checks(&self) -> (Ways, Option<i64>) {
        match self {
            Way::App(m) => (Ways::Apps, Some(m.id)),
            Way::Sent(m) => (Ways::Method(m.id), Some(m.id)),
            Way::Backup { .. } => (Ways::Every, None),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn via_names_a_kind_or_a_method() {
        assert_eq!("totp".parse::<Via>().unwrap(), Via::Kind(MethodKind::Totp));
        assert_eq!("backup_code".parse::<Via>().unwrap(), Via::Kind(MethodKind::BackupCode));
        assert_eq!("whatsapp".parse::<Via>().unwrap(), Via::Kind(MethodKind::Whatsapp));
        assert_eq!("3".parse::<Via>().unwrap(), Via::Method(3));
        let e = "carrier-pigeon".parse::<Via>().unwrap_err().to_string();
        assert!(e.contains("backup_code") && e.contains("method id"), "{e}");
    }
}
