//! One connection type over the two backends, SQLite (embedded, one host)
//! and PostgreSQL (a store shared by several hosts), shaped like rusqlite's
//! so that the table modules are written once: `?N` parameters, rows read
//! by column index, `execute`, `query_row`, `query_map`, transactions.
//!
//! What differs between the backends stays here: how a statement is
//! prepared and cached, how values cross, and how a write transaction keeps
//! every check-and-update apart (SQLite: `BEGIN IMMEDIATE`, one writer per
//! file; PostgreSQL: one transaction-scoped advisory lock that every
//! writer, on every host, takes first).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use postgres::types::{to_sql_checked, IsNull, Kind, ToSql, Type};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("the query returned no row")]
    NoRows,
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Postgres(#[from] postgres::Error),
    #[error("column {column}: {detail}")]
    Conversion { column: usize, detail: String },
    #[error("a parameter: {0}")]
    Parameter(String),
    #[error("a statement of the transaction failed, so none of it was written")]
    Aborted,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A value that cannot be read as the type asked for.
    pub fn conversion(column: usize, detail: impl ToString) -> Error {
        Error::Conversion { column, detail: detail.to_string() }
    }

    /// PostgreSQL's SQLSTATE, if the server refused the statement.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            Error::Postgres(e) => e.code().map(|c| c.code()),
            _ => None,
        }
    }
}

/// `rusqlite::OptionalExtension`'s counterpart: no row is `None`.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A value on its way into a statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A value as read from a row.
#[derive(Debug, Clone, Copy)]
pub enum ValueRef<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value {
    fn as_ref(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Int(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

pub trait ToValue {
    fn to_value(&self) -> Result<Value>;
}

macro_rules! int_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Result<Value> {
                i64::try_from(*self).map(Value::Int).map_err(|_| Error::Parameter(format!("{self} is too large")))
            }
        }
    )*};
}
int_to_value!(i64, i32, i16, i8, u64, u32, u16, u8, usize);

impl ToValue for bool {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Int(i64::from(*self)))
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Real(*self))
    }
}

impl ToValue for str {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Text(self.to_owned()))
    }
}

impl ToValue for String {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Text(self.clone()))
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Blob(self.to_vec()))
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Blob(self.clone()))
    }
}

impl<const N: usize> ToValue for [u8; N] {
    fn to_value(&self) -> Result<Value> {
        Ok(Value::Blob(self.to_vec()))
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Result<Value> {
        Ok(self.clone())
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Result<Value> {
        match self {
            Some(v) => v.to_value(),
            None => Ok(Value::Null),
        }
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Result<Value> {
        (**self).to_value()
    }
}

/// A statement's parameters: `params![...]`, an array of one type, or `()`.
pub trait Params {
    fn values(self) -> Result<Vec<Value>>;
}

impl Params for () {
    fn values(self) -> Result<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl Params for &[&dyn ToValue] {
    fn values(self) -> Result<Vec<Value>> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

impl<T: ToValue, const N: usize> Params for [T; N] {
    fn values(self) -> Result<Vec<Value>> {
        self.iter().map(ToValue::to_value).collect()
    }
}

impl Params for Vec<Value> {
    fn values(self) -> Result<Vec<Value>> {
        Ok(self)
    }
}

/// `rusqlite::params!`'s counterpart.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::sql::ToValue]
    };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::store::sql::ToValue),+] as &[&dyn $crate::store::sql::ToValue]
    };
}
pub use params;

pub trait FromValue: Sized {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String>;
}

macro_rules! int_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
                match v {
                    ValueRef::Int(i) => <$t>::try_from(i).map_err(|_| format!("{i} is out of range")),
                    other => Err(format!("expected an integer, found {other:?}")),
                }
            }
        }
    )*};
}
int_from_value!(i64, i32, i16, u64, u32, u16, u8, usize);

impl FromValue for bool {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        i64::from_value(v).map(|i| i != 0)
    }
}

