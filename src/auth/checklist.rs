//! The recovery checklist from the store: an account's records gathered into
//! `Facts`, and the items computed from them; and the support contact it
//! ends with. `now` and any override of the support contact come in.

use crate::store::Connection;
use anyhow::Result;

use super::Auth;

use crate::core::account::Account;
use crate::core::checklist::{self, Attempts, Facts, Item, Readiness, Status};
use crate::core::delivery::HEALTH_WINDOW_SECS;
use crate::core::refusal::Refusal;
use crate::store::support::Line;
use crate::store::{self, accounts, backup_codes, contacts, deliveries, devices, events, lockout, methods, support};

/// Audit actions that check a code typed at sign-in.
const SIGN_IN_ACTIONS: [&str; 5] = ["verify", "confirm", "backup_code_use", "login", "resync"];

/// Refusals of a sign-in in which no code was tried.
const NO_CODE_TRIED: [&str; 3] =
    [Refusal::NoUsableWay.as_str(), Refusal::CodeRequired.as_str(), Refusal::UntrustedDevice.as_str()];

/// The environment variable that, set and not blank, overrides the stored
/// support contact. Read by the caller: nothing here reads the environment.
pub const SUPPORT_ENV: &str = "TFA_SUPPORT";

/// Sets the support contact or the service status (`None`: removes it);
/// whether one was stored before.
pub fn set_line(auth: &Auth<'_>, line: Line, text: Option<&str>, now: u64) -> Result<bool> {
    let tx = auth.store.immediate()?;
    let had = match text {
        Some(text) => {
            let had = support::get(&tx, line)?.is_some();
            support::set(&tx, line, text)?;
            had
        }
        None => support::clear(&tx, line)?,
    };
    let action = match (line, text.is_some()) {
        (Line::Support, true) => "support_set",
        (Line::Support, false) => "support_clear",
        (Line::Status, true) => "status_set",
        (Line::Status, false) => "status_clear",
    };
    events::record(&tx, &auth.event("", action, "ok"), now as i64)?;
    tx.commit()?;
    Ok(had)
}

/// The support contact in force: `overridden` (the value of `SUPPORT_ENV`)
/// when set and not blank, else the stored one.
pub fn support_contact(conn: &Connection, overridden: Option<&str>) -> store::Result<Option<String>> {
    match overridden.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => Ok(Some(text.to_owned())),
        None => support::get(conn, Line::Support),
    }
}

/// The checklist for the person who cannot sign in (`checklist::for_person`),
/// with the service status while one is set; the lockout as it holds for
/// requests from `source` (the person's own wait, not a stranger's).
pub fn person(
    conn: &Connection,
    account: &Account,
    support: Option<&str>,
    source: Option<&str>,
    now: u64,
) -> store::Result<Vec<Item>> {
    let facts = facts(conn, account, support_contact(conn, support)?, now)?;
    let lockout = facts.policy.state_of(lockout::runs(conn, account.id, source)?, now);
    Ok(checklist::for_person(&facts, support::get(conn, Line::Status)?.as_deref(), lockout, now))
}

/// The account's checklist, in group order; `support` overrides the stored
/// support contact.
pub fn account(conn: &Connection, account: &Account, support: Option<&str>, now: u64) -> store::Result<Vec<Item>> {
    Ok(checklist::compute(&facts(conn, account, support_contact(conn, support)?, now)?, now))
}

/// The checklist for someone who cannot say which account.
pub fn generic(conn: &Connection, support: Option<&str>) -> store::Result<Vec<Item>> {
    Ok(checklist::generic(support_contact(conn, support)?.as_deref()))
}

/// Each account's action items, by name.
pub fn fleet(conn: &Connection, support: Option<&str>, now: u64) -> store::Result<Vec<Readiness>> {
    let support = support_contact(conn, support)?;
    let mut rows = Vec::new();
    for account in accounts::list(conn)? {
        let items = checklist::compute(&facts(conn, &account, support.clone(), now)?, now);
        rows.push(Readiness {
            account: account.name,
            actions: items.into_iter().filter(|i| i.status == Status::Action).collect(),
        });
    }
    Ok(rows)
}

/// Reads what the checklist is computed from; changes nothing.
pub fn facts(conn: &Connection, account: &Account, support: Option<String>, now: u64) -> store::Result<Facts> {
    Ok(Facts {
        account: account.clone(),
        methods: methods::list(conn, account.id)?,
        deliveries: deliveries::last_per_channel(conn, account.id)?,
        recent_deliveries: deliveries::since(conn, account.id, now.saturating_sub(HEALTH_WINDOW_SECS) as i64)?,
        contacts: contacts::list(conn, account.id)?,
        backup_codes: backup_codes::summary(conn, account.id)?,
        devices: devices::list(conn, account.id)?,
        policy: lockout::policy(conn)?,
        failures: lockout::failures(conn, account.id)?,
        source_failures: lockout::source_runs(conn, account.id)?,
        attempts: attempts(conn, &account.name, now)?,
        support,
    })
}

