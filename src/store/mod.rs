//! The store: opening (a SQLite file, or a PostgreSQL database shared by
//! several hosts), pragmas, migrations, the key, transactions.

pub mod accounts;
pub mod backup_codes;
pub mod challenges;
pub mod contacts;
pub mod copy;
pub mod deliveries;
pub mod devices;
pub mod events;
pub mod lockout;
pub mod methods;
pub mod outbox;
mod postgres;
pub mod recovery;
pub mod sql;
pub mod support;
mod tls;

pub use postgres::is_url;
pub use sql::{Begin, Connection, Transaction};

use std::cell::RefCell;
use std::fs::{self, OpenOptions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{ErrorCode, OpenFlags};
use rusqlite_migration::{Migrations, M};
use sql::OptionalExtension;
use thiserror::Error;

use crate::crypto::{self, KeyError, StoreKey};
use crate::key_file::{self, KeyLock, KeyUser};
use crate::trust::{self, Role, TrustError};

/// Append-only: a released migration is never edited, only followed.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/001_init.sql")),
    M::up(include_str!("migrations/002_backup_codes_devices.sql")),
    M::up(include_str!("migrations/003_challenges.sql")),
    M::up(include_str!("migrations/004_lockout.sql")),
    M::up(include_str!("migrations/005_events_asked.sql")),
    M::up(include_str!("migrations/006_methods_refused_offset.sql")),
    M::up(include_str!("migrations/007_source_failures.sql")),
    M::up(include_str!("migrations/008_recovery.sql")),
    M::up(include_str!("migrations/009_contacts.sql")),
    M::up(include_str!("migrations/010_scratch_codes.sql")),
];

/// The WAL's size past which a store, once done with, moves its pages into
/// the store file and empties it. Each new process reads the whole WAL to
/// rebuild its index, so a short WAL keeps the start cheap; the checkpoint
/// and the new WAL header after it (3 fsyncs) come once in about 30
/// verifies (BENCHMARKS.md).
const WAL_BOUND: u64 = 512 * 1024;

const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("the store {path} was written by a newer tfa (schema {found}, this tfa knows {SCHEMA_VERSION}); it was left untouched: upgrade tfa")]
    Newer { path: PathBuf, found: i64 },
    #[error("{path} is not a tfa store, or it is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("no store at {path}: run `tfa init` to make one, or pass --db (or set TFA_DB) to use another")]
    Missing { path: PathBuf },
    #[error("the store {path} is empty, so there is nothing in it to read: run `tfa init` to make it a store, or pass --db (or set TFA_DB) to use another")]
    Empty { path: PathBuf },
    #[error("the store {path} holds data but is bound to no key, so it was not made by tfa as it is (a store from elsewhere, or one altered by hand): restore it from a backup, or move it aside and run `tfa init`")]
    Unbound { path: PathBuf },
    #[error("the store {path} is not bound to the key file {key_path}: it carries that key's fingerprint, but its binding does not verify under it, so it was altered or made without this key: restore the store from a backup")]
    Forged { path: PathBuf, key_path: PathBuf },
    #[error("the store {path} carries the fingerprint of the key file {key_path} but no binding to it: it was made by a tfa from before bindings, or its binding was removed; if it is yours, `tfa init` binds it to this key")]
    NotYetBound { path: PathBuf, key_path: PathBuf },
    #[error("cannot open the store {path}")]
    Open { path: PathBuf, source: std::io::Error },
    #[error("cannot write to the store {path}")]
    Write { path: PathBuf, source: sql::Error },
    #[error("cannot use the store {path}")]
    Use { path: PathBuf, source: sql::Error },
    #[error("cannot connect to the store {location}")]
    Connect { location: String, source: ::postgres::Error },
    #[error("{location} is not a PostgreSQL URL tfa can use: {detail}")]
    Url { location: String, detail: String },
    #[error("the store {path} already holds data: `tfa migrate` copies only into an empty store")]
    NotEmpty { path: PathBuf },
    #[error("tfa backup copies a SQLite store; back up a PostgreSQL store with pg_dump (README: Several hosts)")]
    BackupOfDatabase,
    #[error("other processes kept reading the store {path}: its WAL could not be emptied")]
    Busy { path: PathBuf },
    #[error("the store")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the store")]
    Db(#[from] sql::Error),
    #[error("the store's schema could not be brought up to date")]
    Migration(#[from] rusqlite_migration::Error),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Untrusted(#[from] TrustError),
}

/// How a store is bound to a key file.
enum Binding {
    /// Its fingerprint and binding are this key's.
    Bound(StoreKey),
    /// This key's fingerprint, and no binding yet: made by an earlier tfa.
    Fingerprint(StoreKey),
    /// No key yet: a new store, or one whose making was cut short, holding nothing.
    Unbound,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether a missing store file may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// Create the store and key on first use.
    Create,
    /// Use the store only if it exists and holds a store: a missing or
    /// empty one is an error, and nothing is written.
    Existing,
    /// `tfa init`: as `Create`, and the operator vouches for a store made
    /// by a tfa from before bindings, which is then bound to its key.
    Init,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    key_path: PathBuf,
    key: RefCell<Option<LoadedKey>>,
    new: bool,
    bound_now: bool,
}

/// The key as last read, and the store's `data_version` when it was last
/// checked against the store's `key_id`: another process's commit (a
/// rekey) changes the version, and the key is checked again. PostgreSQL
/// has no such version: its key id is read again once per write
/// transaction, and at every use outside one.
struct LoadedKey {
    key: Rc<StoreKey>,
    checked_at: Option<i64>,
}

/// The key a store was sealed with before its last rekey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OldKey {
    /// Where it was left.
    pub file: PathBuf,
    pub id: String,
    /// The store's own rekey made this file, from a key no other store
    /// used; only such a file may be deleted by `tfa rekey --forget-old`.
    pub own: bool,
}

