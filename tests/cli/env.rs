//! `TestEnv`: a private temp dir with its own store and key, and a clean
//! environment, for running the built binary.
//!
//! The store is a SQLite file in the temp dir, or, when `TFA_TEST_PG` names a
//! PostgreSQL server (a URL whose user may create databases), a fresh
//! database of its own there, dropped when the env is.

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct TestEnv {
    dir: TempDir,
    pg: Option<PgDatabase>,
}

impl TestEnv {
    pub fn new() -> Self {
        let pg =
            std::env::var("TFA_TEST_PG").ok().filter(|url| !url.is_empty()).map(|url| PgDatabase::create(&url, None));
        TestEnv { dir: tempfile::tempdir().expect("temp dir"), pg }
    }

    /// An env whose store is a SQLite file even when `TFA_TEST_PG` is set.
    pub fn sqlite() -> Self {
        TestEnv { dir: tempfile::tempdir().expect("temp dir"), pg: None }
    }

    /// Whether the store is a PostgreSQL database (`TFA_TEST_PG`), not a file.
    pub fn postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// What tfa is given as `TFA_DB`: the file's path, or the database's URL.
    pub fn store(&self) -> OsString {
        match &self.pg {
            Some(pg) => pg.url.clone().into(),
            None => self.db().into(),
        }
    }

    /// Whether a store has been made: the file exists, or the database has tables.
    pub fn store_exists(&self) -> bool {
        match &self.pg {
            Some(pg) => {
                let mut client = pg.connect();
                let sql = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()";
                let n: i64 = client.query_one(sql, &[]).expect("list the tables").get(0);
                n > 0
            }
            None => self.db().exists(),
        }
    }

    /// Runs SQL statements (no parameters) on the store, whichever backend it is on.
    pub fn sql(&self, statements: &str) {
        let done = match &self.pg {
            Some(pg) => pg.connect().batch_execute(statements).map_err(|e| e.to_string()),
            None => rusqlite::Connection::open(self.db())
                .and_then(|c| c.execute_batch(statements))
                .map_err(|e| e.to_string()),
        };
        done.unwrap_or_else(|e| panic!("{statements}: {e}"));
    }

    /// The first column, as text, of every row a query on the store returns.
    /// Write it to give text on both backends (`CAST(x AS TEXT)`).
    pub fn query(&self, sql: &str) -> Vec<String> {
        match &self.pg {
            Some(pg) => {
                let rows = pg.connect().query(sql, &[]).unwrap_or_else(|e| panic!("{sql}: {e}"));
                rows.iter().map(|r| r.get::<_, String>(0)).collect()
            }
            None => {
                let conn = rusqlite::Connection::open(self.db()).expect("open store");
                let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap_or_else(|e| panic!("{sql}: {e}"));
                rows.map(|r| r.expect("row")).collect()
            }
        }
    }

    /// Everything the store holds, to search for what must never be in it:
    /// the file and its write-ahead log, or every value of every row (text
    /// and numbers as text, bytea as its bytes).
    pub fn store_bytes(&self) -> Vec<u8> {
        let Some(pg) = &self.pg else {
            let mut bytes = fs::read(self.db()).expect("db file");
            let mut wal = self.db().into_os_string();
            wal.push("-wal");
            bytes.extend(fs::read(wal).unwrap_or_default());
            return bytes;
        };
        let mut client = pg.connect();
        let tables = "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()";
        let names: Vec<String> = client.query(tables, &[]).expect("list the tables").iter().map(|r| r.get(0)).collect();
        let mut bytes = Vec::new();
        for table in names {
            for row in client.query(&format!("SELECT * FROM \"{table}\""), &[]).expect("read a table") {
                for (i, column) in row.columns().iter().enumerate() {
                    use postgres::types::Type;
                    let value = match *column.type_() {
                        Type::BYTEA => row.get::<_, Option<Vec<u8>>>(i),
                        Type::INT8 => row.get::<_, Option<i64>>(i).map(|n| n.to_string().into_bytes()),
                        _ => row.get::<_, Option<String>>(i).map(String::into_bytes),
                    };
                    bytes.extend(value.unwrap_or_default());
                    bytes.push(0);
                }
            }
        }
        bytes
    }

