//! Recovery requests, their identity checks and tickets, and the recovery
//! policy (kept in `meta` beside the lockout policy). Never a cancel code
//! or a ticket: their hashes only.

use super::sql::{params, Connection, OptionalExtension, Row};

use super::Result;
use crate::core::recovery::{Policy, Request, State, TicketHash};

const COLUMNS: &str = "r.id, r.account_id, a.name, r.reason, r.opened_at, r.ready_at, r.checks_needed, \
                       (SELECT count(*) FROM recovery_checks c WHERE c.recovery_id = r.id), r.state, r.closed_at, \
                       r.ticket_expires_at, r.ticket_used_at";

fn from_row(r: &Row<'_>) -> super::sql::Result<Request> {
    let state: String = r.get(8)?;
    let stored = State::parse(&state).ok_or_else(|| super::sql::Error::conversion(8, format!("state {state:?}")))?;
    Ok(Request {
        id: r.get(0)?,
        account_id: r.get(1)?,
        account: r.get(2)?,
        reason: r.get(3)?,
        opened_at: r.get(4)?,
        ready_at: r.get(5)?,
        checks_needed: r.get(6)?,
        checks: r.get(7)?,
        stored,
        closed_at: r.get(9)?,
        ticket_expires_at: r.get(10)?,
        ticket_used_at: r.get(11)?,
    })
}

fn select(filter: &str) -> String {
    format!("SELECT {COLUMNS} FROM recoveries r JOIN accounts a ON a.id = r.account_id WHERE {filter}")
}

/// A new request's row.
pub struct NewRequest<'a> {
    pub account_id: i64,
    pub reason: Option<&'a str>,
    pub opened_at: i64,
    pub ready_at: i64,
    pub checks_needed: u32,
    pub cancel_salt: &'a [u8],
    pub cancel_hash: &'a [u8],
}

pub fn insert(conn: &Connection, new: &NewRequest<'_>) -> Result<i64> {
    let id = conn.insert(
        "INSERT INTO recoveries (account_id, reason, opened_at, ready_at, checks_needed, state, cancel_salt, cancel_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, 'opened', ?6, ?7)",
        params![
            new.account_id,
            new.reason,
            new.opened_at,
            new.ready_at,
            new.checks_needed,
            new.cancel_salt,
            new.cancel_hash
        ],
    )?;
    Ok(id)
}

pub fn find(conn: &Connection, id: i64) -> Result<Option<Request>> {
    Ok(conn.prepare_cached(&select("r.id = ?1"))?.query_row([id], from_row).optional()?)
}

/// The account's request stored as open (it may have expired since).
pub fn open_for(conn: &Connection, account_id: i64) -> Result<Option<Request>> {
    Ok(conn
        .prepare_cached(&select("r.account_id = ?1 AND r.state = 'opened'"))?
        .query_row([account_id], from_row)
        .optional()?)
}

/// Requests, newest first: one account's, or every account's.
pub fn list(conn: &Connection, account_id: Option<i64>) -> Result<Vec<Request>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{} ORDER BY r.id DESC",
        select("(CAST(?1 AS BIGINT) IS NULL OR r.account_id = ?1)")
    ))?;
    let rows = stmt.query_map([account_id], from_row)?.collect::<super::sql::Result<_>>()?;
    Ok(rows)
}

/// The cancel code's salt and argon2id hash.
pub fn cancel_secret(conn: &Connection, id: i64) -> Result<(Vec<u8>, Vec<u8>)> {
    Ok(conn.query_row("SELECT cancel_salt, cancel_hash FROM recoveries WHERE id = ?1", [id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?)
}

/// An identity check, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub note: String,
    pub checked_at: i64,
    /// Who checked (`--source`), when known.
    pub checked_by: Option<String>,
}

pub fn add_check(conn: &Connection, id: i64, note: &str, by: Option<&str>, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO recovery_checks (recovery_id, note, checked_at, checked_by) VALUES (?1, ?2, ?3, ?4)",
        params![id, note, now, by],
    )?;
    Ok(())
}

