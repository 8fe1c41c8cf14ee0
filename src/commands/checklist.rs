//! `tfa checklist [NAME | --all]`: the recovery checklist, from the store's facts.

use anyhow::Result;

use super::{find_account, now, Context};
use crate::auth;
use crate::core::checklist;
use crate::output;
use crate::store::Open;
use crate::Outcome;

pub fn run(ctx: &Context, name: Option<&str>, all: bool, markdown: bool) -> Result<Outcome> {
    let p = &ctx.printer;
    let store = ctx.store(Open::Existing)?;
    let conn = store.conn();
    let now = now();
    let support = std::env::var(auth::checklist::SUPPORT_ENV).ok();
    let support = support.as_deref();
    if all {
        let rows = auth::checklist::fleet(conn, support, now)?;
        if markdown {
            p.line(output::checklist::fleet_markdown(&rows).trim_end())?;
        } else {
            output::checklist::print_fleet(p, &rows)?;
        }
        return Ok(if rows.iter().all(checklist::Readiness::ready) { Outcome::Success } else { Outcome::Refused });
    }
    let items = match name {
        Some(name) => auth::checklist::account(conn, &find_account(conn, name)?, support, now)?,
        None => auth::checklist::generic(conn, support)?,
    };
    if markdown {
        p.line(output::checklist::markdown(name, &items, now).trim_end())?;
    } else {
        output::checklist::print(p, name, &items)?;
    }
    Ok(if checklist::needs_action(&items) { Outcome::Refused } else { Outcome::Success })
}

/// Prints NAME's checklist as `tfa checklist NAME` does (for `tfa login`'s
/// "I can't use any of these"); `Refused` when an item needs action.
pub fn print(ctx: &Context, name: &str) -> Result<Outcome> {
    run(ctx, Some(name), false, false)
}
