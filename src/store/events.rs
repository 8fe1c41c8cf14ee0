//! The audit log: what happened, to whom, with what outcome. Never a secret.

use rusqlite::{params, Connection};

use super::Result;

pub struct Event<'a> {
    pub account: &'a str,
    pub method_id: Option<i64>,
    pub action: &'a str,
    pub outcome: &'a str,
    pub reason: Option<&'a str>,
}

pub fn record(conn: &Connection, event: &Event<'_>, now: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (at, account, method_id, action, outcome, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![now, event.account, event.method_id, event.action, event.outcome, event.reason])?;
    Ok(())
}
