//! `tfa recovery request|check|cancel|list|complete`: the operator's side
//! of account recovery. The ticket's side is `tfa login --ticket`.

use anyhow::{bail, Result};

use super::{now, Context};
use crate::auth::recovery::{self, Cancel};
use crate::cli::RecoveryCommand;
use crate::core::backup_code::BackupCode;
use crate::core::device::parse_duration;
use crate::core::recovery::{Request, State, DEFAULT_TICKET_TTL, MAX_TICKET_TTL};
use crate::output::answers::{Done, Lines, Rows};
use crate::output::attempt::tell;
use crate::output::views::{
    AttemptFields, RecoveriesView, RecoveryCancelView, RecoveryCheckEntry, RecoveryCheckView, RecoveryCompletedView,
    RecoveryView, RetiredView,
};
use crate::output::{format_time, json_time};
use crate::prompt;
use crate::store::recovery as store;
use crate::store::Open;
use crate::{Failure, Outcome};

/// Notes and reasons are one line a person wrote: bounded, no control characters.
fn check_text(what: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() || text.chars().count() > 300 || text.chars().any(char::is_control) {
        bail!("{what} must be one line of 1 to 300 characters");
    }
    Ok(())
}

pub fn run(ctx: &Context, command: RecoveryCommand) -> Result<Outcome> {
    match command {
        RecoveryCommand::Request { name, reason } => request(ctx, &name, reason.as_deref()),
        RecoveryCommand::Check { id, note } => check(ctx, id, &note),
        RecoveryCommand::Cancel { id, code } => cancel(ctx, id, code.as_deref()),
        RecoveryCommand::List { name, all } => list(ctx, name.as_deref(), all),
        RecoveryCommand::Complete { id, ticket_ttl } => complete(ctx, id, &ticket_ttl),
    }
}

/// When an open request may be completed, in words.
fn readiness(r: &Request) -> String {
    format!(
        "it can be completed after {} UTC, with {} identity check(s) ({} so far)",
        format_time(r.ready_at),
        r.checks_needed,
        r.checks
    )
}

fn request(ctx: &Context, name: &str, reason: Option<&str>) -> Result<Outcome> {
    if let Some(reason) = reason {
        check_text("--reason", reason)?;
    }
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let now = now();
    let r = recovery::request(&auth, name, reason, now)?;
    // A warning here says who was not told (or that nobody could be).
    let told = auth.take_warnings();
    let mut notes = vec![format!("Opened recovery request {} for {name:?}: {}.", r.id, readiness(&r))];
    if told.is_empty() {
        notes.push("Every contact of the account was told, with a code that cancels it.".to_owned());
    }
    told.iter().for_each(|w| ctx.printer.warn(w));
    notes.push(format!("Record identity checks with: tfa recovery check {} --note TEXT", r.id));
    let doc = RecoveryView::of(&r, now);
    Ok(ctx.printer.answer(&Lines { doc, lines: vec![r.id.to_string()], notes })?)
}

fn check(ctx: &Context, id: i64, note: &str) -> Result<Outcome> {
    check_text("--note", note)?;
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let now = now();
    let r = recovery::check(&auth, id, note, now)?;
    ctx.tell_warnings(&auth);
    let said = format!(
        "Recorded identity check {} of {} on recovery request {id}; {}.",
        r.checks,
        r.checks_needed,
        readiness(&r)
    );
    let doc = RecoveryCheckView {
        recovery: RecoveryView::of(&r, now),
        check: RecoveryCheckEntry { note, checked_at: json_time(now as i64), checked_by: ctx.source.as_deref() },
    };
    Ok(ctx.printer.answer(&Done::new(doc, said))?)
}

