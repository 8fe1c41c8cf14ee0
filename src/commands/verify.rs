//! `tfa verify`: check a code against an account's active methods (backup
//! codes: `backup_codes::verify`). The checking itself, `attempt`, is
//! shared with `tfa login`.

use anyhow::{bail, Context as _, Result};

use super::notify::{self, Notice};
use super::{find_account, guard, now, read_code, sent, Context};
use crate::cli::Channel;
use crate::core::challenge::{Refusal, Verdict};
use crate::core::code::{self, CodeInput};
use crate::core::method::{MethodKind, Status};
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
        Ok(CodeInput::Backup(_)) if via.is_some() => {
            if p.json {
                p.json(&VerifyView::refused(name, "malformed"))?;
            }
            bail!("this is a backup code: check it without --via");
        }
        Ok(CodeInput::Backup(code)) => return super::backup_codes::verify(ctx, name, &code),
        Err(e) => {
            if p.json {
                p.json(&VerifyView::refused(name, "malformed"))?;
            }
            return Err(e).context("code refused before any lookup");
        }
    };
    // `--via` names a channel for sent codes: authenticator apps are then left out.
    let ways = via.map_or(Ways::Every, |c| Ways::Kind(sent::kind_of(c)));
    let store = ctx.store(Open::Existing)?;
    let checked = attempt(ctx, &store, name, ways, &code, "verify", now()).map_err(|e| report_locked(ctx, name, e))?;
    let view = checked.view(name);
    if p.json {
        p.json(&view)?;
    } else {
        checked.tell(ctx);
    }
    Ok(if view.verified { Outcome::Success } else { Outcome::Refused })
}

/// With `--json`, a lockout still gets its verify document (`retry_after`).
pub(super) fn report_locked(ctx: &Context, name: &str, e: anyhow::Error) -> anyhow::Error {
    if let (true, Some(view)) = (ctx.printer.json, locked_view(name, &e)) {
        if let Err(io) = ctx.printer.json(&view) {
            return io.into();
        }
    }
    e
}

/// The verify document for a lockout error; `None` for any other error.
pub(super) fn locked_view<'a>(name: &'a str, e: &anyhow::Error) -> Option<VerifyView<'a>> {
    match e.downcast_ref::<Failure>() {
        Some(Failure::Locked { retry_after, .. }) => Some(VerifyView::locked(name, *retry_after)),
        _ => None,
    }
}

/// Which of an account's active methods a digit code is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ways {
    /// Every active authenticator app and sent-code method.
    Every,
    /// The active methods of one kind.
    Kind(MethodKind),
    /// One method, by id.
    Method(i64),
}

impl Ways {
    fn admits(self, m: &Method) -> bool {
        m.status == Status::Active
            && match self {
                Ways::Every => true,
                Ways::Kind(kind) => m.kind == kind,
                Ways::Method(id) => m.id == id,
            }
    }
}

/// How one attempt with a digit code ended.
#[derive(Debug)]
pub(super) struct Checked {
    /// The method that accepted the code, or the one a refusal is about.
    pub method: Option<Method>,
    /// Steps (TOTP) or counters (HOTP) from the expected one, when an app accepted it.
    pub offset: Option<i64>,
    /// `None` when accepted; else the reason scripts see.
    pub reason: Option<&'static str>,
    /// The refusal in words.
    why: &'static str,
}

impl Checked {
    pub fn accepted(&self) -> bool {
        self.reason.is_none()
    }

    pub fn view<'a>(&'a self, name: &'a str) -> VerifyView<'a> {
        let method = self.method.as_ref();
        VerifyView {
            method_id: method.map(|m| m.id),
            kind: method.map(|m| m.kind).filter(|_| self.accepted()),
            label: method.map(|m| m.label.as_str()).filter(|_| self.accepted()),
            offset: self.offset,
            reason: self.reason,
            verified: self.accepted(),
            ..VerifyView::new(name)
        }
    }

    /// The human answer, on stderr.
    pub fn tell(&self, ctx: &Context) {
        match (&self.method, self.reason) {
            (Some(m), None) => ctx.printer.note(format_args!("verified by {} method {} ({:?})", m.kind, m.id, m.label)),
            _ => ctx.printer.note(format_args!("refused: {}", self.why)),
        }
    }
}

/// One attempt with a digit code, in one `BEGIN IMMEDIATE` transaction:
/// the lockout guard (`Failure::Locked` while it holds), the check against
/// the admitted methods as they are now (replay state included), the audit
/// event `action`, and the failure count; committed before the caller
/// prints anything. `Failure::NoActiveMethod` if nothing is admitted.
pub(super) fn attempt(
    ctx: &Context,
    store: &Store,
    name: &str,
    ways: Ways,
    code: &str,
    action: &str,
    now: u64,
) -> Result<Checked> {
    let tx = store.immediate()?;
    let account = find_account(&tx, name)?;
    guard::ensure_open(&tx, &account, now)?;
    let admitted: Vec<Method> = methods::list(&tx, account.id)?.into_iter().filter(|m| ways.admits(m)).collect();
    let apps: Vec<&Method> = admitted.iter().filter(|m| m.app.is_some()).collect();
    let sent_methods: Vec<&Method> = admitted.iter().filter(|m| m.kind.is_restricted()).collect();
    if apps.is_empty() && sent_methods.is_empty() {
        return Err(Failure::NoActiveMethod(name.to_owned()).into());
    }

    let result = check_apps(store, &tx, &apps, code, now)?;
    let sent = match result {
        AppResult::Accepted { .. } => None,
        AppResult::Replayed(_) | AppResult::NoMatch => check_sent_codes(&tx, store.key()?, &sent_methods, code, now)?,
    };
    let checked = match (result, sent) {
        (AppResult::Accepted { method, offset }, _) => {
            Checked { method: Some(method.clone()), offset: Some(offset), reason: None, why: "" }
        }
        (_, Some(SentCodes::Accepted(method))) => {
            Checked { method: Some(method.clone()), offset: None, reason: None, why: "" }
        }
        (AppResult::Replayed(method), _) => Checked {
            method: Some(method.clone()),
            offset: None,
            reason: Some("replayed"),
            why: "this code was already used; wait for the next one",
        },
        (AppResult::NoMatch, Some(SentCodes::Refused { refusal, method })) => {
            Checked { method: method.cloned(), offset: None, reason: Some(refusal.as_str()), why: refusal.explain() }
        }
        (AppResult::NoMatch, None) => {
            Checked { method: None, offset: None, reason: Some("wrong_code"), why: "wrong code" }
        }
    };
    let (outcome, method_id) =
        (if checked.accepted() { "ok" } else { "refused" }, checked.method.as_ref().map(|m| m.id));
    events::record(&tx, &Event { account: name, method_id, action, outcome, reason: checked.reason }, now as i64)?;
    let locked_out = guard::after_attempt(&tx, &account, checked.accepted(), now)?;
    // The answer is printed only once the use of the code is on disk.
    tx.commit().context("cannot record the verification; the code was not accepted")?;
    if locked_out {
        notify::send(ctx, store, &account, &Notice::LockedOut, now);
    }
    Ok(checked)
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
    active: &[&'m Method],
    code: &str,
    now: u64,
) -> Result<AppResult<'m>> {
    let mut replayed = None;
    for &method in active {
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
