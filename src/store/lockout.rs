//! Failure counts and the lockout policy (kept in `meta`, shared by every process).

use rusqlite::{params, Connection, OptionalExtension};

use super::Result;
use crate::core::lockout::{Failures, Policy};

pub fn failures(conn: &Connection, account_id: i64) -> Result<Failures> {
    let row = conn
        .prepare_cached("SELECT count, last_at FROM failures WHERE account_id = ?1")?
        .query_row([account_id], |r| Ok(Failures { count: r.get(0)?, last_at: Some(r.get(1)?) }))
        .optional()?;
    Ok(row.unwrap_or_default())
}

/// Counts one more failure and returns the new run.
pub fn record_failure(conn: &Connection, account_id: i64, now: u64) -> Result<Failures> {
    conn.prepare_cached(
        "INSERT INTO failures (account_id, count, last_at) VALUES (?1, 1, ?2)
         ON CONFLICT (account_id) DO UPDATE SET count = count + 1, last_at = excluded.last_at",
    )?
    .execute(params![account_id, now])?;
    failures(conn, account_id)
}

/// Ends the run: after a success, or `tfa unlock`.
pub fn reset(conn: &Connection, account_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM failures WHERE account_id = ?1")?.execute([account_id])?;
    Ok(())
}

const KEYS: [&str; 4] = ["lockout.backoff_after", "lockout.base_delay", "lockout.max_delay", "lockout.hard_lock_at"];

pub fn policy(conn: &Connection) -> Result<Policy> {
    let mut policy = Policy::default();
    let mut stmt = conn.prepare_cached("SELECT key, value FROM meta WHERE key LIKE 'lockout.%'")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (key, value) = row?;
        match key.as_str() {
            "lockout.backoff_after" => policy.backoff_after = value.parse().unwrap_or(policy.backoff_after),
            "lockout.base_delay" => policy.base_delay = value.parse().unwrap_or(policy.base_delay),
            "lockout.max_delay" => policy.max_delay = value.parse().unwrap_or(policy.max_delay),
            "lockout.hard_lock_at" => policy.hard_lock_at = value.parse().unwrap_or(policy.hard_lock_at),
            _ => {}
        }
    }
    Ok(policy)
}

pub fn set_policy(conn: &Connection, policy: &Policy) -> Result<()> {
    let values = [
        policy.backoff_after.to_string(),
        policy.base_delay.to_string(),
        policy.max_delay.to_string(),
        policy.hard_lock_at.to_string(),
    ];
    for (key, value) in KEYS.iter().zip(values) {
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::accounts::{self, NewAccount};
    use crate::store::tests::memory_store;

    #[test]
    fn failures_count_and_reset_and_policy_round_trips() {
        let store = memory_store();
        let conn = store.conn();
        let new = NewAccount { name: "a", email: None, phone: None, password_hash: None };
        let a = accounts::insert(conn, &new, 0).unwrap().unwrap();
        assert_eq!(failures(conn, a.id).unwrap(), Failures::default());
        record_failure(conn, a.id, 10).unwrap();
        assert_eq!(record_failure(conn, a.id, 20).unwrap(), Failures { count: 2, last_at: Some(20) });
        reset(conn, a.id).unwrap();
        assert_eq!(failures(conn, a.id).unwrap().count, 0);

        assert_eq!(policy(conn).unwrap(), Policy::default());
        let custom = Policy { backoff_after: 3, base_delay: 2, max_delay: 8, hard_lock_at: 10 };
        set_policy(conn, &custom).unwrap();
        assert_eq!(policy(conn).unwrap(), custom);
    }
}
