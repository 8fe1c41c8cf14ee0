//! `tfa checklist [NAME | --all]`: the recovery checklist, from the store's facts.

use std::fmt::Write as _;

use anyhow::Result;
use rusqlite::Connection;

use super::{find_account, now, support, Context};
use crate::core::account::Account;
use crate::core::checklist::{self, Attempts, Facts, Group, Item, Status};
use crate::output::views::{ChecklistItemView, ChecklistView, FleetView, ReadinessView};
use crate::output::{format_time, Paint, Printer};
use crate::store::{accounts, backup_codes, deliveries, devices, events, lockout, methods, Open};
use crate::Outcome;

/// Audit actions that check a code typed at sign-in.
const SIGN_IN_ACTIONS: [&str; 5] = ["verify", "confirm", "backup_code_use", "login", "resync"];

pub fn run(ctx: &Context, name: Option<&str>, all: bool, markdown: bool) -> Result<Outcome> {
    match (name, all) {
        (_, true) => fleet(ctx, markdown),
        (Some(name), false) => show(ctx, name, markdown),
        (None, false) => {
            let store = ctx.store(Open::Existing)?;
            let items = checklist::generic(support::contact(store.conn())?.as_deref());
            render(&ctx.printer, None, &items, markdown)?;
            Ok(Outcome::Success)
        }
    }
}

/// Prints NAME's checklist as `tfa checklist NAME` does (for `tfa login`'s
/// "I can't use any of these"); `Refused` when an item needs action.
pub fn print(ctx: &Context, name: &str) -> Result<Outcome> {
    show(ctx, name, false)
}

fn show(ctx: &Context, name: &str, markdown: bool) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let conn = store.conn();
    let account = find_account(conn, name)?;
    let now = now();
    let facts = facts(conn, &account, support::contact(conn)?, now)?;
    let items = checklist::compute(&facts, now);
    render(&ctx.printer, Some(name), &items, markdown)?;
    Ok(if checklist::needs_action(&items) { Outcome::Refused } else { Outcome::Success })
}

/// Reads what the checklist is computed from; changes nothing.
pub fn facts(conn: &Connection, account: &Account, support: Option<String>, now: u64) -> Result<Facts> {
    let mut attempts = Attempts::default();
    let since = now.saturating_sub(checklist::RECENT_SECS) as i64;
    for e in events::list(conn, Some(&account.name), since)? {
        if !SIGN_IN_ACTIONS.contains(&e.action.as_str()) {
            continue;
        }
        match e.outcome.as_str() {
            // Only failures after the last success count; events come oldest first.
            "ok" => {
                attempts.last_success = Some(e.at);
                attempts.refused.clear();
            }
            "refused" => attempts.refused.push((e.at, e.reason.unwrap_or_else(|| "refused".to_owned()))),
            _ => {}
        }
    }
    Ok(Facts {
        account: account.clone(),
        methods: methods::list(conn, account.id)?,
        deliveries: deliveries::last_per_channel(conn, account.id)?,
        backup_codes: backup_codes::summary(conn, account.id)?,
        devices: devices::list(conn, account.id)?,
        policy: lockout::policy(conn)?,
        failures: lockout::failures(conn, account.id)?,
        attempts,
        support,
    })
}

fn paint(p: &Printer, status: Status) -> String {
    let paint = match status {
        Status::Ok => Paint::Good,
        Status::Warn => Paint::Warn,
        Status::Action => Paint::Bad,
        Status::Manual | Status::NotApplicable => Paint::Dim,
    };
    p.paint(paint, &format!("{:<6}", status.as_str()))
}

