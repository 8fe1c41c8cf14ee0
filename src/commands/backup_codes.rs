//! `tfa backup-codes generate|status|use`.

use std::path::Path;

use anyhow::{Context as _, Result};
use rand::rngs::OsRng;
use zeroize::Zeroizing;

use super::{find_account, now, read_code, Context};
use crate::auth::backup_codes as auth_backup_codes;
use crate::auth::{verify, Attempt, Ways};
use crate::cli::BackupCodesCommand;
use crate::core::backup_code::{self, BackupCode, CodeHash};
use crate::core::code::CodeInput;
use crate::core::import::ScratchCode;
use crate::core::method::MethodKind;
use crate::core::name;
use crate::output::answers::Fields;
use crate::output::attempt::{outcome_of, tell, warn_if_low, warn_low_after};
use crate::output::secret_file::Staged;
use crate::output::views::{AttemptFields, BackupCodeUseView, BackupCodesStatusView, BackupCodesView, UsedCodeView};
use crate::output::{format_time, json_time, Answer, Printer};
use crate::store::backup_codes;
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
    let (salt, codes) = backup_code::generate_set(&mut OsRng, count);
    // The slow part (one argon2id per code) runs before the write lock is taken.
    let hashes: Vec<CodeHash> = codes.iter().map(|c| c.hash(&salt)).collect();
    let shown: Vec<Zeroizing<String>> = codes.iter().map(|c| Zeroizing::new(c.to_string())).collect();
    // The file is written first, so that a set is never stored that nobody could read.
    let text = Zeroizing::new(shown.iter().map(|c| format!("{}\n", c.as_str())).collect::<String>());
    // Refused now if something is at --out: the old set must not be voided for codes nobody can read.
    let staged = out.map(|path| Staged::write(path, text.as_bytes(), ctx.yes)).transpose()?;

    let store = ctx.store(Open::Create);
    let replaced = store.and_then(|store| {
        let auth = ctx.auth(&store);
        let replaced = auth_backup_codes::replace(&auth, name, &salt, &hashes, now());
        ctx.tell_warnings(&auth);
        replaced
    });
    let replaced = match replaced {
        Ok(replaced) => replaced,
        Err(e) => {
            if let Some(staged) = staged {
                staged.discard();
            }
            return Err(e.context("the backup codes were not generated"));
        }
    };
    if let Some(staged) = &staged {
        staged.publish().with_context(|| {
            format!("the new backup codes are stored, and saved in {}", staged.staged_at().display())
        })?;
    }
    let (created, voided) = (replaced.created, replaced.voided);

    let p = &ctx.printer;
    if created {
        p.note(format_args!("Created account {name:?}."));
    }
    if voided > 0 {
        p.note(format_args!("The previous set of backup codes ({voided} unused) no longer works."));
    }
    let codes: Vec<&str> = shown.iter().map(|c| c.as_str()).collect();
    let view = match out {
        Some(path) => BackupCodesView { account: name, codes: None, out: Some(path.display().to_string()), count },
        None => BackupCodesView { account: name, codes: Some(codes), out: None, count },
    };
    Ok(p.answer(&view)?)
}

impl Answer for BackupCodesView<'_> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> std::io::Result<()> {
        let codes = self.codes.iter().flatten();
        if p.human_terminal() {
            let rows = codes.enumerate().map(|(i, c)| vec![(i + 1).to_string(), (*c).to_owned()]).collect();
            return p.table(&["#", "backup code"], rows);
        }
        for code in codes {
            p.line(code)?;
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        let (name, count) = (self.account, self.count);
        match &self.out {
            Some(path) => p.note(format_args!("Wrote {count} backup codes for {name:?} to {path} (mode 0600).")),
            None if p.human_terminal() => {
                p.note("Each code works once. Keep them somewhere safe: they are not shown again.")
            }
            None => {}
        }
    }
}

fn status(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let summary = backup_codes::summary(store.conn(), account.id)?;
    let (remaining, total) = summary.as_ref().map_or((0, 0), |s| (s.remaining, s.total));
    let doc = BackupCodesStatusView {
        account: name,
        remaining,
        total,
        generated_at: summary.as_ref().map(|s| json_time(s.created_at)),
        used: summary
            .as_ref()
            .map(|s| s.used.iter().map(|&t| UsedCodeView { used_at: json_time(t) }).collect())
            .unwrap_or_default(),
    };
    let answer = match &summary {
        Some(s) => {
            let mut fields = vec![
                ("remaining", s.remaining.to_string()),
                ("total", s.total.to_string()),
                ("generated", format_time(s.created_at)),
            ];
            fields.extend(s.used.iter().map(|&t| ("used", format_time(t))));
            Fields { doc, fields, notes: Vec::new() }
        }
        None => {
            let note = format!("{name:?} has no backup codes: tfa backup-codes generate {name}");
            Fields { doc, fields: Vec::new(), notes: vec![note] }
        }
    };
    let outcome = ctx.printer.answer(&answer)?;
    if summary.is_some() {
        warn_if_low(&ctx.printer, name, remaining);
    }
    Ok(outcome)
}

/// The audit log's action for `backup-codes use`.
const ACTION: &str = "backup_code_use";

fn use_code(ctx: &Context, name: &str, code_arg: Option<&str>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let parsed = BackupCode::parse(&typed);
    let malformed =
        |e: &dyn std::fmt::Display| Failure::Malformed(format!("backup code refused before any lookup: {e}"));
    // Imported google-authenticator scratch codes are 8 digits.
    let digits: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let scratch = ScratchCode::parse(&digits).is_some();
    if let (Err(e), false) = (&parsed, scratch) {
        return Err(malformed(e).into());
    }
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let attempt = match parsed {
        Ok(code) => auth_backup_codes::attempt(&auth, &account, &code, None, ACTION, now())?,
        Err(_) if auth_backup_codes::takes_scratch_codes(&auth, &account)? => {
            let code = CodeInput::Digits(digits);
            verify::attempt(&auth, &account, Ways::Kind(MethodKind::BackupCode), None, &code, ACTION, now())?
        }
        Err(e) => return Err(malformed(&e).into()),
    };
    ctx.tell_warnings(&auth);
    let view = BackupCodeUseView {
        account: name,
        accepted: attempt.accepted(),
        remaining: attempt.backup_codes_remaining(),
        attempt: AttemptFields::of(&attempt),
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for BackupCodeUseView<'_> {
    fn outcome(&self) -> Outcome {
        outcome_of(Some(self.attempt.of))
    }

    fn notes(&self, p: &Printer) {
        match self.attempt.of {
            Attempt::Accepted { .. } => {
                p.note(format_args!("backup code accepted; {} left", self.remaining.unwrap_or(0)))
            }
            attempt => tell(p, self.account, attempt),
        }
        warn_low_after(p, self.account, self.attempt.of);
    }

    fn dead_end(&self) -> bool {
        matches!(self.attempt.of, Attempt::Locked { .. })
    }
}
