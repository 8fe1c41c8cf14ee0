//! Account recovery's workflows: open a request (its contacts told, with a
//! cancel code), record identity checks, cancel, complete (every old factor
//! off and a one-time ticket, in one transaction), and the ticket's
//! sign-in, which enrolls a new authenticator app on the person's screen.
//! The rules are `core::recovery`'s; none of this prints.

use crate::store::Transaction;
use anyhow::{Context as _, Result};

use super::notices::{self, Notice};
use super::{find_account, lockout, settle, verify, Attempt, Auth};
use crate::core::account::Account;
use crate::core::backup_code::{BackupCode, CodeHash, Salt, SALT_BYTES};
use crate::core::method::{Method, Status};
use crate::core::otp::{Algorithm, App, Params, TotpState};
use crate::core::recovery::{NotReady, Policy, Request, State, Ticket, TicketRefusal};
use crate::core::refusal::Refusal;
use crate::core::seed::Seed;
use crate::crypto;
use crate::store::events::{self, Event};
use crate::store::lockout as store_lockout;
use crate::store::methods::{self, NewApp};
use crate::store::recovery::{self as store, NewRequest, Retired};
use crate::Failure;

/// The audit log's action for a cancel attempt.
pub const CANCEL: &str = "recovery_cancel";

/// The parameters of the app a ticket enrolls: what every authenticator takes.
pub const APP_PARAMS: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };
pub const APP_PERIOD: u32 = 30;

/// A cancel code's hash: argon2id under the request's own salt, as a
/// backup code's, so a copy of the store cannot test the 2^50 codes, and a
/// rekey leaves it good (a request may stay open for weeks).
fn cancel_hash(salt: &[u8], code: &BackupCode) -> Result<CodeHash> {
    let salt =
        <[u8; SALT_BYTES]>::try_from(salt).map_err(|_| anyhow::anyhow!("a recovery request's salt is damaged"))?;
    Ok(code.hash(&Salt(salt)))
}

fn find(conn: &crate::store::Connection, id: i64) -> Result<Request> {
    store::find(conn, id)?.ok_or_else(|| Failure::NoRecovery(id).into())
}

/// The request, if it is open at `now`; else why not.
fn open(conn: &crate::store::Connection, id: i64, now: u64) -> Result<Request> {
    let request = find(conn, id)?;
    match request.state(now) {
        State::Opened => Ok(request),
        state => Err(Failure::RecoveryClosed { id, state: state.as_str() }.into()),
    }
}

fn record(
    auth: &Auth<'_>,
    tx: &Transaction<'_>,
    account: &str,
    action: &str,
    outcome: &str,
    reason: Option<&str>,
    now: u64,
) -> Result<()> {
    let event = Event { reason, ..auth.event(account, action, outcome) };
    Ok(events::record(tx, &event, now as i64)?)
}

/// Opens a recovery request for `name`. One open request per account: a
/// second is refused (`Failure::RecoveryOpen`), so that asking again can
/// neither restart nor shorten the wait; an open request past its time is
/// closed as expired first. Every contact is told, with the cancel code;
/// the code is kept only as its argon2id hash and given to no one else.
pub fn request(auth: &Auth<'_>, name: &str, reason: Option<&str>, now: u64) -> Result<Request> {
    // The code and its argon2id hash, before the write lock is taken.
    let code = BackupCode::generate(&mut rand::rngs::OsRng);
    let salt = crypto::random_bytes::<SALT_BYTES>();
    let hash = cancel_hash(&salt, &code)?;
    let tx = auth.store.immediate()?;
    let account = find_account(&tx, name)?;
    if let Some(open) = store::open_for(&tx, account.id)? {
        if open.state(now) != State::Expired {
            return Err(Failure::RecoveryOpen { account: account.name.clone(), id: open.id }.into());
        }
        store::close(&tx, open.id, State::Expired, now as i64)?;
        record(auth, &tx, name, "recovery_expired", "ok", None, now)?;
    }
    let policy = store::policy(&tx)?;
    let new = NewRequest {
        account_id: account.id,
        reason,
        opened_at: now as i64,
        ready_at: crate::core::recovery::ready_at(&policy, now),
        checks_needed: policy.checks,
        cancel_salt: &salt,
        cancel_hash: &hash.0,
    };
    let id = store::insert(&tx, &new)?;
    record(auth, &tx, name, "recovery_requested", "ok", None, now)?;
    tx.commit().context("cannot record the recovery request")?;
    let request = find(auth.store.conn(), id)?;
    if !notices::reaches_anyone(auth, &account)? {
        auth.warn(format!(
            "{name:?} has no confirmed email, phone or recovery contact: no one but you may hear of this request, \
             and no one has its cancel code; check the person's identity with that in mind"
        ));
    } else if auth.delivery.is_none() {
        auth.warn(
            "no delivery command is set (--delivery-command or TFA_DELIVERY_COMMAND): no contact was told of this \
             request, and no one has its cancel code; cancel it and open it again with one set"
                .to_owned(),
        );
    }
    let notice = Notice::RecoveryRequested { id, ready_at: request.ready_at, cancel_code: code.to_string() };
    notices::send(auth, &account, &notice, now);
    Ok(request)
}

