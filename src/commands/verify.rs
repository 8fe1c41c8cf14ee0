//! `tfa verify`: check a code against an account's active methods.

use anyhow::{Context as _, Result};

use super::{find_account, guard, now, read_code, Context};
use crate::core::code::{self, CodeInput};
use crate::core::method::Status;
use crate::core::otp::Check;
use crate::output::views::VerifyView;
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method};
use crate::store::{Open, Store};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: Option<&str>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let p = &ctx.printer;
    let code = match code::parse(&typed) {
        Ok(CodeInput::Digits(code)) => code,
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
    if let Err(e) = guard::ensure_open(&tx, &account, now) {
        if let (true, Some(Failure::Locked { retry_after, .. })) = (p.json, e.downcast_ref::<Failure>()) {
            p.json(&VerifyView::locked(name, *retry_after))?;
        }
        return Err(e);
    }
    let active: Vec<Method> =
        methods::list(&tx, account.id)?.into_iter().filter(|m| m.status == Status::Active && m.app.is_some()).collect();
    if active.is_empty() {
        return Err(Failure::NoActiveMethod(name.to_owned()).into());
    }

    let result = check_apps(&store, &tx, &active, &code, now)?;
    let (method_id, reason) = match &result {
        AppResult::Accepted { method, .. } => (Some(method.id), None),
        AppResult::Replayed(method) => (Some(method.id), Some("replayed")),
        AppResult::NoMatch => (None, Some("wrong_code")),
    };
    let outcome = if reason.is_none() { "ok" } else { "refused" };
    events::record(&tx, &Event { account: name, method_id, action: "verify", outcome, reason }, now as i64)?;
    guard::after_attempt(&tx, &account, reason.is_none(), now)?;
    // The answer is printed only once the use of the code is on disk.
    tx.commit().context("cannot record the verification; the code was not accepted")?;

    let view = match &result {
        AppResult::Accepted { method, offset } => VerifyView {
            method_id: Some(method.id),
            kind: Some(method.kind),
            label: Some(&method.label),
            offset: Some(*offset),
            verified: true,
            reason: None,
            ..VerifyView::refused(name, "")
        },
        AppResult::Replayed(_) | AppResult::NoMatch => {
            VerifyView { method_id, ..VerifyView::refused(name, reason.unwrap_or("wrong_code")) }
        }
    };
    if p.json {
        p.json(&view)?;
    } else if let Some(reason) = view.reason {
        let why = if reason == "replayed" { "this code was already used; wait for the next one" } else { "wrong code" };
        p.note(format_args!("refused: {why}"));
    } else if let AppResult::Accepted { method, .. } = &result {
        p.note(format_args!("verified by {} method {} ({:?})", method.kind, method.id, method.label));
    }
    Ok(if view.verified { Outcome::Success } else { Outcome::Refused })
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
