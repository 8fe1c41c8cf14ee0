//! `tfa init`: create the store and its key.

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::store::Open;
use crate::Outcome;

#[derive(Serialize)]
struct InitView<'a> {
    db: &'a std::path::Path,
    key_file: &'a std::path::Path,
    created: bool,
}

pub fn run(ctx: &Context) -> Result<Outcome> {
    let created = !ctx.db.exists();
    ctx.store(Open::Create)?;
    let p = &ctx.printer;
    if p.json {
        p.json(&InitView { db: &ctx.db, key_file: &ctx.key_file, created })?;
    } else {
        p.line(format_args!("store\t{}", ctx.db.display()))?;
        p.line(format_args!("key\t{}", ctx.key_file.display()))?;
        if created {
            p.note("Created the store. Back up the key file apart from the store: without it no seed can be read.");
        }
    }
    Ok(Outcome::Success)
}