/// Records an identity check on an open request, with who made it (`--source`).
pub fn check(auth: &Auth<'_>, id: i64, note: &str, now: u64) -> Result<Request> {
    let tx = auth.store.immediate()?;
    let request = open(&tx, id, now)?;
    let account = find_account(&tx, &request.account)?;
    store::add_check(&tx, id, note, auth.source, now as i64)?;
    record(auth, &tx, &account.name, "recovery_checked", "ok", None, now)?;
    tx.commit().context("cannot record the identity check")?;
    notices::send(auth, &account, &Notice::RecoveryChecked { id }, now);
    find(auth.store.conn(), id)
}

/// How a cancel ended.
#[derive(Debug)]
pub enum Cancel {
    Cancelled(Request),
    /// A wrong cancel code: counted by the lockout.
    Refused(Attempt),
}

/// Cancels an open request: by the operator (`code` is `None`), or with
/// the cancel code the contacts were sent. The operator may also cancel a
/// completed request whose ticket is not used yet: the ticket stops working
/// (the factors it retired stay retired). A wrong code is refused and
/// counted as a failure; a lockout does not stop a cancel code, since
/// cancelling only ever protects the account (50 bits, each try durable
/// and logged, leave nothing to guess).
pub fn cancel(auth: &Auth<'_>, id: i64, code: Option<&BackupCode>, now: u64) -> Result<Cancel> {
    // The hash of the code given, before the write lock is taken (a request's salt never changes).
    let given = match code {
        Some(code) => {
            find(auth.store.conn(), id)?;
            Some(cancel_hash(&store::cancel_secret(auth.store.conn(), id)?.0, code)?)
        }
        None => None,
    };
    let tx = auth.store.immediate()?;
    // An operator may still stop a completed request's ticket before it is
    // used (the holder called in after the completion notice).
    if code.is_none() && store::void_ticket(&tx, id, now as i64)? {
        let request = find(&tx, id)?;
        record(auth, &tx, &request.account, "recovery_ticket_voided", "ok", Some("operator"), now)?;
        tx.commit().context("cannot record the cancel")?;
        let account = find_account(auth.store.conn(), &request.account)?;
        notices::send(auth, &account, &Notice::RecoveryCancelled { id }, now);
        return Ok(Cancel::Cancelled(find(auth.store.conn(), id)?));
    }
    let request = open(&tx, id, now)?;
    let account = find_account(&tx, &request.account)?;
    if let Some(given) = given {
        let right = given.0.as_slice() == store::cancel_secret(&tx, id)?.1.as_slice();
        if !right {
            let attempt = settle(auth, tx, &account, Attempt::refused(Refusal::WrongCode), None, CANCEL, now)?;
            return Ok(Cancel::Refused(attempt));
        }
    }
    store::close(&tx, id, State::Cancelled, now as i64)?;
    let by = if code.is_some() { "cancel_code" } else { "operator" };
    record(auth, &tx, &account.name, "recovery_cancelled", "ok", Some(by), now)?;
    tx.commit().context("cannot record the cancel")?;
    notices::send(auth, &account, &Notice::RecoveryCancelled { id }, now);
    Ok(Cancel::Cancelled(find(auth.store.conn(), id)?))
}

