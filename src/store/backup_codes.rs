//! Backup-code sets: one per account, a salt and the argon2id hash of each
//! code, and when each was used. Never a code.

use super::sql::{params, Connection, OptionalExtension};

use super::Result;
use crate::core::backup_code::{CodeHash, Salt, SALT_BYTES};
use crate::core::backup_code::{CodeSet, Consumed, Summary};

pub fn current_set(conn: &Connection, account_id: i64) -> Result<Option<CodeSet>> {
    Ok(conn
        .prepare_cached("SELECT id, salt, created_at, kind FROM backup_code_sets WHERE account_id = ?1")?
        .query_row([account_id], |r| {
            let salt: Vec<u8> = r.get(1)?;
            let salt = <[u8; SALT_BYTES]>::try_from(salt.as_slice())
                .map_err(|_| super::sql::Error::conversion(1, "salt is not 16 bytes"))?;
            let kind: String = r.get(3)?;
            Ok(CodeSet {
                id: r.get(0)?,
                account_id,
                salt: Salt(salt),
                created_at: r.get(2)?,
                scratch: kind == "scratch",
            })
        })
        .optional()?)
}

/// Replaces the account's set with a new one (the old codes are void at
/// once). Returns the new set and how many unused codes the old set had.
/// `scratch`: the codes are imported google-authenticator scratch codes.
/// Call it inside a write transaction.
pub fn replace_set(
    conn: &Connection,
    account_id: i64,
    salt: &Salt,
    hashes: &[CodeHash],
    scratch: bool,
    now: i64,
) -> Result<(CodeSet, i64)> {
    let voided = match current_set(conn, account_id)? {
        Some(old) => remaining(conn, old.id)?,
        None => 0,
    };
    conn.execute("DELETE FROM backup_code_sets WHERE account_id = ?1", [account_id])?;
    let id = conn.insert(
        "INSERT INTO backup_code_sets (account_id, salt, created_at, kind) VALUES (?1, ?2, ?3, ?4)",
        params![account_id, salt.0.as_slice(), now, if scratch { "scratch" } else { "tfa" }],
    )?;
    let set = CodeSet { id, account_id, salt: *salt, created_at: now, scratch };
    let mut insert = conn.prepare_cached("INSERT INTO backup_codes (set_id, hash) VALUES (?1, ?2)")?;
    for hash in hashes {
        insert.execute(params![set.id, hash.0.as_slice()])?;
    }
    Ok((set, voided))
}

fn remaining(conn: &Connection, set_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM backup_codes WHERE set_id = ?1 AND used_at IS NULL")?
        .query_row([set_id], |r| r.get(0))?)
}

