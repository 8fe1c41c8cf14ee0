//! A store in PostgreSQL, shared by several hosts: the URL, the connection,
//! the schema version and the migrations. Everything else (the binding to
//! the key, the tables' SQL, transactions) is the same store as SQLite's,
//! through `sql::Connection`.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::sql::{Begin, Connection, OptionalExtension};
use super::tls::{self, Check};
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
    // The driver reads credentials up to the first '@', wherever it is.
    let rest = match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            format!("{}:***@{host}", user.split_once(':').map_or(user, |(u, _)| u))
        }
        _ => rest.to_owned(),
    };
    let tail = match rest.split_once('?') {
        Some((path, query)) => {
            let options: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _))
                        if percent_encoding::percent_decode_str(k)
                            .decode_utf8_lossy()
                            .eq_ignore_ascii_case("password") =>
                    {
                        format!("{k}=***")
                    }
                    _ => kv.to_owned(),
                })
                .collect();
            format!("{path}?{}", options.join("&"))
        }
        None => rest,
    };
    format!("{scheme}://{tail}")
}

/// Connects, with TLS as the URL's `sslmode` says (libpq's modes), a
/// password from a password file when the URL has none, and a timeout.
pub fn connect(url: &str) -> Result<Connection> {
    let location = shown(url);
    let bad = |detail: String| StoreError::Url { location: location.clone(), detail };
    let (url, passfile) = take_option(url, "passfile");
    let (url, root_cert) = take_option(&url, "sslrootcert");
    let (mut url, mode) = take_option(&url, "sslmode");
    // prefer and require encrypt without checking whom to (require with a root
    // certificate checks as verify-ca); verify-ca checks the chain; verify-full
    // the chain and the host name. The driver itself knows only the first three.
    let (driver_mode, check) = match mode.as_deref() {
        None | Some("prefer") => ("prefer", Check::Nothing),
        Some("disable") => ("disable", Check::Nothing),
        Some("require") if root_cert.is_some() => ("require", Check::Chain),
        Some("require") => ("require", Check::Nothing),
        Some("verify-ca") => ("require", Check::Chain),
        Some("verify-full") => ("require", Check::ChainAndName),
        Some(other) => {
            let known = "disable, prefer, require, verify-ca, verify-full";
            return Err(bad(format!("sslmode={other} is not one of {known}")));
        }
    };
    url.push(if url.contains('?') { '&' } else { '?' });
    url.push_str("sslmode=");
    url.push_str(driver_mode);
    let mut config: ::postgres::Config = url.parse().map_err(|e: ::postgres::Error| bad(e.to_string()))?;
    if config.get_password().is_none() {
        if let Some(password) = password_from_file(&config, passfile.map(PathBuf::from)).map_err(bad)? {
            config.password(password);
        }
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    if config.get_application_name().is_none() {
        config.application_name("tfa");
    }
    // A host cut off while it holds the write lock is noticed in about a
    // minute, not the kernel's two hours (the lock wait's own limit is 5 s).
    config.keepalives_idle(Duration::from_secs(30));
    let tls = tls::config(check, root_cert.as_deref().map(Path::new)).map_err(bad)?;
    let client = config
        .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
        .map_err(|source| StoreError::Connect { location, source })?;
    Ok(Connection::postgres(client))
}

/// The URL without the libpq option `name=VALUE` (`passfile`, `sslrootcert`,
/// and `sslmode`'s verify modes: the driver knows none), and its value.
fn take_option(url: &str, name: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else { return (url.to_owned(), None) };
    let mut file = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| match kv.split_once('=').filter(|(k, _)| *k == name) {
            Some((_, path)) => {
                file = Some(percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned());
                false
            }
            None => true,
        })
        .collect();
    match kept.is_empty() {
        true => (base.to_owned(), file),
        false => (format!("{base}?{}", kept.join("&")), file),
    }
}

/// The password for this connection from a libpq password file
/// (`host:port:database:user:password`, `*` for any, `\:` for a colon): the
/// URL's `passfile=`, else `PGPASSFILE`, else `~/.pgpass`. A file that others
/// may read is refused, as libpq ignores one.
fn password_from_file(
    config: &::postgres::Config,
    named: Option<PathBuf>,
) -> std::result::Result<Option<Vec<u8>>, String> {
    let explicit = named.is_some() || std::env::var_os("PGPASSFILE").is_some();
    let Some(file) = named
        .or_else(|| std::env::var_os("PGPASSFILE").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")))
    else {
        return Ok(None);
    };
    let meta = match fs::metadata(&file) {
        Ok(meta) => meta,
        Err(_) if !explicit => return Ok(None),
        Err(e) => return Err(format!("cannot read the password file {}: {e}", file.display())),
    };
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(format!("the password file {} can be read by others: make it 0600", file.display()));
    }
    let text =
        fs::read_to_string(&file).map_err(|e| format!("cannot read the password file {}: {e}", file.display()))?;
    let host = match config.get_hosts().first() {
        Some(::postgres::config::Host::Tcp(name)) => name.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = config.get_user().unwrap_or_default().to_owned();
    let database = config.get_dbname().map_or_else(|| user.clone(), str::to_owned);
    let wanted = [host.as_str(), port.as_str(), database.as_str(), user.as_str()];
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let fields = passfile_fields(line);
        if fields.len() == 5 && fields.iter().zip(wanted).all(|(f, w)| f == "*" || f == w) {
            return Ok(Some(fields[4].clone().into_bytes()));
        }
    }
    Ok(None)
}

/// One password file line's fields, with `\:` and `\\` unescaped.
fn passfile_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut chars) = (Vec::new(), String::new(), line.chars());
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
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
    fn a_password_file_gives_the_password_for_its_server_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        fs::write(&file, "# hosts\nother:5432:*:tfa:no\ndb.example:*:tfa:tfa:se\\:cret\n").unwrap();
        let url = format!("postgres://tfa@db.example/tfa?sslmode=disable&passfile={}", file.display());
        let (url, named) = take_option(&url, "passfile");
        let named = named.map(PathBuf::from);
        assert_eq!(url, "postgres://tfa@db.example/tfa?sslmode=disable");
        let config: ::postgres::Config = url.parse().unwrap();
        // Others may read it: refused, never used.
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(password_from_file(&config, named.clone()).unwrap_err().contains("0600"));
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(password_from_file(&config, named.clone()).unwrap(), Some(b"se:cret".to_vec()));
        let elsewhere: ::postgres::Config = "postgres://tfa@db2.example/tfa".parse().unwrap();
        assert_eq!(password_from_file(&elsewhere, named).unwrap(), None);
        let missing = Some(dir.path().join("none"));
        assert!(password_from_file(&config, missing).is_err(), "a named file that is missing is an error");
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
        assert_eq!(shown("postgres://tfa:ab/cd@db/tfa"), "postgres://tfa:***@db/tfa");
        assert_eq!(shown("postgres://u@h/d?pass%77ord=x"), "postgres://u@h/d?pass%77ord=***");
    }
}