impl Store {
    /// Opens the store at `path`: a SQLite file, or a PostgreSQL database
    /// when it is a `postgres://` (or `postgresql://`) URL.
    pub fn open(path: &Path, key_path: &Path, mode: Open) -> Result<Store> {
        if let Some(url) = path.to_str().filter(|_| postgres::is_url(path)) {
            let mut store = Store {
                conn: postgres::connect(url)?,
                path: postgres::shown(url).into(),
                key_path: key_path.to_owned(),
                key: RefCell::new(None),
                new: false,
                bound_now: false,
            };
            store.prepare(mode)?;
            if mode != Open::Existing {
                store.ensure_key()?;
            }
            return Ok(store);
        }
        if trust::check_file(path, Role::Store)?.is_none() {
            // A command that only reads never makes a store, nor answers from none.
            if mode == Open::Existing {
                return Err(StoreError::Missing { path: path.to_owned() });
            }
            create_file(path)?;
            trust::check_file(path, Role::Store)?;
        }
        trust::check_dirs(path, Role::Store)?;
        trust::check_journals(path)?;
        let wal = trust::sidecar(path, "-wal");
        let had_wal = wal.exists();
        let conn = rusqlite::Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        let mut store = Store {
            conn: Connection::sqlite(conn),
            path: path.to_owned(),
            key_path: key_path.to_owned(),
            key: RefCell::new(None),
            new: false,
            bound_now: false,
        };
        store.prepare(mode).map_err(|e| match e {
            StoreError::Sqlite(e) | StoreError::Db(sql::Error::Sqlite(e)) => classify(path, e),
            other => other,
        })?;
        // SQLite made any new journal with the store's mode: tfa's are 0600.
        trust::check_journals(path)?;
        if !had_wal && wal.exists() {
            // A new WAL's name is made durable before any answer rests on it
            // (SQLite is built without its own directory sync: .cargo/config.toml).
            sync_dir(path).map_err(|source| StoreError::Open { path: path.to_owned(), source })?;
        }
        if mode != Open::Existing {
            store.ensure_key()?;
        }
        Ok(store)
    }

    /// Whether this open made the store (from nothing, or an empty file).
    pub fn is_new(&self) -> bool {
        self.new
    }

    /// Whether this open (`Open::Init`) bound a store from before bindings to its key.
    pub fn was_bound_now(&self) -> bool {
        self.bound_now
    }