pub fn checks(conn: &Connection, id: i64) -> Result<Vec<Check>> {
    let mut stmt = conn.prepare_cached(
        "SELECT note, checked_at, checked_by FROM recovery_checks WHERE recovery_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([id], |r| Ok(Check { note: r.get(0)?, checked_at: r.get(1)?, checked_by: r.get(2)? }))?
        .collect::<super::sql::Result<_>>()?;
    Ok(rows)
}

/// Closes an open request as cancelled or expired; `false` if it was not open.
pub fn close(conn: &Connection, id: i64, state: State, now: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE recoveries SET state = ?1, closed_at = ?2 WHERE id = ?3 AND state = 'opened'",
        params![state.as_str(), now, id],
    )?;
    Ok(changed == 1)
}

/// Ends a completed request's unused ticket now; `false` if there was none to end.
pub fn void_ticket(conn: &Connection, id: i64, now: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE recoveries SET ticket_expires_at = ?2
         WHERE id = ?1 AND state = 'completed' AND ticket_used_at IS NULL AND ticket_expires_at > ?2",
        params![id, now],
    )?;
    Ok(changed == 1)
}

/// Completes an open request with its ticket's hash; `false` if it was not open.
pub fn complete(conn: &Connection, id: i64, ticket: &TicketHash, expires_at: i64, now: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE recoveries SET state = 'completed', closed_at = ?1, ticket_hash = ?2, ticket_expires_at = ?3
         WHERE id = ?4 AND state = 'opened'",
        params![now, ticket.0.as_slice(), expires_at, id],
    )?;
    Ok(changed == 1)
}

/// What completing a request took away from the account.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retired {
    pub methods: usize,
    pub backup_codes: usize,
    pub devices: usize,
}

/// Every factor of the account off, in the caller's transaction: methods
/// disabled (kept, for the audit log and the notices to their addresses),
/// backup codes void, devices revoked.
pub fn retire_factors(conn: &Connection, account_id: i64, now: i64) -> Result<Retired> {
    let methods = conn.execute(
        "UPDATE methods SET status = 'disabled' WHERE account_id = ?1 AND status != 'disabled'",
        [account_id],
    )?;
    let backup_codes = conn.query_row(
        "SELECT count(*) FROM backup_codes c JOIN backup_code_sets s ON s.id = c.set_id
         WHERE s.account_id = ?1 AND c.used_at IS NULL",
        [account_id],
        |r| r.get::<_, i64>(0),
    )? as usize;
    conn.execute("DELETE FROM backup_code_sets WHERE account_id = ?1", [account_id])?;
    let devices = conn.execute(
        "UPDATE devices SET revoked_at = ?1, revoked_why = 'operator' WHERE account_id = ?2 AND revoked_at IS NULL",
        params![now, account_id],
    )?;
    Ok(Retired { methods, backup_codes, devices })
}

/// The request whose ticket has this hash, for this account.
pub fn find_by_ticket(conn: &Connection, account_id: i64, ticket: &TicketHash) -> Result<Option<Request>> {
    Ok(conn
        .prepare_cached(&select("r.account_id = ?1 AND r.ticket_hash = ?2"))?
        .query_row(params![account_id, ticket.0.as_slice()], from_row)
        .optional()?)
}

/// The pending app a ticket sign-in made, if it is still there.
pub fn ticket_method(conn: &Connection, id: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT ticket_method_id FROM recoveries WHERE id = ?1", [id], |r| r.get(0))?)
}

/// Whether the account has a ticket that is neither used nor expired.
pub fn has_live_ticket(conn: &Connection, account_id: i64, now: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM recoveries WHERE account_id = ?1 AND ticket_used_at IS NULL
                        AND ticket_expires_at > ?2)",
        params![account_id, now],
        |r| r.get(0),
    )?)
}

