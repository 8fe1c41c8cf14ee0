//! The support contact shown at the end of every checklist (kept in `meta`).

use rusqlite::{Connection, OptionalExtension};

use super::Result;

const KEY: &str = "support";

pub fn get(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [KEY], |r| r.get(0)).optional()?)
}

pub fn set(conn: &Connection, text: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [KEY, text],
    )?;
    Ok(())
}

/// Removes the contact; `false` if there was none.
pub fn clear(conn: &Connection) -> Result<bool> {
    Ok(conn.execute("DELETE FROM meta WHERE key = ?1", [KEY])? == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory_store;

    #[test]
    fn set_get_clear() {
        let store = memory_store();
        let conn = store.conn();
        assert_eq!(get(conn).unwrap(), None);
        set(conn, "IT desk").unwrap();
        set(conn, "IT desk, ext. 100").unwrap();
        assert_eq!(get(conn).unwrap().as_deref(), Some("IT desk, ext. 100"));
        assert!(clear(conn).unwrap());
        assert!(!clear(conn).unwrap());
        assert_eq!(get(conn).unwrap(), None);
    }
}