fn cancel(ctx: &Context, id: i64, code: Option<&str>) -> Result<Outcome> {
    let typed = match code {
        Some("-") => Some(prompt::read_stdin_line("cancel code")?),
        Some(code) => Some(zeroize::Zeroizing::new(code.to_owned())),
        None => None,
    };
    let code = match typed {
        // Shaped as a backup code is, but named for what it is.
        Some(typed) => Some(BackupCode::parse(&typed).map_err(|_| {
            Failure::Malformed(
                "cancel code refused before any lookup: a cancel code has 10 letters and digits, like xxxxx-xxxxx"
                    .to_owned(),
            )
        })?),
        None => None,
    };
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let now = now();
    let cancelled = recovery::cancel(&auth, id, code.as_ref(), now)?;
    ctx.tell_warnings(&auth);
    match cancelled {
        Cancel::Cancelled(r) => {
            let doc =
                RecoveryCancelView { id, cancelled: true, recovery: Some(RecoveryView::of(&r, now)), attempt: None };
            let said = format!("Cancelled recovery request {id} for {:?}; its contacts were told.", r.account);
            Ok(ctx.printer.answer(&Done::new(doc, said))?)
        }
        Cancel::Refused(attempt) => {
            let doc =
                RecoveryCancelView { id, cancelled: false, recovery: None, attempt: Some(AttemptFields::of(&attempt)) };
            let p = &ctx.printer;
            if p.json {
                p.json(&doc)?;
            }
            let account = store::find(store.conn(), id)?.map(|r| r.account).unwrap_or_default();
            tell(p, &account, &attempt);
            Ok(crate::output::attempt::outcome_of(Some(&attempt)))
        }
    }
}

fn list(ctx: &Context, name: Option<&str>, all: bool) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account_id = match name {
        Some(name) => Some(ctx.auth(&store).account(name)?.id),
        None => None,
    };
    let now = now();
    let requests: Vec<Request> =
        store::list(store.conn(), account_id)?.into_iter().filter(|r| all || r.state(now) == State::Opened).collect();
    let rows = requests
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.account.clone(),
                r.state(now).to_string(),
                format!("{}/{}", r.checks, r.checks_needed),
                format_time(r.ready_at),
                format_time(r.opened_at),
                r.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let doc = RecoveriesView { recoveries: requests.iter().map(|r| RecoveryView::of(r, now)).collect() };
    let header = &["ID", "ACCOUNT", "STATE", "CHECKS", "READY AT (UTC)", "OPENED AT (UTC)", "REASON"];
    Ok(ctx.printer.answer(&Rows { doc, header, rows })?)
}

fn complete(ctx: &Context, id: i64, ticket_ttl: &str) -> Result<Outcome> {
    let ttl = parse_duration(ticket_ttl).map_err(anyhow::Error::from)?;
    if ttl == 0 || ttl > MAX_TICKET_TTL {
        bail!("--ticket-ttl {ticket_ttl:?}: a ticket works for a second to a day (default {DEFAULT_TICKET_TTL})");
    }
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let now = now();
    let done = recovery::complete(&auth, id, ttl, now)?;
    ctx.tell_warnings(&auth);
    let r = &done.request;
    let ticket = done.ticket.encode();
    let until = r.ticket_expires_at.map(format_time).unwrap_or_default();
    let notes = vec![
        format!(
            "Completed recovery request {id} for {:?}: {} method(s) disabled, {} backup code(s) voided, {} device(s) revoked.",
            r.account, done.retired.methods, done.retired.backup_codes, done.retired.devices
        ),
        format!(
            "The ticket above is shown once and works once, until {until} UTC: hand it to the person, who signs in \
             with `tfa login {} --ticket -` and sets up a new authenticator app.",
            r.account
        ),
    ];
    let doc = RecoveryCompletedView {
        recovery: RecoveryView::of(r, now),
        ticket: ticket.as_str(),
        retired: RetiredView {
            methods_disabled: done.retired.methods,
            backup_codes_voided: done.retired.backup_codes,
            devices_revoked: done.retired.devices,
        },
    };
    Ok(ctx.printer.answer(&Lines { doc, lines: vec![ticket.as_str().to_owned()], notes })?)
}