    /// A new env holding a copy of this one's store and of the key's
    /// directory (the key, and the record of its stores).
    pub fn copy(&self) -> TestEnv {
        let pg = self.pg.as_ref().map(|pg| PgDatabase::create(&pg.admin, Some(&pg.name)));
        let copy = TestEnv { dir: tempfile::tempdir().expect("temp dir"), pg };
        let mut dirs = vec![(self.key_file(), copy.key_file())];
        if !self.postgres() {
            self.checkpoint();
            dirs.push((self.db(), copy.db()));
        }
        for (from, to) in dirs {
            let (from, to) = (from.parent().expect("dir"), to.parent().expect("dir"));
            let Ok(entries) = fs::read_dir(from) else { continue };
            fs::create_dir_all(to).expect("mkdir");
            fs::set_permissions(to, fs::Permissions::from_mode(0o700)).expect("chmod");
            for entry in entries {
                let entry = entry.expect("entry");
                fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
            }
        }
        copy
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The SQLite store's file (none on PostgreSQL: see `store`).
    pub fn db(&self) -> PathBuf {
        self.path().join("data/tfa.db")
    }

    /// Moves the store's WAL (tfa keeps it between runs) into the store file
    /// and removes it, so the store is one file to copy, replace or damage.
    /// Nothing on PostgreSQL.
    pub fn checkpoint(&self) {
        if self.postgres() {
            return;
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open the store");
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
        // Closing the last connection removes the -wal and -shm.
    }

    pub fn key_file(&self) -> PathBuf {
        self.path().join("config/key")
    }

    /// The binary with only this env's variables: no caller's TFA_* leaks in.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tfa"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("TFA_DB", self.store())
            .env("TFA_KEY_FILE", self.key_file())
            .args(args);
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// Runs with empty stdin and returns the output, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).write_stdin("").output().expect("run tfa")
    }

    /// Runs with `stdin` on standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.cmd(args).write_stdin(stdin).output().expect("run tfa")
    }

    /// Runs, expects exit 0, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(code(&out), 0, "tfa {args:?} failed: {}", stderr(&out));
        stdout(&out)
    }

    /// Runs with `--json`, expects `exit`, returns the parsed document.
    pub fn json(&self, args: &[&str], exit: i32) -> serde_json::Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert_eq!(code(&out), exit, "tfa {all:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("tfa {all:?} printed no JSON ({e}): {}", stdout(&out)))
    }

    /// Enrolls an active TOTP app for `name` and returns its base32 secret.
    /// Moves every sent code's challenge `secs` into the past, as if that
    /// long had gone by (the resend throttle is a minute).
    pub fn age_challenges(&self, secs: i64) {
        self.sql(&format!("UPDATE challenges SET created_at = created_at - {secs}, expires_at = expires_at - {secs}"));
    }

    pub fn enroll_active(&self, name: &str) -> String {
        let v = self.json(&["enroll", name, "totp", "--no-confirm"], 0);
        v["secret"].as_str().expect("secret").to_owned()
    }

    /// The code `tfa code` gives for `name` at a Unix time.
    pub fn code_at(&self, name: &str, at: u64) -> String {
        self.ok(&["code", name, "--at", &at.to_string()]).trim().to_owned()
    }

    /// The code of `name`'s first pending app at a Unix time (`tfa code`
    /// alone shows only an active app's).
    pub fn pending_code_at(&self, name: &str, at: u64) -> String {
        let methods = self.json(&["methods", name], 0);
        let pending = methods["methods"].as_array().and_then(|all| all.iter().find(|m| m["status"] == "pending"));
        let id = pending.expect("a pending method")["id"].to_string();
        self.ok(&["code", name, "--method", &id, "--at", &at.to_string()]).trim().to_owned()
    }
}

/// A database of its own on the `TFA_TEST_PG` server, dropped with the env.
struct PgDatabase {
    /// The server URL as given, for CREATE and DROP DATABASE.
    admin: String,
    name: String,
    url: String,
}

impl PgDatabase {
    /// A fresh database, empty, or a copy of `template`.
    fn create(admin: &str, template: Option<&str>) -> Self {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let name = format!("tfa_test_{}_{n}_{:08x}", std::process::id(), rand::random::<u32>());
        let mut client = admin_client(admin);
        let sql = match template {
            Some(t) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{t}\""),
            None => format!("CREATE DATABASE \"{name}\""),
        };
        client.batch_execute(&sql).unwrap_or_else(|e| panic!("TFA_TEST_PG: {sql}: {e}"));
        PgDatabase { url: with_database(admin, &name), admin: admin.to_owned(), name }
    }

    fn connect(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap_or_else(|e| panic!("connect to {}: {e}", self.url))
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name);
        if let Err(e) = admin_client(&self.admin).batch_execute(&sql) {
            eprintln!("TFA_TEST_PG: {sql}: {e}");
        }
    }
}

fn admin_client(admin: &str) -> postgres::Client {
    postgres::Client::connect(admin, postgres::NoTls).unwrap_or_else(|e| panic!("TFA_TEST_PG={admin}: {e}"))
}

