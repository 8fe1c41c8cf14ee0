//! Importing authenticators read from other tools' files (`core::import`):
//! every entry of one run in one transaction, so a run is all or nothing;
//! a seed an account already has is skipped, never a second method.

use anyhow::Result;

use super::enroll::{find_or_create_account, free_label, with_seed};
use super::notices::{self, Notice};
use super::Auth;
use crate::core::backup_code::{self, CodeHash, Salt};
use crate::core::import::Entry;
use crate::core::method::{Method, MethodKind, Status};
use crate::core::otp::App;
use crate::store::accounts;
use crate::store::backup_codes;
use crate::store::events::{self, Event};
use crate::store::methods::{self, NewApp};
use crate::store::Connection;

/// What was read, from where.
pub struct Input {
    /// The file (or `-`) it came from, as the operator named it.
    pub file: String,
    pub entries: Vec<Entry>,
}

/// What became of one entry.
#[derive(Debug)]
pub struct Row {
    pub account: String,
    pub file: String,
    pub line: usize,
    pub kind: MethodKind,
    pub label: String,
    /// The new method (`None` when skipped or in a dry run).
    pub method_id: Option<i64>,
    /// Why it was skipped; `None`: imported.
    pub skipped: Option<String>,
    /// Scratch codes that became the account's backup codes.
    pub scratch_codes: usize,
    pub account_created: bool,
    /// What of the old tool's settings tfa covers another way.
    pub reported: Vec<String>,
}

/// Scratch codes hashed ahead of the transaction: argon2id is slow, and the
/// store's write lock is not held meanwhile.
pub struct Hashed {
    salt: Salt,
    hashes: Vec<CodeHash>,
    /// The account's scratch set they were hashed for, to compare with (an
    /// import again); `None`: under a new salt, for a new set.
    set_id: Option<i64>,
}

/// Hashes an entry's scratch codes, calling `tick` after each: under the
/// salt of the account's scratch set if it has one (imported before), else
/// under a new salt. A file that lists none, for an account with a scratch
/// set, gives an empty list for that set: the old tool took them all.
pub fn hash_scratch_codes(auth: &Auth<'_>, entry: &Entry, tick: &mut dyn FnMut()) -> Result<Option<Hashed>> {
    let Some(codes) = &entry.scratch_codes else { return Ok(None) };
    let conn = auth.store.conn();
    let set = match accounts::find(conn, &entry.account)? {
        Some(account) => backup_codes::current_set(conn, account.id)?.filter(|set| set.scratch),
        None => None,
    };
    let (salt, set_id) = match set {
        Some(set) => (set.salt, Some(set.id)),
        None if codes.is_empty() => return Ok(None),
        None => (Salt::generate(&mut rand::rngs::OsRng), None),
    };
    let hashes = codes
        .iter()
        .map(|code| {
            let hash = backup_code::hash(code.as_str().as_bytes(), &salt);
            tick();
            hash
        })
        .collect();
    Ok(Some(Hashed { salt, hashes, set_id }))
}

