//! `tfa verify`: check a code against an account's active methods (backup
//! codes: `backup_codes::verify`).

use anyhow::{Context as _, Result};

use super::notify::{self, Notice};
use super::{find_account, guard, now, read_code, sent, Context};
use crate::cli::Channel;
use crate::core::challenge::{Refusal, Verdict};
use crate::core::code::{self, CodeInput};
use crate::core::method::Status;
use crate::core::otp::Check;
use crate::crypto::StoreKey;
use crate::output::views::VerifyView;
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method};
use crate::store::{Open, Store};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: Option<&str>, via: Option<Channel>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let p = &ctx.printer;
    let code = match code::parse(&typed) {
        Ok(CodeInput::Digits(code)) => code,
        Ok(CodeInput::Backup(code)) => return super::backup_codes::verify(ctx, name, &code),
        Err(e) => {
            if p.json {
                p.json(&VerifyView::refused(name, "malformed"))?;
            }
            return Err(e).context("code refused before any lookup");
        }
    };

    let now = now();
    let store = ctx.store(Open::Existing)?;
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;
    guard::ensure_open(&tx, &account, now).map_err(|e| report_locked(ctx, name, e))?;
    let all = methods::list(&tx, account.id)?;
    // `--via` names a channel for sent codes: authenticator apps are then left out.
    let active: Vec<Method> =
        all.iter().filter(|m| m.status == Status::Active && m.app.is_some() && via.is_none()).cloned().collect();
    let sent_methods = sent_code_methods(&all, via);
    if active.is_empty() && sent_methods.is_empty() {
        return Err(Failure::NoActiveMethod(name.to_owned()).into());
    }

    let result = check_apps(&store, &tx, &active, &code, now)?;
    let sent = match result {
        AppResult::Accepted { .. } => None,
        AppResult::Replayed(_) | AppResult::NoMatch => check_sent_codes(&tx, store.key()?, &sent_methods, &code, now)?,
    };
    let (method_id, reason) = match (&result, &sent) {
        (AppResult::Accepted { method, .. }, _) => (Some(method.id), None),
        (_, Some(SentCodes::Accepted(method))) => (Some(method.id), None),
        (AppResult::Replayed(method), _) => (Some(method.id), Some("replayed")),
        (AppResult::NoMatch, Some(SentCodes::Refused { refusal, method })) => {
            (method.map(|m| m.id), Some(refusal.as_str()))
        }
        (AppResult::NoMatch, None) => (None, Some("wrong_code")),
    };
    let outcome = if reason.is_none() { "ok" } else { "refused" };
    events::record(&tx, &Event { account: name, method_id, action: "verify", outcome, reason }, now as i64)?;
    let locked_out = guard::after_attempt(&tx, &account, reason.is_none(), now)?;
    // The answer is printed only once the use of the code is on disk.
    tx.commit().context("cannot record the verification; the code was not accepted")?;
    if locked_out {
        notify::send(ctx, &store, &account, &Notice::LockedOut, now)?;
    }

    let view = match (&result, &sent) {
        (AppResult::Accepted { method, offset }, _) => VerifyView {
            method_id: Some(method.id),
            kind: Some(method.kind),
            label: Some(&method.label),
            offset: Some(*offset),
            verified: true,
            reason: None,
            ..VerifyView::refused(name, "")
        },
        (_, Some(SentCodes::Accepted(method))) => VerifyView {
            method_id: Some(method.id),
            kind: Some(method.kind),
            label: Some(&method.label),
            verified: true,
            reason: None,
            ..VerifyView::refused(name, "")
        },
        _ => VerifyView { method_id, ..VerifyView::refused(name, reason.unwrap_or("wrong_code")) },
    };
    if p.json {
        p.json(&view)?;
    } else if let Some(reason) = view.reason {
        let why = match (reason, &sent) {
            ("replayed", _) => "this code was already used; wait for the next one",
            (_, Some(SentCodes::Refused { refusal, .. })) => refusal.explain(),
            _ => "wrong code",
        };
        p.note(format_args!("refused: {why}"));
    } else if let (AppResult::Accepted { method, .. }, _) | (_, Some(SentCodes::Accepted(method))) = (&result, &sent) {
        p.note(format_args!("verified by {} method {} ({:?})", method.kind, method.id, method.label));
    }
    Ok(if view.verified { Outcome::Success } else { Outcome::Refused })
}

/// With `--json`, a lockout still gets its verify document (`retry_after`).
pub(super) fn report_locked(ctx: &Context, name: &str, e: anyhow::Error) -> anyhow::Error {
    if let (true, Some(Failure::Locked { retry_after, .. })) = (ctx.printer.json, e.downcast_ref::<Failure>()) {
        if let Err(io) = ctx.printer.json(&VerifyView::locked(name, *retry_after)) {
            return io.into();
        }
    }
    e
}

enum AppResult<'m> {
    Accepted { method: &'m Method, offset: i64 },
    Replayed(&'m Method),
    NoMatch,
}

/// Checks the code against each active authenticator app; the first that
/// accepts it records the step or counter as used.
fn check_apps<'m>(
    store: &Store,
    tx: &rusqlite::Transaction<'_>,
    active: &'m [Method],
    code: &str,
    now: u64,
) -> Result<AppResult<'m>> {
    let mut replayed = None;
    for method in active {
        let Some(app) = method.app else { continue };
        let seed = methods::seed(tx, store.key()?, method)?;
        match app.check(&seed, now, code) {
            Check::Accepted { at, offset } => {
                methods::record_success(tx, method, app.accept(at, offset), now as i64)?;
                return Ok(AppResult::Accepted { method, offset });
            }
            Check::Replayed { .. } => replayed = replayed.or(Some(method)),
            Check::NoMatch => {}
        }
    }
    Ok(replayed.map_or(AppResult::NoMatch, AppResult::Replayed))
}

// ---- Sent codes (SMS, WhatsApp, email) --------------------------------------

/// The active sent-code methods to check, all or one channel's.
fn sent_code_methods(all: &[Method], via: Option<Channel>) -> Vec<&Method> {
    let via = via.map(sent::kind_of);
    all.iter()
        .filter(|m| m.status == Status::Active && m.kind.is_restricted() && via.is_none_or(|k| k == m.kind))
        .collect()
}

enum SentCodes<'m> {
    Accepted(&'m Method),
    Refused { refusal: Refusal, method: Option<&'m Method> },
}

/// Checks a digit code against the live challenges of the account's
/// sent-code methods; `None` when there are none to check, or the code
/// cannot be a sent one. Runs in the caller's immediate transaction.
fn check_sent_codes<'m>(
    tx: &rusqlite::Transaction<'_>,
    key: &StoreKey,
    methods: &[&'m Method],
    code: &str,
    now: u64,
) -> Result<Option<SentCodes<'m>>> {
    if methods.is_empty() || !sent::could_be_sent_code(code) {
        return Ok(None);
    }
    let by_id = |id| methods.iter().copied().find(|m| m.id == id);
    Ok(match sent::check(tx, &key.sent_code_key(), methods, code, now)? {
        Verdict::Accepted { method_id, .. } => by_id(method_id).map(SentCodes::Accepted),
        Verdict::Refused { reason, method_id, .. } => {
            Some(SentCodes::Refused { refusal: reason, method: method_id.and_then(by_id) })
        }
    })
}
