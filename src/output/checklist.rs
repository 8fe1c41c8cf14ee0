//! The recovery checklist for people: a grouped list on the terminal, JSON
//! through the views, or Markdown to paste into a support ticket.

use std::fmt::Write as _;
use std::io;

use super::views::{ChecklistItemView, ChecklistView, FleetView, ReadinessView};
use super::{format_time, Answer, Paint, Printer};
use crate::core::checklist::{needs_action, Group, Item, Reader, Readiness, Status};
use crate::Outcome;

impl<'a> ChecklistView<'a> {
    /// A checklist (`account`: `None` for the generic one), in Markdown too when asked.
    pub fn new(account: Option<&'a str>, items: &'a [Item], markdown: Option<String>) -> Self {
        ChecklistView {
            account,
            reader: Reader::Operator,
            items: items.iter().map(ChecklistItemView::from).collect(),
            service_status: None,
            markdown,
            checked: items,
        }
    }
}

impl Answer for ChecklistView<'_> {
    /// 1 when an item needs action.
    fn outcome(&self) -> Outcome {
        if needs_action(self.checked) {
            Outcome::Refused
        } else {
            Outcome::Success
        }
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        match &self.markdown {
            Some(text) => p.line(text.trim_end()),
            None if self.reader == Reader::Person => tell_person(p, self.checked),
            None => tell(p, self.account, self.checked),
        }
    }

    fn notes(&self, p: &Printer) {
        tell_status(p, self.service_status.as_deref());
    }
}

/// The service status, while one is set: first of all, it may be the answer.
pub fn tell_status(p: &Printer, status: Option<&str>) {
    if let Some(status) = status {
        p.warn(format_args!("service status: {status}"));
    }
}

/// The person's checklist in words: by group, what to check and what to do;
/// no ids, no statuses, nothing an operator would need.
pub fn tell_person(p: &Printer, items: &[Item]) -> io::Result<()> {
    for group in Group::ALL {
        let mine: Vec<&Item> = items.iter().filter(|i| i.group == group).collect();
        if mine.is_empty() {
            continue;
        }
        p.line(format_args!("\n{}", group.title()))?;
        for i in mine {
            let summary = i
                .summary
                .chars()
                .next()
                .map_or(String::new(), |c| c.to_uppercase().collect::<String>() + &i.summary[c.len_utf8()..]);
            p.line(format_args!("  - {summary}. {}", i.advice))?;
        }
    }
    Ok(())
}

/// A checklist in words (`account`: `None` for the generic one): the items
/// by group, and a note of how many need action.
pub fn tell(p: &Printer, account: Option<&str>, items: &[Item]) -> io::Result<()> {
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

/// A checklist as a Markdown block to paste into a support ticket.
pub fn markdown(account: Option<&str>, items: &[Item], now: u64) -> String {
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

impl<'a> FleetView<'a> {
    /// Every account's readiness (`checklist --all`), in Markdown too when asked.
    pub fn new(rows: &'a [Readiness], markdown: Option<String>) -> Self {
        let accounts = rows
            .iter()
            .map(|r| ReadinessView {
                account: &r.account,
                ready: r.ready(),
                actions: r.actions.iter().map(ChecklistItemView::from).collect(),
            })
            .collect();
        FleetView { accounts, service_status: None, markdown, checked: rows }
    }
}

impl Answer for FleetView<'_> {
    /// 1 when an account needs action.
    fn outcome(&self) -> Outcome {
        if self.checked.iter().all(Readiness::ready) {
            Outcome::Success
        } else {
            Outcome::Refused
        }
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        match &self.markdown {
            Some(text) => p.line(text.trim_end()),
            None => tell_fleet(p, self.checked),
        }
    }

    fn notes(&self, p: &Printer) {
        tell_status(p, self.service_status.as_deref());
    }
}

/// Every account's readiness: a table and a note of how many need action.
fn tell_fleet(p: &Printer, rows: &[Readiness]) -> io::Result<()> {
    let table = rows
        .iter()
        .map(|r| {
            let ids: Vec<&str> = r.actions.iter().map(|i| i.id).collect();
            let status = if r.ready() { p.paint(Paint::Good, "ready") } else { p.paint(Paint::Bad, "action") };
            vec![r.account.clone(), status, ids.join(", ")]
        })
        .collect();
    p.table(&["account", "status", "action items"], table)?;
    let n = rows.iter().filter(|r| !r.ready()).count();
    if n > 0 {
        p.note(format_args!("{n} of {} accounts need action: tfa checklist NAME says what to do.", rows.len()));
    }
    Ok(())
}

/// Every account's readiness as a Markdown table.
pub fn fleet_markdown(rows: &[Readiness]) -> String {
    let mut s = String::from("| account | action items |\n| --- | --- |\n");
    for r in rows {
        let ids: Vec<String> = r.actions.iter().map(|i| format!("`{}`", i.id)).collect();
        let _ = writeln!(
            s,
            "| {} | {} |",
            md(&r.account),
            if ids.is_empty() { "ready".to_owned() } else { ids.join(", ") }
        );
    }
    s
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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &'static str, group: Group, status: Status, summary: &str, advice: &str) -> Item {
        Item { id, group, status, summary: summary.into(), advice: advice.into() }
    }

    #[test]
    fn markdown_escapes_text_from_the_store_and_ticks_what_is_fine() {
        let items = [
            item("support", Group::LastResort, Status::Ok, "support: *IT* <desk>", "Ask `them`."),
            item("backup_codes", Group::SignInAnotherWay, Status::Action, "no backup codes", "Make a set."),
        ];
        let s = markdown(Some("al`ice"), &items, 0);
        assert!(s.starts_with("### tfa recovery checklist: `al'ice`\n"), "{s}");
        assert!(s.contains("Generated 1970-01-01 00:00:00 UTC; 1 action item."), "{s}");
        assert!(s.contains("- [x] **OK** `support`: support: \\*IT\\* \\<desk\\>  \n  Ask \\`them\\`."), "{s}");
        assert!(s.contains("- [ ] **ACTION** `backup_codes`: no backup codes"), "{s}");
        assert!(markdown(None, &items[..1], 0)
            .contains("(no account given)\n\nGenerated 1970-01-01 00:00:00 UTC; 0 action items."));

        let rows = [
            Readiness { account: "a|b".into(), actions: vec![] },
            Readiness { account: "bob".into(), actions: vec![items[1].clone()] },
        ];
        assert_eq!(
            fleet_markdown(&rows),
            "| account | action items |\n| --- | --- |\n| a\\|b | ready |\n| bob | `backup_codes` |\n"
        );
    }
}
