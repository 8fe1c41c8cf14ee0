//! Checking a code against an account: its active authenticator apps and
//! sent codes, or its backup codes. `verify`, `login` and the library use
//! this one attempt.

use anyhow::{Context as _, Result};

use super::notices::{self, Notice};
use super::{backup_codes, lockout, sent_codes, Attempt, Auth, Factor, Ways};
use crate::core::account::Account;
use crate::core::challenge::Verdict;
use crate::core::code::CodeInput;
use crate::core::method::Method;
use crate::core::otp::Check;
use crate::core::refusal::Refusal;
use crate::store::events::{self, Event};
use crate::store::methods;
use crate::Failure;

/// One attempt with a code. A backup code goes to `backup_codes::attempt`;
/// digits are checked in one `BEGIN IMMEDIATE` transaction: the lockout,
/// the methods `ways` admits as they are now (replay state included), the
/// audit event `action` with the method the person was `asked` for beside
/// the one that matched, the failure count; all committed before the
/// answer is returned. `Failure::NoActiveMethod` (exit 4) if `ways` admits
/// no method.
pub fn attempt(
    auth: &Auth<'_>,
    account: &Account,
    ways: Ways,
    asked: Option<i64>,
    code: &CodeInput,
    action: &str,
    now: u64,
) -> Result<Attempt> {
    match code {
        CodeInput::Backup(code) => backup_codes::attempt(auth, account, code, action, now),
        CodeInput::Digits(digits) => digits_attempt(auth, account, ways, asked, digits, action, now),
    }
}

fn digits_attempt(
    auth: &Auth<'_>,
    account: &Account,
    ways: Ways,
    asked: Option<i64>,
    code: &str,
    action: &str,
    now: u64,
) -> Result<Attempt> {
    let store = auth.store;
    let tx = store.immediate()?;
    let admitted: Vec<Method> = methods::list(&tx, account.id)?.into_iter().filter(|m| ways.admits(m)).collect();
    if admitted.is_empty() {
        return Err(Failure::NoActiveMethod(account.name.clone()).into());
    }
    if let Some(locked) = lockout::holds(&tx, account, now)? {
        return Ok(locked);
    }
    let apps: Vec<&Method> = admitted.iter().filter(|m| m.app.is_some()).collect();
    let sent: Vec<&Method> = admitted.iter().filter(|m| m.kind.is_restricted()).collect();

    let mut attempt = check_apps(auth, &tx, account, &apps, code, now)?;
    if !attempt.accepted() {
        if let Some(sent) = check_sent_codes(auth, &tx, &sent, code, now)? {
            // An app's replay says more than "wrong code" from the sent codes.
            if sent.accepted() || attempt.refusal() == Some(Refusal::WrongCode) {
                attempt = sent;
            }
        }
    }
    let event = Event {
        method_id: attempt.method().map(|m| m.id),
        asked_method_id: asked,
        reason: attempt.refusal().map(Refusal::as_str),
        ..auth.event(&account.name, action, attempt.outcome())
    };
    events::record(&tx, &event, now as i64)?;
    let locked_out = lockout::count(auth, &tx, account, attempt.accepted(), now)?;
    // The answer is given only once the use of the code is on disk.
    tx.commit().context("cannot record the verification; the code was not accepted")?;
    if locked_out {
        notices::send(auth, account, &Notice::LockedOut, now);
    }
    Ok(attempt)
}

/// Checks the code against each authenticator app; the first that accepts
/// it records the step or counter as used. An app whose seed does not open
/// is skipped (and reported), never accepted, and stops no other app.
fn check_apps(
    auth: &Auth<'_>,
    tx: &rusqlite::Transaction<'_>,
    account: &Account,
    apps: &[&Method],
    code: &str,
    now: u64,
) -> Result<Attempt> {
    let mut refused: Option<(Refusal, &Method)> = None;
    for &method in apps {
        let Some(app) = method.app else { continue };
        let Some(seed) = super::open_seed(auth, tx, account, method, now)? else { continue };
        match app.check(&seed, now, code) {
            Check::Accepted { at, offset } => {
                methods::record_success(tx, method, app.accept(at, offset), now as i64)?;
                return Ok(Attempt::Accepted { factor: Factor::Method(method.clone()), offset: Some(offset) });
            }
            Check::Replayed { at } => {
                let why = if app.last_accepted().is_some_and(|last| at < last) {
                    Refusal::OlderThanLast
                } else {
                    Refusal::Replayed
                };
                refused = refused.or(Some((why, method)));
            }
            Check::NoMatch => {}
        }
    }
    Ok(match refused {
        Some((refusal, m)) => Attempt::Refused { refusal, factor: Some(Factor::Method(m.clone())) },
        None => Attempt::refused(Refusal::WrongCode),
    })
}

/// Checks a digit code against the live challenges of the sent-code
/// methods; `None` when there are none to check, or the code cannot be a
/// sent one.
fn check_sent_codes(
    auth: &Auth<'_>,
    tx: &rusqlite::Transaction<'_>,
    sent: &[&Method],
    code: &str,
    now: u64,
) -> Result<Option<Attempt>> {
    if sent.is_empty() || !sent_codes::could_be_sent_code(code) {
        return Ok(None);
    }
    let factor = |id| sent.iter().find(|m| m.id == id).map(|m| Factor::Method((*m).clone()));
    Ok(match sent_codes::check(tx, &auth.store.key()?.sent_code_key(), sent, code, now)? {
        Verdict::Accepted { method_id, .. } => {
            factor(method_id).map(|factor| Attempt::Accepted { factor, offset: None })
        }
        Verdict::Refused { reason, method_id, .. } => {
            Some(Attempt::Refused { refusal: reason, factor: method_id.and_then(factor) })
        }
    })
}