pub fn set_ticket_method(conn: &Connection, id: i64, method_id: i64) -> Result<()> {
    conn.execute("UPDATE recoveries SET ticket_method_id = ?1 WHERE id = ?2", params![method_id, id])?;
    Ok(())
}

/// Uses the ticket up; `false` if it was used before.
pub fn use_ticket(conn: &Connection, id: i64, now: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE recoveries SET ticket_used_at = ?1 WHERE id = ?2 AND ticket_used_at IS NULL",
        params![now, id],
    )?;
    Ok(changed == 1)
}

pub fn policy(conn: &Connection) -> Result<Policy> {
    let mut policy = Policy::default();
    let mut stmt = conn.prepare_cached("SELECT key, value FROM meta WHERE key LIKE 'recovery.%'")?;
    let rows = stmt.query_map((), |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (key, value) = row?;
        match key.as_str() {
            "recovery.wait" => policy.wait = value.parse().unwrap_or(policy.wait),
            "recovery.checks" => policy.checks = value.parse().unwrap_or(policy.checks),
            _ => {}
        }
    }
    Ok(policy)
}

pub fn set_policy(conn: &Connection, policy: &Policy) -> Result<()> {
    for (key, value) in [("recovery.wait", policy.wait.to_string()), ("recovery.checks", policy.checks.to_string())] {
        super::put_meta(conn, key, &value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{account, memory_store};

    #[test]
    fn one_open_request_per_account_with_checks_and_a_ticket_used_once() {
        let store = memory_store();
        let conn = store.conn();
        let a = account(conn, "alice");
        let new = NewRequest {
            account_id: a.id,
            reason: Some("lost phone"),
            opened_at: 10,
            ready_at: 100,
            checks_needed: 1,
            cancel_salt: &[1; 16],
            cancel_hash: &[2; 32],
        };
        let id = insert(conn, &new).unwrap();
        assert!(insert(conn, &new).is_err(), "a second open request");
        add_check(conn, id, "called back on the number on file", Some("desk-1"), 20).unwrap();
        let r = open_for(conn, a.id).unwrap().unwrap();
        assert_eq!((r.id, r.account.as_str(), r.checks, r.stored), (id, "alice", 1, State::Opened));
        assert_eq!(checks(conn, id).unwrap()[0].checked_by.as_deref(), Some("desk-1"));
        assert_eq!(cancel_secret(conn, id).unwrap(), (vec![1; 16], vec![2; 32]));

        let hash = TicketHash([7; 32]);
        assert!(complete(conn, id, &hash, 200, 150).unwrap());
        assert!(!complete(conn, id, &hash, 200, 150).unwrap(), "completed once");
        assert!(!close(conn, id, State::Cancelled, 160).unwrap(), "no longer open");
        assert_eq!(find_by_ticket(conn, a.id, &hash).unwrap().map(|r| r.id), Some(id));
        assert_eq!(find_by_ticket(conn, a.id, &TicketHash([8; 32])).unwrap(), None);
        assert!(has_live_ticket(conn, a.id, 199).unwrap());
        assert!(!has_live_ticket(conn, a.id, 200).unwrap(), "expired");
        assert!(use_ticket(conn, id, 170).unwrap());
        assert!(!has_live_ticket(conn, a.id, 171).unwrap(), "used");
        assert!(!use_ticket(conn, id, 171).unwrap(), "used once");
        assert_eq!(list(conn, Some(a.id)).unwrap().len(), 1);
        assert_eq!(list(conn, None).unwrap()[0].ticket_used_at, Some(170));
        // A new request once the first is closed.
        insert(conn, &new).unwrap();

        assert_eq!(policy(conn).unwrap(), Policy::default());
        set_policy(conn, &Policy { wait: 60, checks: 2 }).unwrap();
        assert_eq!(policy(conn).unwrap(), Policy { wait: 60, checks: 2 });
    }
}
