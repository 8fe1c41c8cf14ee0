//! The audit log: what happened, to whom, with what outcome. Never a secret.

use super::sql::{params, Connection, Row};

use super::Result;

#[derive(Debug, Clone, Copy, Default)]
pub struct Event<'a> {
    pub account: &'a str,
    pub action: &'a str,
    pub outcome: &'a str,
    pub reason: Option<&'a str>,
    /// The method the code matched, or the one acted on.
    pub method_id: Option<i64>,
    /// The method the person was asked for, when one was.
    pub asked_method_id: Option<i64>,
    /// Where the request came from (`--source`: an IP, a host).
    pub source: Option<&'a str>,
}

impl<'a> Event<'a> {
    pub fn new(account: &'a str, action: &'a str, outcome: &'a str) -> Self {
        Event { account, action, outcome, ..Event::default() }
    }
}

pub fn record(conn: &Connection, event: &Event<'_>, now: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (at, account, method_id, asked_method_id, action, outcome, reason, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        now,
        event.account,
        event.method_id,
        event.asked_method_id,
        event.action,
        event.outcome,
        event.reason,
        event.source
    ])?;
    Ok(())
}

/// An event as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub id: i64,
    pub at: i64,
    pub account: Option<String>,
    pub method_id: Option<i64>,
    pub asked_method_id: Option<i64>,
    pub action: String,
    pub outcome: String,
    pub reason: Option<String>,
    pub source: Option<String>,
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Logged> {
    Ok(Logged {
        id: r.get(0)?,
        at: r.get(1)?,
        account: r.get(2)?,
        method_id: r.get(3)?,
        action: r.get(4)?,
        outcome: r.get(5)?,
        reason: r.get(6)?,
        source: r.get(7)?,
        asked_method_id: r.get(8)?,
    })
}

/// Events oldest first, for one account or all, at or after `since`.
pub fn list(conn: &Connection, account: Option<&str>, since: i64) -> Result<Vec<Logged>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, account, method_id, action, outcome, reason, source, asked_method_id FROM events
         WHERE (CAST(?1 AS TEXT) IS NULL OR account = ?1) AND at >= ?2 ORDER BY at, id",
    )?;
    let rows = stmt.query_map(params![account, since], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Deletes events before `before`; returns how many.
pub fn prune(conn: &Connection, before: i64) -> Result<usize> {
    Ok(conn.execute("DELETE FROM events WHERE at < ?1", [before])?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory_store;

    #[test]
    fn record_list_prune() {
        let store = memory_store();
        let conn = store.conn();
        for (i, account) in ["a", "b", "a"].iter().enumerate() {
            let e = Event { account, action: "verify", outcome: "ok", ..Event::default() };
            record(conn, &e, 100 + i as i64).unwrap();
        }
        assert_eq!(list(conn, None, 0).unwrap().len(), 3);
        assert_eq!(list(conn, Some("a"), 0).unwrap().len(), 2);
        assert_eq!(list(conn, Some("a"), 101).unwrap().len(), 1);
        assert_eq!(prune(conn, 102).unwrap(), 2);
        assert_eq!(list(conn, None, 0).unwrap().len(), 1);
    }
}
