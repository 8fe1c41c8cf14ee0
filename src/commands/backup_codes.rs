//! `tfa backup-codes generate|status|use`, and the backup-code branch of `tfa verify`.

use std::path::Path;

use anyhow::{bail, Context as _, Result};
use rand::rngs::OsRng;
use zeroize::Zeroizing;

use super::enroll::find_or_create_account;
use super::notify::{self, Notice};
use super::{find_account, guard, now, read_code, Context};
use crate::cli::BackupCodesCommand;
use crate::core::backup_code::{self, BackupCode, CodeHash, LOW_WATER};
use crate::core::method::MethodKind;
use crate::core::name;
use crate::output::format_time;
use crate::output::secret_file::Staged;
use crate::output::views::{BackupCodeUseView, BackupCodesStatusView, BackupCodesView, UsedCodeView, VerifyView};
use crate::store::backup_codes::{self, Consumed};
use crate::store::events::{self, Event};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, cmd: BackupCodesCommand) -> Result<Outcome> {
    match cmd {
        BackupCodesCommand::Generate { name, count, out } => generate(ctx, &name, usize::from(count), out.as_deref()),
        BackupCodesCommand::Status { name } => status(ctx, &name),
        BackupCodesCommand::Use { name, code } => use_code(ctx, &name, code.as_deref()),
    }
}

fn generate(ctx: &Context, name: &str, count: usize, out: Option<&Path>) -> Result<Outcome> {
    name::check_account(name)?;
    if let Some(path) = out {
        if path.exists() && !ctx.yes {
            bail!("cannot write the backup codes to {}: the file exists (pass --yes to replace it)", path.display());
        }
    }
    let (salt, codes) = backup_code::generate_set(&mut OsRng, count);
    // The slow part (one argon2id per code) runs before the write lock is taken.
    let hashes: Vec<CodeHash> = codes.iter().map(|c| c.hash(&salt)).collect();
    let shown: Vec<Zeroizing<String>> = codes.iter().map(|c| Zeroizing::new(c.to_string())).collect();
    // The file is written first, so that a set is never stored that nobody could read.
    let text = Zeroizing::new(shown.iter().map(|c| format!("{}\n", c.as_str())).collect::<String>());
    let staged = out.map(|path| Staged::write(path, text.as_bytes())).transpose()?;

    let now = now() as i64;
    let stored = (|| -> Result<(bool, i64, crate::store::Store, crate::store::accounts::Account)> {
        let store = ctx.store(Open::Create)?;
        let tx = store.immediate()?;
        let (account, created) = find_or_create_account(&tx, name, now)?;
        let (_, voided) = backup_codes::replace_set(&tx, account.id, &salt, &hashes, now)?;
        let event =
            Event { account: name, method_id: None, action: "backup_codes_generate", outcome: "ok", reason: None };
        events::record(&tx, &event, now)?;
        tx.commit()?;
        Ok((created, voided, store, account))
    })();
    let (created, voided, store, account) = match stored {
        Ok(v) => v,
        Err(e) => {
            if let Some(staged) = staged {
                staged.discard();
            }
            return Err(e.context("the backup codes were not generated"));
        }
    };
    if let Some(staged) = &staged {
        staged.publish(ctx.yes).with_context(|| {
            format!("the new backup codes are stored, and saved in {}", staged.staged_at().display())
        })?;
    }
    notify::send(ctx, &store, &account, &Notice::BackupCodesGenerated, now as u64);

    let p = &ctx.printer;
    if created {
        p.note(format_args!("Created account {name:?}."));
    }
    if voided > 0 {
        p.note(format_args!("The previous set of backup codes ({voided} unused) no longer works."));
    }
    let codes: Vec<&str> = shown.iter().map(|c| c.as_str()).collect();
    if let Some(path) = out {
        if p.json {
            p.json(&BackupCodesView { account: name, codes: None, out: Some(path.display().to_string()), count })?;
        }
        p.note(format_args!("Wrote {count} backup codes for {name:?} to {} (mode 0600).", path.display()));
        return Ok(Outcome::Success);
    }
    if p.json {
        p.json(&BackupCodesView { account: name, codes: Some(codes), out: None, count })?;
    } else if p.human_terminal() {
        let rows = codes.iter().enumerate().map(|(i, c)| vec![(i + 1).to_string(), (*c).to_owned()]).collect();
        p.table(&["#", "backup code"], rows)?;
        p.note("Each code works once. Keep them somewhere safe: they are not shown again.");
    } else {
        for code in &codes {
            p.line(code)?;
        }
    }
    Ok(Outcome::Success)
}

fn status(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let summary = backup_codes::summary(store.conn(), account.id)?;
    let p = &ctx.printer;
    let (remaining, total) = summary.as_ref().map_or((0, 0), |s| (s.remaining, s.total));
    if p.json {
        p.json(&BackupCodesStatusView {
            account: name,
            remaining,
            total,
            generated_at: summary.as_ref().map(|s| format_time(s.created_at)),
            used: summary
                .as_ref()
                .map(|s| s.used.iter().map(|&t| UsedCodeView { used_at: format_time(t) }).collect())
                .unwrap_or_default(),
        })?;
    } else if let Some(s) = &summary {
        p.line(format_args!("remaining\t{}", s.remaining))?;
        p.line(format_args!("total\t{}", s.total))?;
        p.line(format_args!("generated\t{}", format_time(s.created_at)))?;
        for t in &s.used {
            p.line(format_args!("used\t{}", format_time(*t)))?;
        }
    } else {
        p.note(format_args!("{name:?} has no backup codes: tfa backup-codes generate {name}"));
    }
    if summary.is_some() {
        warn_if_low(ctx, name, remaining);
    }
    Ok(Outcome::Success)
}

