//! The accounts table.

use super::sql::{params, Connection, OptionalExtension, Row};

use super::Result;
use crate::core::account::Account;

const COLUMNS: &str = "id, name, email, phone, password_hash IS NOT NULL, created_at";

fn from_row(r: &Row<'_>) -> super::sql::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        phone: r.get(3)?,
        has_password: r.get(4)?,
        created_at: r.get(5)?,
    })
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<Account>> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE name = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([name], from_row).optional()?)
}

pub fn list(conn: &Connection) -> Result<Vec<Account>> {
    let sql = format!("SELECT {COLUMNS} FROM accounts ORDER BY name");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map((), from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub struct NewAccount<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub password_hash: Option<&'a str>,
}

/// Inserts an account; `None` if the name is taken.
pub fn insert(conn: &Connection, new: &NewAccount<'_>, now: i64) -> Result<Option<Account>> {
    let inserted = conn.execute(
        "INSERT INTO accounts (name, email, phone, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (name) DO NOTHING",
        params![new.name, new.email, new.phone, new.password_hash, now],
    )?;
    if inserted == 0 {
        return Ok(None);
    }
    find(conn, new.name)
}

pub fn set_password(conn: &Connection, id: i64, password_hash: &str) -> Result<()> {
    conn.execute("UPDATE accounts SET password_hash = ?1 WHERE id = ?2", params![password_hash, id])?;
    Ok(())
}

pub fn password_hash(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT password_hash FROM accounts WHERE id = ?1", [id], |r| r.get(0))?)
}

/// Removes an account; its methods go with it (ON DELETE CASCADE).
pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory_store;

    #[test]
    fn insert_find_list_remove() {
        let store = memory_store();
        let conn = store.conn();
        let new = NewAccount { name: "alice", email: Some("a@example.com"), phone: None, password_hash: None };
        let alice = insert(conn, &new, 100).unwrap().unwrap();
        assert_eq!(alice.name, "alice");
        assert!(!alice.has_password);
        assert_eq!(insert(conn, &new, 101).unwrap(), None, "duplicate names are refused");
        set_password(conn, alice.id, "$argon2id$...").unwrap();
        assert!(find(conn, "alice").unwrap().unwrap().has_password);
        assert_eq!(list(conn).unwrap().len(), 1);
        remove(conn, alice.id).unwrap();
        assert_eq!(find(conn, "alice").unwrap(), None);
    }
}
