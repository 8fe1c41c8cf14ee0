//! The methods table: each second factor of an account, its sealed seed
//! and its verification state.

use super::sql::{params, Connection, OptionalExtension, Row};

use super::{Result, StoreError};
use crate::core::method::Method;
use crate::core::method::{MethodKind, RefusedOffset, Status};
use crate::core::otp::{Algorithm, App, Params, TotpState};
use crate::core::seed::Seed;
use crate::crypto::StoreKey;

const COLUMNS: &str = "id, account_id, kind, label, status, algorithm, digits, period, \"window\", counter, \
                       last_step, drift, address, created_at, confirmed_at, last_used_at, \
                       last_refused_offset, last_refused_at";

fn parse<T: std::str::FromStr<Err = String>>(r: &Row<'_>, i: usize) -> super::sql::Result<T> {
    let text: String = r.get(i)?;
    text.parse().map_err(|e: String| super::sql::Error::conversion(i, e))
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Method> {
    let kind: MethodKind = parse(r, 2)?;
    let app = if kind.is_app() {
        let params = Params { algorithm: parse::<Algorithm>(r, 5)?, digits: r.get(6)? };
        Some(match kind {
            MethodKind::Totp => App::Totp {
                params,
                period: r.get(7)?,
                window: r.get(8)?,
                state: TotpState { last_step: r.get(10)?, drift: r.get(11)? },
            },
            _ => App::Hotp { params, counter: r.get(9)? },
        })
    } else {
        None
    };
    Ok(Method {
        id: r.get(0)?,
        account_id: r.get(1)?,
        kind,
        label: r.get(3)?,
        status: parse(r, 4)?,
        app,
        address: r.get(12)?,
        created_at: r.get(13)?,
        confirmed_at: r.get(14)?,
        last_used_at: r.get(15)?,
        last_refused: match (r.get(16)?, r.get(17)?) {
            (Some(offset), Some(at)) => Some(RefusedOffset { offset, at }),
            _ => None,
        },
    })
}

pub fn list(conn: &Connection, account_id: i64) -> Result<Vec<Method>> {
    let sql = format!("SELECT {COLUMNS} FROM methods WHERE account_id = ?1 ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn find(conn: &Connection, account_id: i64, id: i64) -> Result<Option<Method>> {
    let sql = format!("SELECT {COLUMNS} FROM methods WHERE account_id = ?1 AND id = ?2");
    Ok(conn.query_row(&sql, [account_id, id], from_row).optional()?)
}

pub fn label_taken(conn: &Connection, account_id: i64, label: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM methods WHERE account_id = ?1 AND label = ?2", params![account_id, label], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The associated data that binds a sealed seed to its row.
fn seed_aad(account_id: i64, method_id: i64) -> Vec<u8> {
    format!("tfa seed v1 account={account_id} method={method_id}").into_bytes()
}

pub struct NewApp<'a> {
    pub account_id: i64,
    pub label: &'a str,
    pub app: App,
    pub status: Status,
}

/// Inserts an authenticator app and seals its seed under the row's identity.
pub fn insert_app(conn: &Connection, key: &StoreKey, new: &NewApp<'_>, seed: &Seed, now: i64) -> Result<Method> {
    let (kind, params, period, window, counter, last_step, drift) = match new.app {
        App::Totp { params, period, window, state } => {
            (MethodKind::Totp, params, Some(period), Some(window), None, state.last_step, state.drift)
        }
        App::Hotp { params, counter } => (MethodKind::Hotp, params, None, None, Some(counter), None, 0),
    };
    let id = conn.insert(
        "INSERT INTO methods (account_id, kind, label, status, algorithm, digits, period, \"window\", counter, last_step, drift, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            new.account_id,
            kind.as_str(),
            new.label,
            new.status.as_str(),
            params.algorithm.as_str(),
            params.digits,
            period,
            window,
            counter,
            last_step,
            drift,
            now
        ],
    )?;
    let sealed = key.seal(seed.as_bytes(), &seed_aad(new.account_id, id));
    conn.execute("UPDATE methods SET sealed_seed = ?1 WHERE id = ?2", params![sealed, id])?;
    if new.status == Status::Active {
        conn.execute("UPDATE methods SET confirmed_at = ?1 WHERE id = ?2", params![now, id])?;
    }
    find(conn, new.account_id, id)?.ok_or(StoreError::Db(super::sql::Error::NoRows))
}

pub struct NewSent<'a> {
    pub account_id: i64,
    /// `sms`, `whatsapp` or `email`.
    pub kind: MethodKind,
    pub label: &'a str,
    /// E.164 phone number or email address.
    pub address: &'a str,
    pub status: Status,
}

/// Inserts a sent-code method: no seed, only where codes go.
pub fn insert_sent(conn: &Connection, new: &NewSent<'_>, now: i64) -> Result<Method> {
    debug_assert!(!new.kind.is_app());
    let confirmed_at = (new.status == Status::Active).then_some(now);
    let id = conn.insert(
        "INSERT INTO methods (account_id, kind, label, status, address, created_at, confirmed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![new.account_id, new.kind.as_str(), new.label, new.status.as_str(), new.address, now, confirmed_at],
    )?;
    find(conn, new.account_id, id)?.ok_or(StoreError::Db(super::sql::Error::NoRows))
}

/// The account's method of this kind that sends to this address, if any.
pub fn find_by_address(conn: &Connection, account_id: i64, kind: MethodKind, address: &str) -> Result<Option<Method>> {
    let sql = format!("SELECT {COLUMNS} FROM methods WHERE account_id = ?1 AND kind = ?2 AND address = ?3");
    Ok(conn.query_row(&sql, params![account_id, kind.as_str(), address], from_row).optional()?)
}

