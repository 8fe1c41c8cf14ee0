//! `tfa device add|list|revoke|check`: trusted devices.

use anyhow::{bail, Context as _, Result};
use rand::rngs::OsRng;
use rusqlite::Connection;
use zeroize::Zeroizing;

use super::notify::{self, Notice};
use super::{find_account, now, Context};
use crate::cli::DeviceCommand;
use crate::core::device::{self, DeviceToken, Untrusted, MAX_DEVICES};
use crate::core::name;
use crate::output::views::{DeviceAddedView, DeviceCheckView, DeviceView, DevicesRevokedView, DevicesView};
use crate::output::{format_optional_time, format_time, Paint};
use crate::prompt;
use crate::store::accounts::Account;
use crate::store::devices::{self, Device, Revocation};
use crate::store::events::{self, Event};
use crate::store::{Open, Store};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, cmd: DeviceCommand) -> Result<Outcome> {
    match cmd {
        DeviceCommand::Add { name, label, ttl } => add(ctx, &name, &label, &ttl),
        DeviceCommand::List { name } => list(ctx, &name),
        DeviceCommand::Revoke { name, id, all } => revoke(ctx, &name, if all { None } else { id }),
        DeviceCommand::Check { name, token, rotate } => check(ctx, &name, token.as_deref(), rotate),
    }
}

fn event<'a>(account: &'a str, action: &'a str, outcome: &'a str, reason: Option<&'a str>) -> Event<'a> {
    Event { account, method_id: None, action, outcome, reason }
}

fn add(ctx: &Context, name: &str, label: &str, ttl: &str) -> Result<Outcome> {
    name::check_label(label).context("--name")?;
    let ttl = device::parse_ttl(ttl).context("--ttl")?;
    let store = ctx.store(Open::Existing)?;
    let (added, token) = trust(ctx, &store, name, label, ttl, now() as i64)?;

    let p = &ctx.printer;
    let text = token.encode();
    if p.json {
        p.json(&DeviceAddedView {
            account: name,
            device_id: added.id,
            name: &added.name,
            token: &text,
            expires_at: format_time(added.expires_at),
        })?;
    } else {
        p.line(text.as_str())?;
        p.note(format_args!(
            "Trusted device {} ({label:?}) for {name:?} until {} UTC. The token above is shown once: keep it on the device.",
            added.id,
            format_time(added.expires_at)
        ));
    }
    Ok(Outcome::Success)
}

/// Trusts a new device for `ttl` seconds (`device add`, `login`): the cap,
/// the row and its audit event in one transaction, then the security
/// notice. The token is returned to be shown once; only its hash is kept.
pub(super) fn trust(
    ctx: &Context,
    store: &Store,
    name: &str,
    label: &str,
    ttl: u64,
    now: i64,
) -> Result<(Device, DeviceToken)> {
    let token = DeviceToken::generate(&mut OsRng);
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;
    ensure_room(&tx, &account, now)?;
    let expires_at = now.saturating_add(i64::try_from(ttl)?);
    let added = devices::insert(&tx, account.id, label, &token.hash(), now, expires_at)?;
    events::record(&tx, &event(name, "device_add", "ok", None), now)?;
    tx.commit().context("cannot store the new device; no token was issued")?;
    notify::send(ctx, store, &account, &Notice::DeviceAdded { name: label.to_owned() }, now as u64);
    Ok((added, token))
}

/// Errs when the account already has the most active devices allowed.
pub(super) fn ensure_room(conn: &Connection, account: &Account, now: i64) -> Result<()> {
    let name = &account.name;
    if devices::count_active(conn, account.id, now)? >= MAX_DEVICES {
        bail!(
            "cannot trust another device: {name:?} already has {MAX_DEVICES} trusted devices, the most allowed; \
             revoke one first (`tfa device list {name}`, then `tfa device revoke {name} ID`)"
        );
    }
    Ok(())
}

fn status(d: &Device, now: i64) -> &'static str {
    match device::standing(d.expires_at, d.revoked_at, now) {
        Ok(()) => "active",
        Err(reason) => reason.as_str(),
    }
}