/// Sign-in attempts since the last success, within `RECENT_SECS`.
fn attempts(conn: &Connection, name: &str, now: u64) -> store::Result<Attempts> {
    let mut attempts = Attempts::default();
    let since = now.saturating_sub(checklist::RECENT_SECS) as i64;
    for e in events::list(conn, Some(name), since)? {
        if !SIGN_IN_ACTIONS.contains(&e.action.as_str()) {
            continue;
        }
        match e.outcome.as_str() {
            // Only failures after the last success count; events come oldest first.
            "ok" => {
                attempts.last_success = Some(e.at);
                attempts.refused.clear();
            }
            // A sign-in that ended without a code tried (gave up, no code given) is no refused code.
            "refused" if e.reason.as_deref().is_some_and(|r| NO_CODE_TRIED.contains(&r)) => {}
            "refused" => attempts.refused.push((e.at, e.reason.unwrap_or_else(|| "refused".to_owned()))),
            _ => {}
        }
    }
    Ok(attempts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::method::{MethodKind, Status as MethodStatus};
    use crate::store::methods::NewSent;
    use crate::store::tests::{account as new_account, memory_store};

    const NOW: u64 = 1_800_000_000;

    #[test]
    fn facts_are_the_records_and_the_attempts_since_the_last_success() {
        let store = memory_store();
        let conn = store.conn();
        let alice = new_account(conn, "alice");
        new_account(conn, "bob");
        let sms = NewSent {
            account_id: alice.id,
            kind: MethodKind::Sms,
            label: "sms",
            address: "+4915123456789",
            status: MethodStatus::Active,
        };
        let sms = methods::insert_sent(conn, &sms, 10).unwrap();
        // Straight into the table: this test is about reading the log back.
        let event = |action: &str, outcome: &str, reason: Option<&str>, ago: u64| {
            let sql = "INSERT INTO events (at, account, action, outcome, reason) VALUES (?1, 'alice', ?2, ?3, ?4)";
            conn.execute(sql, crate::params![(NOW - ago) as i64, action, outcome, reason]).unwrap();
        };
        event("verify", "refused", Some("expired"), 2 * 86_400);
        event("verify", "refused", Some("wrong_code"), 7200);
        event("verify", "ok", None, 3600);
        event("login", "refused", Some("replayed"), 60);
        event("device_check", "refused", Some("unknown"), 30);
        // Giving up in the menu, or no code given, is no refused code (issue 10, finding 8).
        event("login", "refused", Some("no_usable_way"), 20);
        event("login", "refused", Some("untrusted_device"), 10);

        let facts = facts(conn, &alice, Some("IT desk".into()), NOW).unwrap();
        assert_eq!((&facts.account, &facts.methods), (&alice, &vec![sms]));
        assert_eq!((&facts.backup_codes, facts.devices.len(), facts.deliveries.len()), (&None, 0, 0));
        let want =
            Attempts { refused: vec![(NOW as i64 - 60, "replayed".into())], last_success: Some(NOW as i64 - 3600) };
        assert_eq!(facts.attempts, want);
        assert_eq!(facts.support.as_deref(), Some("IT desk"));

        let rows = fleet(conn, None, NOW).unwrap();
        assert_eq!(rows.iter().map(|r| r.account.as_str()).collect::<Vec<_>>(), ["alice", "bob"]);
        assert!(rows.iter().all(|r| r.actions.iter().any(|i| i.id == "backup_codes")), "neither has backup codes");
        assert!(rows.iter().all(|r| !r.ready() && r.actions.iter().all(|i| i.status == Status::Action)));
        assert_eq!(account(conn, &alice, None, NOW).unwrap().len(), 21);
    }

    #[test]
    fn the_support_contact_is_the_override_else_the_stored_one() {
        let store = memory_store();
        let conn = store.conn();
        assert_eq!(support_contact(conn, None).unwrap(), None);
        support::set(conn, Line::Support, "IT desk").unwrap();
        assert_eq!(support_contact(conn, None).unwrap().as_deref(), Some("IT desk"));
        assert_eq!(support_contact(conn, Some("  ")).unwrap().as_deref(), Some("IT desk"), "blank: not set");
        assert_eq!(support_contact(conn, Some(" ext. 100 ")).unwrap().as_deref(), Some("ext. 100"));
        let generic = generic(conn, Some("ext. 100")).unwrap();
        assert!(generic.iter().any(|i| i.id == "support" && i.summary.contains("ext. 100")));
    }
}