/// `url` (postgres://user@host:port/db?options) naming database `name` instead.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, ""), |(b, q)| (b, q));
    let start = base.find("://").unwrap_or_else(|| panic!("TFA_TEST_PG={url}: not a postgres:// URL")) + 3;
    let end = base[start..].find('/').map_or(base.len(), |i| start + i);
    let query = if query.is_empty() { String::new() } else { format!("?{query}") };
    format!("{}/{name}{query}", &base[..end])
}

#[test]
fn a_database_url_names_another_database() {
    assert_eq!(with_database("postgres://tfa@127.0.0.1:5432/postgres", "t"), "postgres://tfa@127.0.0.1:5432/t");
    assert_eq!(with_database("postgres://u:p@h/db?sslmode=disable", "t"), "postgres://u:p@h/t?sslmode=disable");
    assert_eq!(with_database("postgresql://h:1", "t"), "postgresql://h:1/t");
}

/// The harness itself on PostgreSQL: every env has a database of its own,
/// the helpers reach it, and dropping the env drops the database.
#[test]
fn a_postgres_env_has_its_own_database_and_drops_it() {
    let Some(admin) = std::env::var("TFA_TEST_PG").ok().filter(|url| !url.is_empty()) else {
        return;
    };
    let exists = |name: &str| {
        let sql = "SELECT count(*) FROM pg_database WHERE datname = $1";
        admin_client(&admin).query_one(sql, &[&name]).expect("pg_database").get::<_, i64>(0) == 1
    };
    let env = TestEnv::new();
    assert!(env.postgres() && !env.store_exists());
    let name = env.pg.as_ref().expect("a database").name.clone();
    assert!(exists(&name));
    env.sql(
        "CREATE TABLE t (id BIGINT PRIMARY KEY, note TEXT, mac BYTEA); INSERT INTO t VALUES (7, 'seven', '\\x00ff')",
    );
    assert!(env.store_exists());
    assert_eq!(env.query("SELECT CAST(id AS TEXT) || ' ' || note FROM t"), ["7 seven"]);
    assert!(env.store_bytes().windows(2).any(|w| w == [0x00, 0xff]));
    let copy = env.copy();
    let copied = copy.pg.as_ref().expect("a database").name.clone();
    assert_ne!(copied, name);
    assert_eq!(copy.query("SELECT note FROM t"), ["seven"]);
    // Held open, as a tfa process killed mid-test would: dropped all the same.
    let _held = env.pg.as_ref().expect("a database").connect();
    drop(env);
    drop(copy);
    assert!(!exists(&name) && !exists(&copied));
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code, not a signal")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970").as_secs()
}

/// Waits, if needed, until at least `margin` seconds remain in the current
/// 30 s step, so a test that reasons in steps does not straddle a boundary.
pub fn fresh_step(margin: u64) -> u64 {
    let now = unix_now();
    if 30 - now % 30 < margin {
        std::thread::sleep(std::time::Duration::from_secs(30 - now % 30));
    }
    unix_now()
}

/// A delivery command: a shell script in the test's directory. Every
/// message it is given is appended, one JSON document a line, to `inbox`.
pub struct Gateway {
    pub script: PathBuf,
    pub inbox: PathBuf,
}

impl Gateway {
    /// A script that takes the message and then runs `then` (sh syntax).
    pub fn new(env: &TestEnv, name: &str, then: &str) -> Self {
        let script = env.path().join(name);
        let inbox = env.path().join(format!("{name}.inbox"));
        let body = format!("#!/bin/sh\n{{ cat; echo; }} >> '{}'\n{then}\n", inbox.display());
        fs::write(&script, body).expect("write gateway script");
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("chmod gateway script");
        Gateway { script, inbox }
    }

    /// Takes every message and exits 0.
    pub fn working(env: &TestEnv) -> Self {
        Self::new(env, "gateway.sh", "exit 0")
    }

    pub fn messages(&self) -> Vec<Value> {
        fs::read_to_string(&self.inbox)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("a JSON message"))
            .collect()
    }

    pub fn last(&self) -> Value {
        self.messages().pop().expect("a message arrived")
    }

    pub fn last_code(&self) -> String {
        self.last()["code"].as_str().expect("code").to_owned()
    }

    /// Runs tfa with this gateway as its delivery command.
    pub fn run(&self, env: &TestEnv, args: &[&str]) -> Output {
        env.cmd(args).env("TFA_DELIVERY_COMMAND", &self.script).write_stdin("").output().expect("run tfa")
    }

    /// Runs with `--json`, expects `exit`, returns the document.
    pub fn json(&self, env: &TestEnv, args: &[&str], exit: i32) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(env, &all);
        assert_eq!(code(&out), exit, "tfa {all:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", stdout(&out)))
    }
}
