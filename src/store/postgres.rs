//! A store in PostgreSQL, shared by several hosts: the URL, the connection,
//! the schema version and the migrations. Everything else (the binding to
//! the key, the tables' SQL, transactions) is the same store as SQLite's,
//! through `sql::Connection`.

use std::path::Path;
use std::time::Duration;

use super::sql::{Begin, Connection, OptionalExtension};
use super::{Result, StoreError, SCHEMA_VERSION};

/// The same numbering as the SQLite migrations: schema N is the same on both.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/001_init.sql"),
    include_str!("migrations/postgres/002_backup_codes_devices.sql"),
    include_str!("migrations/postgres/003_challenges.sql"),
    include_str!("migrations/postgres/004_lockout.sql"),
    include_str!("migrations/postgres/005_events_asked.sql"),
    include_str!("migrations/postgres/006_methods_refused_offset.sql"),
    include_str!("migrations/postgres/007_source_failures.sql"),
    include_str!("migrations/postgres/008_recovery.sql"),
    include_str!("migrations/postgres/009_contacts.sql"),
    include_str!("migrations/postgres/010_scratch_codes.sql"),
];

/// The tables of the connection's schema, but the version's own.
pub(super) const TABLES: &str = "SELECT tablename::text FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> 'tfa_schema' ORDER BY tablename";

/// How long a host waits for the server before it answers that the store is unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub fn is_url(location: &Path) -> bool {
    let location = location.to_string_lossy();
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// The URL as it may be shown: a password in it (`user:secret@`, or
/// `password=` among the options) never reaches an error or the log.
pub fn shown(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            format!("{}:***@{host}", user.split_once(':').map_or(user, |(u, _)| u))
        }
        _ => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let options: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_owned(),
                })
                .collect();
            format!("{path}?{}", options.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Connects, with TLS when the URL asks for it (`sslmode=require`) or the
/// server offers it (`prefer`, the default); certificates are verified.
pub fn connect(url: &str) -> Result<Connection> {
    let location = shown(url);
    let mut config: ::postgres::Config = url
        .parse()
        .map_err(|e: ::postgres::Error| StoreError::Url { location: location.clone(), detail: e.to_string() })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    if config.get_application_name().is_none() {
        config.application_name("tfa");
    }
    let tls = native_tls::TlsConnector::new()
        .map_err(|e| StoreError::Url { location: location.clone(), detail: format!("TLS: {e}") })?;
    let client = config
        .connect(postgres_native_tls::MakeTlsConnector::new(tls))
        .map_err(|source| StoreError::Connect { location, source })?;
    Ok(Connection::postgres(client))
}

/// 0 for a database tfa has not written to.
pub(super) fn schema_version(conn: &Connection) -> Result<i64> {
    let exists: bool = conn.query_row("SELECT to_regclass('tfa_schema') IS NOT NULL", (), |r| r.get(0))?;
    if !exists {
        return Ok(0);
    }
    Ok(conn.query_row("SELECT version FROM tfa_schema", (), |r| r.get(0)).optional()?.unwrap_or(0))
}

/// Brings the schema up to date in one transaction, under the write lock,
/// so two hosts starting at once apply each migration once.
pub(super) fn migrate(conn: &Connection, location: &Path) -> Result<()> {
    let tx = conn.begin(Begin::Write)?;
    tx.execute_batch("CREATE TABLE IF NOT EXISTS tfa_schema (version BIGINT NOT NULL)")?;
    let version = schema_version(&tx)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer { path: location.to_owned(), found: version });
    }
    for migration in &MIGRATIONS[version as usize..] {
        tx.execute_batch(migration)?;
    }
    tx.execute("DELETE FROM tfa_schema", ())?;
    tx.execute("INSERT INTO tfa_schema (version) VALUES (?1)", [SCHEMA_VERSION])?;
    tx.commit().map_err(|source| StoreError::Write { path: location.to_owned(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_every_migration() {
        assert_eq!(MIGRATIONS.len() as i64, SCHEMA_VERSION);
    }

    #[test]
    fn a_password_is_never_shown() {
        assert_eq!(shown("postgres://tfa:hunter2@db.example:5432/tfa"), "postgres://tfa:***@db.example:5432/tfa");
        assert_eq!(shown("postgresql://db.example/tfa?sslmode=require"), "postgresql://db.example/tfa?sslmode=require");
        assert_eq!(
            shown("postgres://u@h/tfa?password=hunter2&sslmode=require"),
            "postgres://u@h/tfa?password=***&sslmode=require"
        );
        assert_eq!(shown("postgres://u:p%40ss@h/d"), "postgres://u:***@h/d");
    }
}