impl FromValue for f64 {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Int(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}

impl FromValue for String {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Text(s) => Ok(s.to_owned()),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Blob(b) => Ok(b.to_vec()),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}

impl<const N: usize> FromValue for [u8; N] {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Blob(b) => b.try_into().map_err(|_| format!("expected {N} bytes, found {}", b.len())),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// A column's index (rusqlite's `get::<_, T>(i)` reads the same here).
pub trait RowIndex {
    fn index(self) -> usize;
}

impl RowIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// One row of a result, from either backend.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    pub fn get<I: RowIndex, T: FromValue>(&self, i: I) -> Result<T> {
        let i = i.index();
        match self {
            Row::Sqlite(r) => {
                let v = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => ValueRef::Null,
                    rusqlite::types::ValueRef::Integer(i) => ValueRef::Int(i),
                    rusqlite::types::ValueRef::Real(f) => ValueRef::Real(f),
                    rusqlite::types::ValueRef::Text(t) => {
                        ValueRef::Text(std::str::from_utf8(t).map_err(|e| Error::conversion(i, e))?)
                    }
                    rusqlite::types::ValueRef::Blob(b) => ValueRef::Blob(b),
                };
                T::from_value(v).map_err(|e| Error::conversion(i, e))
            }
            Row::Postgres(r) => {
                let v = pg_value(r, i)?;
                T::from_value(v.as_ref()).map_err(|e| Error::conversion(i, e))
            }
        }
    }
}

/// A PostgreSQL column as a value: the integer widths, booleans (as 0 or
/// 1, as SQLite keeps them), text, bytes and floats; nothing else is used.
fn pg_value(r: &postgres::Row, i: usize) -> Result<Value> {
    let column = r.columns().get(i).ok_or_else(|| Error::conversion(i, "no such column"))?;
    let ty = column.type_().clone();
    let v = match ty {
        Type::INT8 => r.try_get::<_, Option<i64>>(i)?.map(Value::Int),
        Type::INT4 => r.try_get::<_, Option<i32>>(i)?.map(|v| Value::Int(v.into())),
        Type::INT2 => r.try_get::<_, Option<i16>>(i)?.map(|v| Value::Int(v.into())),
        Type::BOOL => r.try_get::<_, Option<bool>>(i)?.map(|v| Value::Int(v.into())),
        Type::FLOAT8 => r.try_get::<_, Option<f64>>(i)?.map(Value::Real),
        Type::FLOAT4 => r.try_get::<_, Option<f32>>(i)?.map(|v| Value::Real(v.into())),
        Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => r.try_get::<_, Option<String>>(i)?.map(Value::Text),
        Type::BYTEA => r.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Blob),
        other => return Err(Error::conversion(i, format!("unexpected column type {other}"))),
    };
    Ok(v.unwrap_or(Value::Null))
}

impl ToSql for Value {
    /// Binds to whatever type the server inferred for the parameter: the
    /// schema keeps every integer BIGINT, but an expression may ask for less.
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => Err(format!("an integer cannot be bound as {ty}").into()),
            },
            Value::Real(f) => f.to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// How a transaction begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Begin {
    /// Reads from one snapshot.
    Read,
    /// Takes the store's write lock at once, so a check and the update it
    /// leads to cannot interleave with another process's, on any host.
    Write,
}

/// The advisory lock every PostgreSQL write transaction takes first: the
/// counterpart of SQLite's one writer, across every host that shares the
/// database. ("tfa" in ASCII, so another application's locks are unlikely to meet it.)
const PG_WRITE_LOCK: i64 = 0x0074_6661;

pub struct Connection {
    backend: Backend,
}

enum Backend {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

struct Pg {
    client: RefCell<postgres::Client>,
    /// Statements run once (`None`), and those run again, prepared: see `Pg::run`.
    statements: RefCell<HashMap<String, Option<postgres::Statement>>>,
    /// Counts write transactions; set while one is open (see `write_generation`).
    writes: Cell<u64>,
    in_write: Cell<bool>,
    /// A statement of the open transaction failed: PostgreSQL has aborted
    /// it, and would answer its COMMIT by rolling back without an error.
    failed: Cell<bool>,
}

impl Connection {
    pub fn sqlite(conn: rusqlite::Connection) -> Connection {
        // Every statement goes through the cache: room for all a command uses.
        conn.set_prepared_statement_cache_capacity(64);
        Connection { backend: Backend::Sqlite(conn) }
    }

    pub fn postgres(client: postgres::Client) -> Connection {
        Connection {
            backend: Backend::Postgres(Box::new(Pg {
                client: RefCell::new(client),
                statements: RefCell::new(HashMap::new()),
                writes: Cell::new(0),
                in_write: Cell::new(false),
                failed: Cell::new(false),
            })),
        }
    }

    /// The SQLite connection, for what only a file store has (pragmas, WAL, backup).
    pub fn as_sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.backend {
            Backend::Sqlite(c) => Some(c),
            Backend::Postgres(_) => None,
        }
    }

    pub(crate) fn as_sqlite_mut(&mut self) -> Option<&mut rusqlite::Connection> {
        match &mut self.backend {
            Backend::Sqlite(c) => Some(c),
            Backend::Postgres(_) => None,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.backend, Backend::Postgres(_))
    }

