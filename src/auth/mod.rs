//! The authentication core: the workflows every way in shares (verify,
//! backup codes, trusted devices, sent codes, confirm, resync, the steps
//! of a sign-in). Each takes the store, the account, the input, `now` and
//! where the request came from, and returns a value: none prints, prompts,
//! or reads argv, the environment or the clock. Commands parse, call these
//! and render; a Rust program can call them the same way.
//!
//! ```no_run
//! use tfa::auth::{verify, Attempt, Auth, Ways};
//! use tfa::core::code;
//! use tfa::store::{Open, Store};
//!
//! let store = Store::open("tfa.db".as_ref(), "key".as_ref(), Open::Existing)?;
//! let auth = Auth::new(&store, None, Some("10.0.0.7"));
//! let account = auth.account("alice")?;
//! let code = code::parse("123456")?;
//! let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
//! match verify::attempt(&auth, &account, Ways::Every, None, &code, "verify", now)? {
//!     Attempt::Accepted { .. } => println!("in"),
//!     Attempt::Refused { refusal, .. } => println!("refused: {}", refusal.as_str()),
//!     Attempt::Locked { retry_after } => println!("locked: {retry_after:?}"),
//! }
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod accounts;
pub mod backup_codes;
pub mod checklist;
pub mod contacts;
pub mod devices;
pub mod doctor;
pub mod enroll;
pub mod export;
pub mod import;
pub mod keys;
pub mod lockout;
pub mod login;
pub mod notices;
pub mod recovery;
pub mod resync;
pub mod sent_codes;
pub mod verify;

use std::cell::RefCell;

use anyhow::{Context as _, Result};

use crate::core::account::Account;
use crate::core::lockout::Ahead;
use crate::core::method::Method;
use crate::core::method::{MethodKind, Status};
use crate::core::refusal::Refusal;
use crate::core::seed::Seed;
use crate::crypto::KeyError;
use crate::delivery::DeliveryCommand;

use crate::store::events::{self, Event};
use crate::store::{Store, StoreError};
use crate::Failure;

/// What every workflow needs besides its input: the store, where messages
/// go, and where the request came from.
pub struct Auth<'a> {
    pub store: &'a Store,
    /// Where sent codes and security notices go; `None`: the outbox.
    pub delivery: Option<&'a DeliveryCommand>,
    /// Where the request came from (an IP, a host), for the audit log.
    pub source: Option<&'a str>,
    /// What went wrong without changing the answer (a notice not
    /// delivered), for the caller to tell.
    warnings: RefCell<Vec<String>>,
}

impl<'a> Auth<'a> {
    pub fn new(store: &'a Store, delivery: Option<&'a DeliveryCommand>, source: Option<&'a str>) -> Self {
        Auth { store, delivery, source, warnings: RefCell::new(Vec::new()) }
    }

    /// The account by name; `Failure::NoAccount` (exit 4) if there is none.
    pub fn account(&self, name: &str) -> Result<Account> {
        find_account(self.store.conn(), name)
    }

    /// The warnings gathered since the last call.
    pub fn take_warnings(&self) -> Vec<String> {
        self.warnings.take()
    }

    fn warn(&self, text: String) {
        self.warnings.borrow_mut().push(text);
    }

    /// After a secret was deleted or replaced (zeroed in its page by
    /// `secure_delete`): empties the WAL that still holds the page as it
    /// was. The change stands if this fails; the caller is told.
    fn scrub(&self) {
        if let Err(e) = self.store.scrub() {
            self.warn(format!("the removed secret may remain in the store's WAL until the next write: {e:#}"));
        }
    }

    /// An audit event of this request.
    pub fn event<'e>(&'e self, account: &'e str, action: &'e str, outcome: &'e str) -> Event<'e> {
        Event { account, action, outcome, source: self.source, ..Event::default() }
    }
}