    /// Pragmas on every connection; the version check comes before anything
    /// that could write, so a newer store is left byte-for-byte unchanged,
    /// and so is an empty file or another program's database.
    fn prepare(&mut self, mode: Open) -> Result<()> {
        if let Some(conn) = self.conn.as_sqlite() {
            conn.busy_timeout(BUSY_TIMEOUT)?;
        }
        // The version and the binding are read in one snapshot, before anything is
        // written: a store that is not bound to this key is left as it is.
        let (version, binding) = {
            let _snapshot = self.conn.begin(Begin::Read)?;
            let version = self.schema_version()?;
            if version > SCHEMA_VERSION {
                return Err(StoreError::Newer { path: self.path.clone(), found: version });
            }
            let binding = if version == 0 {
                if !self.tables()?.is_empty() {
                    let detail = "a database with no tfa schema but tables of its own".to_owned();
                    return Err(StoreError::Corrupt { path: self.path.clone(), detail });
                }
                Binding::Unbound
            } else {
                self.binding().map_err(|e| match e {
                    StoreError::Sqlite(e) | StoreError::Db(sql::Error::Sqlite(e)) => {
                        StoreError::Corrupt { path: self.path.clone(), detail: e.to_string() }
                    }
                    other => other,
                })?
            };
            (version, binding)
        };
        match (&binding, mode) {
            // A database tfa never wrote to is no store yet, as a missing file is.
            (Binding::Unbound, Open::Existing) if version == 0 && self.conn.is_postgres() => {
                return Err(StoreError::Missing { path: self.path.clone() })
            }
            (Binding::Unbound, Open::Existing) => return Err(StoreError::Empty { path: self.path.clone() }),
            (Binding::Unbound, _) => self.new = true,
            // Made by a tfa from before bindings, with this key's fingerprint: the
            // fingerprint is no proof of the key, so only the operator's `tfa init` binds it.
            (Binding::Fingerprint(_), Open::Existing | Open::Create) => {
                return Err(StoreError::NotYetBound { path: self.path.clone(), key_path: self.key_path.clone() })
            }
            _ => {}
        }
        if let Some(conn) = self.conn.as_sqlite_mut() {
            sqlite_settings(conn)?;
            if version < SCHEMA_VERSION {
                if let Err(e) = Migrations::from_slice(MIGRATIONS).to_latest(conn) {
                    // Another process made or upgraded the store at the same moment; its binding is checked below.
                    let now: i64 = conn.query_row("PRAGMA user_version", (), |r| r.get(0))?;
                    if now != SCHEMA_VERSION {
                        return Err(e.into());
                    }
                }
            }
        } else if version < SCHEMA_VERSION {
            postgres::migrate(&self.conn, &self.path)?;
        }
        match binding {
            Binding::Bound(key) => self.remember(Rc::new(key))?,
            Binding::Fingerprint(key) => {
                self.bind(&key)?;
                self.remember(Rc::new(key))?;
                self.bound_now = true;
            }
            // Bound by `ensure_key`, once the key is found or made.
            Binding::Unbound => {}
        }
        Ok(())
    }

    /// How the store is bound to the key at `key_path`; reads only. A store
    /// with no fingerprint must hold nothing at all (a store whose making
    /// was cut short); one with another key's fingerprint, or whose
    /// binding does not verify under this key, is refused.
    fn binding(&self) -> Result<Binding> {
        let Some(key_id) = self.meta("key_id")? else {
            return match self.holds_nothing()? {
                true => Ok(Binding::Unbound),
                false => Err(StoreError::Unbound { path: self.path.clone() }),
            };
        };
        let key = StoreKey::load(&self.key_path)?;
        if key_id != key.id() {
            return Err(KeyError::Wrong { path: self.key_path.clone() }.into());
        }
        match (self.meta("store_id")?, self.meta("key_binding")?) {
            (Some(store_id), Some(tag)) if key.binds_store(&store_id, &tag) => Ok(Binding::Bound(key)),
            (None, None) => Ok(Binding::Fingerprint(key)),
            _ => Err(StoreError::Forged { path: self.path.clone(), key_path: self.key_path.clone() }),
        }
    }

    /// The schema version: SQLite's `user_version`; PostgreSQL's `tfa_schema` table.
    fn schema_version(&self) -> Result<i64> {
        match self.conn.as_sqlite() {
            Some(conn) => Ok(conn.query_row("PRAGMA user_version", (), |r| r.get(0))?),
            None => postgres::schema_version(&self.conn),
        }
    }

    /// The database's tables (not the backend's own, nor PostgreSQL's version table).
    fn tables(&self) -> Result<Vec<String>> {
        let sql = match self.conn.as_sqlite() {
            Some(_) => "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
            None => postgres::TABLES,
        };
        Ok(self.conn.query_map(sql, (), |r| r.get(0))?.collect::<sql::Result<_>>()?)
    }