fn list(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let all = devices::list(store.conn(), account.id)?;
    let now = now() as i64;
    let p = &ctx.printer;
    if p.json {
        let views = all
            .iter()
            .map(|d| DeviceView {
                id: d.id,
                name: &d.name,
                created_at: format_time(d.created_at),
                last_seen_at: d.last_seen_at.map(format_time),
                expires_at: format_time(d.expires_at),
                status: status(d, now),
                revoked_why: d.revoked_why.as_deref(),
            })
            .collect();
        p.json(&DevicesView { account: name, devices: views })?;
        return Ok(Outcome::Success);
    }
    let rows = all
        .iter()
        .map(|d| {
            let s = status(d, now);
            let paint = if s == "active" { Paint::Good } else { Paint::Dim };
            let shown = match d.revoked_why.as_deref() {
                Some("stolen_token") => format!("{s} (stolen token)"),
                _ => s.to_owned(),
            };
            vec![
                d.id.to_string(),
                d.name.clone(),
                format_time(d.created_at),
                format_optional_time(d.last_seen_at),
                format_time(d.expires_at),
                p.paint(paint, &shown),
            ]
        })
        .collect();
    p.table(&["id", "name", "created", "last seen", "expires", "status"], rows)?;
    Ok(Outcome::Success)
}

/// Revokes one device, or every device with `id` `None`.
fn revoke(ctx: &Context, name: &str, id: Option<i64>) -> Result<Outcome> {
    let now = now() as i64;
    let store = ctx.store(Open::Existing)?;
    let tx = store.immediate()?;
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
            events::record(&tx, &event(name, "device_revoke", "ok", Some("operator")), now)?;
            revoked.push(d.id);
        }
    }
    tx.commit()?;

    let p = &ctx.printer;
    if p.json {
        p.json(&DevicesRevokedView { account: name, revoked: revoked.clone() })?;
    }
    match (id, revoked.len()) {
        (Some(id), 0) => p.note(format_args!("Device {id} of {name:?} was already revoked.")),
        (Some(id), _) => p.note(format_args!("Revoked device {id} of {name:?}.")),
        (None, n) => p.note(format_args!("Revoked {n} device(s) of {name:?}.")),
    }
    Ok(Outcome::Success)
}

/// A token from the argument, from stdin (`-`, or no argument and no
/// terminal), or from a hidden prompt.
fn read_token(ctx: &Context, arg: Option<&str>) -> Result<Zeroizing<String>> {
    match arg {
        Some("-") => prompt::read_stdin_line("device token"),
        Some(token) => Ok(Zeroizing::new(token.to_owned())),
        None if !prompt::stdin_is_terminal() => prompt::read_stdin_line("device token"),
        None if ctx.may_prompt() => prompt::password("Device token", false),
        None => bail!("missing TOKEN: pipe it on stdin (or pass - to read stdin)"),
    }
}

fn check(ctx: &Context, name: &str, token_arg: Option<&str>, rotate: bool) -> Result<Outcome> {
    let text = read_token(ctx, token_arg)?;
    let p = &ctx.printer;
    let refused = |device_id, reason| DeviceCheckView {
        account: name,
        trusted: false,
        device_id,
        reason: Some(reason),
        token: None,
        stolen_token: None,
    };
    let token = match DeviceToken::parse(&text) {
        Ok(token) => token,
        Err(e) => {
            if p.json {
                p.json(&refused(None, "malformed"))?;
            }
            return Err(e).context("device token refused before any lookup");
        }
    };
    let store = ctx.store(Open::Existing)?;
    let checked = check_token(&store, name, &token, rotate, now() as i64)?;

    let device_id = checked.device.as_ref().map(|d| d.id);
    let new_text = checked.new_token.as_ref().map(DeviceToken::encode);
    if p.json {
        let view = match checked.standing {
            Ok(()) => DeviceCheckView {
                account: name,
                trusted: true,
                device_id,
                reason: None,
                token: new_text.as_ref().map(|t| t.as_str()),
                stolen_token: None,
            },
            Err(why) => {
                DeviceCheckView { stolen_token: checked.voided_token.map(|_| true), ..refused(device_id, why.as_str()) }
            }
        };
        p.json(&view)?;
    } else if let Some(text) = &new_text {
        p.line(text.as_str())?;
    }
    warn_stolen(ctx, name, &checked);
    match (&checked.device, checked.standing) {
        (Some(d), Ok(())) => {
            let rotated = if new_text.is_some() { "; new token above, the old one no longer works" } else { "" };
            p.note(format_args!("trusted: device {} ({:?}){rotated}", d.id, d.name));
            Ok(Outcome::Success)
        }
        (_, why) => {
            if checked.voided_token.is_none() {
                p.note(format_args!("not trusted: {}", explain(name, why.err().unwrap_or(Untrusted::Unknown))));
            }
            Ok(Outcome::Refused)
        }
    }
}

