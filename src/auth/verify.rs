//! Checking a code against an account: its active authenticator apps and
//! sent codes, or its backup codes. `verify`, `login` and the library use
//! this one attempt; `confirm` uses its check on pending methods.

use crate::store::Transaction;
use anyhow::{Context as _, Result};

use super::backup_codes::{self, Scratch};
use super::{lockout, record, sent_codes, Attempt, Auth, Factor, Later, Ways};
use crate::core::account::Account;
use crate::core::challenge::Verdict;
use crate::core::code::CodeInput;
use crate::core::lockout::Policy;
use crate::core::method::{Method, MethodKind};
use crate::core::otp::Check;
use crate::core::refusal::Refusal;
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
    let digits = match code {
        CodeInput::Backup(code) => return backup_codes::attempt(auth, account, code, asked, action, now),
        CodeInput::Digits(digits) => digits,
    };
    let scratch = scratch_for(auth, account, ways, digits, now)?;
    let tx = auth.store.immediate()?;
    let mut later = Later::default();
    let policy = lockout::policy(&tx)?;
    let attempt =
        digits_in(auth, &tx, &policy, account, ways, asked, digits, scratch.as_ref(), action, now, &mut later)?;
    // The answer is given only once the use of the code is on disk.
    tx.commit().with_context(|| format!("cannot record the {action}; nothing was accepted"))?;
    later.send(auth, now);
    Ok(attempt)
}

/// An imported google-authenticator scratch code is 8 digits too: hashed
/// (one argon2id) before the write lock, only for an account that has
/// them, and only where backup codes are taken.
fn scratch_for(auth: &Auth<'_>, account: &Account, ways: Ways, digits: &str, now: u64) -> Result<Option<Scratch>> {
    match ways {
        Ways::Every | Ways::Kind(MethodKind::BackupCode) => backup_codes::scratch_hash(auth, account, digits, now),
        _ => Ok(None),
    }
}

/// A digit code, decided in the caller's write transaction: the lockout
/// (under the `policy` read in it), the admitted methods, then the
/// account's scratch codes if none of them took it, the event and the
/// failure count (nothing is written before a `Failure`, so the
/// transaction goes on). Notices wait in `later` for the commit.
#[allow(clippy::too_many_arguments)]
fn digits_in(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
    policy: &Policy,
    account: &Account,
    ways: Ways,
    asked: Option<i64>,
    digits: &str,
    scratch: Option<&Scratch>,
    action: &str,
    now: u64,
    later: &mut Later,
) -> Result<Attempt> {
    if let Some(locked) = lockout::holds_under(auth, tx, policy, account, now)? {
        return Ok(locked);
    }
    let admitted: Vec<Method> = methods::list(tx, account.id)?.into_iter().filter(|m| ways.admits(m)).collect();
    if admitted.is_empty() && scratch.is_none() {
        return Err(Failure::NoActiveMethod(account.name.clone()).into());
    }
    let mut attempt = check(auth, tx, account, &admitted.iter().collect::<Vec<_>>(), digits, now)?;
    if let (false, Some(scratch)) = (attempt.accepted(), scratch) {
        attempt = backup_codes::consume_scratch(tx, scratch, attempt, now)?;
    }
    let attempt = record(auth, tx, Some(policy), account, attempt, asked, action, now, later)?;
    backup_codes::notice_if_used(auth, account, &attempt, later);
    Ok(attempt)
}

/// A code ready for a group: digits as typed, or a backup code already
/// hashed (`prepare`, outside the group's transaction).
pub enum Ready {
    /// With the account's scratch-code hash, when it has scratch codes.
    Digits(String, Option<Scratch>),
    Backup(backup_codes::Hashed),
}

/// The slow half of a backup-code attempt (one argon2id), before a group
/// takes the write lock; digits pass through.
pub fn prepare(auth: &Auth<'_>, account: &Account, code: &CodeInput, now: u64) -> Result<Ready> {
    Ok(match code {
        CodeInput::Digits(digits) => {
            Ready::Digits(digits.clone(), scratch_for(auth, account, Ways::Every, digits, now)?)
        }
        CodeInput::Backup(code) => Ready::Backup(backup_codes::hash(auth, account, code, now)?),
    })
}

/// Attempts decided together in one `BEGIN IMMEDIATE` transaction and
/// committed with one fsync (`verify --batch`): each is decided as
/// `attempt` decides it, after the ones before it in the group (a replay
/// within the group is a replay), and none may be answered before
/// `commit` returns. Notices are sent after the commit.
pub struct Group<'a> {
    auth: &'a Auth<'a>,
    tx: Transaction<'a>,
    /// Read once: no other writer can change it while the group holds the lock.
    policy: Policy,
    later: Later,
}