/// The end every attempt shares, in the attempt's transaction: its audit
/// event (the method that matched, the one `asked` for, the reason), the
/// failure count, one commit; then, once committed, the notice of a
/// lockout that began. The answer is given only after this: the attempt,
/// a refusal with the tries left before a wait.
fn settle(
    auth: &Auth<'_>,
    tx: crate::store::Transaction<'_>,
    account: &Account,
    attempt: Attempt,
    asked: Option<i64>,
    action: &str,
    now: u64,
) -> Result<Attempt> {
    let mut later = Later::default();
    let attempt = record(auth, &tx, None, account, attempt, asked, action, now, &mut later)?;
    tx.commit().with_context(|| format!("cannot record the {action}; nothing was accepted"))?;
    later.send(auth, now);
    Ok(attempt)
}

/// `settle` without the commit, for attempts decided together in one
/// transaction (`verify::Group`): the event and the failure count in `tx`,
/// under the lockout `policy` if it was read in `tx` already; a lockout
/// that began leaves its notice in `later`, to be sent once `tx` is
/// committed.
#[allow(clippy::too_many_arguments)]
fn record(
    auth: &Auth<'_>,
    tx: &crate::store::Transaction<'_>,
    policy: Option<&crate::core::lockout::Policy>,
    account: &Account,
    mut attempt: Attempt,
    asked: Option<i64>,
    action: &str,
    now: u64,
    later: &mut Later,
) -> Result<Attempt> {
    let event = Event {
        method_id: attempt.method().map(|m| m.id),
        asked_method_id: asked,
        reason: attempt.refusal().map(Refusal::as_str),
        ..auth.event(&account.name, action, attempt.outcome())
    };
    events::record(tx, &event, now as i64)?;
    let counted = match policy {
        Some(policy) => lockout::count_under(auth, tx, policy, account, attempt.accepted(), now)?,
        None => lockout::count(auth, tx, account, attempt.accepted(), now)?,
    };
    if counted.began {
        later.notice(auth, account, notices::Notice::LockedOut { hard: counted.hard_lock });
    }
    if let Attempt::Refused { ahead, .. } = &mut attempt {
        *ahead = counted.ahead;
    }
    Ok(attempt)
}

/// Security notices that attempts led to, sent only once their
/// transaction is committed (never for a change that did not happen).
#[derive(Debug, Default)]
pub struct Later {
    /// The account, the notice, and the source of the request that led to it.
    notices: Vec<(Account, notices::Notice, Option<String>)>,
}

impl Later {
    fn notice(&mut self, auth: &Auth<'_>, account: &Account, notice: notices::Notice) {
        self.notices.push((account.clone(), notice, auth.source.map(str::to_owned)));
    }

    /// Sends them, in order; a failure is a warning of `auth`, as for one attempt.
    pub fn send(self, auth: &Auth<'_>, now: u64) {
        for (account, notice, source) in self.notices {
            let by = Auth::new(auth.store, auth.delivery, source.as_deref());
            notices::send(&by, &account, &notice, now);
            auth.warnings.borrow_mut().extend(by.take_warnings());
        }
    }
}