/// Why a device is not trusted, in words.
pub(super) fn explain(name: &str, why: Untrusted) -> String {
    match why {
        Untrusted::Unknown => format!("no device of {name:?} has this token"),
        Untrusted::Expired => "the device's trust has expired: add it again".to_owned(),
        Untrusted::Revoked => "the device was revoked".to_owned(),
    }
}

/// What checking a device token found.
pub(super) struct DeviceCheck {
    /// The device the token is, or was, of.
    pub device: Option<Device>,
    /// `Ok` when the device is trusted now.
    pub standing: Result<(), Untrusted>,
    /// A token that rotation had voided was presented: whether this check
    /// revoked the device (`false`: it already was).
    pub voided_token: Option<bool>,
    /// The device's new token, when rotated.
    pub new_token: Option<DeviceToken>,
}

/// Checks a device token (`device check`, `login`) in one `BEGIN IMMEDIATE`
/// transaction: a trusted device is marked seen (or its token rotated); a
/// token voided by rotation revokes its device; every check is logged.
pub(super) fn check_token(
    store: &Store,
    name: &str,
    token: &DeviceToken,
    rotate: bool,
    now: i64,
) -> Result<DeviceCheck> {
    let presented = token.hash();
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;

    let mut voided_token = None;
    let (found, standing) = match devices::find_by_token(&tx, account.id, &presented)? {
        Some(d) => {
            let standing = device::standing(d.expires_at, d.revoked_at, now);
            (Some(d), standing)
        }
        // A token that rotation replaced, presented again: one of two copies is not the device's own.
        None => match devices::find_by_voided_token(&tx, account.id, &presented)? {
            Some(d) => {
                let newly = devices::revoke(&tx, d.id, Revocation::StolenToken, now)?;
                if newly {
                    events::record(&tx, &event(name, "device_revoke", "ok", Some("stolen_token")), now)?;
                }
                voided_token = Some(newly);
                (Some(d), Err(Untrusted::Revoked))
            }
            None => (None, Err(Untrusted::Unknown)),
        },
    };
    let mut new_token = None;
    match (&found, standing) {
        (Some(d), Ok(())) if rotate => {
            let next = DeviceToken::generate(&mut OsRng);
            devices::rotate(&tx, d.id, &presented, &next.hash(), now)?;
            events::record(&tx, &event(name, "device_rotate", "ok", None), now)?;
            new_token = Some(next);
        }
        (Some(d), Ok(())) => {
            devices::touch(&tx, d.id, now)?;
            events::record(&tx, &event(name, "device_check", "ok", None), now)?;
        }
        (_, standing) => {
            let why = standing.err().unwrap_or(Untrusted::Unknown);
            events::record(&tx, &event(name, "device_check", "refused", Some(why.as_str())), now)?;
        }
    }
    tx.commit().context("cannot record the device check; the device was not trusted")?;
    let standing = if found.is_some() { standing } else { Err(Untrusted::Unknown) };
    Ok(DeviceCheck { device: found, standing, voided_token, new_token })
}

/// The warning for a token that rotation had voided: a copy was stolen.
pub(super) fn warn_stolen(ctx: &Context, name: &str, checked: &DeviceCheck) {
    if let (Some(d), Some(newly)) = (&checked.device, checked.voided_token) {
        let now_revoked = if newly { "it is now revoked" } else { "it was already revoked" };
        ctx.printer.warn(format_args!(
            "this token was replaced by rotation and presented again: a copy was probably stolen; \
             device {} ({:?}) of {name:?} is not trusted, {now_revoked}",
            d.id, d.name
        ));
    }
}
