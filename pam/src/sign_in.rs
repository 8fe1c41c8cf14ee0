//! One PAM authentication: the account, a code sent first when the account
//! has only sent-code methods, the code asked for, and the authentication
//! core's attempt (`tfa::auth::verify`: apps, sent codes, backup codes,
//! imported scratch codes, the lockout, the audit log). Nothing here
//! touches PAM itself, so that it can be tested without it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use zeroize::Zeroizing;

use tfa::auth::checklist::support_contact;
use tfa::auth::login::{self, Way};
use tfa::auth::sent_codes::{self, SendOutcome, Sender};
use tfa::auth::{verify, Attempt, Auth, Ways};
use tfa::core::code;
use tfa::core::lockout::{Ahead, Lockout};
use tfa::core::mask;
use tfa::core::name;
use tfa::core::refusal::Refusal;
use tfa::delivery::DeliveryCommand;
use tfa::store::{methods, Open, Store};

use crate::options::{FirstPass, Options};

/// The audit log's action for a PAM sign-in.
pub const ACTION: &str = "pam";

/// How a delivery command may take at most, as the CLI's default.
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(30);

/// What the module answers PAM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Success,
    /// A wrong, used or malformed code.
    Refused,
    /// Locked out or waiting: PAM_MAXTRIES.
    Locked,
    /// Not this module's to decide (nullok, and no account or no way in).
    Ignore,
    /// The store, the key or the delivery cannot be used: fail closed.
    Unavailable,
    /// The module's own arguments are wrong.
    Misconfigured,
}

/// The PAM conversation, as the sign-in needs it.
pub trait Talk {
    /// Asks, with the answer echoed or not; `None` if no answer came.
    fn ask(&mut self, prompt: &str, echo: bool) -> Option<Zeroizing<String>>;
    /// Tells the person something (PAM_TEXT_INFO).
    fn tell(&mut self, text: &str);
    /// Tells the person why it failed (PAM_ERROR_MSG).
    fn error(&mut self, text: &str);
}

/// What the module knows of the request.
pub struct Request<'a> {
    pub user: &'a str,
    /// PAM_RHOST: the audit log's source.
    pub rhost: Option<&'a str>,
    /// PAM_AUTHTOK, for try_first_pass and use_first_pass.
    pub authtok: Option<&'a str>,
}