/// Records an accepted sent code: the method's last use; a pending method
/// becomes active.
pub fn record_sent_code_use(conn: &Connection, method_id: i64, now: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE methods SET last_used_at = ?1, status = 'active', confirmed_at = COALESCE(confirmed_at, ?1)
         WHERE id = ?2",
    )?
    .execute(params![now, method_id])?;
    Ok(())
}

/// Opens a method's seed.
pub fn seed(conn: &Connection, key: &StoreKey, method: &Method) -> Result<Seed> {
    let sealed: Option<Vec<u8>> =
        conn.prepare_cached("SELECT sealed_seed FROM methods WHERE id = ?1")?.query_row([method.id], |r| r.get(0))?;
    let sealed = sealed.ok_or(StoreError::Key(crate::crypto::KeyError::Unseal))?;
    let bytes = key.open(&sealed, &seed_aad(method.account_id, method.id))?;
    Ok(Seed::from_bytes(bytes.to_vec()))
}

/// Records an accepted code: the app's new state, and the method's last use;
/// a refused code recorded before it says nothing more. A pending method
/// becomes active.
pub fn record_success(conn: &Connection, method: &Method, app: App, now: i64) -> Result<()> {
    let (counter, last_step, drift) = match app {
        App::Totp { state, .. } => (None, state.last_step, state.drift),
        App::Hotp { counter, .. } => (Some(counter), None, 0),
    };
    conn.prepare_cached(
        "UPDATE methods SET counter = COALESCE(?1, counter), last_step = COALESCE(?2, last_step), drift = ?3,
                last_used_at = ?4, status = 'active', confirmed_at = COALESCE(confirmed_at, ?4),
                last_refused_offset = NULL, last_refused_at = NULL
         WHERE id = ?5",
    )?
    .execute(params![counter, last_step, drift, now, method.id])?;
    Ok(())
}

/// Sets an app's replay state (the next counter, the last step used) and
/// nothing else: an import bringing it up to the old tool's.
pub fn set_replay_state(conn: &Connection, method_id: i64, counter: Option<u64>, last_step: Option<u64>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE methods SET counter = COALESCE(?1, counter), last_step = COALESCE(?2, last_step) WHERE id = ?3",
    )?
    .execute(params![counter, last_step, method_id])?;
    Ok(())
}

/// Records where a refused TOTP code would have matched (never the code).
pub fn record_refused_offset(conn: &Connection, method_id: i64, offset: i64, now: i64) -> Result<()> {
    conn.prepare_cached("UPDATE methods SET last_refused_offset = ?1, last_refused_at = ?2 WHERE id = ?3")?
        .execute(params![offset, now, method_id])?;
    Ok(())
}

/// Reseals every seed from `old` to `new`; returns how many.
pub fn reseal_all(conn: &Connection, old: &StoreKey, new: &StoreKey) -> Result<usize> {
    let mut stmt = conn.prepare("SELECT id, account_id, sealed_seed FROM methods WHERE sealed_seed IS NOT NULL")?;
    let rows: Vec<(i64, i64, Vec<u8>)> =
        stmt.query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<super::sql::Result<_>>()?;
    for (id, account_id, sealed) in &rows {
        let aad = seed_aad(*account_id, *id);
        let seed = old.open(sealed, &aad)?;
        conn.execute("UPDATE methods SET sealed_seed = ?1 WHERE id = ?2", params![new.seal(&seed, &aad), id])?;
    }
    Ok(rows.len())
}

pub fn remove(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM methods WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{account, memory_store};

    #[test]
    fn seeds_are_sealed_to_their_row() {
        let store = memory_store();
        let (conn, key) = (store.conn(), &*store.key().unwrap());
        let alice = account(conn, "alice");
        let app = App::Totp {
            params: Params { algorithm: Algorithm::Sha1, digits: 6 },
            period: 30,
            window: 1,
            state: TotpState::default(),
        };
        let seed_a = Seed::generate();
        let a = insert_app(
            conn,
            key,
            &NewApp { account_id: alice.id, label: "a", app, status: Status::Pending },
            &seed_a,
            0,
        )
        .unwrap();
        let b = insert_app(
            conn,
            key,
            &NewApp { account_id: alice.id, label: "b", app, status: Status::Active },
            &Seed::generate(),
            0,
        )
        .unwrap();
        assert_eq!(a.app, Some(app));
        assert_eq!((a.status, b.status), (Status::Pending, Status::Active));
        assert_eq!(seed(conn, key, &a).unwrap(), seed_a);
        assert!(label_taken(conn, alice.id, "a").unwrap());

        // Moving a's sealed seed onto b's row does not open.
        conn.execute(
            "UPDATE methods SET sealed_seed = (SELECT sealed_seed FROM methods WHERE id = ?1) WHERE id = ?2",
            [a.id, b.id],
        )
        .unwrap();
        assert!(seed(conn, key, &b).is_err());

        let accepted = app.accept(99, 1);
        record_success(conn, &a, accepted, 5).unwrap();
        let a = find(conn, alice.id, a.id).unwrap().unwrap();
        assert_eq!((a.app, a.status, a.last_used_at), (Some(accepted), Status::Active, Some(5)));

        assert_eq!(a.last_refused, None);
        record_refused_offset(conn, a.id, -6, 7).unwrap();
        let a = find(conn, alice.id, a.id).unwrap().unwrap();
        assert_eq!(a.last_refused, Some(RefusedOffset { offset: -6, at: 7 }));
        record_success(conn, &a, app.accept(100, 0), 8).unwrap();
        assert_eq!(find(conn, alice.id, a.id).unwrap().unwrap().last_refused, None);
    }
}