impl<'a> Group<'a> {
    pub fn begin(auth: &'a Auth<'a>) -> Result<Self> {
        let tx = auth.store.immediate()?;
        let policy = lockout::policy(&tx)?;
        Ok(Group { auth, tx, policy, later: Later::default() })
    }

    /// The account by name, as the group's transaction sees it.
    pub fn account(&self, name: &str) -> Result<Account> {
        super::find_account(&self.tx, name)
    }

    /// One attempt of the group, from `source` (else the `Auth`'s); a
    /// `Failure` (no active method) leaves the group as it was.
    pub fn attempt(&mut self, account: &Account, source: Option<&str>, code: &Ready, now: u64) -> Result<Attempt> {
        let auth = Auth::new(self.auth.store, self.auth.delivery, source.or(self.auth.source));
        let attempt = match code {
            Ready::Digits(digits, scratch) => digits_in(
                &auth,
                &self.tx,
                &self.policy,
                account,
                Ways::Every,
                None,
                digits,
                scratch.as_ref(),
                "verify",
                now,
                &mut self.later,
            ),
            Ready::Backup(hashed) => backup_codes::decide(
                &auth,
                &self.tx,
                &self.policy,
                account,
                hashed,
                None,
                "verify",
                now,
                &mut self.later,
            ),
        };
        self.auth.warnings.borrow_mut().extend(auth.take_warnings());
        attempt
    }

    /// Commits every attempt of the group at once, then sends their notices.
    pub fn commit(self, now: u64) -> Result<()> {
        self.tx.commit().context("cannot record the verify; nothing was accepted")?;
        self.later.send(self.auth, now);
        Ok(())
    }
}

/// Checks a digit code against these methods inside the caller's
/// transaction: the authenticator apps first (the first that accepts it
/// records the step or counter as used; one whose seed does not open is
/// skipped and reported, never accepted, and stops no other), then the
/// live challenges of the sent-code methods.
pub(super) fn check(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
    account: &Account,
    methods: &[&Method],
    code: &str,
    now: u64,
) -> Result<Attempt> {
    let apps: Vec<&Method> = methods.iter().copied().filter(|m| m.app.is_some()).collect();
    let sent: Vec<&Method> = methods.iter().copied().filter(|m| m.kind.is_restricted()).collect();
    let (attempt, misses) = check_apps(auth, tx, account, &apps, code, now)?;
    if attempt.accepted() {
        return Ok(attempt);
    }
    let attempt = match check_sent_codes(auth, tx, &sent, code, now)? {
        // An app's replay says more than "wrong code" from the sent codes.
        Some(sent) if sent.accepted() || attempt.refusal() == Some(Refusal::WrongCode) => sent,
        _ => attempt,
    };
    // A wrong code that an app shows at another time says its clock is off.
    if attempt.refusal() == Some(Refusal::WrongCode) {
        for (method_id, offset) in misses {
            methods::record_refused_offset(tx, method_id, offset, now as i64)?;
        }
    }
    Ok(attempt)
}

/// Checks the apps in turn; beside the answer, each TOTP app that did not
/// match and the offset within ten minutes at which it would have.
fn check_apps(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
    account: &Account,
    apps: &[&Method],
    code: &str,
    now: u64,
) -> Result<(Attempt, Vec<(i64, i64)>)> {
    let mut refused: Option<(Refusal, &Method)> = None;
    let mut misses = Vec::new();
    for &method in apps {
        let Some(app) = method.app else { continue };
        let Some(seed) = super::open_seed(auth, tx, account, method, now)? else { continue };
        match app.check(&seed, now, code) {
            Check::Accepted { at, offset } => {
                methods::record_success(tx, method, app.accept(at, offset), now as i64)?;
                let accepted = Attempt::Accepted { factor: Factor::Method(method.clone()), offset: Some(offset) };
                return Ok((accepted, Vec::new()));
            }
            Check::Replayed { at } => {
                let why = if app.last_accepted().is_some_and(|last| at < last) {
                    Refusal::OlderThanLast
                } else {
                    Refusal::Replayed
                };
                refused = refused.or(Some((why, method)));
            }
            Check::NoMatch => misses.extend(app.refused_offset(&seed, now, code).map(|offset| (method.id, offset))),
        }
    }
    let attempt = match refused {
        Some((refusal, m)) => Attempt::refused_about(refusal, Factor::Method(m.clone())),
        None => Attempt::refused(Refusal::WrongCode),
    };
    Ok((attempt, misses))
}

/// `None` when there are no sent-code methods, or the code cannot be a sent one.
fn check_sent_codes(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
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
            Some(Attempt::Refused { refusal: reason, factor: method_id.and_then(factor), ahead: None })
        }
    })
}