    /// On PostgreSQL, inside a write transaction: a number no other write
    /// transaction of this connection has. Nothing another process commits
    /// can come in while it holds the write lock, so what was read under
    /// the same number (the store's key id) still holds.
    pub fn write_generation(&self) -> Option<i64> {
        match &self.backend {
            Backend::Postgres(pg) if pg.in_write.get() => Some(pg.writes.get() as i64),
            _ => None,
        }
    }

    /// A transaction ended (committed or rolled back).
    fn ended(&self) {
        if let Backend::Postgres(pg) = &self.backend {
            pg.in_write.set(false);
            pg.failed.set(false);
        }
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        let values = params.values()?;
        match &self.backend {
            Backend::Sqlite(c) => {
                Ok(c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(sqlite_values(&values)))?)
            }
            Backend::Postgres(pg) => {
                let n = match pg.prepared(sql)? {
                    Some(statement) => pg.noted(pg.client.borrow_mut().execute(&statement, &pg_untyped(&values)))?,
                    None => {
                        pg.noted(pg.client.borrow_mut().execute_typed(&numbered_parameters(sql), &pg_params(&values)))?
                    }
                };
                Ok(n as usize)
            }
        }
    }

    /// The first row's answer; `Error::NoRows` if there is none.
    pub fn query_row<P, T, F>(&self, sql: &str, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        let values = params.values()?;
        match &self.backend {
            Backend::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_values(&values)))?;
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)),
                    None => Err(Error::NoRows),
                }
            }
            Backend::Postgres(pg) => {
                let rows = pg.query(sql, &values)?;
                match rows.first() {
                    Some(r) => f(&Row::Postgres(r)),
                    None => Err(Error::NoRows),
                }
            }
        }
    }

    /// Every row's answer, in order.
    pub fn query_map<P, T, F>(&self, sql: &str, params: P, mut f: F) -> Result<std::vec::IntoIter<Result<T>>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        let values = params.values()?;
        let mut out = Vec::new();
        match &self.backend {
            Backend::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_values(&values)))?;
                while let Some(r) = rows.next()? {
                    out.push(f(&Row::Sqlite(r)));
                }
            }
            Backend::Postgres(pg) => {
                for r in pg.query(sql, &values)? {
                    out.push(f(&Row::Postgres(&r)));
                }
            }
        }
        Ok(out.into_iter())
    }

    /// Runs an INSERT and returns the new row's `id` (`Error::NoRows` when
    /// an `ON CONFLICT DO NOTHING` inserted nothing).
    pub fn insert<P: Params>(&self, sql: &str, params: P) -> Result<i64> {
        self.query_row(&format!("{sql} RETURNING id"), params, |r| r.get(0))
    }

    /// Whether the query returns a row.
    pub fn exists<P: Params>(&self, sql: &str, params: P) -> Result<bool> {
        self.query_row(sql, params, |_| Ok(())).optional().map(|r| r.is_some())
    }

    /// Statements with no parameters, one after another (a migration).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Backend::Postgres(pg) => pg.noted(pg.client.borrow_mut().batch_execute(sql)),
        }
    }

    /// rusqlite's statement handle, kept so the table modules read the same;
    /// statements are cached by the connection either way.
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement { conn: self, sql: sql.to_owned() })
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        self.prepare_cached(sql)
    }

    /// Begins a transaction; it rolls back when dropped uncommitted.
    pub fn begin(&self, how: Begin) -> Result<Transaction<'_>> {
        match (&self.backend, how) {
            (Backend::Sqlite(c), Begin::Read) => c.execute_batch("BEGIN DEFERRED")?,
            (Backend::Sqlite(c), Begin::Write) => c.execute_batch("BEGIN IMMEDIATE")?,
            (Backend::Postgres(pg), Begin::Read) => {
                pg.failed.set(false);
                pg.client.borrow_mut().batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ")?
            }
            (Backend::Postgres(pg), Begin::Write) => {
                // READ COMMITTED under the lock: each statement sees every
                // commit of the writers before, which released it only once committed.
                pg.failed.set(false);
                let mut client = pg.client.borrow_mut();
                // A wait for the lock ends as SQLite's busy timeout does: a store
                // error after 5 s (fail closed), never a sign-in that hangs.
                client.batch_execute("BEGIN ISOLATION LEVEL READ COMMITTED; SET LOCAL lock_timeout = '5s'")?;
                if let Err(e) = client.execute("SELECT pg_advisory_xact_lock($1)", &[&PG_WRITE_LOCK]) {
                    let _ = client.batch_execute("ROLLBACK");
                    return Err(e.into());
                }
                pg.writes.set(pg.writes.get() + 1);
                pg.in_write.set(true);
            }
        }
        Ok(Transaction { conn: self, open: true })
    }
}

