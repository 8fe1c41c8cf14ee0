//! `tfa log`: read or prune the audit log.

use anyhow::{Context as _, Result};
use serde::Serialize;

use super::{now, Context};
use crate::core::when;
use crate::output::answers::Done;
use crate::output::views::PrunedView;
use crate::output::{format_time, json_time};
use crate::store::events::{self, Logged};
use crate::store::Open;
use crate::Outcome;

#[derive(Serialize)]
struct EventView<'a> {
    id: i64,
    at: String,
    unix: i64,
    account: Option<&'a str>,
    /// The method the code matched, or the one acted on.
    method_id: Option<i64>,
    /// The method the person was asked for, when one was.
    asked_method_id: Option<i64>,
    action: &'a str,
    outcome: &'a str,
    reason: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> From<&'a Logged> for EventView<'a> {
    fn from(e: &'a Logged) -> Self {
        EventView {
            id: e.id,
            at: json_time(e.at),
            unix: e.at,
            account: e.account.as_deref(),
            method_id: e.method_id,
            asked_method_id: e.asked_method_id,
            action: &e.action,
            outcome: &e.outcome,
            reason: e.reason.as_deref(),
            source: e.source.as_deref(),
        }
    }
}

pub fn run(ctx: &Context, name: Option<&str>, since: Option<&str>, prune: Option<&str>) -> Result<Outcome> {
    let now = now();
    let p = &ctx.printer;
    if let Some(before) = prune {
        let before = when::parse(before, now).context("--prune")?;
        let store = ctx.store(Open::Existing)?;
        let tx = store.immediate()?;
        let removed = events::prune(&tx, i64::try_from(before).unwrap_or(i64::MAX))?;
        tx.commit()?;
        let doc = PrunedView { pruned: removed, before: json_time(before as i64) };
        return Ok(
            p.answer(&Done::new(doc, format!("Pruned {removed} events before {}.", format_time(before as i64))))?
        );
    }
    let since = since.map(|s| when::parse(s, now)).transpose().context("--since")?.unwrap_or(0);
    let store = ctx.store(Open::Existing)?;
    let logged = events::list(store.conn(), name, i64::try_from(since).unwrap_or(i64::MAX))?;
    if p.json {
        // JSON lines: one event per line, so a stream can be followed.
        for e in &logged {
            p.json(&EventView::from(e))?;
        }
        return Ok(Outcome::Success);
    }
    let dash = |s: Option<&str>| s.unwrap_or("-").to_owned();
    let rows = logged
        .iter()
        .map(|e| {
            vec![
                format_time(e.at),
                dash(e.account.as_deref()),
                e.method_id.map_or_else(|| "-".to_owned(), |id| id.to_string()),
                e.action.clone(),
                e.outcome.clone(),
                dash(e.reason.as_deref()),
                dash(e.source.as_deref()),
            ]
        })
        .collect();
    p.table(&["at", "account", "method", "action", "outcome", "reason", "source"], rows)?;
    Ok(Outcome::Success)
}
