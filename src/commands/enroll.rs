//! `tfa enroll` and `tfa confirm`: add an authenticator app, then prove it works.

use anyhow::{bail, Context as _, Result};

use super::notify::{self, Notice};
use super::{guard, now, read_code, sent, Context};
use crate::cli::{AlgorithmArg, EnrollArgs, EnrollKind};
use crate::core::challenge::{Refusal, Verdict};
use crate::core::code::{self, CodeInput};
use crate::core::method::{MethodKind, Status};
use crate::core::name;
use crate::core::otp::{Algorithm, App, Check, Params, TotpState};
use crate::core::seed::Seed;
use crate::core::uri::{self, UriKind};
use crate::output::qr;
use crate::output::views::{ConfirmView, EnrollView};
use crate::prompt;
use crate::store::accounts::{self, Account, NewAccount};
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method, NewApp};
use crate::store::{Open, Store};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, args: &EnrollArgs) -> Result<Outcome> {
    if !matches!(args.kind, EnrollKind::Totp | EnrollKind::Hotp) {
        return super::enroll_sent::run(ctx, args);
    }
    if args.phone.is_some() || args.address.is_some() {
        bail!("--phone and --address are for sms, whatsapp and email methods; an authenticator app has neither");
    }
    name::check_account(&args.name)?;
    if let Some(label) = &args.label {
        name::check_label(label)?;
    }
    if args.issuer.contains(':') || args.issuer.is_empty() {
        bail!("the issuer {:?} may not be empty or contain ':'", args.issuer);
    }
    let imported = if args.uri_stdin {
        let text = prompt::read_stdin_line("URI")?;
        Some(uri::parse(&text).context("--uri-stdin")?)
    } else {
        None
    };
    let seed = match &imported {
        Some(p) => p.seed.clone(),
        None if args.secret_stdin => {
            let text = prompt::read_stdin_line("secret")?;
            Seed::from_base32(&text).context("--secret-stdin")?
        }
        None => Seed::generate(),
    };
    let params = match &imported {
        Some(p) => p.params,
        None => Params {
            algorithm: match args.algorithm {
                AlgorithmArg::Sha1 => Algorithm::Sha1,
                AlgorithmArg::Sha256 => Algorithm::Sha256,
                AlgorithmArg::Sha512 => Algorithm::Sha512,
            },
            digits: args.digits,
        },
    };
    let uri_kind = match (args.kind, imported.as_ref().map(|p| p.kind)) {
        (EnrollKind::Totp, None) => UriKind::Totp { period: args.period },
        (EnrollKind::Hotp, None) => UriKind::Hotp { counter: args.counter },
        (EnrollKind::Totp, Some(k @ UriKind::Totp { .. })) | (EnrollKind::Hotp, Some(k @ UriKind::Hotp { .. })) => k,
        (EnrollKind::Sms | EnrollKind::Whatsapp | EnrollKind::Email, _) => {
            unreachable!("sent codes enroll in enroll_sent.rs")
        }
        (_, Some(_)) => bail!("--uri-stdin: the URI is for another kind of authenticator than {:?}", args.kind),
    };
    let app = match uri_kind {
        UriKind::Totp { period } => App::Totp { params, period, window: args.window, state: TotpState::default() },
        UriKind::Hotp { counter } => App::Hotp { params, counter },
    };
    let issuer = imported.as_ref().and_then(|p| p.issuer.as_deref()).unwrap_or(&args.issuer);
    let uri = uri::otpauth(uri_kind, issuer, &args.name, &seed, params);
    // Image files first: if one cannot be written, nothing was enrolled.
    if let Some(path) = &args.qr_png {
        qr::write_png(&uri, path, ctx.yes)?;
    }
    if let Some(path) = &args.qr_svg {
        qr::write_svg(&uri, path, ctx.yes)?;
    }

    let now = now();
    let status = if args.no_confirm { Status::Active } else { Status::Pending };
    let store = ctx.store(Open::Create)?;
    let key = store.key()?;
    let tx = store.immediate()?;
    let (account, created) = find_or_create_account(&tx, &args.name, now as i64)?;
    let kind = if matches!(app, App::Totp { .. }) { MethodKind::Totp } else { MethodKind::Hotp };
    let label = match &args.label {
        Some(label) if methods::label_taken(&tx, account.id, label)? => {
            bail!("{:?} already has a method labelled {label:?}: choose another --label", args.name)
        }
        Some(label) => label.clone(),
        None => free_label(&tx, account.id, kind.as_str())?,
    };
    let method = methods::insert_app(
        &tx,
        key,
        &NewApp { account_id: account.id, label: &label, app, status },
        &seed,
        now as i64,
    )?;
    commit_enrollment(ctx, &store, tx, &account, &method, created, now)?;

    let p = &ctx.printer;
    if p.json {
        let secret = seed.to_base32();
        p.json(&EnrollView {
            account: &args.name,
            method_id: method.id,
            kind,
            label: &label,
            uri: &uri,
            secret: &secret,
            status,
        })?;
        return Ok(Outcome::Success);
    }
    p.line(&uri)?;
    if p.human_terminal() {
        p.line(qr::to_terminal(&uri)?)?;
        p.line(format_args!("Secret (to type in by hand): {}", seed.to_base32()))?;
    }
    if status == Status::Active {
        p.note(format_args!("Enrolled {kind} method {} ({label:?}) for {:?}; it is active.", method.id, args.name));
        return Ok(Outcome::Success);
    }
    if ctx.may_prompt() && !args.secret_stdin && !args.uri_stdin {
        return confirm_interactively(ctx, &store, &account, &method);
    }
    p.note(format_args!(
        "Enrolled {kind} method {} ({label:?}) for {:?}. It is pending until a code from the app is confirmed:\n  tfa confirm {} CODE",
        method.id, args.name, args.name
    ));
    Ok(Outcome::Success)
}