impl Pg {
    /// A statement run for the first time goes with its parameters' types in
    /// one round trip (parse, bind and execute together): a process that runs
    /// each statement once (a verify) gains nothing from preparing. One run
    /// again (a batch, line after line) is prepared then, and later runs are
    /// a bind and execute of the prepared statement, with no parse.
    fn prepared(&self, sql: &str) -> Result<Option<postgres::Statement>> {
        let seen = self.statements.borrow().get(sql).cloned();
        match seen {
            None => {
                self.statements.borrow_mut().insert(sql.to_owned(), None);
                Ok(None)
            }
            Some(Some(statement)) => Ok(Some(statement)),
            Some(None) => {
                let statement = self.noted(self.client.borrow_mut().prepare(&numbered_parameters(sql)))?;
                self.statements.borrow_mut().insert(sql.to_owned(), Some(statement.clone()));
                Ok(Some(statement))
            }
        }
    }

    fn query(&self, sql: &str, values: &[Value]) -> Result<Vec<postgres::Row>> {
        self.noted(match self.prepared(sql)? {
            Some(statement) => self.client.borrow_mut().query(&statement, &pg_untyped(values)),
            None => self.client.borrow_mut().query_typed(&numbered_parameters(sql), &pg_params(values)),
        })
    }

    /// A statement's result; a failure is remembered until the transaction ends.
    fn noted<T>(&self, result: std::result::Result<T, postgres::Error>) -> Result<T> {
        result.map_err(|e| {
            self.failed.set(true);
            e.into()
        })
    }
}

fn pg_untyped(values: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

fn sqlite_values(values: &[Value]) -> impl Iterator<Item = rusqlite::types::Value> + '_ {
    values.iter().map(|v| match v {
        Value::Null => rusqlite::types::Value::Null,
        Value::Int(i) => rusqlite::types::Value::Integer(*i),
        Value::Real(f) => rusqlite::types::Value::Real(*f),
        Value::Text(s) => rusqlite::types::Value::Text(s.clone()),
        Value::Blob(b) => rusqlite::types::Value::Blob(b.clone()),
    })
}

/// Each value with its type, for a statement sent unprepared (`Pg::prepared`).
/// A NULL's type is left to the server (OID 0), as a prepare would.
fn pg_params(values: &[Value]) -> Vec<(&(dyn ToSql + Sync), Type)> {
    values
        .iter()
        .map(|v| {
            let ty = match v {
                Value::Null => Type::new("unspecified".into(), 0, Kind::Pseudo, "pg_catalog".into()),
                Value::Int(_) => Type::INT8,
                Value::Real(_) => Type::FLOAT8,
                Value::Text(_) => Type::TEXT,
                Value::Blob(_) => Type::BYTEA,
            };
            (v as &(dyn ToSql + Sync), ty)
        })
        .collect()
}

/// SQLite's `?1` (and bare `?`) as PostgreSQL's `$1`, outside quotes.
fn numbered_parameters(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let (mut quote, mut next) = (None, 1);
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '?') => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next.to_string();
                }
                next = digits.parse::<usize>().unwrap_or(next) + 1;
                out.push('$');
                out.push_str(&digits);
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

pub struct Statement<'c> {
    conn: &'c Connection,
    sql: String,
}

impl Statement<'_> {
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        self.conn.execute(&self.sql, params)
    }

    pub fn query_row<P, T, F>(&mut self, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        self.conn.query_row(&self.sql, params, f)
    }

    pub fn query_map<P, T, F>(&mut self, params: P, f: F) -> Result<std::vec::IntoIter<Result<T>>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        self.conn.query_map(&self.sql, params, f)
    }

    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        self.conn.exists(&self.sql, params)
    }

    pub fn insert<P: Params>(&mut self, params: P) -> Result<i64> {
        self.conn.insert(&self.sql, params)
    }
}

/// A transaction on a store's connection. It borrows the connection
/// shared, so the store (and its key) stay reachable inside it.
pub struct Transaction<'c> {
    conn: &'c Connection,
    open: bool,
}