    /// Whether no table holds a row.
    fn holds_nothing(&self) -> Result<bool> {
        for table in self.tables()? {
            let sql = format!("SELECT EXISTS (SELECT 1 FROM \"{}\")", table.replace('"', "\"\""));
            if self.conn.query_row(&sql, (), |r| r.get::<_, bool>(0))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Binds the store to `key`: its fingerprint, a random id for the store,
    /// and the MAC of that id under the key; then checks what another
    /// process making the store at the same moment may have written first.
    fn bind(&self, key: &StoreKey) -> Result<()> {
        let tx = self.immediate()?;
        let insert = "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING";
        tx.execute(insert, ["key_id", &key.id()])?;
        tx.execute(insert, ["store_id", &crypto::hex(&crypto::random_bytes::<16>())])?;
        let store_id: String = tx.query_row("SELECT value FROM meta WHERE key = 'store_id'", (), |r| r.get(0))?;
        tx.execute(insert, ["key_binding", &key.store_binding(&store_id)])?;
        tx.commit().map_err(|source| StoreError::Write { path: self.path.clone(), source })?;
        match self.binding()? {
            Binding::Bound(_) => Ok(()),
            _ => Err(StoreError::Forged { path: self.path.clone(), key_path: self.key_path.clone() }),
        }
    }

    /// A new store gets its key: the existing key file if there is one
    /// (several stores may share a key), else a new one; the store is
    /// bound to it (its fingerprint, a random store id and the MAC of that
    /// id under the key) and recorded beside the key as one of its users.
    /// An existing store never gets a new key. The key's lock keeps this
    /// apart from a rekey.
    fn ensure_key(&self) -> Result<()> {
        if self.key.borrow().is_some() {
            return Ok(());
        }
        let lock = match KeyLock::acquire(&self.key_path, key_file::LOCK_WAIT) {
            Ok(lock) => Some(lock),
            // A key in a directory this user cannot write, that no store has
            // recorded itself beside: its users stay unknown, which no rekey
            // in place accepts.
            Err(KeyError::Lock { .. })
                if self.key_path.exists() && !key_file::sibling(&self.key_path, ".stores").exists() =>
            {
                None
            }
            Err(e) => return Err(e.into()),
        };
        let tx = self.immediate()?;
        // Another process made the store at the same moment: its binding must verify under this key.
        if self.meta_in(&tx, "key_id")?.is_some() {
            drop(tx);
            return self.check_bound();
        }
        let (key, made) = match StoreKey::load(&self.key_path) {
            Err(KeyError::Missing { .. }) => {
                // Its directory is made private, and checked, before a key is written into it.
                let err = |source| KeyError::Create { path: self.key_path.clone(), source };
                if let Some(dir) = self.key_path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    fs::create_dir_all(dir).map_err(err)?;
                }
                trust::check_dirs(&self.key_path, Role::Key).map_err(KeyError::from)?;
                (StoreKey::create(&self.key_path)?, true)
            }
            other => (other?, false),
        };
        let store_id = self.store_id(&tx)?;
        if lock.is_some() {
            let user = KeyUser { store_id: store_id.clone(), path: self.location() };
            key_file::add_user(&self.key_path, user, made)?;
        }
        tx.execute("INSERT INTO meta (key, value) VALUES ('key_id', ?1)", [key.id()])?;
        tx.execute("INSERT INTO meta (key, value) VALUES ('key_binding', ?1)", [key.store_binding(&store_id)])?;
        tx.commit().map_err(|source| StoreError::Write { path: self.path.clone(), source })?;
        self.check_bound()
    }

    /// Reads the binding again and keeps the key it verifies under.
    fn check_bound(&self) -> Result<()> {
        match self.binding()? {
            Binding::Bound(key) => self.remember(Rc::new(key)),
            _ => Err(StoreError::Forged { path: self.path.clone(), key_path: self.key_path.clone() }),
        }
    }

    /// The store key, checked against the store's `key_id` whenever another
    /// process has committed since it was last checked. Called inside a
    /// write transaction, the key it returns is the one the store is sealed
    /// with until that transaction ends: a rekey cannot come in between.
    pub fn key(&self) -> Result<Rc<StoreKey>> {
        let version = self.data_version()?;
        if let Some(loaded) = self.key.borrow().as_ref().filter(|l| version.is_some() && l.checked_at == version) {
            return Ok(Rc::clone(&loaded.key));
        }
        let id = self.meta("key_id")?;
        let cached = self.key.borrow().as_ref().map(|l| Rc::clone(&l.key));
        let key = match cached {
            Some(key) if id.as_deref().is_none_or(|id| id == key.id()) => key,
            // Never read, or the store was rekeyed since: read the key file again.
            _ => {
                let key = StoreKey::load(&self.key_path)?;
                if id.is_some_and(|id| id != key.id()) {
                    return Err(KeyError::Wrong { path: self.key_path.clone() }.into());
                }
                Rc::new(key)
            }
        };
        *self.key.borrow_mut() = Some(LoadedKey { key: Rc::clone(&key), checked_at: version });
        Ok(key)
    }

    fn remember(&self, key: Rc<StoreKey>) -> Result<()> {
        *self.key.borrow_mut() = Some(LoadedKey { key, checked_at: self.data_version()? });
        Ok(())
    }

    /// Changes when another connection commits (SQLite's `data_version`).
    /// PostgreSQL has nothing like it: there, the current write transaction's
    /// number (no rekey can come in while it holds the lock), else `None`:
    /// check every time.
    fn data_version(&self) -> Result<Option<i64>> {
        match self.conn.as_sqlite() {
            Some(conn) => Ok(Some(conn.prepare_cached("PRAGMA data_version")?.query_row((), |r| r.get(0))?)),
            None => Ok(self.conn.write_generation()),
        }
    }

    /// Reseals every secret from `old` to `new`, records `new`'s id and
    /// where the old key was left, in the caller's transaction; the caller
    /// puts the key files in place before it commits.
    pub fn reseal(&self, tx: &Transaction<'_>, old: &StoreKey, new: &StoreKey, left: &OldKey) -> Result<usize> {
        let count = methods::reseal_all(tx, old, new)?;
        tx.execute("UPDATE meta SET value = ?1 WHERE key = 'key_id'", [new.id()])?;
        // The binding moves to the new key with the seeds (every open store is bound).
        let store_id = self.store_id(tx)?;
        tx.execute("UPDATE meta SET value = ?1 WHERE key = 'key_binding'", [new.store_binding(&store_id)])?;
        let own = if left.own { "1" } else { "0" };
        for (key, value) in [
            ("old_key_file", left.file.to_string_lossy().as_ref()),
            ("old_key_id", left.id.as_str()),
            ("old_key_own", own),
        ] {
            put_meta(tx, key, value)?;
        }
        // Read again from the key file at the next use, once the swap is committed.
        *self.key.borrow_mut() = None;
        Ok(count)
    }

    /// The key the store was sealed with before its last rekey, if a rekey
    /// recorded one and `--forget-old` has not dealt with it.
    pub fn old_key(&self) -> Result<Option<OldKey>> {
        let (Some(file), Some(id)) = (self.meta("old_key_file")?, self.meta("old_key_id")?) else {
            return Ok(None);
        };
        Ok(Some(OldKey { file: file.into(), id, own: self.meta("old_key_own")?.as_deref() == Some("1") }))
    }

    /// Forgets the record of the old key (it was deleted, or is gone).
    pub fn clear_old_key(&self, tx: &Transaction<'_>) -> Result<()> {
        tx.execute("DELETE FROM meta WHERE key IN ('old_key_file', 'old_key_id', 'old_key_own')", ())?;
        Ok(())
    }

    /// The id of the key the store is sealed with, as the store records it.
    pub fn key_id(&self) -> Result<Option<String>> {
        self.meta("key_id")
    }

    /// The store's own random id, recorded beside the key files it uses;
    /// made, in the caller's transaction, for a store that has none.
    pub fn store_id(&self, tx: &Transaction<'_>) -> Result<String> {
        let made = crypto::hex(&crypto::random_bytes::<16>());
        tx.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?1) ON CONFLICT (key) DO NOTHING", [&made])?;
        Ok(self.meta_in(tx, "store_id")?.unwrap_or(made))
    }