/// Records the enrollment, commits it, and, for a method active at once,
/// tells the account holder.
pub(super) fn commit_enrollment(
    ctx: &Context,
    store: &Store,
    tx: rusqlite::Transaction<'_>,
    account: &Account,
    method: &Method,
    created: bool,
    now: u64,
) -> Result<()> {
    let event = Event {
        account: &account.name,
        method_id: Some(method.id),
        action: "enroll",
        outcome: method.status.as_str(),
        reason: None,
    };
    events::record(&tx, &event, now as i64)?;
    tx.commit()?;
    if created {
        ctx.printer.note(format_args!("Created account {:?}.", account.name));
    }
    if method.status == Status::Active {
        let notice = Notice::MethodAdded { kind: method.kind, label: method.label.clone() };
        notify::send(ctx, store, account, &notice, now);
    }
    Ok(())
}

pub(super) fn find_or_create_account(conn: &rusqlite::Connection, name: &str, now: i64) -> Result<(Account, bool)> {
    if let Some(account) = accounts::find(conn, name)? {
        return Ok((account, false));
    }
    let new = NewAccount { name, email: None, phone: None, password_hash: None };
    let account = accounts::insert(conn, &new, now)?.context("the account appeared while it was being created")?;
    events::record(
        conn,
        &Event { account: name, method_id: None, action: "account_add", outcome: "ok", reason: None },
        now,
    )?;
    Ok((account, true))
}

/// `totp`, then `totp-2`, `totp-3`, ...
pub(super) fn free_label(conn: &rusqlite::Connection, account_id: i64, base: &str) -> Result<String> {
    for n in 1.. {
        let label = if n == 1 { base.to_owned() } else { format!("{base}-{n}") };
        if !methods::label_taken(conn, account_id, &label)? {
            return Ok(label);
        }
    }
    unreachable!("labels are unbounded")
}

/// Asks for the app's first code until one matches or the person gives up.
fn confirm_interactively(ctx: &Context, store: &Store, account: &Account, method: &Method) -> Result<Outcome> {
    let p = &ctx.printer;
    p.note("Scan the QR code (or type the secret) into the authenticator app.");
    loop {
        let typed = prompt::code("Code from the app (empty to confirm later)")?;
        if typed.trim().is_empty() {
            p.note(format_args!("The method stays pending: tfa confirm {} CODE", account.name));
            return Ok(Outcome::Success);
        }
        let code = match code::parse(&typed).and_then(CodeInput::into_digits) {
            Ok(code) => code,
            Err(e) => {
                p.warn(e);
                continue;
            }
        };
        if confirm_pending(ctx, store, account, &code, Some(method.id))?.method.is_some() {
            p.note(format_args!("Confirmed: method {} ({:?}) is active.", method.id, method.label));
            return Ok(Outcome::Success);
        }
        p.warn("That code does not match. Check that the app's clock is right and that you used the new entry, then try again.");
    }
}

/// What `confirm_pending` found: the method now active, or why none is.
struct Confirmation {
    method: Option<Method>,
    /// `WrongCode`, or for a sent code also `Expired`, `Superseded`, `Used`, ...
    refusal: Option<Refusal>,
}

