//! Resynchronising an authenticator from two codes in a row, found far
//! outside the usual window (RFC 6238 §6).

use anyhow::{Context as _, Result};

use super::{lockout, settle, Attempt, Auth, Factor};
use crate::core::account::Account;
use crate::core::method::Method;
use crate::core::method::Status;
use crate::core::otp::App;
use crate::core::refusal::Refusal;
use crate::core::resync::{self, Resync};
use crate::store::methods;
use crate::Failure;

/// One resync attempt against the account's active apps (only `only`, if
/// given), counted by the lockout like any code. Accepted: the method as
/// it is now (its new drift or counter) and the offset in steps or counters.
/// `reach`: how many seconds either side of now a TOTP pair is searched
/// (`resync::TOTP_DEFAULT_REACH_SECS` unless an operator widens it).
#[allow(clippy::too_many_arguments)]
pub fn attempt(
    auth: &Auth<'_>,
    account: &Account,
    only: Option<i64>,
    code1: &str,
    code2: &str,
    reach: u64,
    now: u64,
) -> Result<Attempt> {
    let store = auth.store;
    let tx = store.immediate()?;
    let all = methods::list(&tx, account.id)?;
    if let Some(id) = only {
        if !all.iter().any(|m| m.id == id && m.app.is_some()) {
            return Err(Failure::NoMethod { account: account.name.clone(), id })
                .context("no authenticator app to resync");
        }
    }
    let apps: Vec<&Method> = all
        .iter()
        .filter(|m| m.status == Status::Active && m.app.is_some() && only.is_none_or(|id| id == m.id))
        .collect();
    if apps.is_empty() {
        return Err(Failure::NoActiveMethod(account.name.clone())).context("no active authenticator app to resync");
    }
    if let Some(locked) = lockout::holds(auth, &tx, account, now)? {
        return Ok(locked);
    }
    let mut attempt = Attempt::refused(Refusal::WrongCode);
    for &m in &apps {
        let Some(app) = m.app else { continue };
        let Some(seed) = super::open_seed(auth, &tx, account, m, now)? else { continue };
        let result = match app {
            App::Totp { params, period, state, .. } => {
                resync::totp(&seed, params, period, state, now, reach, code1, code2)
            }
            App::Hotp { params, counter } => resync::hotp_pair(&seed, params, counter, code1, code2),
        };
        match result {
            Resync::Found { at, offset } => {
                let moved = app.accept(at, offset);
                methods::record_success(&tx, m, moved, now as i64)?;
                let method = Method { app: Some(moved), ..m.clone() };
                attempt = Attempt::Accepted { factor: Factor::Method(method), offset: Some(offset) };
                break;
            }
            Resync::Replayed if attempt.factor().is_none() => {
                attempt = Attempt::refused_about(Refusal::Replayed, Factor::Method(m.clone()));
            }
            Resync::OlderThanLast if attempt.factor().is_none() => {
                attempt = Attempt::refused_about(Refusal::OlderThanLast, Factor::Method(m.clone()));
            }
            Resync::Replayed | Resync::OlderThanLast | Resync::NoMatch => {}
        }
    }
    settle(auth, tx, account, attempt, only, "resync", now)
}
