//! Trusted devices: trusting one, and checking a token a device presents.

use crate::store::Connection;
use anyhow::{bail, Context as _, Result};
use rand::rngs::OsRng;

use super::notices::{self, Notice};
use super::{find_account, Auth};
use crate::core::account::Account;
use crate::core::device::{self, DeviceToken, MAX_DEVICES};
use crate::core::device::{Device, Revocation};
use crate::core::refusal::Refusal;
use crate::store::devices;
use crate::store::events::{self, Event};
use crate::Failure;

/// Trusts a new device for `ttl` seconds: the cap, the row and its audit
/// event in one transaction, then the security notice. The token is
/// returned to be shown once; only its hash is kept.
pub fn trust(auth: &Auth<'_>, name: &str, label: &str, ttl: u64, now: u64) -> Result<(Device, DeviceToken)> {
    let token = DeviceToken::generate(&mut OsRng);
    let tx = auth.store.immediate()?;
    let account = find_account(&tx, name)?;
    ensure_room(&tx, &account, now)?;
    let now = now as i64;
    let expires_at = now.saturating_add(i64::try_from(ttl)?);
    let added = devices::insert(&tx, account.id, label, &token.hash(), now, expires_at)?;
    events::record(&tx, &auth.event(name, "device_add", "ok"), now)?;
    tx.commit().context("cannot store the new device; no token was issued")?;
    notices::send(auth, &account, &Notice::DeviceAdded { name: label.to_owned() }, now as u64);
    Ok((added, token))
}

/// Revokes one device (`id`), or every device of the account; the ids of
/// those this revoked (not those already revoked), each with its event.
pub fn revoke(auth: &Auth<'_>, name: &str, id: Option<i64>, now: u64) -> Result<Vec<i64>> {
    let now = now as i64;
    let tx = auth.store.immediate()?;
    let account = find_account(&tx, name)?;
    let targets: Vec<Device> = match id {
        Some(id) => {
            vec![devices::find(&tx, account.id, id)?
                .ok_or_else(|| Failure::NoDevice { account: name.to_owned(), id })?]
        }
        None => devices::list(&tx, account.id)?,
    };
    let mut revoked = Vec::new();
    for d in &targets {
        if devices::revoke(&tx, d.id, Revocation::Operator, now)? {
            let event =
                Event { reason: Some(Revocation::Operator.as_str()), ..auth.event(name, "device_revoke", "ok") };
            events::record(&tx, &event, now)?;
            revoked.push(d.id);
        }
    }
    tx.commit()?;
    Ok(revoked)
}

/// Whether the account may trust one more device (fewer than the most allowed).
pub fn has_room(conn: &Connection, account: &Account, now: u64) -> Result<bool> {
    Ok(devices::count_active(conn, account.id, now as i64)? < MAX_DEVICES)
}

/// Errs, for the operator, when the account already has the most active devices allowed.
pub fn ensure_room(conn: &Connection, account: &Account, now: u64) -> Result<()> {
    let name = &account.name;
    if !has_room(conn, account, now)? {
        bail!(
            "cannot trust another device: {name:?} already has {MAX_DEVICES} trusted devices, the most allowed; \
             revoke one first (`tfa device list {name}`, then `tfa device revoke {name} ID`)"
        );
    }
    Ok(())
}

/// `active`, `expired` or `revoked`.
pub fn status(d: &Device, now: u64) -> &'static str {
    match device::standing(d.expires_at, d.revoked_at, now as i64) {
        Ok(()) => "active",
        Err(reason) => reason.as_str(),
    }
}

/// Seconds after a rotation in which the replaced token, presented again,
/// is taken for a retry or a race of two rotations rather than a stolen
/// copy: refused, without revoking the device.
pub const ROTATION_GRACE: i64 = 60;

/// What checking a device token found.
#[derive(Debug)]
pub struct DeviceCheck {
    /// The device the token is, or was, of.
    pub device: Option<Device>,
    /// `Ok` when the device is trusted now; else `UnknownDevice`,
    /// `ExpiredDevice`, `RevokedDevice` or `RotatedToken`.
    pub standing: Result<(), Refusal>,
    /// A token that rotation had voided was presented: whether this check
    /// revoked the device (`false`: it already was).
    pub voided_token: Option<bool>,
    /// The device's new token, when rotated.
    pub new_token: Option<DeviceToken>,
}

impl DeviceCheck {
    pub fn trusted(&self) -> bool {
        self.standing.is_ok()
    }
}

/// Checks a device token in one `BEGIN IMMEDIATE` transaction: a trusted
/// device is marked seen (or its token rotated); a token voided by rotation
/// revokes its device; every check is logged as `action`.
pub fn check(
    auth: &Auth<'_>,
    account: &Account,
    token: &DeviceToken,
    rotate: bool,
    action: &str,
    now: u64,
) -> Result<DeviceCheck> {
    let (name, now) = (account.name.as_str(), now as i64);
    let presented = token.hash();
    let tx = auth.store.immediate()?;
    let mut voided_token = None;
    let (found, standing) = match devices::find_by_token(&tx, account.id, &presented)? {
        Some(d) => {
            let standing = device::standing(d.expires_at, d.revoked_at, now).map_err(Refusal::from);
            (Some(d), standing)
        }
        None => match devices::find_by_voided_token(&tx, account.id, &presented)? {
            // Replaced moments ago: a client's retry, or two rotations racing, not a stolen copy.
            Some((d, voided_at)) if now.saturating_sub(voided_at) < ROTATION_GRACE => {
                (Some(d), Err(Refusal::RotatedToken))
            }
            // A token that rotation replaced, presented again later: one of two copies is not the device's own.
            Some((d, _)) => {
                let newly = devices::revoke(&tx, d.id, Revocation::StolenToken, now)?;
                if newly {
                    let reason = Some(Revocation::StolenToken.as_str());
                    let event = Event { reason, ..auth.event(name, "device_revoke", "ok") };
                    events::record(&tx, &event, now)?;
                }
                voided_token = Some(newly);
                (Some(d), Err(Refusal::RevokedDevice))
            }
            None => (None, Err(Refusal::UnknownDevice)),
        },
    };
    let mut new_token = None;
    match (&found, standing) {
        (Some(d), Ok(())) if rotate => {
            let next = DeviceToken::generate(&mut OsRng);
            devices::rotate(&tx, d.id, &presented, &next.hash(), now)?;
            events::record(&tx, &auth.event(name, "device_rotate", "ok"), now)?;
            new_token = Some(next);
        }
        (Some(d), Ok(())) => {
            devices::touch(&tx, d.id, now)?;
            events::record(&tx, &auth.event(name, action, "ok"), now)?;
        }
        (_, standing) => {
            let why = standing.err().unwrap_or(Refusal::UnknownDevice);
            events::record(&tx, &Event { reason: Some(why.as_str()), ..auth.event(name, action, "refused") }, now)?;
        }
    }
    tx.commit().context("cannot record the device check; the device was not trusted")?;
    Ok(DeviceCheck { device: found, standing, voided_token, new_token })
}
