//! The challenges tables: sent codes, kept only as keyed MACs. A sign-in
//! method's are in `challenges`; a recovery contact's confirming code is in
//! `contact_challenges`, which no sign-in check reads.

use super::sql::{params, Connection, Row};

use super::Result;
use crate::core::challenge::{Attempt, Challenge, Status};

/// A challenge with what is needed to check a code against it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub challenge: Challenge,
    pub nonce: Vec<u8>,
    pub code_mac: Vec<u8>,
    /// When it stopped being live (not set by expiry).
    pub closed_at: Option<i64>,
}

/// Whose challenges: a sign-in method's, or a recovery contact's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Method,
    Contact,
}

impl Owner {
    fn table(self) -> &'static str {
        match self {
            Owner::Method => "challenges",
            Owner::Contact => "contact_challenges",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Owner::Method => "method_id",
            Owner::Contact => "contact_id",
        }
    }
}

/// `method_id` is the owner's id: a method's, or a contact's.
pub struct NewChallenge<'a> {
    pub method_id: i64,
    pub nonce: &'a [u8],
    pub code_mac: &'a [u8],
    pub created_at: i64,
    pub expires_at: i64,
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Stored> {
    let status: String = r.get(5)?;
    let status = status.parse::<Status>().map_err(|e| super::sql::Error::conversion(5, e))?;
    Ok(Stored {
        challenge: Challenge {
            id: r.get(0)?,
            method_id: r.get(1)?,
            created_at: r.get::<_, i64>(2)?.max(0) as u64,
            expires_at: r.get::<_, i64>(3)?.max(0) as u64,
            attempts: r.get(4)?,
            status,
        },
        nonce: r.get(6)?,
        code_mac: r.get(7)?,
        closed_at: r.get(8)?,
    })
}

pub fn insert(conn: &Connection, new: &NewChallenge<'_>) -> Result<i64> {
    insert_for(conn, Owner::Method, new)
}

pub fn insert_for(conn: &Connection, owner: Owner, new: &NewChallenge<'_>) -> Result<i64> {
    let sql = format!(
        "INSERT INTO {} ({}, nonce, code_mac, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        owner.table(),
        owner.column()
    );
    let id = conn.prepare_cached(&sql)?.insert(params![
        new.method_id,
        new.nonce,
        new.code_mac,
        new.created_at,
        new.expires_at
    ])?;
    Ok(id)
}

/// The challenges of these methods created at or after `since`, newest first.
pub fn recent(conn: &Connection, method_ids: &[i64], since: i64) -> Result<Vec<Stored>> {
    recent_for(conn, Owner::Method, method_ids, since)
}

/// The challenges of these owners created at or after `since`, newest first
/// (`Challenge::method_id` holds the owner's id).
pub fn recent_for(conn: &Connection, owner: Owner, ids: &[i64], since: i64) -> Result<Vec<Stored>> {
    // The ids are the store's own integers, written as literals: one list
    // parameter would need each backend's own array syntax.
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT id, {col}, created_at, expires_at, attempts, status, nonce, code_mac, closed_at FROM {table}
         WHERE {col} IN ({ids}) AND created_at >= ?1
         ORDER BY created_at DESC, id DESC",
        col = owner.column(),
        table = owner.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![since], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Ends a live challenge: used, superseded or undelivered. A challenge that
/// is no longer live keeps the status it has.
pub fn close(conn: &Connection, id: i64, status: Status, now: i64) -> Result<bool> {
    close_for(conn, Owner::Method, id, status, now)
}

pub fn close_for(conn: &Connection, owner: Owner, id: i64, status: Status, now: i64) -> Result<bool> {
    let sql = format!("UPDATE {} SET status = ?1, closed_at = ?2 WHERE id = ?3 AND status = 'live'", owner.table());
    let n = conn.prepare_cached(&sql)?.execute(params![status.as_str(), now, id])?;
    Ok(n == 1)
}

/// Counts a wrong try; the last allowed one makes the challenge void.
pub fn record_attempt(conn: &Connection, attempt: &Attempt, now: i64) -> Result<()> {
    record_attempt_for(conn, Owner::Method, attempt, now)
}

pub fn record_attempt_for(conn: &Connection, owner: Owner, attempt: &Attempt, now: i64) -> Result<()> {
    let (status, closed_at) = if attempt.exhausted { (Status::Exhausted, Some(now)) } else { (Status::Live, None) };
    let sql = format!(
        "UPDATE {} SET attempts = ?1, status = ?2, closed_at = COALESCE(?3, closed_at)
         WHERE id = ?4 AND status = 'live'",
        owner.table()
    );
    conn.prepare_cached(&sql)?.execute(params![attempt.attempts, status.as_str(), closed_at, attempt.challenge_id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::method::{MethodKind, Status as MethodStatus};
    use crate::store::methods::{self, NewSent};
    use crate::store::tests::{account, memory_store};

    #[test]
    fn challenges_round_trip_and_close_once() {
        let store = memory_store();
        let conn = store.conn();
        let alice = account(conn, "alice");
        let sms = NewSent {
            account_id: alice.id,
            kind: MethodKind::Sms,
            label: "sms",
            address: "+4915123456789",
            status: MethodStatus::Active,
        };
        let m = methods::insert_sent(conn, &sms, 0).unwrap();
        let new =
            |at| NewChallenge { method_id: m.id, nonce: b"n", code_mac: b"mac", created_at: at, expires_at: at + 300 };
        let a = insert(conn, &new(100)).unwrap();
        let b = insert(conn, &new(200)).unwrap();
        let all = recent(conn, &[m.id], 0).unwrap();
        assert_eq!(all.iter().map(|s| s.challenge.id).collect::<Vec<_>>(), vec![b, a]);
        assert_eq!(recent(conn, &[m.id], 150).unwrap().len(), 1);
        assert!(recent(conn, &[m.id + 1], 0).unwrap().is_empty());
        assert_eq!((all[0].nonce.as_slice(), all[0].code_mac.as_slice()), (&b"n"[..], &b"mac"[..]));

        record_attempt(conn, &Attempt { challenge_id: b, attempts: 1, exhausted: false }, 210).unwrap();
        assert!(close(conn, a, Status::Superseded, 200).unwrap());
        assert!(!close(conn, a, Status::Used, 201).unwrap(), "a closed challenge stays closed");
        let all = recent(conn, &[m.id], 0).unwrap();
        assert_eq!((all[0].challenge.attempts, all[0].challenge.status), (1, Status::Live));
        assert_eq!(all[1].challenge.status, Status::Superseded);
        record_attempt(conn, &Attempt { challenge_id: b, attempts: 5, exhausted: true }, 220).unwrap();
        assert_eq!(recent(conn, &[m.id], 0).unwrap()[0].challenge.status, Status::Exhausted);

        // Removing the method removes its challenges.
        methods::remove(conn, m.id).unwrap();
        let left: i64 = conn.query_row("SELECT count(*) FROM challenges", (), |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
    }
}
