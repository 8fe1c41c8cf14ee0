//! `tfa checklist [NAME | --all]`: the recovery checklist, from the store's facts.

use anyhow::{bail, Result};

use super::{find_account, now, Context};
use crate::auth;
use crate::output;
use crate::output::views::{ChecklistView, FleetView};
use crate::store::support::{self, Line};
use crate::store::Open;
use crate::Outcome;

pub fn run(ctx: &Context, name: Option<&str>, all: bool, markdown: bool) -> Result<Outcome> {
    let p = &ctx.printer;
    if markdown && p.json {
        bail!("--markdown prints Markdown instead of JSON: pass one of --markdown and --json");
    }
    let store = ctx.store(Open::Existing)?;
    let conn = store.conn();
    let now = now();
    let support = std::env::var(auth::checklist::SUPPORT_ENV).ok();
    let support = support.as_deref();
    let service_status = support::get(conn, Line::Status)?;
    if all {
        let rows = auth::checklist::fleet(conn, support, now)?;
        let markdown = markdown.then(|| output::checklist::fleet_markdown(&rows));
        return Ok(p.answer(&FleetView { service_status, ..FleetView::new(&rows, markdown) })?);
    }
    let items = match name {
        Some(name) => auth::checklist::account(conn, &find_account(conn, name)?, support, now)?,
        None => auth::checklist::generic(conn, support)?,
    };
    let markdown = markdown.then(|| output::checklist::markdown(name, &items, now));
    Ok(p.answer(&ChecklistView { service_status, ..ChecklistView::new(name, &items, markdown) })?)
}
