//! `tfa checklist [NAME | --all]`: the recovery checklist, from the store's facts.

use anyhow::{bail, Result};

use super::{find_account, now, Context};
use crate::auth;
use crate::cli::Audience;
use crate::core::checklist::Reader;
use crate::output;
use crate::output::views::{ChecklistView, FleetView};
use crate::store::support::{self, Line};
use crate::store::Open;
use crate::Outcome;

pub fn run(ctx: &Context, name: Option<&str>, all: bool, markdown: bool, audience: Audience) -> Result<Outcome> {
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
    let items = match (name, audience) {
        (Some(name), Audience::Person) => {
            auth::checklist::person(conn, &find_account(conn, name)?, support, ctx.source.as_deref(), now)?
        }
        (Some(name), Audience::Operator) => auth::checklist::account(conn, &find_account(conn, name)?, support, now)?,
        (None, _) => auth::checklist::generic(conn, support)?,
    };
    let markdown = markdown.then(|| output::checklist::markdown(name, &items, now));
    let reader = match audience {
        Audience::Operator => Reader::Operator,
        Audience::Person => Reader::Person,
    };
    let view = ChecklistView { service_status, reader, ..ChecklistView::new(name, &items, markdown) };
    Ok(p.answer(&view)?)
}