/// Activates the pending method that `code` matches (only `only`, if
/// given): an authenticator app whose code it is (that step counts as
/// used), or a sent-code method whose live challenge it is.
fn confirm_pending(
    ctx: &Context,
    store: &Store,
    account: &Account,
    code: &str,
    only: Option<i64>,
) -> Result<Confirmation> {
    let now = now();
    let key = store.key()?;
    let tx = store.immediate()?;
    guard::ensure_open(&tx, account, now)?;
    let pending: Vec<Method> = methods::list(&tx, account.id)?
        .into_iter()
        .filter(|m| m.status == Status::Pending && only.is_none_or(|id| id == m.id))
        .collect();
    let mut confirmed = None;
    for method in &pending {
        let Some(app) = method.app else { continue };
        let seed = methods::seed(&tx, key, method)?;
        if let Check::Accepted { at, offset } = app.check(&seed, now, code) {
            methods::record_success(&tx, method, app.accept(at, offset), now as i64)?;
            confirmed = Some(method.clone());
            break;
        }
    }
    let mut refusal = if confirmed.is_some() { None } else { Some(Refusal::WrongCode) };
    // Sent codes: the challenge sent at enrollment (or by `tfa send`).
    let sent_pending: Vec<&Method> = pending.iter().filter(|m| m.kind.is_restricted()).collect();
    if confirmed.is_none() && !sent_pending.is_empty() && sent::could_be_sent_code(code) {
        match sent::check(&tx, &key.sent_code_key(), &sent_pending, code, now)? {
            Verdict::Accepted { method_id, .. } => {
                confirmed = pending.iter().find(|m| m.id == method_id).cloned();
                refusal = None;
            }
            Verdict::Refused { reason, .. } => refusal = Some(reason),
        }
    }
    let outcome = if confirmed.is_some() { "ok" } else { "refused" };
    let method_id = confirmed.as_ref().map(|m: &Method| m.id);
    let reason = refusal.map(Refusal::as_str);
    events::record(&tx, &Event { account: &account.name, method_id, action: "confirm", outcome, reason }, now as i64)?;
    let locked_out = guard::after_attempt(&tx, account, confirmed.is_some(), now)?;
    tx.commit()?;
    if let Some(m) = &confirmed {
        notify::send(ctx, store, account, &Notice::MethodAdded { kind: m.kind, label: m.label.clone() }, now);
    }
    if locked_out {
        notify::send(ctx, store, account, &Notice::LockedOut, now);
    }
    Ok(Confirmation { method: confirmed, refusal })
}

pub fn confirm(ctx: &Context, name: &str, code_arg: &str) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code_arg))?;
    let p = &ctx.printer;
    let code = match code::parse(&typed).and_then(CodeInput::into_digits) {
        Ok(code) => code,
        Err(e) => {
            if p.json {
                p.json(&ConfirmView {
                    account: name,
                    confirmed: false,
                    method_id: None,
                    label: None,
                    reason: Some("malformed"),
                    retry_after: None,
                })?;
            }
            return Err(e).context("cannot confirm");
        }
    };
    let store = ctx.store(Open::Existing)?;
    let account = super::find_account(store.conn(), name)?;
    if !methods::list(store.conn(), account.id)?.iter().any(|m| m.status == Status::Pending) {
        return Err(Failure::NoActiveMethod(name.to_owned())).context("nothing to confirm: no method is pending");
    }
    let Confirmation { method: confirmed, refusal } =
        confirm_pending(ctx, &store, &account, &code, None).map_err(|e| {
            // A lockout still gets its JSON document, with retry_after.
            if let (true, Some(Failure::Locked { retry_after, .. })) = (p.json, e.downcast_ref::<Failure>()) {
                let reason = if retry_after.is_some() { "throttled" } else { "locked" };
                let view = ConfirmView {
                    account: name,
                    confirmed: false,
                    method_id: None,
                    label: None,
                    reason: Some(reason),
                    retry_after: Some(*retry_after),
                };
                if let Err(io) = p.json(&view) {
                    return io.into();
                }
            }
            e
        })?;
    if p.json {
        let view = ConfirmView {
            account: name,
            confirmed: confirmed.is_some(),
            method_id: confirmed.as_ref().map(|m| m.id),
            label: confirmed.as_ref().map(|m| m.label.as_str()),
            reason: refusal.map(Refusal::as_str),
            retry_after: None,
        };
        p.json(&view)?;
    }
    match confirmed {
        Some(m) => {
            p.note(format_args!("Confirmed: method {} ({:?}) is active.", m.id, m.label));
            Ok(Outcome::Success)
        }
        None => {
            match refusal {
                Some(refusal) if refusal != Refusal::WrongCode => p.note(format_args!(
                    "refused: {}; to send a new code: tfa send {name} --method ID (see tfa methods {name})",
                    refusal.explain()
                )),
                _ => p.note(
                    "The code matches no pending method. Check the app's clock and that the code is from the new entry (or the latest code sent).",
                ),
            }
            Ok(Outcome::Refused)
        }
    }
}
