//! Failure counts and the lockout policy (kept in `meta`, shared by every process).

use super::sql::{params, Connection, OptionalExtension, Row};

use super::Result;
use crate::core::lockout::{Failures, Policy, Runs};

/// The account's run, over every source.
pub fn failures(conn: &Connection, account_id: i64) -> Result<Failures> {
    let row = conn
        .prepare_cached("SELECT count, last_at FROM failures WHERE account_id = ?1")?
        .query_row([account_id], |r| Ok(Failures { count: r.get(0)?, last_at: Some(r.get(1)?) }))
        .optional()?;
    Ok(row.unwrap_or_default())
}

/// The runs a request from `source` is judged by; without a source, the
/// account's run serves as both.
pub fn runs(conn: &Connection, account_id: i64, source: Option<&str>) -> Result<Runs> {
    let account = failures(conn, account_id)?;
    let Some(source) = source else { return Ok(Runs::of_account(account)) };
    let row = conn
        .prepare_cached("SELECT count, last_at FROM source_failures WHERE account_id = ?1 AND source = ?2")?
        .query_row(params![account_id, source], |r| Ok(Failures { count: r.get(0)?, last_at: Some(r.get(1)?) }))
        .optional()?;
    Ok(Runs { account, source: row.unwrap_or_default() })
}

/// Every source's run on the account (its backoff), oldest first.
pub fn source_runs(conn: &Connection, account_id: i64) -> Result<Vec<(String, Failures)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT source, count, last_at FROM source_failures WHERE account_id = ?1 ORDER BY last_at, source",
    )?;
    let rows =
        stmt.query_map([account_id], |r| Ok((r.get(0)?, Failures { count: r.get(1)?, last_at: Some(r.get(2)?) })))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Counts one more failure, on the account's run and the source's, and
/// returns the new runs (as the writes return them: no second read).
pub fn record_failure(conn: &Connection, account_id: i64, source: Option<&str>, now: u64) -> Result<Runs> {
    let as_failures = |r: &Row<'_>| Ok(Failures { count: r.get(0)?, last_at: Some(r.get(1)?) });
    let account = conn
        .prepare_cached(
            "INSERT INTO failures (account_id, count, last_at) VALUES (?1, 1, ?2)
             ON CONFLICT (account_id) DO UPDATE SET count = failures.count + 1, last_at = excluded.last_at
             RETURNING count, last_at",
        )?
        .query_row(params![account_id, now], as_failures)?;
    let Some(source) = source else { return Ok(Runs::of_account(account)) };
    let source = conn
        .prepare_cached(
            "INSERT INTO source_failures (account_id, source, count, last_at) VALUES (?1, ?2, 1, ?3)
             ON CONFLICT (account_id, source) DO UPDATE SET count = source_failures.count + 1, last_at = excluded.last_at
             RETURNING count, last_at",
        )?
        .query_row(params![account_id, source, now], as_failures)?;
    Ok(Runs { account, source })
}

/// After a success: ends the account's run and the source's; the runs of
/// other sources stand (their waits are a stranger's, not the owner's).
pub fn reset(conn: &Connection, account_id: i64, source: Option<&str>) -> Result<()> {
    conn.prepare_cached("DELETE FROM failures WHERE account_id = ?1")?.execute([account_id])?;
    if let Some(source) = source {
        conn.prepare_cached("DELETE FROM source_failures WHERE account_id = ?1 AND source = ?2")?
            .execute(params![account_id, source])?;
    }
    Ok(())
}

/// `tfa unlock`: ends every run of the account, whatever the source.
pub fn reset_all(conn: &Connection, account_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM failures WHERE account_id = ?1")?.execute([account_id])?;
    conn.prepare_cached("DELETE FROM source_failures WHERE account_id = ?1")?.execute([account_id])?;
    Ok(())
}

const KEYS: [&str; 4] = ["lockout.backoff_after", "lockout.base_delay", "lockout.max_delay", "lockout.hard_lock_at"];

pub fn policy(conn: &Connection) -> Result<Policy> {
    let mut policy = Policy::default();
    let mut stmt = conn.prepare_cached("SELECT key, value FROM meta WHERE key LIKE 'lockout.%'")?;
    let rows = stmt.query_map((), |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
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
        super::put_meta(conn, key, &value)?;
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
        record_failure(conn, a.id, None, 10).unwrap();
        assert_eq!(
            record_failure(conn, a.id, None, 20).unwrap(),
            Runs::of_account(Failures { count: 2, last_at: Some(20) })
        );
        reset(conn, a.id, None).unwrap();
        assert_eq!(failures(conn, a.id).unwrap().count, 0);

        // A source's run beside the account's; a success elsewhere leaves it.
        record_failure(conn, a.id, Some("10.0.0.66"), 30).unwrap();
        let runs = record_failure(conn, a.id, Some("10.0.0.66"), 40).unwrap();
        assert_eq!(runs.source, Failures { count: 2, last_at: Some(40) });
        assert_eq!(runs.account.count, 2);
        assert_eq!(record_failure(conn, a.id, Some("10.0.0.7"), 50).unwrap().source.count, 1);
        reset(conn, a.id, Some("10.0.0.7")).unwrap();
        let after = super::runs(conn, a.id, Some("10.0.0.66")).unwrap();
        assert_eq!((after.account.count, after.source.count), (0, 2));
        assert_eq!(super::runs(conn, a.id, Some("10.0.0.7")).unwrap().source.count, 0);
        reset_all(conn, a.id).unwrap();
        assert_eq!(super::runs(conn, a.id, Some("10.0.0.66")).unwrap(), Runs::default());

        assert_eq!(policy(conn).unwrap(), Policy::default());
        let custom = Policy { backoff_after: 3, base_delay: 2, max_delay: 8, hard_lock_at: 10 };
        set_policy(conn, &custom).unwrap();
        assert_eq!(policy(conn).unwrap(), custom);
    }
}
