//! Sent codes (SMS, WhatsApp, email): issuing a challenge and handing it
//! to the delivery command or the outbox, and checking a typed code
//! against recent challenges.

use std::collections::HashMap;

use crate::store::Transaction;
use anyhow::{bail, Context as _, Result};
use rand::rngs::OsRng;

use crate::core::account::Account;
use crate::core::challenge::{self, Challenge, SendDecision, SentCode, Status, Verdict};
use crate::core::contact::{self, Contact};
use crate::core::delivery::{DeliveryResult, Route};
use crate::core::method::MethodKind;
use crate::crypto::{self, SentCodeKey};
use crate::delivery::{DeliveryCommand, Message, Run};
use crate::store::challenges::{self, NewChallenge, Owner};
use crate::store::contacts;
use crate::store::deliveries::{self, NewDelivery};
use crate::store::events::{self, Event};

use super::Auth;
use crate::core::method::Method;
use crate::store::methods;
use crate::store::outbox::{self, NewMessage};

/// How far back a typed code is compared with sent ones, to tell "expired"
/// or "used" from "wrong".
const RECENT: u64 = 24 * 60 * 60;

/// Bytes of the random nonce that goes into each challenge's MAC.
const NONCE_BYTES: usize = 16;

/// What a code message says and how long its code lasts.
pub struct Sender {
    template: String,
    ttl: u64,
}

impl Sender {
    /// `template`: the message text with `{code}` (default
    /// `challenge::DEFAULT_TEMPLATE`); `ttl` in seconds, at most `challenge::MAX_TTL`.
    pub fn new(template: Option<String>, ttl: u64) -> Result<Self> {
        let template = template.unwrap_or_else(|| challenge::DEFAULT_TEMPLATE.to_owned());
        challenge::check_template(&template).map_err(anyhow::Error::msg).context("--message-template")?;
        Ok(Sender { template, ttl: ttl.clamp(1, challenge::MAX_TTL) })
    }
}

/// A code that went out (or into the outbox).
#[derive(Debug)]
pub struct Sent {
    pub expires_at: u64,
    pub result: DeliveryResult,
}

#[derive(Debug)]
pub enum SendOutcome {
    Sent(Sent),
    /// Too soon after the last code to this method.
    Throttled {
        retry_after: u64,
    },
    /// The delivery command failed; the code is void. `why` never holds it.
    Failed {
        result: DeliveryResult,
        why: String,
    },
}

/// Why a contact cannot be sent its code without a delivery command.
pub const NO_COMMAND_FOR_CONTACT: &str = "no delivery command is configured: a contact's code goes only through one (set TFA_DELIVERY_COMMAND or --delivery-command)";

/// Who a code goes to: a sign-in method (its code signs in, or confirms
/// it), or a recovery contact being confirmed (its code confirms the
/// contact and nothing else: it is in another table no sign-in reads).
#[derive(Debug, Clone, Copy)]
enum Recipient<'a> {
    Method(&'a Method),
    Contact(&'a Contact),
}

impl<'a> Recipient<'a> {
    fn owner(self) -> Owner {
        match self {
            Recipient::Method(_) => Owner::Method,
            Recipient::Contact(_) => Owner::Contact,
        }
    }

    fn id(self) -> i64 {
        match self {
            Recipient::Method(m) => m.id,
            Recipient::Contact(c) => c.id,
        }
    }

    fn channel(self) -> MethodKind {
        match self {
            Recipient::Method(m) => m.kind,
            Recipient::Contact(c) => c.channel,
        }
    }

    fn address(self) -> Option<&'a str> {
        match self {
            Recipient::Method(m) => m.address.as_deref(),
            Recipient::Contact(c) => Some(&c.address),
        }
    }
}

/// The id bound into a code's MAC: a contact's is negated, so that no
/// contact's code could ever pass for a method's, whatever table it sat in.
fn mac_id(owner: Owner, id: i64) -> i64 {
    match owner {
        Owner::Method => id,
        Owner::Contact => -id,
    }
}

/// Sends a new code to a sent-code method: the throttle, the supersede,
/// the challenge and the delivery record in one transaction; then the
/// delivery command, outside any lock; then its result.
pub fn send(auth: &Auth<'_>, account: &Account, method: &Method, sender: &Sender, now: u64) -> Result<SendOutcome> {
    send_to(auth, account, Recipient::Method(method), sender, now)
}

