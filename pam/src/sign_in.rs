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
use tfa::core::backup_code::CodeSet;
use tfa::core::code::{self, CodeInput};
use tfa::core::import::ScratchCode;
use tfa::core::mask;
use tfa::core::name;
use tfa::core::refusal::Refusal;
use tfa::crypto::KeyError;
use tfa::delivery::DeliveryCommand;
use tfa::store::{backup_codes, methods, Open, Store, StoreError};

use crate::options::{FirstPass, Options};

/// The audit log's action for a PAM sign-in.
pub const ACTION: &str = "pam";

/// What a wrong code is told, whether or not the user has an account.
const WRONG_CODE: &str = "Refused: wrong code.";

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
    let mut hashed = false;
    let verdict = match run(o, req, talk, &mut log, &mut hashed) {
        // Every refusal costs one argon2id (what a password check costs), for
        // a name with no account as for a wrong code: the time does not say
        // who has an account.
        Ok(Verdict::Refused) => {
            if !hashed {
                login::unknown_account();
            }
            Verdict::Refused
        }
        Ok(v) => v,
        Err(e) => {
            // The store's own words name the command line's --db and TFA_DB; the module has db=.
            let why = match e.downcast_ref::<StoreError>() {
                Some(StoreError::Missing { path } | StoreError::Empty { path }) => {
                    format!("no store at {} (db=): make it with tfa init, or point db= at the store", path.display())
                }
                Some(StoreError::Key(KeyError::Missing { path })) => {
                    format!("no key file at {} (key_file=): restore it, or point key_file= at it", path.display())
                }
                _ => format!("{e:#}"),
            };
            log.push(format!("{:?}: the store cannot be used: {why}", req.user));
            talk.error("Verification is not available right now.");
            Verdict::Unavailable
        }
    };
    (verdict, log)
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// `hashed` is set when checking the code spent an argon2id itself.
fn run(
    o: &Options,
    req: &Request<'_>,
    talk: &mut dyn Talk,
    log: &mut Vec<String>,
    hashed: &mut bool,
) -> anyhow::Result<Verdict> {
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
        // The same prompt and the same words as for an account (and the
        // same work, in `authenticate`): neither says who has one.
        tell_status(&store, talk)?;
        let typed = ask(o, req, talk);
        match typed.as_deref().map(|t| code::parse(t)) {
            Some(Err(e)) => talk.error(&format!("That is not a code: {e}.")),
            Some(Ok(_)) => talk.error(WRONG_CODE),
            None => {}
        }
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
    *hashed = hashes_itself(&code, backup_codes::current_set(store.conn(), account.id)?.as_ref());
    let attempt = match verify::attempt(&auth, &account, Ways::Every, None, &code, ACTION, now()) {
        Ok(attempt) => attempt,
        // Every active method went away meanwhile.
        Err(e) if e.downcast_ref::<tfa::Failure>().is_some() => {
            log.push(format!("{:?}: {e:#}{from}", req.user));
            talk.error(WRONG_CODE);
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
        Attempt::Refused { refusal, .. } => {
            log.push(format!("{:?} refused: {}{from}", req.user, refusal.as_str()));
            match person_words(refusal) {
                Some(words) => talk.error(&format!("Refused: {words}.")),
                None => talk.error(WRONG_CODE),
            }
            Verdict::Refused
        }
        Attempt::Locked { retry_after } => {
            log.push(format!("{:?} locked out{from}", req.user));
            let help = need_help(&store)?;
            talk.error(&match retry_after {
                Some(secs) => format!(
                    "Too many wrong codes: try again in {}, or type a backup code if you have one (not an 8-digit \
                     scratch code).{help}",
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

/// What the operator says is wrong on the service's side (`tfa status set`),
/// while set: said to every user alike.
fn tell_status(store: &Store, talk: &mut dyn Talk) -> anyhow::Result<()> {
    if let Some(status) = tfa::store::support::get(store.conn(), tfa::store::support::Line::Status)? {
        talk.tell(&format!("Service status: {status}"));
    }
    Ok(())
}

/// Whether checking `code` spends an argon2id itself: a backup code is
/// hashed under the account's set, and 8 digits too, as an imported scratch
/// code, when the set is one.
fn hashes_itself(code: &CodeInput, set: Option<&CodeSet>) -> bool {
    match (code, set) {
        (CodeInput::Backup(_), Some(_)) => true,
        (CodeInput::Digits(digits), Some(set)) => set.scratch && ScratchCode::parse(digits).is_some(),
        (_, None) => false,
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

/// What the person at the prompt is told: plain words, no detail of the
/// account; `None`: that it is a wrong code.
fn person_words(refusal: Refusal) -> Option<&'static str> {
    match refusal {
        Refusal::Replayed | Refusal::Used => Some("that code was already used; wait for the next one"),
        // Never used: the phone's clock was set back since the last code accepted (issue 10, finding 1).
        Refusal::OlderThanLast => Some(
            "that code is older than the last one accepted; if the phone's clock was just set right, its \
             codes work again once they pass that one",
        ),
        Refusal::Expired | Refusal::Superseded | Refusal::TooManyAttempts => {
            Some("that code no longer works; ask for a new one")
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfa::core::backup_code::Salt;

    struct Silent;

    /// Answers every prompt with `answer` and keeps what the person is shown.
    struct Typist {
        answer: String,
        shown: Vec<String>,
    }

    impl Talk for Typist {
        fn ask(&mut self, prompt: &str, _: bool) -> Option<Zeroizing<String>> {
            self.shown.push(prompt.to_owned());
            Some(Zeroizing::new(self.answer.clone()))
        }
        fn tell(&mut self, text: &str) {
            self.shown.push(text.to_owned());
        }
        fn error(&mut self, text: &str) {
            self.shown.push(text.to_owned());
        }
    }

    #[test]
    fn a_wrong_code_takes_as_long_with_an_account_as_without() {
        use tfa::core::otp::{Algorithm, App, Params, TotpState};
        let dir = tempfile::tempdir().unwrap();
        let o = Options { db: dir.path().join("tfa.db"), key_file: dir.path().join("key"), ..Options::default() };
        let store = Store::open(&o.db, &o.key_file, Open::Create).unwrap();
        let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
        let app = App::Totp { params, period: 30, window: 1, state: TotpState::default() };
        let seed = tfa::core::seed::Seed::generate();
        let auth = Auth::new(&store, None, None);
        let wrong = tfa::core::otp::totp(&seed, params, 30, now() + 3600);
        let time = |user: &str| {
            let mut typist = Typist { answer: wrong.clone(), shown: Vec::new() };
            let start = std::time::Instant::now();
            let (verdict, _) = authenticate(&o, &Request { user, rhost: None, authtok: None }, &mut typist);
            assert_eq!(verdict, Verdict::Refused, "{user}");
            start.elapsed()
        };
        // One try each (a second would meet the backoff); the fastest of five, against noise.
        let (mut with, mut without) = (Duration::MAX, Duration::MAX);
        for n in 0..5 {
            let name = format!("user{n}");
            tfa::auth::enroll::app(&auth, &name, None, app, &seed, tfa::core::method::Status::Active, now()).unwrap();
            with = with.min(time(&name));
            without = without.min(time(&format!("nobody{n}")));
        }
        assert!(with * 2 > without && without * 2 > with, "with an account {with:?}, without {without:?}");
    }

    #[test]
    fn a_code_checked_against_a_set_is_not_padded_twice() {
        let set = |scratch| CodeSet { id: 1, account_id: 1, salt: Salt([0; 16]), created_at: 0, scratch };
        let digits = |d: &str| CodeInput::Digits(d.to_owned());
        let backup = code::parse("abcde-fghjk").unwrap();
        assert!(matches!(backup, CodeInput::Backup(_)));
        assert!(hashes_itself(&backup, Some(&set(false))));
        assert!(!hashes_itself(&backup, None));
        assert!(hashes_itself(&digits("87654321"), Some(&set(true))));
        assert!(!hashes_itself(&digits("87654321"), Some(&set(false))));
        assert!(!hashes_itself(&digits("654321"), Some(&set(true))));
    }

    #[test]
    fn the_prompt_does_not_say_who_has_an_account() {
        use tfa::core::otp::{Algorithm, App, Params, TotpState};
        let dir = tempfile::tempdir().unwrap();
        let o = Options { db: dir.path().join("tfa.db"), key_file: dir.path().join("key"), ..Options::default() };
        let store = Store::open(&o.db, &o.key_file, Open::Create).unwrap();
        let app = App::Totp {
            params: Params { algorithm: Algorithm::Sha1, digits: 6 },
            period: 30,
            window: 1,
            state: TotpState::default(),
        };
        let seed = tfa::core::seed::Seed::generate();
        let auth = Auth::new(&store, None, None);
        tfa::auth::enroll::app(&auth, "alice", None, app, &seed, tfa::core::method::Status::Active, now()).unwrap();
        let wrong = tfa::core::otp::totp(&seed, Params { algorithm: Algorithm::Sha1, digits: 6 }, 30, now() + 3600);
        for answer in [wrong.as_str(), "not-a-code"] {
            let shown = |user: &str| {
                let mut typist = Typist { answer: answer.to_owned(), shown: Vec::new() };
                let (verdict, _) = authenticate(&o, &Request { user, rhost: None, authtok: None }, &mut typist);
                assert_eq!(verdict, Verdict::Refused, "{user} {answer}");
                typist.shown
            };
            assert_eq!(shown("alice"), shown("nobody"), "{answer}");
        }
    }

    impl Talk for Silent {
        fn ask(&mut self, _: &str, _: bool) -> Option<Zeroizing<String>> {
            Some(Zeroizing::new("123456".to_owned()))
        }
        fn tell(&mut self, _: &str) {}
        fn error(&mut self, _: &str) {}
    }

    #[test]
    fn a_missing_store_or_key_fails_closed_and_names_the_argument() {
        let dir = tempfile::tempdir().unwrap();
        let o = Options {
            db: dir.path().join("tfa.db"),
            key_file: dir.path().join("key"),
            nullok: true,
            ..Options::default()
        };
        let (verdict, log) = authenticate(&o, &Request { user: "alice", rhost: None, authtok: None }, &mut Silent);
        assert_eq!(verdict, Verdict::Unavailable);
        assert!(log[0].contains("(db=)") && !log[0].contains("--db"), "{log:?}");
        // A store whose key file is gone.
        Store::open(&o.db, &o.key_file, Open::Create).unwrap();
        let o = Options { key_file: dir.path().join("elsewhere"), ..o };
        let (verdict, log) = authenticate(&o, &Request { user: "alice", rhost: None, authtok: None }, &mut Silent);
        assert_eq!(verdict, Verdict::Unavailable);
        assert!(log[0].contains("(key_file=)") && !log[0].contains("--key-file"), "{log:?}");
    }
}