impl Transaction<'_> {
    /// `Error::Aborted` (and a rollback, on drop) if a statement in it
    /// failed on PostgreSQL, where the COMMIT would roll back without a word.
    pub fn commit(mut self) -> Result<()> {
        if let Backend::Postgres(pg) = &self.conn.backend {
            if pg.failed.get() {
                return Err(Error::Aborted);
            }
        }
        self.conn.execute_batch("COMMIT")?;
        self.open = false;
        self.conn.ended();
        Ok(())
    }

    pub fn rollback(mut self) -> Result<()> {
        self.open = false;
        self.conn.ended();
        self.conn.execute_batch("ROLLBACK")
    }
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open {
            self.conn.ended();
            // A failed COMMIT (a full disk) may already have ended it on SQLite.
            if self.conn.as_sqlite().is_some_and(|c| c.is_autocommit()) {
                return;
            }
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_for_postgres_outside_quotes() {
        assert_eq!(numbered_parameters("SELECT ?1, ?2 WHERE a = ?1"), "SELECT $1, $2 WHERE a = $1");
        assert_eq!(numbered_parameters("SELECT ?, ? FROM t"), "SELECT $1, $2 FROM t");
        assert_eq!(numbered_parameters("SELECT '?1', \"a?\" , ?3"), "SELECT '?1', \"a?\" , $3");
    }

    #[test]
    fn values_cross_sqlite_both_ways() {
        let conn = Connection::sqlite(rusqlite::Connection::open_in_memory().unwrap());
        conn.execute_batch("CREATE TABLE t (i INTEGER, s TEXT, b BLOB)").unwrap();
        conn.execute("INSERT INTO t VALUES (?1, ?2, ?3)", params![7u32, "x", vec![1u8, 2]]).unwrap();
        conn.execute("INSERT INTO t VALUES (?1, ?2, ?3)", params![None::<i64>, None::<String>, None::<Vec<u8>>])
            .unwrap();
        type Line = (Option<u32>, Option<String>, Option<Vec<u8>>);
        let rows: Vec<Line> = conn
            .query_map("SELECT i, s, b FROM t ORDER BY rowid", (), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(rows, vec![(Some(7), Some("x".into()), Some(vec![1, 2])), (None, None, None)]);
        assert!(matches!(
            conn.query_row("SELECT i FROM t WHERE i = 9", (), |r| r.get::<_, i64>(0)),
            Err(Error::NoRows)
        ));
        assert!(conn.query_row("SELECT -1", (), |r| r.get::<_, u32>(0)).is_err(), "out of range is an error");
        assert!(u64::MAX.to_value().is_err());
    }

    #[test]
    fn a_dropped_transaction_rolls_back() {
        let conn = Connection::sqlite(rusqlite::Connection::open_in_memory().unwrap());
        conn.execute_batch("CREATE TABLE t (i INTEGER)").unwrap();
        {
            let tx = conn.begin(Begin::Write).unwrap();
            tx.execute("INSERT INTO t VALUES (1)", ()).unwrap();
        }
        let tx = conn.begin(Begin::Write).unwrap();
        tx.execute("INSERT INTO t VALUES (2)", ()).unwrap();
        tx.commit().unwrap();
        let all: Vec<i64> =
            conn.query_map("SELECT i FROM t", (), |r| r.get(0)).unwrap().collect::<Result<_>>().unwrap();
        assert_eq!(all, vec![2]);
    }

    /// PostgreSQL answers the COMMIT of a transaction that a failed statement
    /// aborted by rolling back, without an error: the commit must not say
    /// it wrote what it did not (a code's use, say).
    #[test]
    fn a_transaction_with_a_failed_statement_does_not_commit_on_postgres() {
        let store = crate::store::tests::memory_store();
        let conn = store.conn();
        if !conn.is_postgres() {
            return; // SQLite undoes the failed statement alone, and commits the rest.
        }
        conn.execute_batch("CREATE TABLE t (i BIGINT)").unwrap();
        let tx = conn.begin(Begin::Write).unwrap();
        tx.execute("INSERT INTO t VALUES (1)", ()).unwrap();
        assert!(tx.query_row("SELECT 1 / 0", (), |r| r.get::<_, i64>(0)).is_err());
        assert!(matches!(tx.commit(), Err(Error::Aborted)));
        assert!(!conn.exists("SELECT 1 FROM t", ()).unwrap(), "nothing of it was written");
        // The connection goes on: the next transaction commits.
        let tx = conn.begin(Begin::Write).unwrap();
        tx.execute("INSERT INTO t VALUES (2)", ()).unwrap();
        tx.commit().unwrap();
        assert_eq!(conn.query_row("SELECT i FROM t", (), |r| r.get::<_, i64>(0)).unwrap(), 2);
    }
}