/// Consumes the code with this hash, if it is in the set and unused. The
/// check and the update must be one transaction (`Store::immediate`), so
/// that of two processes with the same code exactly one is accepted.
pub fn consume(conn: &Connection, set_id: i64, hash: &CodeHash, now: i64) -> Result<Consumed> {
    let found: Option<(i64, Option<i64>)> = conn
        .prepare_cached("SELECT id, used_at FROM backup_codes WHERE set_id = ?1 AND hash = ?2")?
        .query_row(params![set_id, hash.0.as_slice()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let outcome = match found {
        None => Consumed::NoMatch { remaining: remaining(conn, set_id)? },
        Some((_, Some(used_at))) => Consumed::Used { used_at, remaining: remaining(conn, set_id)? },
        Some((id, None)) => {
            // The guard repeats the check, so a caller outside a transaction still cannot use a code twice.
            let changed = conn
                .prepare_cached("UPDATE backup_codes SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")?
                .execute(params![now, id])?;
            let remaining = remaining(conn, set_id)?;
            if changed == 1 {
                Consumed::Accepted { remaining }
            } else {
                Consumed::Used { used_at: now, remaining }
            }
        }
    };
    Ok(outcome)
}

/// Looks a code up without using it: `None` if no code of the set has this
/// hash, else when it was used (`Some(None)`: unused).
pub fn lookup(conn: &Connection, set_id: i64, hash: &CodeHash) -> Result<Option<Option<i64>>> {
    Ok(conn
        .prepare_cached("SELECT used_at FROM backup_codes WHERE set_id = ?1 AND hash = ?2")?
        .query_row(params![set_id, hash.0.as_slice()], |r| r.get(0))
        .optional()?)
}

/// Marks used, at `now`, every unused code of the set whose hash is not in
/// `kept` (an import again: the old tool's file no longer lists them);
/// returns how many.
pub fn use_all_but(conn: &Connection, set_id: i64, kept: &[CodeHash], now: i64) -> Result<usize> {
    let unused: Vec<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT id, hash FROM backup_codes WHERE set_id = ?1 AND used_at IS NULL")?
        .query_map([set_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<super::sql::Result<_>>()?;
    let mut used = 0;
    for (id, _) in unused.iter().filter(|(_, hash)| !kept.iter().any(|k| k.0.as_slice() == hash.as_slice())) {
        used += conn.prepare_cached("UPDATE backup_codes SET used_at = ?1 WHERE id = ?2")?.execute(params![now, id])?;
    }
    Ok(used)
}

/// Counts and use times of the account's set; `None` if it has none.
pub fn summary(conn: &Connection, account_id: i64) -> Result<Option<Summary>> {
    let Some(set) = current_set(conn, account_id)? else { return Ok(None) };
    let mut stmt = conn.prepare_cached(
        "SELECT used_at FROM backup_codes WHERE set_id = ?1 AND used_at IS NOT NULL ORDER BY used_at, id",
    )?;
    let used: Vec<i64> = stmt.query_map([set.id], |r| r.get(0))?.collect::<super::sql::Result<_>>()?;
    let total: i64 = conn
        .prepare_cached("SELECT count(*) FROM backup_codes WHERE set_id = ?1")?
        .query_row([set.id], |r| r.get(0))?;
    Ok(Some(Summary { created_at: set.created_at, total, remaining: total - used.len() as i64, used }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::accounts;
    use crate::store::tests::{account, memory_store};

    fn hashes(n: u8) -> Vec<CodeHash> {
        (0..n).map(|i| CodeHash([i; 32])).collect()
    }

    #[test]
    fn consume_once_then_used_then_regenerate_voids() {
        let store = memory_store();
        let conn = store.conn();
        let alice = account(conn, "alice");
        assert_eq!(current_set(conn, alice.id).unwrap(), None);
        assert_eq!(summary(conn, alice.id).unwrap(), None);

        let (set, voided) = replace_set(conn, alice.id, &Salt([1; 16]), &hashes(3), false, 10).unwrap();
        assert_eq!(voided, 0);
        assert_eq!(current_set(conn, alice.id).unwrap().as_ref(), Some(&set));
        assert_eq!(consume(conn, set.id, &CodeHash([1; 32]), 20).unwrap(), Consumed::Accepted { remaining: 2 });
        assert_eq!(
            consume(conn, set.id, &CodeHash([1; 32]), 21).unwrap(),
            Consumed::Used { used_at: 20, remaining: 2 }
        );
        assert_eq!(consume(conn, set.id, &CodeHash([9; 32]), 22).unwrap(), Consumed::NoMatch { remaining: 2 });
        assert_eq!(
            summary(conn, alice.id).unwrap(),
            Some(Summary { created_at: 10, total: 3, remaining: 2, used: vec![20] })
        );

        let (again, voided) = replace_set(conn, alice.id, &Salt([2; 16]), &hashes(2), false, 30).unwrap();
        assert_eq!(voided, 2);
        assert_ne!(again.id, set.id);
        assert_eq!(consume(conn, set.id, &CodeHash([0; 32]), 31).unwrap(), Consumed::NoMatch { remaining: 0 });
        let rows: i64 = conn.query_row("SELECT count(*) FROM backup_codes", (), |r| r.get(0)).unwrap();
        assert_eq!(rows, 2, "the old set's rows are gone");

        accounts::remove(conn, alice.id).unwrap();
        let rows: i64 = conn.query_row("SELECT count(*) FROM backup_code_sets", (), |r| r.get(0)).unwrap();
        assert_eq!(rows, 0, "removing the account removes its set");
    }
}
