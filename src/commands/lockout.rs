//! `tfa unlock` and `tfa policy`.

use anyhow::{bail, Result};
use serde::Serialize;

use super::{now, Context};
use crate::auth::lockout;
use crate::auth::recovery as auth_recovery;
use crate::cli::PolicyArgs;
use crate::core::device::parse_duration;
use crate::core::lockout::Policy;
use crate::core::recovery::{Policy as RecoveryPolicy, MAX_WAIT};
use crate::output::answers::{Done, Fields};
use crate::output::views::UnlockedView;
use crate::store::lockout as store_lockout;
use crate::store::recovery as store_recovery;
use crate::store::Open;
use crate::Outcome;

pub fn unlock(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let had = lockout::unlock(&ctx.auth(&store), name, now())?;
    let doc = UnlockedView { account: name, unlocked: true, failures_cleared: had };
    Ok(ctx.printer.answer(&Done::new(doc, format!("Unlocked {name:?} ({had} consecutive failures cleared).")))?)
}

#[derive(Serialize)]
struct PolicyView {
    backoff_after: u32,
    base_delay: u64,
    max_delay: u64,
    hard_lock_at: u32,
    /// Seconds a recovery request waits before it may be completed.
    recovery_wait: u64,
    /// Identity checks a recovery request needs.
    recovery_checks: u32,
}

pub fn policy(ctx: &Context, args: &PolicyArgs) -> Result<Outcome> {
    let recovery_wait = match &args.recovery_wait {
        Some(text) => match parse_duration(text)? {
            wait if wait > MAX_WAIT => bail!("--recovery-wait {text:?}: at most 30d"),
            wait => Some(wait),
        },
        None => None,
    };
    let changes_recovery = recovery_wait.is_some() || args.recovery_checks.is_some();
    let changes_lockout =
        args.backoff_after.or(args.hard_lock_at).is_some() || args.base_delay.or(args.max_delay).is_some();
    let store = ctx.store(if changes_lockout || changes_recovery { Open::Create } else { Open::Existing })?;
    let change = |old: Policy| Policy {
        backoff_after: args.backoff_after.unwrap_or(old.backoff_after),
        base_delay: args.base_delay.unwrap_or(old.base_delay),
        max_delay: args.max_delay.unwrap_or(old.max_delay),
        hard_lock_at: args.hard_lock_at.unwrap_or(old.hard_lock_at),
    };
    let policy = if changes_lockout {
        lockout::change_policy(&ctx.auth(&store), change, now())?
    } else {
        store_lockout::policy(store.conn())?
    };
    let recovery = if changes_recovery {
        let change = |old: RecoveryPolicy| RecoveryPolicy {
            wait: recovery_wait.unwrap_or(old.wait),
            checks: args.recovery_checks.unwrap_or(old.checks),
        };
        auth_recovery::change_policy(&ctx.auth(&store), change, now())?
    } else {
        store_recovery::policy(store.conn())?
    };
    let doc = PolicyView {
        backoff_after: policy.backoff_after,
        base_delay: policy.base_delay,
        max_delay: policy.max_delay,
        hard_lock_at: policy.hard_lock_at,
        recovery_wait: recovery.wait,
        recovery_checks: recovery.checks,
    };
    let fields = vec![
        ("backoff_after", doc.backoff_after.to_string()),
        ("base_delay", doc.base_delay.to_string()),
        ("max_delay", doc.max_delay.to_string()),
        ("hard_lock_at", doc.hard_lock_at.to_string()),
        ("recovery_wait", doc.recovery_wait.to_string()),
        ("recovery_checks", doc.recovery_checks.to_string()),
    ];
    Ok(ctx.printer.answer(&Fields { doc, fields, notes: Vec::new() })?)
}
