//! `tfa device add|list|revoke|check`: trusted devices.

use anyhow::{bail, Context as _, Result};
use zeroize::Zeroizing;

use super::{find_account, now, Context};
use crate::auth::devices::{self as auth_devices, DeviceCheck};
use crate::cli::DeviceCommand;
use crate::core::device::Revocation;
use crate::core::device::{self, DeviceToken};
use crate::core::name;
use crate::core::refusal::Refusal;
use crate::output::answers::{Done, Lines, Rows};
use crate::output::views::{DeviceAddedView, DeviceCheckView, DeviceView, DevicesRevokedView, DevicesView};
use crate::output::{format_optional_time, format_time, json_time, Answer, Paint, Printer};
use crate::prompt;
use crate::store::devices;
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, cmd: DeviceCommand) -> Result<Outcome> {
    match cmd {
        DeviceCommand::Add { name, label, ttl } => add(ctx, &name, &label, &ttl),
        DeviceCommand::List { name } => list(ctx, &name),
        DeviceCommand::Revoke { name, id, all } => revoke(ctx, &name, if all { None } else { id }),
        DeviceCommand::Check { name, token, rotate } => check(ctx, &name, token.as_deref(), rotate),
    }
}

fn add(ctx: &Context, name: &str, label: &str, ttl: &str) -> Result<Outcome> {
    name::check_label(label).context("--name")?;
    let ttl = device::parse_ttl(ttl).context("--ttl")?;
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let (added, token) = auth_devices::trust(&auth, name, label, ttl, now())?;
    ctx.tell_warnings(&auth);

    let text = token.encode();
    let doc = DeviceAddedView {
        account: name,
        device_id: added.id,
        name: &added.name,
        token: &text,
        expires_at: json_time(added.expires_at),
    };
    let note = format!(
        "Trusted device {} ({label:?}) for {name:?} until {} UTC. The token above is shown once: keep it on the device.",
        added.id,
        format_time(added.expires_at)
    );
    Ok(ctx.printer.answer(&Lines { doc, lines: vec![text.to_string()], notes: vec![note] })?)
}

fn list(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let all = devices::list(store.conn(), account.id)?;
    let now = now();
    let p = &ctx.printer;
    let devices = all
        .iter()
        .map(|d| DeviceView {
            id: d.id,
            name: &d.name,
            created_at: json_time(d.created_at),
            last_seen_at: d.last_seen_at.map(json_time),
            expires_at: json_time(d.expires_at),
            status: auth_devices::status(d, now),
            revoked_why: d.revoked_why.as_deref(),
        })
        .collect();
    let rows = all
        .iter()
        .map(|d| {
            let s = auth_devices::status(d, now);
            let paint = if s == "active" { Paint::Good } else { Paint::Dim };
            let shown = match d.revoked_why.as_deref() {
                Some(why) if why == Revocation::StolenToken.as_str() => format!("{s} (stolen token)"),
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
    let header = &["id", "name", "created", "last seen", "expires", "status"];
    Ok(p.answer(&Rows { doc: DevicesView { account: name, devices }, header, rows })?)
}

/// Revokes one device, or every device with `id` `None`.
fn revoke(ctx: &Context, name: &str, id: Option<i64>) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let revoked = auth_devices::revoke(&ctx.auth(&store), name, id, now())?;

    let said = match (id, revoked.len()) {
        (Some(id), 0) => format!("Device {id} of {name:?} was already revoked."),
        (Some(id), _) => format!("Revoked device {id} of {name:?}."),
        (None, n) => format!("Revoked {n} device(s) of {name:?}."),
    };
    Ok(ctx.printer.answer(&Done::new(DevicesRevokedView { account: name, revoked }, said))?)
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
    let token = DeviceToken::parse(&text)
        .map_err(|e| Failure::Malformed(format!("device token refused before any lookup: {e}")))?;
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let checked = auth_devices::check(&auth, &account, &token, rotate, "device_check", now())?;
    let new_text = checked.new_token.as_ref().map(DeviceToken::encode);
    let view = DeviceCheckView {
        account: name,
        trusted: checked.trusted(),
        device_id: checked.device.as_ref().map(|d| d.id),
        reason: checked.standing.err().map(Refusal::as_str),
        token: new_text.as_ref().map(|t| t.as_str()),
        stolen_token: checked.voided_token.map(|_| true),
        checked: &checked,
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for DeviceCheckView<'_> {
    fn outcome(&self) -> Outcome {
        if self.trusted {
            Outcome::Success
        } else {
            Outcome::Refused
        }
    }

    fn data(&self, p: &Printer) -> std::io::Result<()> {
        if let Some(token) = self.token {
            p.line(token)?;
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        warn_stolen(p, self.account, self.checked);
        match (&self.checked.device, self.checked.standing) {
            (Some(d), Ok(())) => {
                let rotated = if self.token.is_some() { "; new token above, the old one no longer works" } else { "" };
                p.note(format_args!("trusted: device {} ({:?}){rotated}", d.id, d.name));
            }
            (_, Err(why)) if self.checked.voided_token.is_none() => p.note(format_args!("not trusted: {why}")),
            _ => {}
        }
    }
}

/// The warning for a token that rotation had voided: a copy was stolen.
fn warn_stolen(p: &Printer, name: &str, checked: &DeviceCheck) {
    if let (Some(d), Some(newly)) = (&checked.device, checked.voided_token) {
        let now_revoked = if newly { "it is now revoked" } else { "it was already revoked" };
        p.warn(format_args!(
            "this token was replaced by rotation and presented again: a copy was probably stolen; \
             device {} ({:?}) of {name:?} is not trusted, {now_revoked}",
            d.id, d.name
        ));
    }
}
