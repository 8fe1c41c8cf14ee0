//! Sent codes (SMS, WhatsApp, email): issuing a challenge and handing it
//! to the delivery command or the outbox, and checking a typed code
//! against recent challenges.

use std::collections::HashMap;

use anyhow::{Context as _, Result};
use rand::rngs::OsRng;
use rusqlite::Transaction;

use crate::core::account::Account;
use crate::core::challenge::{self, Challenge, SendDecision, SentCode, Status, Verdict};
use crate::core::delivery::{DeliveryResult, Route};
use crate::crypto::{self, SentCodeKey};
use crate::delivery::{Message, Run};
use crate::store::challenges::{self, NewChallenge};
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

/// Sends a new code to a sent-code method: the throttle, the supersede,
/// the challenge and the delivery record in one transaction; then the
/// delivery command, outside any lock; then its result.
pub fn send(auth: &Auth<'_>, account: &Account, method: &Method, sender: &Sender, now: u64) -> Result<SendOutcome> {
    let store = auth.store;
    let to = method.address.as_deref().context("this method has no address to send to")?;
    let tx = store.immediate()?;
    // Under the write lock: the key no rekey can replace before this commits.
    let key = store.key()?.sent_code_key();
    let since = now.saturating_sub(challenge::MAX_TTL) as i64;
    let recent: Vec<Challenge> =
        challenges::recent(&tx, &[method.id], since)?.into_iter().map(|s| s.challenge).collect();
    let event =
        |outcome, reason| Event { method_id: Some(method.id), reason, ..auth.event(&account.name, "send", outcome) };
    let supersede = match challenge::decide_send(&recent, now) {
        SendDecision::Throttled { retry_after } => {
            events::record(&tx, &event("throttled", None), now as i64)?;
            tx.commit()?;
            return Ok(SendOutcome::Throttled { retry_after });
        }
        SendDecision::Send { supersede } => supersede,
    };
    for id in supersede {
        challenges::close(&tx, id, Status::Superseded, now as i64)?;
    }
    let code = SentCode::generate(&mut OsRng);
    let nonce = crypto::random_bytes::<NONCE_BYTES>();
    let mac = key.mac(&nonce, method.id, code.as_str());
    let expires_at = now + sender.ttl;
    let challenge_id = challenges::insert(
        &tx,
        &NewChallenge {
            method_id: method.id,
            nonce: &nonce,
            code_mac: &mac,
            created_at: now as i64,
            expires_at: expires_at as i64,
        },
    )?;
    let text = challenge::render(&sender.template, &code, &account.name, sender.ttl);
    let delivery = |route, result| NewDelivery {
        method_id: method.id,
        challenge_id: Some(challenge_id),
        channel: method.kind,
        address: to,
        route,
        result,
    };

    let Some(command) = auth.delivery else {
        outbox::insert(
            &tx,
            &NewMessage {
                account_id: account.id,
                method_id: method.id,
                challenge_id,
                channel: method.kind,
                address: to,
                code: code.as_str(),
                text: &text,
                expires_at: expires_at as i64,
            },
            now as i64,
        )?;
        deliveries::start(&tx, &delivery(Route::Outbox, DeliveryResult::Outbox), now as i64)?;
        events::record(&tx, &event("sent", Some("outbox")), now as i64)?;
        tx.commit()?;
        return Ok(SendOutcome::Sent(Sent { expires_at, result: DeliveryResult::Outbox }));
    };

    let delivery_id = deliveries::start(&tx, &delivery(Route::Command, DeliveryResult::Pending), now as i64)?;
    tx.commit()?;

    let message = Message {
        type_: "code",
        channel: method.kind,
        to,
        account: &account.name,
        code: Some(code.as_str()),
        expires_at: Some(expires_at),
        event: None,
        text: &text,
    };
    let (run, took) = command.run_timed(&message);
    drop(code);

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
    let detail = detail.filter(|d| !d.is_empty());
    let tx = store.immediate()?;
    deliveries::finish(&tx, delivery_id, result, exit_code, detail.as_deref(), done)?;
    if why.is_some() {
        challenges::close(&tx, challenge_id, Status::Undelivered, done)?;
        events::record(&tx, &event("failed", Some(result.as_str())), done)?;
    } else {
        events::record(&tx, &event("sent", Some(result.as_str())), done)?;
    }
    tx.commit()?;
    Ok(match why {
        None => SendOutcome::Sent(Sent { expires_at, result }),
        Some(why) => {
            let stderr = detail
                .filter(|_| result != DeliveryResult::NotStarted)
                .map(|d| format!("\n  its stderr ended with:\n    {}", d.replace('\n', "\n    ")));
            SendOutcome::Failed {
                result,
                why: format!(
                    "the {} message to {to} was not delivered: {why}; the code was voided{}",
                    method.kind,
                    stderr.unwrap_or_default()
                ),
            }
        }
    })
}

/// Checks a typed code against the recent challenges of these methods and
/// records the consequence: an accepted challenge is used up (and its
/// method becomes active); a refusal counts a try against each live one.
/// Runs inside the caller's `BEGIN IMMEDIATE` transaction.
pub fn check(tx: &Transaction<'_>, key: &SentCodeKey, methods: &[&Method], code: &str, now: u64) -> Result<Verdict> {
    let ids: Vec<i64> = methods.iter().map(|m| m.id).collect();
    let stored = challenges::recent(tx, &ids, now.saturating_sub(RECENT) as i64)?;
    let by_id: HashMap<i64, &challenges::Stored> = stored.iter().map(|s| (s.challenge.id, s)).collect();
    let plain: Vec<Challenge> = stored.iter().map(|s| s.challenge.clone()).collect();
    let verdict = challenge::check(&plain, now, |c| {
        by_id.get(&c.id).is_some_and(|s| key.verify(&s.nonce, c.method_id, code, &s.code_mac))
    });
    match &verdict {
        Verdict::Accepted { challenge_id, method_id } => {
            challenges::close(tx, *challenge_id, Status::Used, now as i64)?;
            methods::record_sent_code_use(tx, *method_id, now as i64)?;
        }
        Verdict::Refused { attempts, .. } => {
            for attempt in attempts {
                challenges::record_attempt(tx, attempt, now as i64)?;
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