/// Changes the store's recovery policy (`tfa policy --recovery-wait
/// --recovery-checks`); the new one. Open requests keep the wait and the
/// checks they were opened with.
pub fn change_policy(auth: &Auth<'_>, change: impl FnOnce(Policy) -> Policy, now: u64) -> Result<Policy> {
    let tx = auth.store.immediate()?;
    let policy = change(store::policy(&tx)?);
    store::set_policy(&tx, &policy)?;
    record(auth, &tx, "", "policy_change", "ok", Some("recovery"), now)?;
    tx.commit()?;
    Ok(policy)
}

/// A completed request: its ticket (shown once), and what was taken away.
pub struct Completed {
    pub request: Request,
    pub ticket: Ticket,
    pub retired: Retired,
}

/// Completes a request that waited its time and has its checks: in one
/// transaction every method disabled, the backup codes void, every device
/// revoked, the lockout lifted, and a ticket issued for `ttl` seconds.
/// Early, or short of checks, it is refused (`Failure::RecoveryNotReady`,
/// exit 3) and the refusal logged.
pub fn complete(auth: &Auth<'_>, id: i64, ttl: u64, now: u64) -> Result<Completed> {
    let tx = auth.store.immediate()?;
    let request = find(&tx, id)?;
    let not_ready = match request.readiness(now) {
        Ok(()) => None,
        Err(NotReady::Closed(state)) => return Err(Failure::RecoveryClosed { id, state: state.as_str() }.into()),
        Err(NotReady::Waiting { retry_after }) => Some(Failure::RecoveryNotReady {
            id,
            reason: "waiting_period",
            retry_after: Some(retry_after),
            why: format!("its waiting period ends in {}", crate::core::when::span(retry_after)),
        }),
        Err(NotReady::ChecksMissing { have, need }) => Some(Failure::RecoveryNotReady {
            id,
            reason: "checks_missing",
            retry_after: None,
            why: format!("it has {have} identity check(s) of the {need} needed: record one with `tfa recovery check {id} --note TEXT`"),
        }),
    };
    if let Some(failure) = not_ready {
        let reason = match &failure {
            Failure::RecoveryNotReady { reason, .. } => *reason,
            _ => unreachable!("made above"),
        };
        record(auth, &tx, &request.account, "recovery_complete", "refused", Some(reason), now)?;
        tx.commit()?;
        return Err(failure.into());
    }
    let account = find_account(&tx, &request.account)?;
    let retired = store::retire_factors(&tx, account.id, now as i64)?;
    let ticket = Ticket::generate(&mut rand::rngs::OsRng);
    store::complete(&tx, id, &ticket.hash(), now.saturating_add(ttl) as i64, now as i64)?;
    // The old factors are gone: failures counted against them say nothing now.
    store_lockout::reset_all(&tx, account.id)?;
    record(auth, &tx, &account.name, "recovery_completed", "ok", None, now)?;
    tx.commit().context("cannot complete the recovery; nothing was changed")?;
    auth.scrub();
    notices::send(auth, &account, &Notice::RecoveryCompleted { id }, now);
    Ok(Completed { request: find(auth.store.conn(), id)?, ticket, retired })
}

/// The ticket's request, if the ticket is good for this account now;
/// otherwise the refusal, counted (a wrong, used or expired ticket is a
/// failure like a wrong code).
fn ticket_request<'c>(
    auth: &Auth<'_>,
    tx: Transaction<'c>,
    account: &Account,
    ticket: &Ticket,
    now: u64,
) -> Result<Result<(Transaction<'c>, Request), Attempt>> {
    if let Some(locked) = lockout::holds(auth, &tx, account, now)? {
        return Ok(Err(locked));
    }
    let request = store::find_by_ticket(&tx, account.id, &ticket.hash())?;
    let refusal = match request.as_ref().map(|r| r.ticket(now)) {
        Some(Some(Ok(()))) => None,
        Some(Some(Err(TicketRefusal::Used))) => Some(Refusal::TicketUsed),
        Some(Some(Err(TicketRefusal::Expired))) => Some(Refusal::TicketExpired),
        _ => Some(Refusal::WrongTicket),
    };
    match (refusal, request) {
        (None, Some(request)) => Ok(Ok((tx, request))),
        (refusal, _) => {
            let refused = Attempt::refused(refusal.unwrap_or(Refusal::WrongTicket));
            Ok(Err(settle(auth, tx, account, refused, None, super::login::ACTION, now)?))
        }
    }
}