fn render(p: &Printer, account: Option<&str>, items: &[Item], markdown: bool) -> Result<()> {
    if markdown {
        p.line(markdown_block(account, items, now()).trim_end())?;
        return Ok(());
    }
    if p.json {
        p.json(&ChecklistView { account, items: items.iter().map(ChecklistItemView::from).collect() })?;
        return Ok(());
    }
    match account {
        Some(name) => p.line(format_args!("Recovery checklist for {name}"))?,
        None => p.line("Recovery checklist (no account given: what to check in general)")?,
    }
    for group in Group::ALL {
        p.line(format_args!("\n{}", group.title()))?;
        for i in items.iter().filter(|i| i.group == group) {
            p.line(format_args!("  {} {:<25} {}", paint(p, i.status), i.id, i.summary))?;
            p.line(format_args!("  {:<6} {:<25} → {}", "", "", i.advice))?;
        }
    }
    let actions = items.iter().filter(|i| i.status == Status::Action).count();
    if actions > 0 {
        p.note(format_args!("{actions} item{} need{} action.", plural(actions), if actions == 1 { "s" } else { "" }));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Escapes what Markdown would read as markup in text from the store.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A block to paste into a support ticket.
pub fn markdown_block(account: Option<&str>, items: &[Item], now: u64) -> String {
    let mut s = String::new();
    let who = account.map_or_else(|| "(no account given)".to_owned(), |a| format!("`{}`", a.replace('`', "'")));
    let _ = writeln!(s, "### tfa recovery checklist: {who}\n");
    let actions = items.iter().filter(|i| i.status == Status::Action).count();
    let _ = writeln!(s, "Generated {} UTC; {actions} action item{}.", format_time(now as i64), plural(actions));
    for group in Group::ALL {
        let _ = writeln!(s, "\n#### {}\n", group.title());
        for i in items.iter().filter(|i| i.group == group) {
            let mark = if matches!(i.status, Status::Ok | Status::NotApplicable) { "x" } else { " " };
            let _ = writeln!(
                s,
                "- [{mark}] **{}** `{}`: {}  \n  {}",
                i.status.as_str().to_uppercase(),
                i.id,
                md(&i.summary),
                md(&i.advice)
            );
        }
    }
    s
}

/// `--all`: each account's action items.
fn fleet(ctx: &Context, markdown: bool) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let conn = store.conn();
    let now = now();
    let support = support::contact(conn)?;
    let mut rows: Vec<(String, Vec<Item>)> = Vec::new();
    for account in accounts::list(conn)? {
        let items = checklist::compute(&facts(conn, &account, support.clone(), now)?, now);
        rows.push((account.name, items.into_iter().filter(|i| i.status == Status::Action).collect()));
    }
    let any = rows.iter().any(|(_, actions)| !actions.is_empty());
    let p = &ctx.printer;
    if markdown {
        let mut s = String::from("| account | action items |\n| --- | --- |\n");
        for (name, actions) in &rows {
            let ids: Vec<String> = actions.iter().map(|i| format!("`{}`", i.id)).collect();
            let _ =
                writeln!(s, "| {} | {} |", md(name), if ids.is_empty() { "ready".to_owned() } else { ids.join(", ") });
        }
        p.line(s.trim_end())?;
    } else if p.json {
        let accounts = rows
            .iter()
            .map(|(name, actions)| ReadinessView {
                account: name,
                ready: actions.is_empty(),
                actions: actions.iter().map(ChecklistItemView::from).collect(),
            })
            .collect();
        p.json(&FleetView { accounts })?;
    } else {
        let table = rows
            .iter()
            .map(|(name, actions)| {
                let ids: Vec<&str> = actions.iter().map(|i| i.id).collect();
                let status = if ids.is_empty() { p.paint(Paint::Good, "ready") } else { p.paint(Paint::Bad, "action") };
                vec![name.clone(), status, ids.join(", ")]
            })
            .collect();
        p.table(&["account", "status", "action items"], table)?;
        let n = rows.iter().filter(|(_, a)| !a.is_empty()).count();
        if n > 0 {
            p.note(format_args!("{n} of {} accounts need action: tfa checklist NAME says what to do.", rows.len()));
        }
    }
    Ok(if any { Outcome::Refused } else { Outcome::Success })
}