/// Runs one sign-in; the verdict and the lines for syslog (never a code).
pub fn authenticate(o: &Options, req: &Request<'_>, talk: &mut dyn Talk) -> (Verdict, Vec<String>) {
    let mut log = Vec::new();
    let verdict = match run(o, req, talk, &mut log) {
        Ok(v) => v,
        Err(e) => {
            log.push(format!("{:?}: the store cannot be used: {e:#}", req.user));
            talk.error("Verification is not available right now.");
            Verdict::Unavailable
        }
    };
    (verdict, log)
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn run(o: &Options, req: &Request<'_>, talk: &mut dyn Talk, log: &mut Vec<String>) -> anyhow::Result<Verdict> {
    let store = Store::open(&o.db, &o.key_file, Open::Existing)?;
    let delivery = match &o.delivery {
        Some(line) => match DeliveryCommand::parse(line, DELIVERY_TIMEOUT) {
            Ok(command) => command,
            Err(e) => {
                log.push(format!("delivery=: {e}"));
                return Ok(Verdict::Misconfigured);
            }
        },
        None => None,
    };
    // A source with a control character would forge audit lines: dropped.
    let source = req.rhost.filter(|h| h.len() <= 255 && !h.chars().any(char::is_control));
    let auth = Auth::new(&store, delivery.as_ref(), source);
    let from = source.map(|h| format!(" from {h}")).unwrap_or_default();

    let account = match name::check_account(req.user).ok().map(|()| auth.account(req.user)) {
        Some(Ok(account)) => Some(account),
        Some(Err(e)) if e.downcast_ref::<tfa::Failure>().is_some() => None,
        Some(Err(e)) => return Err(e),
        None => None,
    };
    let ways = match &account {
        Some(account) => login::ways(&auth, account)?,
        None => Vec::new(),
    };
    if ways.is_empty() {
        // nullok is for a user who never set up a second factor. An account
        // whose factors were taken away (a recovery, an operator) is still
        // refused: otherwise the password alone would let someone in.
        let had_factors = match &account {
            Some(account) => methods::list(store.conn(), account.id)?.iter().any(|m| m.confirmed_at.is_some()),
            None => false,
        };
        let why = match (&account, had_factors) {
            (None, _) => "has no tfa account",
            (Some(_), false) => "has no active method",
            (Some(_), true) => "has no active method left (its factors were retired)",
        };
        if o.nullok && !had_factors {
            log.push(format!("{:?} {why}: ignored (nullok){from}", req.user));
            return Ok(Verdict::Ignore);
        }
        log.push(format!("{:?} {why}: refused{from}", req.user));
        // The same prompt as for an account, and a password check's worth of
        // work: neither the answer nor its time says who has one.
        tell_status(&store, talk)?;
        let _ = ask(o, req, talk);
        login::unknown_account();
        talk.error("Wrong code.");
        return Ok(Verdict::Refused);
    }
    let account = account.expect("ways come from an account");
    tell_status(&store, talk)?;

    // With no app, a code is sent first to the preferred sent-code method.
    let has_app = ways.iter().any(|w| matches!(w, Way::App(_)));
    let has_backup = ways.iter().any(|w| matches!(w, Way::Backup { .. }));
    if let (false, Some(Way::Sent(method))) = (has_app, ways.iter().find(|w| matches!(w, Way::Sent(_)))) {
        let to = method.address.as_deref().map(|a| mask::address(method.kind, a)).unwrap_or_default();
        let sender = Sender::new(None, tfa::core::challenge::DEFAULT_TTL)?;
        match sent_codes::send(&auth, &account, method, &sender, now())? {
            SendOutcome::Sent(_) => talk.tell(&format!("A code was sent by {} to {to}.", method.kind)),
            SendOutcome::Throttled { .. } => talk.tell(&format!("A code was sent to {to} a moment ago: use it.")),
            SendOutcome::Failed { why, .. } => {
                log.push(format!("{:?}: the code could not be sent ({}): {why}", req.user, method.kind));
                if !has_backup {
                    talk.error(&format!("The code could not be sent to {to}.{}", need_help(&store)?));
                    return Ok(Verdict::Unavailable);
                }
                talk.tell(&format!("The code could not be sent to {to}: a backup code works instead."));
            }
        }
    }
    for warning in auth.take_warnings() {
        log.push(warning);
    }

    let Some(typed) = ask(o, req, talk) else {
        log.push(format!("{:?}: no code was given{from}", req.user));
        return Ok(Verdict::Refused);
    };
    let code = match code::parse(&typed) {
        Ok(code) => code,
        Err(e) => {
            talk.error(&format!("That is not a code: {e}."));
            log.push(format!("{:?}: refused before any lookup: {e}{from}", req.user));
            return Ok(Verdict::Refused);
        }
    };
    let attempt = match verify::attempt(&auth, &account, Ways::Every, None, &code, ACTION, now()) {
        Ok(attempt) => attempt,
        // Every active method went away meanwhile.
        Err(e) if e.downcast_ref::<tfa::Failure>().is_some() => {
            log.push(format!("{:?}: {e:#}{from}", req.user));
            talk.error("Wrong code.");
            return Ok(Verdict::Refused);
        }
        Err(e) => return Err(e),
    };
    for warning in auth.take_warnings() {
        log.push(warning);
    }
    Ok(match attempt {
        Attempt::Accepted { factor, .. } => {
            log.push(format!("{:?} accepted ({}){from}", req.user, factor_name(&factor)));
            Verdict::Success
        }
        Attempt::Refused { refusal, ahead, .. } => {
            log.push(format!("{:?} refused: {}{from}", req.user, refusal.as_str()));
            talk.error(&format!("Refused: {}.{}", person_words(refusal), ahead.map(tries_left).unwrap_or_default()));
            Verdict::Refused
        }
        Attempt::Locked { retry_after } => {
            log.push(format!("{:?} locked out{from}", req.user));
            let help = need_help(&store)?;
            talk.error(&match retry_after {
                Some(secs) => format!(
                    "Too many wrong codes: try again in {}, or type a backup code.{help}",
                    tfa::core::when::span(secs)
                ),
                None => format!("Too many wrong codes: sign-in is locked; ask your administrator.{help}"),
            });
            Verdict::Locked
        }
    })
}

/// " Need help? SUPPORT", after a dead end, when a support contact is set.
fn need_help(store: &Store) -> anyhow::Result<String> {
    Ok(support_contact(store.conn(), None)?.map(|support| format!(" Need help? {support}")).unwrap_or_default())
}

/// What the operator says is wrong on the service's side (`tfa status set`), while set.
fn tell_status(store: &Store, talk: &mut dyn Talk) -> anyhow::Result<()> {
    if let Some(status) = tfa::store::support::get(store.conn(), tfa::store::support::Line::Status)? {
        talk.tell(&format!("Service status: {status}"));
    }
    Ok(())
}

/// After a counted refusal: the warning before a wait (or the hard lock) comes.
fn tries_left(ahead: Ahead) -> String {
    let then = match ahead.then {
        Lockout::Locked => "sign-in is locked",
        _ => "a wait",
    };
    match ahead.tries_left {
        0 if ahead.then == Lockout::Locked => " No tries left: sign-in is now locked.".to_owned(),
        0 => " No tries left: the next code must wait.".to_owned(),
        1 => format!(" 1 try left before {then}."),
        n => format!(" {n} tries left before {then}."),
    }
}

/// The code: from the token an earlier module read, or asked for.
fn ask(o: &Options, req: &Request<'_>, talk: &mut dyn Talk) -> Option<Zeroizing<String>> {
    let given = req.authtok.filter(|t| !t.is_empty()).map(|t| Zeroizing::new(t.to_owned()));
    match o.first_pass {
        FirstPass::Use => given,
        // The token an earlier module read may be a password: tried only if it is shaped like a code.
        FirstPass::Try => given.filter(|t| code::parse(t).is_ok()).or_else(|| talk.ask(&o.prompt, o.echo)),
        FirstPass::No => talk.ask(&o.prompt, o.echo),
    }
}

fn factor_name(factor: &tfa::auth::Factor) -> String {
    match factor {
        tfa::auth::Factor::Method(m) => format!("{} method {}", m.kind, m.id),
        tfa::auth::Factor::BackupCode { remaining, .. } => format!("a backup code, {remaining} left"),
        tfa::auth::Factor::Password => "password".to_owned(),
    }
}

/// What the person at the prompt is told: plain words, no detail of the account.
fn person_words(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::Replayed | Refusal::Used => "that code was already used; wait for the next one",
        // Never used: the phone's clock was set back since the last code accepted (issue 10, finding 1).
        Refusal::OlderThanLast => {
            "that code is older than the last one accepted; if the phone's clock was just set right, wait a \
             minute and use a new code"
        }
        Refusal::Expired | Refusal::Superseded | Refusal::TooManyAttempts => {
            "that code no longer works; ask for a new one"
        }
        _ => "wrong code",
    }
}
