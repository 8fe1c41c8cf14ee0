//! `tfa resync NAME CODE1 CODE2`: store an authenticator's offset from two
//! codes in a row, found far outside the usual window (RFC 6238 §6).

use anyhow::{Context as _, Result};

use super::notify::{self, Notice};
use super::{find_account, guard, now, verify::report_locked, Context};
use crate::core::code::{self, CodeInput};
use crate::core::method::Status;
use crate::core::otp::App;
use crate::core::resync::{self, Resync};
use crate::output::views::ResyncView;
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code1: &str, code2: &str, only: Option<i64>) -> Result<Outcome> {
    let p = &ctx.printer;
    let refused = |reason| ResyncView {
        account: name,
        resynced: false,
        method_id: None,
        label: None,
        offset_seconds: None,
        counter: None,
        reason: Some(reason),
    };
    let digits = |typed: &str| code::parse(typed).and_then(CodeInput::into_digits);
    let (code1, code2) = match (digits(code1), digits(code2)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            if p.json {
                p.json(&refused("malformed"))?;
            }
            return Err(e).context("cannot resync");
        }
    };

    let now = now();
    let store = ctx.store(Open::Existing)?;
    let key = store.key()?;
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;
    let all = methods::list(&tx, account.id)?;
    if let Some(id) = only {
        if !all.iter().any(|m| m.id == id && m.app.is_some()) {
            return Err(Failure::NoMethod { account: name.to_owned(), id }).context("no authenticator app to resync");
        }
    }
    let apps: Vec<&Method> = all
        .iter()
        .filter(|m| m.status == Status::Active && m.app.is_some() && only.is_none_or(|id| id == m.id))
        .collect();
    if apps.is_empty() {
        return Err(Failure::NoActiveMethod(name.to_owned())).context("no active authenticator app to resync");
    }
    guard::ensure_open(&tx, &account, now).map_err(|e| report_locked(ctx, name, e))?;

    let mut found = None;
    let mut replayed = None;
    for m in &apps {
        let Some(app) = m.app else { continue };
        let seed = methods::seed(&tx, key, m)?;
        let result = match app {
            App::Totp { params, period, state, .. } => resync::totp(&seed, params, period, state, now, &code1, &code2),
            App::Hotp { params, counter } => resync::hotp_pair(&seed, params, counter, &code1, &code2),
        };
        match result {
            Resync::Found { at, offset } => {
                let moved = app.accept(at, offset);
                methods::record_success(&tx, m, moved, now as i64)?;
                found = Some((*m, moved, offset));
                break;
            }
            Resync::Replayed => replayed = replayed.or(Some(*m)),
            Resync::NoMatch => {}
        }
    }
    let reason = match (&found, replayed) {
        (Some(_), _) => None,
        (None, Some(_)) => Some("replayed"),
        (None, None) => Some("wrong_code"),
    };
    let method_id = found.as_ref().map(|(m, ..)| m.id).or(replayed.map(|m| m.id));
    let outcome = if found.is_some() { "ok" } else { "refused" };
    events::record(&tx, &Event { account: name, method_id, action: "resync", outcome, reason }, now as i64)?;
    let locked_out = guard::after_attempt(&tx, &account, found.is_some(), now)?;
    tx.commit().context("cannot record the resync; nothing was changed")?;
    if locked_out {
        notify::send(ctx, &store, &account, &Notice::LockedOut, now);
    }

    let view = match &found {
        Some((m, moved, offset)) => ResyncView {
            account: name,
            resynced: true,
            method_id: Some(m.id),
            label: Some(&m.label),
            offset_seconds: match moved {
                App::Totp { period, .. } => Some(offset * i64::from(*period)),
                App::Hotp { .. } => None,
            },
            counter: match moved {
                App::Hotp { counter, .. } => Some(*counter),
                App::Totp { .. } => None,
            },
            reason: None,
        },
        None => ResyncView { method_id, ..refused(reason.unwrap_or("wrong_code")) },
    };
    if p.json {
        p.json(&view)?;
    } else if let (Some((m, _, _)), true) = (&found, view.resynced) {
        match view.offset_seconds {
            Some(s) => p.note(format_args!(
                "Resynchronised {:?}: its clock is {} s {}; codes are now expected around that offset. Better still: set the phone's time to automatic.",
                m.label,
                s.abs(),
                if s < 0 { "behind" } else { "ahead" }
            )),
            None => p.note(format_args!("Resynchronised {:?}: the next code expected is number {}.", m.label, view.counter.unwrap_or(0))),
        }
    } else if reason == Some("replayed") {
        p.note("refused: these codes were already used; take two new codes in a row");
    } else {
        p.note(
            "refused: the two codes are not consecutive codes of any active authenticator app within 12 hours of now",
        );
    }
    Ok(if view.resynced { Outcome::Success } else { Outcome::Refused })
}
