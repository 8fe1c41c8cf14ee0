//! `tfa migrate`: a whole store copied into an empty one of either backend
//! (SQLite to PostgreSQL, and back), in one transaction on the target.
//!
//! Rows keep their ids: a sealed seed is bound to its account and method
//! ids, and the same key opens it in the copy. Ids stay never-reused: the
//! target's id counters start where the source's stood.

use super::sql::{Begin, FromValue, OptionalExtension, Value, ValueRef};
use super::{events, Result, Store, StoreError};

/// Every table, parents before children (foreign keys).
const TABLES: &[&str] = &[
    "meta",
    "accounts",
    "methods",
    "backup_code_sets",
    "backup_codes",
    "devices",
    "device_voided_tokens",
    "challenges",
    "deliveries",
    "outbox",
    "failures",
    "source_failures",
    "events",
    "recoveries",
    "recovery_checks",
    "contacts",
    "contact_challenges",
];

/// The store's binding to its key (`meta`): the target keeps its own,
/// made when it was opened, with a store id of its own.
const BINDING: &str = "'key_id', 'store_id', 'key_binding'";

/// Rows read and written at a time, so a store with millions of audit events
/// is copied in bounded memory.
const PAGE: i64 = 10_000;

impl FromValue for Value {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        Ok(match v {
            ValueRef::Null => Value::Null,
            ValueRef::Int(i) => Value::Int(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(s) => Value::Text(s.to_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// Rows per table, in copy order.
    pub tables: Vec<(&'static str, u64)>,
}

/// How many rows `copy` will write (for a progress bar).
pub fn rows_to_copy(from: &Store) -> Result<u64> {
    let mut total = 0;
    for table in TABLES {
        total += count(from, table)?;
    }
    Ok(total)
}

/// Copies every row of `from` into `to`, which must hold nothing but its
/// binding to the same key, and records the copy in `to`'s audit log.
/// `progress` is told of every row written.
pub fn copy(from: &Store, to: &Store, now: i64, progress: &mut dyn FnMut(u64)) -> Result<Copied> {
    if from.key()?.id() != to.key()?.id() {
        return Err(StoreError::Key(crate::crypto::KeyError::Wrong { path: to.key_path().to_owned() }));
    }
    for store in [from, to] {
        if let Some(table) = store.tables()?.into_iter().find(|t| !TABLES.contains(&t.as_str())) {
            let detail = format!("a table tfa does not know, {table:?}");
            return Err(StoreError::Corrupt { path: store.path().to_owned(), detail });
        }
    }
    // One snapshot of the source; the target's write lock, held to the end.
    let _snapshot = from.conn().begin(Begin::Read)?;
    let tx = to.immediate()?;
    for table in TABLES {
        if count(to, table)? > 0 {
            return Err(StoreError::NotEmpty { path: to.path().to_owned() });
        }
    }
    let mut copied = Copied { tables: Vec::new() };
    for &table in TABLES {
        let columns = columns(from, table)?;
        let list = columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
        let marks = (1..=columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let insert = format!("INSERT INTO {table} ({list}) VALUES ({marks})");
        let read = |r: &super::sql::Row<'_>| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect();
        let mut written = 0u64;
        let mut write = |rows: Vec<Vec<Value>>| -> Result<()> {
            for row in rows {
                tx.execute(&insert, row)?;
                written += 1;
                progress(1);
            }
            Ok(())
        };
        if columns.first().map(String::as_str) == Some("id") {
            // Keyset pages: bounded memory however many rows.
            let page = format!("SELECT {list} FROM {table} WHERE id > ?1 ORDER BY id LIMIT {PAGE}");
            let mut after = i64::MIN;
            loop {
                let rows: Vec<Vec<Value>> = from.conn().query_map(&page, [after], &read)?.collect::<Result<_, _>>()?;
                let Some(Value::Int(last)) = rows.last().and_then(|r| r.first()).cloned() else { break };
                write(rows)?;
                after = last;
            }
            carry_id_counter(from, &tx, table)?;
        } else {
            let all = format!("SELECT {list} FROM {} ORDER BY 1", rows_of(table));
            write(from.conn().query_map(&all, (), &read)?.collect::<Result<_, _>>()?)?;
        }
        copied.tables.push((table, written));
    }
    let origin = from.path().display().to_string();
    let event =
        events::Event { reason: Some("copied_in"), source: Some(&origin), ..events::Event::new("", "migrate", "ok") };
    events::record(&tx, &event, now)?;
    tx.commit().map_err(|source| StoreError::Write { path: to.path().to_owned(), source })?;
    Ok(copied)
}

/// The rows of `table` that are copied: in `meta`, all but the key binding.
fn rows_of(table: &str) -> String {
    match table {
        "meta" => format!("meta WHERE key NOT IN ({BINDING})"),
        _ => table.to_owned(),
    }
}

fn count(store: &Store, table: &str) -> Result<u64> {
    Ok(store.conn().query_row(&format!("SELECT count(*) FROM {}", rows_of(table)), (), |r| r.get(0))?)
}

/// The table's columns, in order.
fn columns(store: &Store, table: &str) -> Result<Vec<String>> {
    let sql = match store.conn().is_postgres() {
        true => {
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
        }
        false => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
    };
    Ok(store.conn().query_map(sql, [table], |r| r.get(0))?.collect::<Result<_, _>>()?)
}

/// The highest id the table ever gave (a deleted row's id is never reused).
fn id_high_water(store: &Store, table: &str) -> Result<i64> {
    let conn = store.conn();
    let counter: Option<i64> = match conn.is_postgres() {
        true => {
            conn.query_row("SELECT pg_sequence_last_value(pg_get_serial_sequence(?1, 'id')::regclass)", [table], |r| {
                r.get(0)
            })?
        }
        false => {
            let has_counters = conn.exists("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'", ())?;
            match has_counters {
                true => conn
                    .query_row("SELECT seq FROM sqlite_sequence WHERE name = ?1", [table], |r| r.get(0))
                    .optional()?,
                false => None,
            }
        }
    };
    let max: Option<i64> = conn.query_row(&format!("SELECT max(id) FROM {table}"), (), |r| r.get(0))?;
    Ok(counter.unwrap_or(0).max(max.unwrap_or(0)))
}

/// Starts the target's id counter for `table` where the source's stands.
fn carry_id_counter(from: &Store, to: &super::Transaction<'_>, table: &str) -> Result<()> {
    let high = id_high_water(from, table)?;
    if high <= 0 {
        return Ok(());
    }
    if to.is_postgres() {
        to.query_row("SELECT setval(pg_get_serial_sequence(?1, 'id'), ?2)", crate::params![table, high], |_| Ok(()))?;
    } else if to.exists("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'", ())? {
        // Only AUTOINCREMENT tables have a counter; the others give max(id) + 1.
        let autoincrement =
            to.exists("SELECT 1 FROM sqlite_schema WHERE name = ?1 AND sql LIKE '%AUTOINCREMENT%'", [table])?;
        if autoincrement {
            to.execute("DELETE FROM sqlite_sequence WHERE name = ?1", [table])?;
            to.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)", crate::params![table, high])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory_store;

    #[test]
    fn every_table_of_the_schema_is_copied() {
        let store = memory_store();
        let mut tables = store.tables().unwrap();
        tables.sort();
        let mut known: Vec<&str> = TABLES.to_vec();
        known.sort();
        assert_eq!(tables, known);
    }
}