/// A ticket accepted: the pending app to show the person.
pub struct TicketApp {
    pub request: Request,
    pub method: Method,
    pub seed: Seed,
}

/// The first half of a ticket's sign-in: a good ticket gets a new pending
/// authenticator app (or, on a second try, the one it made before), for
/// the person to add to their phone. The ticket is not used up here: only
/// the app's first code does that, so a sign-in cut short leaves a way in.
pub fn ticket_app(auth: &Auth<'_>, account: &Account, ticket: &Ticket, now: u64) -> Result<Result<TicketApp, Attempt>> {
    let tx = auth.store.immediate()?;
    let (tx, request) = match ticket_request(auth, tx, account, ticket, now)? {
        Ok(found) => found,
        Err(refused) => return Ok(Err(refused)),
    };
    let key = auth.store.key()?;
    let before = match store::ticket_method(&tx, request.id)? {
        Some(id) => methods::find(&tx, account.id, id)?.filter(|m| m.status == Status::Pending),
        None => None,
    };
    let (method, seed) = match before {
        Some(method) => {
            let seed = methods::seed(&tx, &key, &method)?;
            (method, seed)
        }
        None => {
            let seed = Seed::generate();
            let label = super::enroll::free_label(&tx, account.id, "totp")?;
            let app = App::Totp { params: APP_PARAMS, period: APP_PERIOD, window: 1, state: TotpState::default() };
            let new = NewApp { account_id: account.id, label: &label, app, status: Status::Pending };
            let method = methods::insert_app(&tx, &key, &new, &seed, now as i64)?;
            store::set_ticket_method(&tx, request.id, method.id)?;
            let event = Event { method_id: Some(method.id), ..auth.event(&account.name, "enroll", "pending") };
            events::record(&tx, &event, now as i64)?;
            (method, seed)
        }
    };
    record(auth, &tx, &account.name, "recovery_ticket", "accepted", None, now)?;
    tx.commit().context("cannot record the ticket")?;
    Ok(Ok(TicketApp { request, method, seed }))
}

/// The second half: the new app's first code confirms it, and the ticket
/// is used up with it, in one `BEGIN IMMEDIATE` transaction, so that of
/// two sign-ins with one ticket exactly one gets in.
pub fn ticket_confirm(auth: &Auth<'_>, account: &Account, ticket: &Ticket, code: &str, now: u64) -> Result<Attempt> {
    let tx = auth.store.immediate()?;
    let (tx, request) = match ticket_request(auth, tx, account, ticket, now)? {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let method = match store::ticket_method(&tx, request.id)? {
        Some(id) => methods::find(&tx, account.id, id)?.filter(|m| m.status == Status::Pending),
        None => None,
    };
    let Some(method) = method else {
        anyhow::bail!("no new app waits for this ticket: sign in with the ticket again, without a code, to set one up");
    };
    let attempt = verify::check(auth, &tx, account, &[&method], code, now)?;
    if attempt.accepted() {
        // Checked unused under this same write lock: it cannot have been used since.
        if !store::use_ticket(&tx, request.id, now as i64)? {
            anyhow::bail!("the recovery ticket was used by another sign-in at the same moment");
        }
        let event = Event { method_id: Some(method.id), ..auth.event(&account.name, "recovery_ticket_used", "ok") };
        events::record(&tx, &event, now as i64)?;
    }
    let attempt = settle(auth, tx, account, attempt, Some(method.id), super::login::ACTION, now)?;
    if attempt.accepted() {
        notices::send(auth, account, &Notice::RecoveryTicketUsed { label: method.label.clone() }, now);
    }
    Ok(attempt)
}