/// Sends a recovery contact the code that confirms it, as a method's code
/// is sent (HMAC at rest, ttl, the same throttle), with its own text. Only
/// through the delivery command: the outbox holds sign-in codes.
pub fn send_to_contact(
    auth: &Auth<'_>,
    account: &Account,
    contact: &Contact,
    ttl: u64,
    now: u64,
) -> Result<SendOutcome> {
    let sender = Sender::new(Some(contact::CONFIRM_TEMPLATE.to_owned()), ttl)?;
    send_to(auth, account, Recipient::Contact(contact), &sender, now)
}

fn send_to(auth: &Auth<'_>, account: &Account, to: Recipient<'_>, sender: &Sender, now: u64) -> Result<SendOutcome> {
    let store = auth.store;
    let address = to.address().context("this method has no address to send to")?;
    let (owner, channel) = (to.owner(), to.channel());
    let (action, method_id) = match to {
        Recipient::Method(m) => ("send", Some(m.id)),
        Recipient::Contact(_) => ("contact_send", None),
    };
    if matches!(to, Recipient::Contact(_)) && auth.delivery.is_none() {
        bail!(NO_COMMAND_FOR_CONTACT);
    }
    let tx = store.immediate()?;
    // Under the write lock: the key no rekey can replace before this commits.
    let key = store.key()?.sent_code_key();
    let since = now.saturating_sub(challenge::MAX_TTL) as i64;
    let recent: Vec<Challenge> =
        challenges::recent_for(&tx, owner, &[to.id()], since)?.into_iter().map(|s| s.challenge).collect();
    let tests = match to {
        Recipient::Method(m) => test_times(&tx, m.id, now)?,
        Recipient::Contact(_) => Vec::new(),
    };
    let event = |outcome, reason| Event { method_id, reason, ..auth.event(&account.name, action, outcome) };
    let supersede = match challenge::decide_send_after(&recent, &tests, now) {
        SendDecision::Throttled { retry_after } => {
            events::record(&tx, &event("throttled", None), now as i64)?;
            tx.commit()?;
            return Ok(SendOutcome::Throttled { retry_after });
        }
        SendDecision::Send { supersede } => supersede,
    };
    for id in supersede {
        challenges::close_for(&tx, owner, id, Status::Superseded, now as i64)?;
    }
    let code = SentCode::generate(&mut OsRng);
    let nonce = crypto::random_bytes::<NONCE_BYTES>();
    let mac = key.mac(&nonce, mac_id(owner, to.id()), code.as_str());
    let expires_at = now + sender.ttl;
    let new = NewChallenge {
        method_id: to.id(),
        nonce: &nonce,
        code_mac: &mac,
        created_at: now as i64,
        expires_at: expires_at as i64,
    };
    let challenge_id = challenges::insert_for(&tx, owner, &new)?;
    let text = challenge::render(&sender.template, &code, &account.name, sender.ttl);
    let delivery = |method: &Method, route, result| NewDelivery {
        method_id: method.id,
        challenge_id: Some(challenge_id),
        channel,
        address,
        route,
        result,
        test: false,
    };

    let command = match (auth.delivery, to) {
        (Some(command), _) => command,
        (None, Recipient::Method(method)) => {
            outbox::insert(
                &tx,
                &NewMessage {
                    account_id: account.id,
                    method_id: method.id,
                    challenge_id,
                    channel,
                    address,
                    code: code.as_str(),
                    text: &text,
                    expires_at: expires_at as i64,
                },
                now as i64,
            )?;
            deliveries::start(&tx, &delivery(method, Route::Outbox, DeliveryResult::Outbox), now as i64)?;
            events::record(&tx, &event("sent", Some("outbox")), now as i64)?;
            tx.commit()?;
            return Ok(SendOutcome::Sent(Sent { expires_at, result: DeliveryResult::Outbox }));
        }
        (None, Recipient::Contact(_)) => unreachable!("refused above"),
    };

    let delivery_id = match to {
        Recipient::Method(method) => {
            Some(deliveries::start(&tx, &delivery(method, Route::Command, DeliveryResult::Pending), now as i64)?)
        }
        Recipient::Contact(_) => None,
    };
    tx.commit()?;

    let message = Message {
        type_: "code",
        channel,
        to: address,
        account: &account.name,
        code: Some(code.as_str()),
        expires_at: Some(expires_at),
        event: matches!(to, Recipient::Contact(_)).then_some("contact_confirmation"),
        text: &text,
    };
    let ran = hand_over(command, &message, now);
    drop(code);

    let tx = store.immediate()?;
    if let Some(id) = delivery_id {
        deliveries::finish(&tx, id, ran.result, ran.exit_code, ran.detail.as_deref(), ran.done)?;
    }
    if ran.why.is_some() {
        challenges::close_for(&tx, owner, challenge_id, Status::Undelivered, ran.done)?;
        events::record(&tx, &event("failed", Some(ran.result.as_str())), ran.done)?;
    } else {
        events::record(&tx, &event("sent", Some(ran.result.as_str())), ran.done)?;
    }
    tx.commit()?;
    Ok(match ran.failure(&format!("the {channel} message to {address}"), "; the code was voided") {
        None => SendOutcome::Sent(Sent { expires_at, result: ran.result }),
        Some(why) => SendOutcome::Failed { result: ran.result, why },
    })
}

