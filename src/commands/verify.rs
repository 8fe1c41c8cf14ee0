//! `tfa verify`: check a code against an account's active methods (backup
//! codes: `backup_codes::verify`).

use anyhow::{Context as _, Result};

use super::{find_account, now, read_code, Context};
use crate::core::code::{self, CodeInput};
use crate::core::method::Status;
use crate::core::otp::Check;
use crate::output::views::VerifyView;
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: Option<&str>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let p = &ctx.printer;
    let refused = |reason| VerifyView {
        account: name,
        verified: false,
        method_id: None,
        kind: None,
        label: None,
        offset: None,
        reason: Some(reason),
        backup_codes_remaining: None,
    };
    let code = match code::parse(&typed) {
        Ok(CodeInput::Digits(code)) => code,
        Ok(CodeInput::Backup(code)) => return super::backup_codes::verify(ctx, name, &code),
        Err(e) => {
            if p.json {
                p.json(&refused("malformed"))?;
            }
            return Err(e).context("code refused before any lookup");
        }
    };

    let now = now();
    let store = ctx.store(Open::Existing)?;
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;
    let active: Vec<Method> =
        methods::list(&tx, account.id)?.into_iter().filter(|m| m.status == Status::Active && m.app.is_some()).collect();
    if active.is_empty() {
        return Err(Failure::NoActiveMethod(name.to_owned()).into());
    }

    let mut accepted = None;
    let mut replayed = None;
    for method in &active {
        let Some(app) = method.app else { continue };
        let seed = methods::seed(&tx, store.key()?, method)?;
        match app.check(&seed, now, &code) {
            Check::Accepted { at, offset } => {
                methods::record_success(&tx, method, app.accept(at, offset), now as i64)?;
                accepted = Some((method, offset));
                break;
            }
            Check::Replayed { .. } => replayed = replayed.or(Some(method)),
            Check::NoMatch => {}
        }
    }
    let reason = match (accepted, replayed) {
        (Some(_), _) => None,
        (None, Some(_)) => Some("replayed"),
        (None, None) => Some("wrong_code"),
    };
    let method_id = accepted.map(|(m, _)| m.id).or(replayed.map(|m| m.id));
    let outcome = if accepted.is_some() { "ok" } else { "refused" };
    events::record(&tx, &Event { account: name, method_id, action: "verify", outcome, reason }, now as i64)?;
    // The answer is printed only once the use of the code is on disk.
    tx.commit().context("cannot record the verification; the code was not accepted")?;

    let view = match (accepted, reason) {
        (Some((m, offset)), _) => VerifyView {
            account: name,
            verified: true,
            method_id: Some(m.id),
            kind: Some(m.kind),
            label: Some(&m.label),
            offset: Some(offset),
            reason: None,
            backup_codes_remaining: None,
        },
        (None, Some(reason)) => VerifyView { method_id, ..refused(reason) },
        (None, None) => unreachable!("a refusal always has a reason"),
    };
    if p.json {
        p.json(&view)?;
    } else if let Some(reason) = view.reason {
        let why = if reason == "replayed" { "this code was already used; wait for the next one" } else { "wrong code" };
        p.note(format_args!("refused: {why}"));
    } else {
        p.note(format_args!(
            "verified by {} method {} ({:?})",
            view.kind.map(|k| k.as_str()).unwrap_or(""),
            view.method_id.unwrap_or(0),
            view.label.unwrap_or("")
        ));
    }
    Ok(if view.verified { Outcome::Success } else { Outcome::Refused })
}
