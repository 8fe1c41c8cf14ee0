//! `tfa doctor NAME CODE`: why a code was or would be refused. Reads the
//! store, consumes nothing, counts no failure; records one `doctor` event.

use anyhow::{Context as _, Result};

use super::{find_account, now, read_code, Context};
use crate::core::challenge;
use crate::core::code::CodeInput;
use crate::core::doctor::{self, AppCase, BackupLookup, Case, Diagnosis, SentCase, Verdict};
use crate::core::method::Status;
use crate::output::format_time;
use crate::output::views::DoctorView;
use crate::store::events::{self, Event};
use crate::store::{backup_codes, challenges, lockout, methods, Open};
use crate::Outcome;

/// How far back sent codes are looked at.
const SENT_SINCE: u64 = 24 * 3600;

pub fn run(ctx: &Context, name: &str, code_arg: &str, asked_for: Option<i64>) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code_arg))?;
    let now = now();
    let store = ctx.store(Open::Existing)?;
    let conn = store.conn();
    let account = find_account(conn, name)?;
    let all = methods::list(conn, account.id)?;
    if let Some(id) = asked_for {
        if !all.iter().any(|m| m.id == id) {
            return Err(crate::Failure::NoMethod { account: name.to_owned(), id }.into());
        }
    }
    let mut lengths: Vec<(String, usize)> = Vec::new();
    for m in all.iter().filter(|m| m.status != Status::Disabled) {
        let (what, n) = match m.app {
            Some(app) => (format!("app {:?}", m.label), usize::from(app.params().digits)),
            None => (format!("a code sent by {}", m.kind), challenge::CODE_DIGITS),
        };
        if !lengths.iter().any(|(w, l)| *l == n && (w == &what || m.app.is_none())) {
            lengths.push((what, n));
        }
    }
    let diagnosis = match doctor::shape(&typed, &lengths) {
        Err(malformed) => *malformed,
        Ok(input) => {
            let key = store.key()?;
            let seeds = all
                .iter()
                .filter(|m| m.app.is_some())
                .map(|m| Ok((m, methods::seed(conn, key, m)?)))
                .collect::<Result<Vec<_>>>()?;
            let apps = seeds.iter().filter_map(|(m, seed)| AppCase::new(m, seed)).collect();
            let sent_methods: Vec<_> = all.iter().filter(|m| m.kind.is_restricted()).collect();
            let ids: Vec<i64> = sent_methods.iter().map(|m| m.id).collect();
            let stored = challenges::recent(conn, &ids, now.saturating_sub(SENT_SINCE) as i64)?;
            let mac_key = key.sent_code_key();
            let sent = match &input {
                CodeInput::Digits(code) => stored
                    .iter()
                    .filter_map(|s| {
                        let m = sent_methods.iter().find(|m| m.id == s.challenge.method_id)?;
                        Some(SentCase {
                            method: m,
                            challenge: s.challenge.clone(),
                            closed_at: s.closed_at.map(|t| t.max(0) as u64),
                            matches: mac_key.verify(&s.nonce, m.id, code, &s.code_mac),
                        })
                    })
                    .collect(),
                CodeInput::Backup(_) => Vec::new(),
            };
            let backup = match &input {
                CodeInput::Backup(code) => Some(match backup_codes::current_set(conn, account.id)? {
                    None => BackupLookup::NoSet,
                    Some(set) => match backup_codes::lookup(conn, set.id, &code.hash(&set.salt))? {
                        None => BackupLookup::NoMatch,
                        Some(Some(used_at)) => BackupLookup::Used { used_at: used_at.max(0) as u64 },
                        Some(None) => BackupLookup::Unused {
                            remaining: backup_codes::summary(conn, account.id)?.map_or(0, |s| s.remaining),
                        },
                    },
                }),
                CodeInput::Digits(_) => None,
            };
            let failures = lockout::failures(conn, account.id)?;
            let case = Case {
                account: name,
                apps,
                sent,
                backup,
                lockout: lockout::policy(conn)?.state(failures, now),
                failures: failures.count,
                asked_for,
                now,
            };
            doctor::diagnose(&case, &input)
        }
    };
    drop(typed);

    // The only write: an audit event naming the verdict, never the code.
    let tx = store.immediate()?;
    let event = Event {
        account: name,
        method_id: diagnosis.method_id,
        action: "doctor",
        outcome: "ok",
        reason: Some(diagnosis.verdict.as_str()),
    };
    events::record(&tx, &event, now as i64)?;
    tx.commit().context("cannot record the doctor's visit in the audit log")?;

    print(ctx, name, &diagnosis)?;
    Ok(match diagnosis.verdict {
        Verdict::Ok => Outcome::Success,
        Verdict::Malformed => Outcome::Invalid,
        _ => Outcome::Refused,
    })
}

fn print(ctx: &Context, name: &str, d: &Diagnosis) -> Result<()> {
    let p = &ctx.printer;
    if p.json {
        p.json(&DoctorView {
            account: name,
            verdict: d.verdict.as_str(),
            detail: &d.detail,
            method_id: d.method_id,
            label: d.label.as_deref(),
            offset_seconds: d.offset_seconds,
            when: d.when.map(|t| format_time(t as i64)),
            advice: &d.advice,
        })?;
    } else {
        p.line(format_args!("{}: {}", d.verdict.as_str(), d.detail))?;
        p.line(format_args!("→ {}", d.advice))?;
    }
    Ok(())
}
