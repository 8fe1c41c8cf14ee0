//! The deliveries table: each hand-over of a sent code and how it went, so
//! that later commands can say why a code did not arrive. Never the code.

use std::str::FromStr;

use super::sql::{params, Connection, OptionalExtension, Row};

use super::Result;
use crate::core::delivery::{Delivery, DeliveryResult, Route};
use crate::core::method::MethodKind;

const COLUMNS: &str =
    "id, method_id, challenge_id, channel, address, route, started_at, finished_at, result, exit_code, detail, purpose";

fn text<T: FromStr<Err = String>>(r: &Row<'_>, i: usize) -> super::sql::Result<T> {
    r.get::<_, String>(i)?.parse().map_err(|e: String| super::sql::Error::conversion(i, e))
}

fn from_row(r: &Row<'_>) -> super::sql::Result<Delivery> {
    let route: String = r.get(5)?;
    Ok(Delivery {
        id: r.get(0)?,
        method_id: r.get(1)?,
        challenge_id: r.get(2)?,
        channel: text(r, 3)?,
        address: r.get(4)?,
        route: if route == "outbox" { Route::Outbox } else { Route::Command },
        started_at: r.get(6)?,
        finished_at: r.get(7)?,
        result: text(r, 8)?,
        exit_code: r.get(9)?,
        detail: r.get(10)?,
        test: r.get::<_, String>(11)? == "test",
    })
}

pub struct NewDelivery<'a> {
    pub method_id: i64,
    pub challenge_id: Option<i64>,
    pub channel: MethodKind,
    pub address: &'a str,
    pub route: Route,
    pub result: DeliveryResult,
    /// A test message (`tfa send --test`), not a code.
    pub test: bool,
}

/// Records a delivery as it starts (or, for the outbox, as it ends).
pub fn start(conn: &Connection, new: &NewDelivery<'_>, now: i64) -> Result<i64> {
    let finished_at = (new.result != DeliveryResult::Pending).then_some(now);
    let id = conn
        .prepare_cached(
            "INSERT INTO deliveries (method_id, challenge_id, channel, address, route, started_at, finished_at, result,
                                 purpose)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .insert(params![
            new.method_id,
            new.challenge_id,
            new.channel.as_str(),
            new.address,
            new.route.as_str(),
            now,
            finished_at,
            new.result.as_str(),
            if new.test { "test" } else { "code" }
        ])?;
    Ok(id)
}

/// Records how a delivery ended.
pub fn finish(
    conn: &Connection,
    id: i64,
    result: DeliveryResult,
    exit_code: Option<i32>,
    detail: Option<&str>,
    now: i64,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE deliveries SET result = ?1, exit_code = ?2, detail = ?3, finished_at = ?4 WHERE id = ?5",
    )?
    .execute(params![result.as_str(), exit_code, detail, now, id])?;
    Ok(())
}

/// The last delivery to a method.
pub fn last_for_method(conn: &Connection, method_id: i64) -> Result<Option<Delivery>> {
    let sql =
        format!("SELECT {COLUMNS} FROM deliveries WHERE method_id = ?1 ORDER BY started_at DESC, id DESC LIMIT 1");
    Ok(conn.prepare_cached(&sql)?.query_row([method_id], from_row).optional()?)
}

/// When test messages went to a method at or after `since`: the resend
/// throttle counts them as it counts codes.
pub fn tests_since(conn: &Connection, method_id: i64, since: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT started_at FROM deliveries WHERE method_id = ?1 AND purpose = 'test' AND started_at >= ?2",
    )?;
    let rows = stmt.query_map(params![method_id, since], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every delivery to the account's methods at or after `since`, oldest first.
pub fn since(conn: &Connection, account_id: i64, since: i64) -> Result<Vec<Delivery>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM deliveries WHERE started_at >= ?2
           AND method_id IN (SELECT id FROM methods WHERE account_id = ?1)
         ORDER BY started_at, id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![account_id, since], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The last delivery on each channel (sms, whatsapp, email) of an account.
pub fn last_per_channel(conn: &Connection, account_id: i64) -> Result<Vec<Delivery>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM deliveries WHERE id IN (
             SELECT (SELECT d.id FROM deliveries d JOIN methods m ON m.id = d.method_id
                     WHERE m.account_id = ?1 AND d.channel = c.channel
                     ORDER BY d.started_at DESC, d.id DESC LIMIT 1)
             FROM (SELECT DISTINCT d.channel FROM deliveries d JOIN methods m ON m.id = d.method_id
                   WHERE m.account_id = ?1) c)
         ORDER BY channel"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::method::{Method, Status};
    use crate::store::methods::{self, NewSent};
    use crate::store::tests::{account, memory_store};

    #[test]
    fn the_last_delivery_per_channel_is_known() {
        let store = memory_store();
        let conn = store.conn();
        let alice = account(conn, "alice");
        let method = |kind, label, address| {
            let new = NewSent { account_id: alice.id, kind, label, address, status: Status::Active };
            methods::insert_sent(conn, &new, 0).unwrap()
        };
        let sms = method(MethodKind::Sms, "sms", "+4915123456789");
        let sms2 = method(MethodKind::Sms, "sms-2", "+4915123456780");
        let email = method(MethodKind::Email, "email", "a@example.com");
        let deliver = |m: &Method, route, result, at| {
            let new = NewDelivery {
                method_id: m.id,
                challenge_id: None,
                channel: m.kind,
                address: m.address.as_deref().unwrap(),
                route,
                result,
                test: false,
            };
            start(conn, &new, at).unwrap()
        };
        deliver(&sms, Route::Command, DeliveryResult::HandedOver, 10);
        let late = deliver(&sms2, Route::Command, DeliveryResult::Pending, 20);
        finish(conn, late, DeliveryResult::Timeout, None, Some("gateway: no route"), 30).unwrap();
        deliver(&email, Route::Outbox, DeliveryResult::Outbox, 15);

        let last = last_per_channel(conn, alice.id).unwrap();
        assert_eq!(last.len(), 2);
        assert_eq!((last[0].channel, last[0].result), (MethodKind::Email, DeliveryResult::Outbox));
        assert_eq!(last[0].route, Route::Outbox);
        assert_eq!((last[1].method_id, last[1].result), (sms2.id, DeliveryResult::Timeout));
        assert_eq!((last[1].finished_at, last[1].detail.as_deref()), (Some(30), Some("gateway: no route")));
        assert_eq!(last_for_method(conn, sms.id).unwrap().unwrap().result, DeliveryResult::HandedOver);
        assert!(last_per_channel(conn, alice.id + 1).unwrap().is_empty());
    }
}