fn use_code(ctx: &Context, name: &str, code_arg: Option<&str>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let p = &ctx.printer;
    let code = match BackupCode::parse(&typed) {
        Ok(code) => code,
        Err(e) => {
            if p.json {
                p.json(&BackupCodeUseView {
                    account: name,
                    accepted: false,
                    remaining: None,
                    reason: Some("malformed"),
                })?;
            }
            return Err(e).context("backup code refused before any lookup");
        }
    };
    let consumed =
        attempt(ctx, name, &code, "backup_code_use").map_err(|e| super::verify::report_locked(ctx, name, e))?;
    let (accepted, remaining, reason) = verdict(consumed);
    if p.json {
        p.json(&BackupCodeUseView { account: name, accepted, remaining: Some(remaining), reason })?;
    } else {
        tell(ctx, consumed, "backup code accepted");
    }
    if accepted {
        warn_if_low(ctx, name, remaining);
    }
    Ok(if accepted { Outcome::Success } else { Outcome::Refused })
}

/// `tfa verify NAME CODE` with a code in the backup-code shape. An account
/// with backup codes and no authenticator is still verifiable this way.
pub fn verify(ctx: &Context, name: &str, code: &BackupCode) -> Result<Outcome> {
    let consumed =
        attempt(ctx, name, code, "backup_code_use").map_err(|e| super::verify::report_locked(ctx, name, e))?;
    let view = verify_view(name, consumed);
    let p = &ctx.printer;
    if p.json {
        p.json(&view)?;
    } else {
        tell(ctx, consumed, "verified by a backup code");
    }
    if let (true, Some(remaining)) = (view.verified, view.backup_codes_remaining) {
        warn_if_low(ctx, name, remaining);
    }
    Ok(if view.verified { Outcome::Success } else { Outcome::Refused })
}

/// The verify document for a backup-code attempt.
pub(super) fn verify_view(name: &str, consumed: Consumed) -> VerifyView<'_> {
    let (accepted, remaining, reason) = verdict(consumed);
    VerifyView {
        account: name,
        verified: accepted,
        method_id: None,
        kind: Some(MethodKind::BackupCode),
        label: None,
        offset: None,
        reason,
        backup_codes_remaining: Some(remaining),
        retry_after: None,
    }
}

/// One attempt: one argon2id evaluation under the set's salt, then the
/// check-and-update in one `BEGIN IMMEDIATE` transaction with its audit
/// event (`action`), committed before the answer is printed.
pub(super) fn attempt(ctx: &Context, name: &str, code: &BackupCode, action: &str) -> Result<Consumed> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let set = backup_codes::current_set(store.conn(), account.id)?
        .ok_or_else(|| Failure::NoBackupCodes(name.to_owned()))
        .context("cannot check a backup code")?;
    // Hashed before the lock; if the set is replaced meanwhile, its rows are gone and this finds nothing.
    let hash = code.hash(&set.salt);
    let now = now();
    let tx = store.immediate()?;
    guard::ensure_open(&tx, &account, now)?;
    let consumed = backup_codes::consume(&tx, set.id, &hash, now as i64)?;
    let (accepted, remaining, reason) = verdict(consumed);
    let outcome = if accepted { "ok" } else { "refused" };
    let event = Event { account: name, method_id: None, action, outcome, reason };
    events::record(&tx, &event, now as i64)?;
    let locked_out = guard::after_attempt(&tx, &account, accepted, now)?;
    tx.commit().context("cannot record the use of the backup code; it was not accepted")?;
    if accepted {
        notify::send(ctx, &store, &account, &Notice::BackupCodeUsed { remaining: remaining as usize }, now);
    }
    if locked_out {
        notify::send(ctx, &store, &account, &Notice::LockedOut, now);
    }
    Ok(consumed)
}

/// Accepted, codes remaining, and the reason for a refusal.
fn verdict(consumed: Consumed) -> (bool, i64, Option<&'static str>) {
    match consumed {
        Consumed::Accepted { remaining } => (true, remaining, None),
        Consumed::Used { remaining, .. } => (false, remaining, Some("used")),
        Consumed::NoMatch { remaining } => (false, remaining, Some("wrong_code")),
    }
}

pub(super) fn tell(ctx: &Context, consumed: Consumed, ok: &str) {
    let p = &ctx.printer;
    match consumed {
        Consumed::Accepted { remaining } => p.note(format_args!("{ok}; {remaining} left")),
        Consumed::Used { used_at, .. } => {
            p.note(format_args!("refused: this backup code was already used, at {}", format_time(used_at)))
        }
        Consumed::NoMatch { .. } => p.note("refused: wrong backup code (or one from a set that was replaced)"),
    }
}

pub(super) fn warn_if_low(ctx: &Context, name: &str, remaining: i64) {
    if remaining <= LOW_WATER {
        let left = match remaining {
            0 => "no backup codes are left".to_owned(),
            1 => "only 1 backup code is left".to_owned(),
            n => format!("only {n} backup codes are left"),
        };
        ctx.printer.warn(format_args!("{left} for {name:?}: make a new set with `tfa backup-codes generate {name}`"));
    }
}