    /// The file's path, or the PostgreSQL URL without its password.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the store is, as recorded beside the key files it uses: the
    /// file's absolute path, or the URL (without its password).
    pub fn location(&self) -> String {
        match self.conn.is_postgres() {
            true => self.path.display().to_string(),
            false => std::path::absolute(&self.path).unwrap_or_else(|_| self.path.clone()).display().to_string(),
        }
    }

    /// Moves every committed page into the store file and empties the WAL,
    /// so a secret deleted (and zeroed, `secure_delete`) is gone from both.
    /// PostgreSQL keeps dead rows until its own vacuum: nothing to do here.
    pub fn scrub(&self) -> Result<()> {
        let Some(conn) = self.conn.as_sqlite() else {
            return Ok(());
        };
        // Readers keep their pages until they finish: try a few times.
        for _ in 0..50 {
            let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", (), |r| r.get(0))?;
            if busy == 0 {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(StoreError::Busy { path: self.path.clone() })
    }

    /// Once the WAL has grown past `bound` bytes: moves its pages into the store
    /// file and empties it, if no other process is reading (else the next
    /// writer does). What is committed is durable either way. Only after
    /// this connection wrote: a command that only reads writes nothing.
    pub fn trim_wal(&self, bound: u64) {
        let Some(conn) = self.conn.as_sqlite() else {
            return;
        };
        let big =
            conn.total_changes() > 0 && fs::metadata(trust::sidecar(&self.path, "-wal")).is_ok_and(|m| m.len() > bound);
        if big && conn.busy_timeout(Duration::ZERO).is_ok() {
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", (), |_| Ok(()));
            let _ = conn.busy_timeout(BUSY_TIMEOUT);
        }
    }

    /// A connection that decides many codes (`verify --batch`).
    pub fn for_batch(&self) -> Result<()> {
        // 64 MiB of pages rather than 2: the accounts a batch names are read again and again.
        if let Some(conn) = self.conn.as_sqlite() {
            conn.pragma_update(None, "cache_size", -65536)?;
        }
        Ok(())
    }

    /// Rebuilds the store file (`VACUUM`), then scrubs: no free page keeps
    /// what was deleted before `secure_delete` was on (an older tfa).
    /// On PostgreSQL, `VACUUM FULL` rewrites the tables without their dead rows.
    pub fn purge(&self) -> Result<()> {
        let vacuum = if self.conn.is_postgres() { "VACUUM FULL" } else { "VACUUM" };
        self.conn.execute_batch(vacuum).map_err(|source| StoreError::Write { path: self.path.clone(), source })?;
        self.scrub()
    }

    pub fn key_path(&self) -> &Path {
        &self.key_path
    }

    /// Copies the store to `dest` with SQLite's online backup API, in one
    /// step, so the copy is one consistent snapshot while others write.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let Some(conn) = self.conn.as_sqlite() else {
            return Err(StoreError::BackupOfDatabase);
        };
        let mut copy = rusqlite::Connection::open(dest)?;
        let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
        // -1: every page in one step, under one read snapshot.
        while backup.step(-1)? != rusqlite::backup::StepResult::Done {
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(())
    }

    fn meta(&self, key: &str) -> Result<Option<String>> {
        self.meta_in(&self.conn, key)
    }

    fn meta_in(&self, conn: &Connection, key: &str) -> Result<Option<String>> {
        meta_value(conn, key)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A write transaction that takes the lock at once (`BEGIN IMMEDIATE`),
    /// so a check and the update it leads to cannot interleave with another
    /// process's. It borrows the store shared, so the key stays reachable.
    pub fn immediate(&self) -> Result<Transaction<'_>> {
        self.conn.begin(Begin::Write).map_err(|source| StoreError::Write { path: self.path.clone(), source })
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.trim_wal(WAL_BOUND);
    }
}

/// Every SQLite connection's settings.
fn sqlite_settings(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a code reported as used is on disk before the answer is printed.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Deleted and overwritten secrets are zeroed in the file, not left in free space.
    conn.pragma_update(None, "secure_delete", "ON")?;
    // The WAL stays between runs: a verify pays the fsync of its commit, not a
    // new WAL (header, fsync, directory fsync) and a checkpoint at close (two
    // more). SQLite's own checkpoints are off: the next process would rebuild
    // the WAL's index without them and find nothing checkpointed, so the WAL
    // would only grow; `trim_wal` empties it (TRUNCATE) past WAL_BOUND.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    Ok(())
}

/// Creates an empty 0600 store file, and its directory, which must be
/// one that no one else can change.
fn create_file(path: &Path) -> Result<()> {
    let err = |source| StoreError::Open { path: path.to_owned(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(err)?;
    }
    trust::check_dirs(path, Role::Store)?;
    let file = OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path).map_err(err)?;
    file.set_permissions(fs::Permissions::from_mode(0o600)).map_err(err)?;
    Ok(())
}

/// fsyncs the directory that holds `path`, so a file just made in it stays.
fn sync_dir(path: &Path) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::File::open(dir)?.sync_all()
}

