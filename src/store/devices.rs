//! Trusted devices: the SHA-256 of each device's token, its expiry, its
//! last use and its revocation; and the tokens that rotation voided.

use super::sql::{params, Connection, OptionalExtension, Row};

use super::{Result, StoreError};
use crate::core::device::TokenHash;
use crate::core::device::{Device, Revocation};

const COLUMNS: &str =
    "d.id, d.account_id, d.name, d.created_at, d.expires_at, d.last_seen_at, d.revoked_at, d.revoked_why";

fn from_row(r: &Row<'_>) -> super::sql::Result<Device> {
    Ok(Device {
        id: r.get(0)?,
        account_id: r.get(1)?,
        name: r.get(2)?,
        created_at: r.get(3)?,
        expires_at: r.get(4)?,
        last_seen_at: r.get(5)?,
        revoked_at: r.get(6)?,
        revoked_why: r.get(7)?,
    })
}

pub fn insert(
    conn: &Connection,
    account_id: i64,
    name: &str,
    token: &TokenHash,
    now: i64,
    expires_at: i64,
) -> Result<Device> {
    let id = conn.insert(
        "INSERT INTO devices (account_id, name, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![account_id, name, token.0.as_slice(), now, expires_at],
    )?;
    find(conn, account_id, id)?.ok_or(StoreError::Db(super::sql::Error::NoRows))
}

pub fn list(conn: &Connection, account_id: i64) -> Result<Vec<Device>> {
    let sql = format!("SELECT {COLUMNS} FROM devices d WHERE d.account_id = ?1 ORDER BY d.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn find(conn: &Connection, account_id: i64, id: i64) -> Result<Option<Device>> {
    let sql = format!("SELECT {COLUMNS} FROM devices d WHERE d.account_id = ?1 AND d.id = ?2");
    Ok(conn.prepare_cached(&sql)?.query_row([account_id, id], from_row).optional()?)
}

/// The account's device whose current token has this hash. Another
/// account's device is not found: a token is bound to its account.
pub fn find_by_token(conn: &Connection, account_id: i64, token: &TokenHash) -> Result<Option<Device>> {
    let sql = format!("SELECT {COLUMNS} FROM devices d WHERE d.account_id = ?1 AND d.token_hash = ?2");
    Ok(conn.prepare_cached(&sql)?.query_row(params![account_id, token.0.as_slice()], from_row).optional()?)
}

/// The account's device that once had this token, before a rotation voided it.
pub fn find_by_voided_token(conn: &Connection, account_id: i64, token: &TokenHash) -> Result<Option<(Device, i64)>> {
    let sql = format!(
        "SELECT {COLUMNS}, v.voided_at FROM device_voided_tokens v JOIN devices d ON d.id = v.device_id
         WHERE d.account_id = ?1 AND v.token_hash = ?2"
    );
    let row = |r: &Row<'_>| Ok((from_row(r)?, r.get(8)?));
    Ok(conn.prepare_cached(&sql)?.query_row(params![account_id, token.0.as_slice()], row).optional()?)
}

/// Devices neither revoked nor expired at `now`.
pub fn count_active(conn: &Connection, account_id: i64, now: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM devices WHERE account_id = ?1 AND revoked_at IS NULL AND expires_at > ?2",
        )?
        .query_row([account_id, now], |r| r.get(0))?)
}

/// Records that the device was seen (its token checked) at `now`.
pub fn touch(conn: &Connection, id: i64, now: i64) -> Result<()> {
    conn.prepare_cached("UPDATE devices SET last_seen_at = ?1 WHERE id = ?2")?.execute([now, id])?;
    Ok(())
}

/// Gives the device a new token; the old one is remembered as voided.
pub fn rotate(conn: &Connection, id: i64, old: &TokenHash, new: &TokenHash, now: i64) -> Result<()> {
    conn.prepare_cached("INSERT INTO device_voided_tokens (token_hash, device_id, voided_at) VALUES (?1, ?2, ?3)")?
        .execute(params![old.0.as_slice(), id, now])?;
    conn.prepare_cached("UPDATE devices SET token_hash = ?1, last_seen_at = ?2 WHERE id = ?3")?.execute(params![
        new.0.as_slice(),
        now,
        id
    ])?;
    Ok(())
}

/// Revokes a device; `false` if it already was.
pub fn revoke(conn: &Connection, id: i64, why: Revocation, now: i64) -> Result<bool> {
    let changed = conn
        .prepare_cached("UPDATE devices SET revoked_at = ?1, revoked_why = ?2 WHERE id = ?3 AND revoked_at IS NULL")?
        .execute(params![now, why.as_str(), id])?;
    Ok(changed == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::accounts::{self, NewAccount};
    use crate::store::tests::memory_store;

    #[test]
    fn tokens_are_bound_rotated_and_revoked() {
        let store = memory_store();
        let conn = store.conn();
        let account = |name| {
            let new = NewAccount { name, email: None, phone: None, password_hash: None };
            accounts::insert(conn, &new, 0).unwrap().unwrap()
        };
        let (alice, bob) = (account("alice"), account("bob"));
        let (t1, t2) = (TokenHash([1; 32]), TokenHash([2; 32]));
        let laptop = insert(conn, alice.id, "laptop", &t1, 10, 100).unwrap();
        assert_eq!((laptop.name.as_str(), laptop.expires_at, laptop.last_seen_at), ("laptop", 100, None));
        assert_eq!(find_by_token(conn, alice.id, &t1).unwrap().map(|d| d.id), Some(laptop.id));
        assert_eq!(find_by_token(conn, bob.id, &t1).unwrap(), None, "bound to its account");
        assert_eq!(count_active(conn, alice.id, 50).unwrap(), 1);
        assert_eq!(count_active(conn, alice.id, 100).unwrap(), 0, "expired");

        touch(conn, laptop.id, 20).unwrap();
        rotate(conn, laptop.id, &t1, &t2, 30).unwrap();
        assert_eq!(find_by_token(conn, alice.id, &t1).unwrap(), None);
        assert_eq!(find_by_voided_token(conn, alice.id, &t1).unwrap().map(|(d, at)| (d.id, at)), Some((laptop.id, 30)));
        assert_eq!(find_by_voided_token(conn, bob.id, &t1).unwrap(), None);
        let seen = find_by_token(conn, alice.id, &t2).unwrap().unwrap();
        assert_eq!(seen.last_seen_at, Some(30));

        assert!(revoke(conn, laptop.id, Revocation::StolenToken, 40).unwrap());
        assert!(!revoke(conn, laptop.id, Revocation::Operator, 41).unwrap(), "already revoked");
        let revoked = find(conn, alice.id, laptop.id).unwrap().unwrap();
        assert_eq!((revoked.revoked_at, revoked.revoked_why.as_deref()), (Some(40), Some("stolen_token")));

        insert(conn, alice.id, "phone", &TokenHash([3; 32]), 10, 100).unwrap();
        insert(conn, alice.id, "tablet", &TokenHash([4; 32]), 10, 100).unwrap();
        assert_eq!(list(conn, alice.id).unwrap().len(), 3);
        assert!(insert(conn, bob.id, "dup", &TokenHash([3; 32]), 10, 100).is_err(), "token hashes are unique");
    }
}