/// When test messages went to a method within the resend throttle.
fn test_times(conn: &crate::store::Connection, method_id: i64, now: u64) -> Result<Vec<u64>> {
    let since = now.saturating_sub(challenge::RESEND_AFTER) as i64;
    Ok(deliveries::tests_since(conn, method_id, since)?.into_iter().map(|t| t.max(0) as u64).collect())
}

/// How a hand-over to the delivery command went.
struct HandOver {
    result: DeliveryResult,
    exit_code: Option<i32>,
    detail: Option<String>,
    /// Why it failed, in words; `None`: it was handed over.
    why: Option<String>,
    /// When it ended.
    done: i64,
}

impl HandOver {
    /// The error a person reads when it failed: `what` was not delivered, why, `then`, and the stderr tail.
    fn failure(&self, what: &str, then: &str) -> Option<String> {
        let why = self.why.as_deref()?;
        let stderr = self
            .detail
            .as_deref()
            .filter(|_| self.result != DeliveryResult::NotStarted)
            .map(|d| format!("\n  its stderr ended with:\n    {}", d.replace('\n', "\n    ")));
        Some(format!("{what} was not delivered: {why}{then}{}", stderr.unwrap_or_default()))
    }
}

/// Runs the delivery command with `message`, outside any lock.
fn hand_over(command: &DeliveryCommand, message: &Message<'_>, now: u64) -> HandOver {
    let (run, took) = command.run_timed(message);
    let done = (now + took.as_secs()) as i64;
    let (result, exit_code, detail, why) = match run {
        Run::HandedOver => (DeliveryResult::HandedOver, None, None, None),
        Run::Failed { status, exit_code, stderr } => {
            let why = format!("the delivery command {status}");
            (DeliveryResult::Failed, exit_code, Some(stderr), Some(why))
        }
        Run::TimedOut { after, stderr } => {
            let why = format!("the delivery command did not finish within {} s and was killed", after.as_secs());
            (DeliveryResult::Timeout, None, Some(stderr), Some(why))
        }
        Run::NotStarted { why } => (DeliveryResult::NotStarted, None, Some(why.clone()), Some(why)),
    };
    HandOver { result, exit_code, detail: detail.filter(|d| !d.is_empty()), why, done }
}

/// The text of a test message: no code, nothing to do.
pub fn test_text(account: &str) -> String {
    format!(
        "This is a test message from tfa, the sign-in service, for {account}. It holds no code and needs no answer; \
         if you did not expect it, tell your administrator."
    )
}

/// How a test message went.
#[derive(Debug)]
pub enum TestOutcome {
    Sent {
        result: DeliveryResult,
    },
    /// Too soon after the last message (code or test) to this method.
    Throttled {
        retry_after: u64,
    },
    Failed {
        result: DeliveryResult,
        why: String,
    },
}

