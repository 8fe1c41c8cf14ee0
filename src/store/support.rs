//! Lines the operator sets for people who cannot sign in (kept in `meta`):
//! the support contact, and the service status.

use super::sql::Connection;

use super::Result;

/// Which line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Whom to contact: shown at every dead end and at the end of the checklist.
    Support,
    /// What is wrong with the service now ("SMS to the UK delayed"): shown
    /// at sign-in and in the checklist while set.
    Status,
}

impl Line {
    fn key(self) -> &'static str {
        match self {
            Line::Support => "support",
            Line::Status => "service_status",
        }
    }
}

pub fn get(conn: &Connection, line: Line) -> Result<Option<String>> {
    super::meta_value(conn, line.key())
}

pub fn set(conn: &Connection, line: Line, text: &str) -> Result<()> {
    super::put_meta(conn, line.key(), text)
}

/// Removes the line; `false` if there was none.
pub fn clear(conn: &Connection, line: Line) -> Result<bool> {
    Ok(conn.execute("DELETE FROM meta WHERE key = ?1", [line.key()])? == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory_store;

    #[test]
    fn set_get_clear() {
        let store = memory_store();
        let conn = store.conn();
        assert_eq!(get(conn, Line::Support).unwrap(), None);
        set(conn, Line::Support, "IT desk").unwrap();
        set(conn, Line::Support, "IT desk, ext. 100").unwrap();
        set(conn, Line::Status, "SMS delayed").unwrap();
        assert_eq!(get(conn, Line::Support).unwrap().as_deref(), Some("IT desk, ext. 100"));
        assert!(clear(conn, Line::Support).unwrap());
        assert!(!clear(conn, Line::Support).unwrap());
        assert_eq!(get(conn, Line::Support).unwrap(), None);
        assert_eq!(get(conn, Line::Status).unwrap().as_deref(), Some("SMS delayed"));
    }
}
