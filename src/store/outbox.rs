//! The outbox: messages kept in the store when no delivery command is
//! configured, for development and tests. By design it holds codes in
//! plain form (it stands in for the person's phone); nothing else does.

use super::sql::{params, Connection, Row};
use zeroize::Zeroizing;

use super::Result;
use crate::core::method::MethodKind;

pub struct NewMessage<'a> {
    pub account_id: i64,
    pub method_id: i64,
    pub challenge_id: i64,
    pub channel: MethodKind,
    pub address: &'a str,
    pub code: &'a str,
    pub text: &'a str,
    pub expires_at: i64,
}

#[derive(Debug)]
pub struct Message {
    pub id: i64,
    pub account: String,
    pub method_id: i64,
    pub channel: MethodKind,
    pub address: String,
    pub code: Zeroizing<String>,
    pub text: Zeroizing<String>,
    pub expires_at: i64,
    pub created_at: i64,
}

/// Keeps a message; messages whose codes have expired are deleted first,
/// so the outbox never holds more than the codes that could still be used.
pub fn insert(conn: &Connection, msg: &NewMessage<'_>, now: i64) -> Result<i64> {
    conn.prepare_cached("DELETE FROM outbox WHERE expires_at < ?1")?.execute([now])?;
    let id = conn.prepare_cached(
        "INSERT INTO outbox (account_id, method_id, challenge_id, channel, address, code, text, expires_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .insert(params![
        msg.account_id,
        msg.method_id,
        msg.challenge_id,
        msg.channel.as_str(),
        msg.address,
        msg.code,
        msg.text,
        msg.expires_at,
        now
    ])?;
    Ok(id)
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Message> {
    let channel: String = r.get(3)?;
    Ok(Message {
        id: r.get(0)?,
        account: r.get(1)?,
        method_id: r.get(2)?,
        channel: channel.parse().map_err(|e: String| super::sql::Error::conversion(3, e))?,
        address: r.get(4)?,
        code: Zeroizing::new(r.get(5)?),
        text: Zeroizing::new(r.get(6)?),
        expires_at: r.get(7)?,
        created_at: r.get(8)?,
    })
}

/// Messages, oldest first; one account's, or everyone's.
pub fn list(conn: &Connection, account_id: Option<i64>) -> Result<Vec<Message>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, a.name, o.method_id, o.channel, o.address, o.code, o.text, o.expires_at, o.created_at
         FROM outbox o JOIN accounts a ON a.id = o.account_id
         WHERE CAST(?1 AS BIGINT) IS NULL OR o.account_id = ?1
         ORDER BY o.id",
    )?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