/// Sends a sent-code method a message with no code (`tfa send --test`):
/// throttled as a code is, recorded as a delivery and in the audit log; it
/// voids no code. Only through the delivery command: the outbox would test
/// nothing.
pub fn send_test(auth: &Auth<'_>, account: &Account, method: &Method, now: u64) -> Result<TestOutcome> {
    let store = auth.store;
    let address = method.address.as_deref().context("this method has no address to send to")?;
    let Some(command) = auth.delivery else {
        bail!("no delivery command is configured, so there is nothing to test: messages stay in the outbox (set TFA_DELIVERY_COMMAND or --delivery-command)");
    };
    let tx = store.immediate()?;
    let since = now.saturating_sub(challenge::MAX_TTL) as i64;
    let recent: Vec<Challenge> =
        challenges::recent(&tx, &[method.id], since)?.into_iter().map(|s| s.challenge).collect();
    let event = |outcome, reason| Event {
        method_id: Some(method.id),
        reason,
        ..auth.event(&account.name, "send_test", outcome)
    };
    if let SendDecision::Throttled { retry_after } =
        challenge::decide_send_after(&recent, &test_times(&tx, method.id, now)?, now)
    {
        events::record(&tx, &event("throttled", None), now as i64)?;
        tx.commit()?;
        return Ok(TestOutcome::Throttled { retry_after });
    }
    let new = NewDelivery {
        method_id: method.id,
        challenge_id: None,
        channel: method.kind,
        address,
        route: Route::Command,
        result: DeliveryResult::Pending,
        test: true,
    };
    let delivery_id = deliveries::start(&tx, &new, now as i64)?;
    tx.commit()?;

    let text = test_text(&account.name);
    let message = Message {
        type_: "test",
        channel: method.kind,
        to: address,
        account: &account.name,
        code: None,
        expires_at: None,
        event: None,
        text: &text,
    };
    let ran = hand_over(command, &message, now);
    let tx = store.immediate()?;
    deliveries::finish(&tx, delivery_id, ran.result, ran.exit_code, ran.detail.as_deref(), ran.done)?;
    let outcome = if ran.why.is_some() { "failed" } else { "sent" };
    events::record(&tx, &event(outcome, Some(ran.result.as_str())), ran.done)?;
    tx.commit()?;
    Ok(match ran.failure(&format!("the {} test message to {address}", method.kind), "") {
        None => TestOutcome::Sent { result: ran.result },
        Some(why) => TestOutcome::Failed { result: ran.result, why },
    })
}

/// Checks a typed code against the recent challenges of these methods and
/// records the consequence: an accepted challenge is used up (and its
/// method becomes active); a refusal counts a try against each live one.
/// Runs inside the caller's `BEGIN IMMEDIATE` transaction.
pub fn check(tx: &Transaction<'_>, key: &SentCodeKey, methods: &[&Method], code: &str, now: u64) -> Result<Verdict> {
    let ids: Vec<i64> = methods.iter().map(|m| m.id).collect();
    let verdict = check_in(tx, key, Owner::Method, &ids, code, now)?;
    if let Verdict::Accepted { method_id, .. } = &verdict {
        methods::record_sent_code_use(tx, *method_id, now as i64)?;
    }
    Ok(verdict)
}

/// Checks a code sent to one of these recovery contacts; accepted, that
/// contact is confirmed (`Verdict`'s `method_id` is its id). Runs inside
/// the caller's `BEGIN IMMEDIATE` transaction.
pub fn check_contacts(
    tx: &Transaction<'_>,
    key: &SentCodeKey,
    contacts: &[&Contact],
    code: &str,
    now: u64,
) -> Result<Verdict> {
    let ids: Vec<i64> = contacts.iter().map(|c| c.id).collect();
    let verdict = check_in(tx, key, Owner::Contact, &ids, code, now)?;
    if let Verdict::Accepted { method_id: contact_id, .. } = &verdict {
        contacts::confirm(tx, *contact_id, now as i64)?;
    }
    Ok(verdict)
}

fn check_in(
    tx: &Transaction<'_>,
    key: &SentCodeKey,
    owner: Owner,
    ids: &[i64],
    code: &str,
    now: u64,
) -> Result<Verdict> {
    let stored = challenges::recent_for(tx, owner, ids, now.saturating_sub(RECENT) as i64)?;
    let by_id: HashMap<i64, &challenges::Stored> = stored.iter().map(|s| (s.challenge.id, s)).collect();
    let plain: Vec<Challenge> = stored.iter().map(|s| s.challenge.clone()).collect();
    let verdict = challenge::check(&plain, now, |c| {
        by_id.get(&c.id).is_some_and(|s| key.verify(&s.nonce, mac_id(owner, c.method_id), code, &s.code_mac))
    });
    match &verdict {
        Verdict::Accepted { challenge_id, .. } => {
            challenges::close_for(tx, owner, *challenge_id, Status::Used, now as i64)?;
        }
        Verdict::Refused { attempts, .. } => {
            for attempt in attempts {
                challenges::record_attempt_for(tx, owner, attempt, now as i64)?;
            }
        }
    }
    Ok(verdict)
}

