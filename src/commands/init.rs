//! `tfa init`: create the store and its key.

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::output::answers::Fields;
use crate::store::Open;
use crate::Outcome;

#[derive(Serialize)]
struct InitView<'a> {
    db: &'a std::path::Path,
    key_file: &'a std::path::Path,
    created: bool,
}

pub fn run(ctx: &Context) -> Result<Outcome> {
    // The store is bound to its key: one that cannot be opened is said now, not at first use.
    let store = ctx.store(Open::Init)?;
    store.key()?;
    let created = store.is_new();
    let fields = vec![("store", store.path().display().to_string()), ("key", ctx.key_file.display().to_string())];
    let notes = if created {
        vec!["Created the store. Back up the key file apart from the store: without it no seed can be read.".to_owned()]
    } else if store.was_bound_now() {
        vec!["Bound the store, made by an earlier tfa, to its key.".to_owned()]
    } else {
        Vec::new()
    };
    let doc = InitView { db: store.path(), key_file: &ctx.key_file, created };
    Ok(ctx.printer.answer(&Fields { doc, fields, notes })?)
}