/// A method's seed, opened with the store key; `None` when it does not open
/// (altered, moved from another row, or sealed under another key): the
/// caller skips the method, never accepts through it, and goes on with the
/// others. The caller is told, and the audit log records it.
fn open_seed(
    auth: &Auth<'_>,
    tx: &crate::store::Transaction<'_>,
    account: &Account,
    method: &Method,
    now: u64,
) -> Result<Option<Seed>> {
    match crate::store::methods::seed(tx, &*auth.store.key()?, method) {
        Ok(seed) => Ok(Some(seed)),
        Err(StoreError::Key(KeyError::Unseal)) => {
            auth.warn(format!(
                "method {} of {:?} could not be checked: its sealed seed does not open under the store key (altered, \
                 or sealed under another key); the other methods were checked",
                method.id, account.name
            ));
            let event = Event {
                method_id: Some(method.id),
                reason: Some("seed_unreadable"),
                ..auth.event(&account.name, "unseal", "failed")
            };
            events::record(tx, &event, now as i64)?;
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

pub fn find_account(conn: &crate::store::Connection, name: &str) -> Result<Account> {
    crate::store::accounts::find(conn, name)?.ok_or_else(|| Failure::NoAccount(name.to_owned()).into())
}

/// What a second factor was proved with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Factor {
    /// An authenticator app or a sent-code method.
    Method(Method),
    /// One of the account's backup codes; `remaining` after this attempt;
    /// `used_at`: when a refused one was used before.
    BackupCode { remaining: i64, used_at: Option<i64> },
    /// The account's password (the first step of a sign-in).
    Password,
}

impl Factor {
    pub fn kind(&self) -> Option<MethodKind> {
        match self {
            Factor::Method(m) => Some(m.kind),
            Factor::BackupCode { .. } => Some(MethodKind::BackupCode),
            Factor::Password => None,
        }
    }

    pub fn method(&self) -> Option<&Method> {
        match self {
            Factor::Method(m) => Some(m),
            _ => None,
        }
    }
}

/// How one attempt ended. A lockout is an answer, not an error: nothing
/// was checked and nothing was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// `offset`: steps (TOTP) or counters (HOTP) from the expected one.
    Accepted { factor: Factor, offset: Option<i64> },
    /// `factor`: what the refusal is about, when it is about one;
    /// `ahead`: the failures that may follow before a wait (or the hard
    /// lock, when it comes first), once the refusal was counted.
    Refused { refusal: Refusal, factor: Option<Factor>, ahead: Option<Ahead> },
    /// Seconds until an attempt is checked again; `None`: until `tfa unlock`.
    Locked { retry_after: Option<u64> },
}

impl Attempt {
    pub fn refused(refusal: Refusal) -> Attempt {
        Attempt::Refused { refusal, factor: None, ahead: None }
    }

    /// A refusal about `factor`, not counted yet.
    pub fn refused_about(refusal: Refusal, factor: Factor) -> Attempt {
        Attempt::Refused { refusal, factor: Some(factor), ahead: None }
    }

    pub fn accepted(&self) -> bool {
        matches!(self, Attempt::Accepted { .. })
    }

    /// Why it was not accepted; `None` when it was.
    pub fn refusal(&self) -> Option<Refusal> {
        match self {
            Attempt::Accepted { .. } => None,
            Attempt::Refused { refusal, .. } => Some(*refusal),
            Attempt::Locked { retry_after } => Some(Refusal::of_lockout(*retry_after)),
        }
    }

    pub fn factor(&self) -> Option<&Factor> {
        match self {
            Attempt::Accepted { factor, .. } => Some(factor),
            Attempt::Refused { factor, .. } => factor.as_ref(),
            Attempt::Locked { .. } => None,
        }
    }

    pub fn method(&self) -> Option<&Method> {
        self.factor().and_then(Factor::method)
    }

    pub fn offset(&self) -> Option<i64> {
        match self {
            Attempt::Accepted { offset, .. } => *offset,
            _ => None,
        }
    }

    pub fn backup_codes_remaining(&self) -> Option<i64> {
        match self.factor() {
            Some(Factor::BackupCode { remaining, .. }) => Some(*remaining),
            _ => None,
        }
    }

    /// Failures that may follow before a wait: counted on a refusal, 0
    /// while a lockout holds, `None` when accepted.
    pub fn tries_left(&self) -> Option<u32> {
        match self {
            Attempt::Accepted { .. } => None,
            Attempt::Refused { ahead, .. } => ahead.map(|a| a.tries_left),
            Attempt::Locked { .. } => Some(0),
        }
    }

    pub fn retry_after(&self) -> Option<Option<u64>> {
        match self {
            Attempt::Locked { retry_after } => Some(*retry_after),
            _ => None,
        }
    }

    /// The audit log's `outcome`.
    fn outcome(&self) -> &'static str {
        if self.accepted() {
            "ok"
        } else {
            "refused"
        }
    }
}

/// Which of an account's active methods a digit code is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ways {
    /// Every active authenticator app and sent-code method.
    Every,
    /// Every active authenticator app: the way a person asked for an app's
    /// code may give it (another app's code is taken; a sent code is not).
    Apps,
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
                Ways::Apps => m.app.is_some(),
                Ways::Kind(kind) => m.kind == kind,
                Ways::Method(id) => m.id == id,
            }
    }
}