/// Whether a typed code has the shape of a sent code at all.
pub fn could_be_sent_code(code: &str) -> bool {
    code.len() == challenge::CODE_DIGITS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::challenge::MAX_ATTEMPTS;
    use crate::core::method::{MethodKind, Status as MethodStatus};
    use crate::core::refusal::Refusal;
    use crate::store::accounts;
    use crate::store::methods::NewSent;
    use crate::store::tests::{account, memory_store};
    use crate::store::Store;

    /// A challenge with a known code, stored as `send` stores one.
    fn issue(store: &Store, method: &Method, code: &str, now: u64) -> i64 {
        let key = store.key().unwrap().sent_code_key();
        let nonce = crypto::random_bytes::<NONCE_BYTES>();
        let new = NewChallenge {
            method_id: method.id,
            nonce: &nonce,
            code_mac: &key.mac(&nonce, method.id, code),
            created_at: now as i64,
            expires_at: (now + challenge::DEFAULT_TTL) as i64,
        };
        challenges::insert(store.conn(), &new).unwrap()
    }

    fn verify(store: &Store, method: &Method, code: &str, now: u64) -> Verdict {
        let key = store.key().unwrap().sent_code_key();
        let tx = store.immediate().unwrap();
        let verdict = check(&tx, &key, &[method], code, now).unwrap();
        tx.commit().unwrap();
        verdict
    }

    fn sms(store: &Store, status: MethodStatus) -> Method {
        let conn = store.conn();
        let alice = account(conn, "alice");
        let new =
            NewSent { account_id: alice.id, kind: MethodKind::Sms, label: "sms", address: "+4915123456789", status };
        methods::insert_sent(conn, &new, 0).unwrap()
    }

    #[test]
    fn a_code_is_accepted_once_and_activates_its_method() {
        let store = memory_store();
        let m = sms(&store, MethodStatus::Pending);
        let id = issue(&store, &m, "123456", 1000);
        assert_eq!(verify(&store, &m, "123456", 1010), Verdict::Accepted { challenge_id: id, method_id: m.id });
        let m = methods::find(store.conn(), m.account_id, m.id).unwrap().unwrap();
        assert_eq!((m.status, m.last_used_at), (MethodStatus::Active, Some(1010)));
        assert!(matches!(verify(&store, &m, "123456", 1011), Verdict::Refused { reason: Refusal::Used, .. }));
    }

    #[test]
    fn wrong_codes_void_the_challenge_after_the_cap() {
        let store = memory_store();
        let m = sms(&store, MethodStatus::Active);
        issue(&store, &m, "123456", 1000);
        for _ in 0..MAX_ATTEMPTS {
            assert!(matches!(verify(&store, &m, "654321", 1010), Verdict::Refused { reason: Refusal::WrongCode, .. }));
        }
        assert!(matches!(
            verify(&store, &m, "123456", 1011),
            Verdict::Refused { reason: Refusal::TooManyAttempts, .. }
        ));
    }

    #[test]
    fn a_resend_after_a_minute_supersedes_the_old_code() {
        let store = memory_store();
        let m = sms(&store, MethodStatus::Active);
        let alice = accounts::find(store.conn(), "alice").unwrap().unwrap();
        let sender = Sender::new(None, challenge::DEFAULT_TTL).unwrap();
        let auth = Auth::new(&store, None, None);
        assert!(matches!(send(&auth, &alice, &m, &sender, 1000).unwrap(), SendOutcome::Sent(_)));
        assert!(matches!(send(&auth, &alice, &m, &sender, 1059).unwrap(), SendOutcome::Throttled { retry_after: 1 }));
        assert!(matches!(send(&auth, &alice, &m, &sender, 1060).unwrap(), SendOutcome::Sent(_)));
        let codes: Vec<String> = outbox::list(store.conn(), None).unwrap().iter().map(|o| o.code.to_string()).collect();
        assert_eq!(codes.len(), 2);
        // (Two equal draws, one in a million, would make the old code the new one.)
        if codes[0] != codes[1] {
            assert!(matches!(
                verify(&store, &m, &codes[0], 1070),
                Verdict::Refused { reason: Refusal::Superseded, .. }
            ));
        }
        assert!(matches!(verify(&store, &m, &codes[1], 1071), Verdict::Accepted { .. }));
        let last = deliveries::last_for_method(store.conn(), m.id).unwrap().unwrap();
        assert_eq!((last.route, last.result), (Route::Outbox, DeliveryResult::Outbox));
    }

    #[test]
    fn expiry_is_told_apart_from_a_wrong_code() {
        let store = memory_store();
        let m = sms(&store, MethodStatus::Active);
        issue(&store, &m, "123456", 1000);
        let at = 1000 + challenge::DEFAULT_TTL;
        assert!(matches!(verify(&store, &m, "123456", at), Verdict::Refused { reason: Refusal::Expired, .. }));
        assert!(matches!(verify(&store, &m, "111111", at), Verdict::Refused { reason: Refusal::WrongCode, .. }));
        // A day later the code is just wrong.
        assert!(matches!(
            verify(&store, &m, "123456", 1000 + RECENT + 1),
            Verdict::Refused { reason: Refusal::WrongCode, .. }
        ));
    }
}