/// Imports every entry of every input in one transaction; with `dry_run`
/// the same checks run and nothing is kept. `hashed[i]` holds the scratch
/// codes of the i-th entry (inputs in order), from `hash_scratch_codes`.
pub fn import(
    auth: &Auth<'_>,
    inputs: &[Input],
    hashed: Vec<Option<Hashed>>,
    dry_run: bool,
    now: u64,
) -> Result<Vec<Row>> {
    let tx = auth.store.immediate()?;
    let key = auth.store.key()?;
    let mut rows = Vec::new();
    let mut hashed = hashed.into_iter();
    for input in inputs {
        for entry in &input.entries {
            let scratch = hashed.next().flatten();
            let (account, account_created) = if dry_run {
                match accounts::find(&tx, &entry.account)? {
                    Some(account) => (Some(account), false),
                    None => (None, true),
                }
            } else {
                let (account, created) = find_or_create_account(auth, &tx, &entry.account, now)?;
                (Some(account), created)
            };
            let kind = if matches!(entry.app, App::Totp { .. }) { MethodKind::Totp } else { MethodKind::Hotp };
            let mut row = Row {
                account: entry.account.clone(),
                file: input.file.clone(),
                line: entry.line,
                kind,
                label: entry.label.clone(),
                method_id: None,
                skipped: None,
                scratch_codes: 0,
                account_created,
                reported: entry.reported.clone(),
            };
            // The same secret earlier in this run (a dry run keeps nothing to find it by).
            let earlier = rows.iter().zip(inputs.iter().flat_map(|i| &i.entries)).find(|(r, e): &(&Row, &Entry)| {
                r.skipped.is_none() && r.account == entry.account && e.seed.as_bytes() == entry.seed.as_bytes()
            });
            let existing = match &account {
                Some(account) => with_seed(&tx, &key, account.id, &entry.seed)?,
                None => None,
            };
            if let Some(m) = existing {
                let mut caught_up = catch_up(&tx, &m, entry.app)?;
                // Scratch codes the old tool took since are gone from its file: used here too.
                if let (Some(account), Some(Hashed { hashes, set_id: Some(id), .. })) = (&account, &scratch) {
                    if backup_codes::current_set(&tx, account.id)?.is_some_and(|set| set.id == *id) {
                        caught_up |= backup_codes::use_all_but(&tx, *id, hashes, now as i64)? > 0;
                    }
                }
                row.skipped = Some(format!(
                    "already has this secret, as {} method {} ({:?}){}",
                    m.kind,
                    m.id,
                    m.label,
                    match (caught_up, dry_run) {
                        (false, _) => "",
                        (true, false) => "; the codes used since with the old tool are refused now",
                        (true, true) => "; the codes used since with the old tool would be refused",
                    }
                ));
            } else if let Some((r, _)) = earlier {
                row.skipped = Some(format!("the same secret as {} line {}", r.file, r.line));
            }
            if row.skipped.is_some() {
                rows.push(row);
                continue;
            }
            if let Some(account) = &account {
                row.label = free_label(&tx, account.id, &entry.label)?;
                let new = NewApp { account_id: account.id, label: &row.label, app: entry.app, status: Status::Active };
                let method = methods::insert_app(&tx, &key, &new, &entry.seed, now as i64)?;
                let event = Event {
                    method_id: Some(method.id),
                    reason: Some("import"),
                    ..auth.event(&account.name, "enroll", "active")
                };
                events::record(&tx, &event, now as i64)?;
                row.method_id = (!dry_run).then_some(method.id);
            }
            let has_codes = match &account {
                Some(account) => backup_codes::current_set(&tx, account.id)?.is_some(),
                None => false,
            };
            let listed = entry.scratch().len();
            if listed > 0 {
                let codes = if listed == 1 { "1 scratch code".to_owned() } else { format!("{listed} scratch codes") };
                if has_codes {
                    row.reported.push(format!("{codes} not imported: the account has backup codes already"));
                } else if let Some(Hashed { set_id: Some(_), .. }) = &scratch {
                    // Hashed for a set that was removed meanwhile: their salt is that set's.
                    row.reported.push(format!(
                        "{codes} not imported: the account's backup codes changed during the import; import again"
                    ));
                } else {
                    row.scratch_codes = listed;
                    if let (Some(account), Some(Hashed { salt, hashes, .. })) = (&account, &scratch) {
                        backup_codes::replace_set(&tx, account.id, salt, hashes, true, now as i64)?;
                        let event = Event {
                            reason: Some("import"),
                            ..auth.event(&account.name, "backup_codes_generate", "ok")
                        };
                        events::record(&tx, &event, now as i64)?;
                    }
                }
            }
            rows.push(row);
        }
    }
    if dry_run {
        // Dropped: rolled back.
        return Ok(rows);
    }
    tx.commit()?;
    for row in rows.iter().filter(|r| r.method_id.is_some()) {
        if let Ok(account) = auth.account(&row.account) {
            notices::send(auth, &account, &Notice::MethodAdded { kind: row.kind, label: row.label.clone() }, now);
        }
    }
    Ok(rows)
}

/// Moves a method's replay state up to the entry's when the old tool has
/// accepted codes since the first import (never back): a file imported
/// again before the switch refuses them too. Whether it moved.
fn catch_up(conn: &Connection, method: &Method, app: App) -> Result<bool> {
    let (counter, last_step) = match (method.app, app) {
        (Some(App::Hotp { counter: ours, .. }), App::Hotp { counter: theirs, .. }) if theirs > ours => {
            (Some(theirs), None)
        }
        (Some(App::Totp { state: ours, .. }), App::Totp { state: theirs, .. }) if theirs.last_step > ours.last_step => {
            (None, theirs.last_step)
        }
        _ => return Ok(false),
    };
    methods::set_replay_state(conn, method.id, counter, last_step)?;
    Ok(true)
}
