//! The code doctor from the store: gathers what the doctor looks at (seeds,
//! recent sent codes, backup codes, the lockout) and asks it why a code
//! would be refused. Consumes nothing and counts no failure; records one
//! `doctor` event, never the code.

use anyhow::{Context as _, Result};

use super::Auth;
use crate::core::account::Account;
use crate::core::code::CodeInput;
use crate::core::doctor::{self, AppCase, BackupLookup, Case, Diagnosis, SentCase};
use crate::core::method::Method;
use crate::store::events::{self, Event};
use crate::store::{backup_codes, challenges, lockout, methods, Store, StoreError};
use crate::Failure;

/// How far back sent codes are looked at.
pub const SENT_SINCE: u64 = 24 * 3600;

/// Why `typed` would be refused for the account now (or that it would
/// not), optionally as a code of the method `asked_for`
/// (`Failure::NoMethod` if the account has no such method).
pub fn diagnose(
    auth: &Auth<'_>,
    account: &Account,
    typed: &str,
    asked_for: Option<i64>,
    now: u64,
) -> Result<Diagnosis> {
    let store = auth.store;
    let all = methods::list(store.conn(), account.id)?;
    if let Some(id) = asked_for.filter(|id| !all.iter().any(|m| m.id == *id)) {
        return Err(Failure::NoMethod { account: account.name.clone(), id }.into());
    }
    let diagnosis = match doctor::shape(typed, &doctor::lengths(&all)) {
        Err(malformed) => *malformed,
        Ok(input) => examine(store, auth.source, account, &all, &input, asked_for, now)?,
    };

    // The only write: an audit event naming the verdict, never the code.
    let tx = store.immediate()?;
    let event = Event {
        method_id: diagnosis.method_id,
        reason: Some(diagnosis.verdict.as_str()),
        ..auth.event(&account.name, "doctor", "ok")
    };
    events::record(&tx, &event, now as i64)?;
    tx.commit().context("cannot record the doctor's visit in the audit log")?;
    Ok(diagnosis)
}

/// The doctor's look at a well-formed code.
fn examine(
    store: &Store,
    source: Option<&str>,
    account: &Account,
    all: &[Method],
    input: &CodeInput,
    asked_for: Option<i64>,
    now: u64,
) -> Result<Diagnosis, StoreError> {
    let conn = store.conn();
    let key = store.key()?;
    let seeds = all
        .iter()
        .filter(|m| m.app.is_some())
        .map(|m| Ok((m, methods::seed(conn, &key, m)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let apps = seeds.iter().filter_map(|(m, seed)| AppCase::new(m, seed)).collect();
    let sent = match input {
        CodeInput::Digits(code) => {
            let sent_methods: Vec<&Method> = all.iter().filter(|m| m.kind.is_restricted()).collect();
            let ids: Vec<i64> = sent_methods.iter().map(|m| m.id).collect();
            let mac_key = key.sent_code_key();
            challenges::recent(conn, &ids, now.saturating_sub(SENT_SINCE) as i64)?
                .into_iter()
                .filter_map(|s| {
                    let m = sent_methods.iter().find(|m| m.id == s.challenge.method_id)?;
                    Some(SentCase {
                        method: m,
                        matches: mac_key.verify(&s.nonce, m.id, code, &s.code_mac),
                        challenge: s.challenge,
                        closed_at: s.closed_at.map(|t| t.max(0) as u64),
                    })
                })
                .collect()
        }
        CodeInput::Backup(_) => Vec::new(),
    };
    let backup = match input {
        CodeInput::Backup(code) => Some(match backup_codes::current_set(conn, account.id)? {
            None => BackupLookup::NoSet,
            Some(set) => match backup_codes::lookup(conn, set.id, &code.hash(&set.salt))? {
                None => BackupLookup::NoMatch,
                Some(Some(used_at)) => BackupLookup::Used { used_at: used_at.max(0) as u64 },
                Some(None) => BackupLookup::Unused {
                    remaining: backup_codes::summary(conn, account.id)?.map_or(0, |s| s.remaining),
                },
            },
        }),
        CodeInput::Digits(_) => None,
    };
    // Judged as an attempt from the same source would be.
    let runs = lockout::runs(conn, account.id, source)?;
    let case = Case {
        account: &account.name,
        apps,
        sent,
        backup,
        lockout: lockout::policy(conn)?.state_of(runs, now),
        failures: runs.source.count,
        asked_for,
        now,
    };
    Ok(doctor::diagnose(&case, input))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::doctor::Verdict;
    use crate::core::method::Status;
    use crate::core::otp::{totp, Algorithm, App, Params, TotpState};
    use crate::core::seed::Seed;
    use crate::store::methods::NewApp;
    use crate::store::tests::{account, memory_store};

    const NOW: u64 = 1_800_000_000;

    #[test]
    fn a_code_is_diagnosed_consumed_never_and_the_visit_logged() {
        let store = memory_store();
        let conn = store.conn();
        let alice = account(conn, "alice");
        let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
        let app = App::Totp { params, period: 30, window: 1, state: TotpState::default() };
        let seed = Seed::generate();
        let new = NewApp { account_id: alice.id, label: "phone", app, status: Status::Active };
        let phone = methods::insert_app(conn, &store.key().unwrap(), &new, &seed, 0).unwrap();
        let code = totp(&seed, params, 30, NOW);

        let auth = Auth::new(&store, None, Some("10.0.0.7"));
        let d = diagnose(&auth, &alice, &code, None, NOW).unwrap();
        assert_eq!((d.verdict, d.method_id), (Verdict::Ok, Some(phone.id)));
        assert_eq!(diagnose(&auth, &alice, "12345", None, NOW).unwrap().verdict, Verdict::Malformed);
        let wrong = phone.id + 1;
        let err = diagnose(&auth, &alice, &code, Some(wrong), NOW).unwrap_err();
        assert!(matches!(err.downcast_ref(), Some(Failure::NoMethod { id, .. }) if *id == wrong), "{err:#}");
        assert_eq!(diagnose(&auth, &alice, &code, None, NOW).unwrap().verdict, Verdict::Ok, "nothing consumed");

        let logged = events::list(conn, Some("alice"), 0).unwrap();
        let logged: Vec<(&str, Option<&str>)> =
            logged.iter().map(|e| (e.action.as_str(), e.reason.as_deref())).collect();
        assert_eq!(logged, [("doctor", Some("ok")), ("doctor", Some("malformed")), ("doctor", Some("ok"))]);
    }
}
