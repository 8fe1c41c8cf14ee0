//! The contacts table: an account's recovery contacts.

use super::sql::{params, Connection, OptionalExtension, Row};

use super::{Result, StoreError};
use crate::core::contact::Contact;
use crate::core::method::{MethodKind, Status};

const COLUMNS: &str = "id, account_id, channel, address, status, created_at, confirmed_at";

fn text<T: std::str::FromStr<Err = String>>(r: &Row<'_>, i: usize) -> super::sql::Result<T> {
    r.get::<_, String>(i)?.parse().map_err(|e: String| super::sql::Error::conversion(i, e))
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        account_id: r.get(1)?,
        channel: text(r, 2)?,
        address: r.get(3)?,
        status: text(r, 4)?,
        created_at: r.get(5)?,
        confirmed_at: r.get(6)?,
    })
}

/// Adds a pending contact; `None` if the account has it already.
pub fn insert(
    conn: &Connection,
    account_id: i64,
    channel: MethodKind,
    address: &str,
    now: i64,
) -> Result<Option<Contact>> {
    let id = conn.insert(
        "INSERT INTO contacts (account_id, channel, address, status, created_at) VALUES (?1, ?2, ?3, 'pending', ?4)
         ON CONFLICT DO NOTHING",
        params![account_id, channel.as_str(), address, now],
    );
    let Some(id) = id.optional()? else {
        return Ok(None);
    };
    find(conn, account_id, id)?.map(Some).ok_or(StoreError::Db(super::sql::Error::NoRows))
}

/// The account's contacts, oldest first.
pub fn list(conn: &Connection, account_id: i64) -> Result<Vec<Contact>> {
    let sql = format!("SELECT {COLUMNS} FROM contacts WHERE account_id = ?1 ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn find(conn: &Connection, account_id: i64, id: i64) -> Result<Option<Contact>> {
    let sql = format!("SELECT {COLUMNS} FROM contacts WHERE account_id = ?1 AND id = ?2");
    Ok(conn.query_row(&sql, [account_id, id], from_row).optional()?)
}

/// The account's contact on this channel at this address, if any.
pub fn find_by_address(
    conn: &Connection,
    account_id: i64,
    channel: MethodKind,
    address: &str,
) -> Result<Option<Contact>> {
    let sql =
        format!("SELECT {COLUMNS} FROM contacts WHERE account_id = ?1 AND channel = ?2 AND lower(address) = lower(?3)");
    Ok(conn.query_row(&sql, params![account_id, channel.as_str(), address], from_row).optional()?)
}

/// A pending contact becomes confirmed.
pub fn confirm(conn: &Connection, id: i64, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE contacts SET status = ?1, confirmed_at = COALESCE(confirmed_at, ?2) WHERE id = ?3",
        params![Status::Active.as_str(), now, id],
    )?;
    Ok(())
}

/// Removes a contact with its challenges.
pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::challenges::{self, NewChallenge, Owner};
    use crate::store::tests::{account, memory_store};

    #[test]
    fn contacts_round_trip_once_per_address() {
        let store = memory_store();
        let conn = store.conn();
        let alice = account(conn, "alice");
        let c = insert(conn, alice.id, MethodKind::Email, "bob@example.com", 10).unwrap().unwrap();
        assert_eq!((c.status, c.confirmed_at), (Status::Pending, None));
        assert!(insert(conn, alice.id, MethodKind::Email, "bob@example.com", 11).unwrap().is_none());
        assert!(insert(conn, alice.id, MethodKind::Email, "Bob@example.com", 11).unwrap().is_none(), "one mailbox");
        let new = NewChallenge { method_id: c.id, nonce: b"n", code_mac: b"m", created_at: 10, expires_at: 310 };
        challenges::insert_for(conn, Owner::Contact, &new).unwrap();
        assert_eq!(challenges::recent_for(conn, Owner::Contact, &[c.id], 0).unwrap().len(), 1);
        // A sign-in check reads the methods' table only.
        assert!(challenges::recent(conn, &[c.id], 0).unwrap().is_empty());
        confirm(conn, c.id, 20).unwrap();
        let c = find_by_address(conn, alice.id, MethodKind::Email, "bob@example.com").unwrap().unwrap();
        assert_eq!((c.status, c.confirmed_at), (Status::Active, Some(20)));
        remove(conn, c.id).unwrap();
        assert!(list(conn, alice.id).unwrap().is_empty());
        assert!(challenges::recent_for(conn, Owner::Contact, &[c.id], 0).unwrap().is_empty());
    }
}