/// Names a damaged or foreign file as such rather than as a bare SQLite error.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            StoreError::Corrupt { path: path.to_owned(), detail: e.to_string() }
        }
        _ => StoreError::Use { path: path.to_owned(), source: e.into() },
    }
}

/// One store-wide setting (the `meta` table), if set.
pub(crate) fn meta_value(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Sets one store-wide setting, replacing what it was.
pub(crate) fn put_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An in-memory store with a fresh key, for store and command tests; a
    /// database of its own when `TFA_TEST_PG` names a PostgreSQL server, so
    /// that the same tests hold the PostgreSQL store to the same contract.
    pub fn memory_store() -> Store {
        if let Some(server) = std::env::var("TFA_TEST_PG").ok().filter(|s| !s.is_empty()) {
            return postgres_store(&server);
        }
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn).unwrap();
        let store = Store {
            conn: Connection::sqlite(conn),
            path: ":memory:".into(),
            key_path: "/nonexistent".into(),
            key: RefCell::new(None),
            new: false,
            bound_now: false,
        };
        store.remember(Rc::new(StoreKey::generate())).unwrap();
        store
    }

    /// A fresh database on the server (left for the throwaway test cluster to
    /// take away), opened as a store with a key of its own.
    fn postgres_store(server: &str) -> Store {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!("tfa_unit_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut admin = ::postgres::Client::connect(server, ::postgres::NoTls).expect("TFA_TEST_PG");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("create a database");
        let (base, _) = server.split_once('?').unwrap_or((server, ""));
        let url = format!("{}/{name}", base.rsplit_once('/').map_or(base, |(host, _)| host));
        let keys = tempfile::tempdir().expect("temp dir").keep();
        Store::open(Path::new(&url), &keys.join("key"), Open::Create).expect("a PostgreSQL store")
    }

    /// A new account with nothing but its name, for tests that need one.
    pub fn account(conn: &Connection, name: &str) -> crate::core::account::Account {
        let new = accounts::NewAccount { name, email: None, phone: None, password_hash: None };
        accounts::insert(conn, &new, 0).unwrap().unwrap()
    }

    #[test]
    fn migrations_are_valid() {
        Migrations::from_slice(MIGRATIONS).validate().unwrap();
    }

    #[test]
    fn a_new_store_is_private_and_keyed() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = (dir.path().join("a/tfa.db"), dir.path().join("b/key"));
        let store = Store::open(&db, &key, Open::Create).unwrap();
        assert!(store.key().is_ok());
        for p in [&db, &key] {
            assert_eq!(fs::metadata(p).unwrap().permissions().mode() & 0o777, 0o600, "{p:?}");
        }
        drop(store);
        // Reopening with another key file is refused by name, at once.
        let other = dir.path().join("other-key");
        StoreKey::create(&other).unwrap();
        let err = Store::open(&db, &other, Open::Existing).err().unwrap();
        assert!(matches!(err, StoreError::Key(KeyError::Wrong { .. })), "{err:?}");
    }

    #[test]
    fn the_key_is_checked_again_after_another_process_rekeys() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = (dir.path().join("tfa.db"), dir.path().join("key"));
        let a = Store::open(&db, &key, Open::Create).unwrap();
        let old_id = a.key().unwrap().id();
        // Another process reseals under a new key in the same key file.
        let b = Store::open(&db, &key, Open::Existing).unwrap();
        let old = b.key().unwrap();
        let tx = b.immediate().unwrap();
        fs::remove_file(&key).unwrap();
        let new = StoreKey::create(&key).unwrap();
        let left = OldKey { file: dir.path().join("key.old"), id: old.id(), own: true };
        b.reseal(&tx, &old, &new, &left).unwrap();
        tx.commit().unwrap();
        // Under its write lock, a sees the store's new key, never the one it read before.
        let tx = a.immediate().unwrap();
        assert_eq!(a.key().unwrap().id(), new.id());
        assert_ne!(new.id(), old_id);
        drop(tx);
        assert_eq!(b.old_key().unwrap(), Some(left));
    }

    #[test]
    fn new_stores_record_themselves_beside_the_key_and_delete_securely() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key");
        let a = Store::open(&dir.path().join("a.db"), &key, Open::Create).unwrap();
        let users = key_file::users(&key).unwrap().unwrap();
        assert_eq!(users.len(), 1);
        assert!(users[0].path.ends_with("a.db"));
        let _b = Store::open(&dir.path().join("b.db"), &key, Open::Create).unwrap();
        let users = key_file::users(&key).unwrap().unwrap();
        assert_eq!(users.len(), 2);
        assert!(users[1].path.ends_with("b.db"));
        let tx = a.immediate().unwrap();
        assert_eq!(a.store_id(&tx).unwrap(), users[0].store_id);
        drop(tx);
        let on: i64 = a.conn().query_row("PRAGMA secure_delete", (), |r| r.get(0)).unwrap();
        assert_eq!(on, 1);
    }

    fn set_meta(db: &Path, sql: &str) {
        rusqlite::Connection::open(db).unwrap().execute_batch(sql).unwrap();
    }

    #[test]
    fn a_store_is_bound_to_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = (dir.path().join("tfa.db"), dir.path().join("key"));
        let store = Store::open(&db, &key, Open::Create).unwrap();
        store.conn().execute("INSERT INTO accounts (name, created_at) VALUES ('alice', 0)", ()).unwrap();
        drop(store);
        Store::open(&db, &key, Open::Existing).unwrap();
        // A binding that does not verify: altered, or made without the key.
        set_meta(&db, &format!("UPDATE meta SET value = '{}' WHERE key = 'key_binding'", "0".repeat(64)));
        let err = Store::open(&db, &key, Open::Existing).err().unwrap();
        assert!(matches!(err, StoreError::Forged { .. }), "{err:?}");
        // Half a binding is none.
        set_meta(&db, "DELETE FROM meta WHERE key = 'key_binding'");
        let err = Store::open(&db, &key, Open::Create).err().unwrap();
        assert!(matches!(err, StoreError::Forged { .. }), "{err:?}");
        // A store from before bindings, with this key's fingerprint: only `tfa init` binds it.
        set_meta(&db, "DELETE FROM meta WHERE key = 'store_id'");
        for mode in [Open::Existing, Open::Create] {
            let err = Store::open(&db, &key, mode).err().unwrap();
            assert!(matches!(err, StoreError::NotYetBound { .. }), "{err:?}");
        }
        assert!(Store::open(&db, &key, Open::Init).unwrap().was_bound_now());
        assert!(!Store::open(&db, &key, Open::Existing).unwrap().was_bound_now());
        // No fingerprint: refused while it holds anything.
        set_meta(&db, "DELETE FROM meta WHERE key IN ('key_id', 'store_id', 'key_binding')");
        for mode in [Open::Existing, Open::Create] {
            let err = Store::open(&db, &key, mode).err().unwrap();
            assert!(matches!(err, StoreError::Unbound { .. }), "{err:?}");
        }
        // One that holds nothing was cut short while being made: an empty store, bound by a command that writes.
        set_meta(&db, "DELETE FROM accounts; DELETE FROM events");
        let err = Store::open(&db, &key, Open::Existing).err().unwrap();
        assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
        Store::open(&db, &key, Open::Create).unwrap();
        Store::open(&db, &key, Open::Existing).unwrap();
    }

    #[test]
    fn reading_a_missing_or_empty_store_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tfa.db");
        let err = Store::open(&db, &dir.path().join("key"), Open::Existing).err().unwrap();
        assert!(matches!(err, StoreError::Missing { .. }), "{err:?}");
        assert!(!db.exists());
        OpenOptions::new().write(true).create_new(true).mode(0o600).open(&db).unwrap();
        let err = Store::open(&db, &dir.path().join("key"), Open::Existing).err().unwrap();
        assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
        assert_eq!(fs::metadata(&db).unwrap().len(), 0);
        assert!(Store::open(&db, &dir.path().join("key"), Open::Create).unwrap().is_new());
    }

    #[test]
    fn another_programs_database_is_not_written_into() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("other.db");
        rusqlite::Connection::open(&db).unwrap().execute_batch("CREATE TABLE notes (body TEXT)").unwrap();
        fs::set_permissions(&db, fs::Permissions::from_mode(0o600)).unwrap();
        let before = fs::read(&db).unwrap();
        for mode in [Open::Existing, Open::Create] {
            let err = Store::open(&db, &dir.path().join("key"), mode).err().unwrap();
            assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
        }
        assert_eq!(fs::read(&db).unwrap(), before);
    }

    #[test]
    fn garbage_is_named_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tfa.db");
        fs::write(&db, vec![0x42u8; 8192]).unwrap();
        fs::set_permissions(&db, fs::Permissions::from_mode(0o600)).unwrap();
        let err = Store::open(&db, &dir.path().join("key"), Open::Create).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    }
}
