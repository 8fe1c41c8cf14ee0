//! `tfa support show|set|clear`: the contact at the end of every checklist.

use anyhow::{bail, Result};

use super::{now, Context};
use crate::auth;
use crate::cli::SupportCommand;
use crate::output::answers::{Done, Lines};
use crate::output::views::SupportView;
use crate::store::Open;
use crate::Outcome;

/// The longest contact text accepted.
const MAX_LEN: usize = 300;

pub fn run(ctx: &Context, cmd: SupportCommand) -> Result<Outcome> {
    let p = &ctx.printer;
    Ok(match cmd {
        SupportCommand::Show => {
            let store = ctx.store(Open::Existing)?;
            let overridden = std::env::var(auth::checklist::SUPPORT_ENV).ok();
            let text = auth::checklist::support_contact(store.conn(), overridden.as_deref())?;
            let notes = match text {
                Some(_) => Vec::new(),
                None => vec!["No support contact is configured: tfa support set TEXT".to_owned()],
            };
            let lines = text.iter().cloned().collect();
            p.answer(&Lines { doc: SupportView { support: text.as_deref(), cleared: None }, lines, notes })?
        }
        SupportCommand::Set { text } => {
            let text = text.trim();
            if text.is_empty() || text.chars().count() > MAX_LEN || text.chars().any(char::is_control) {
                bail!("the support contact must be one line of 1 to {MAX_LEN} characters");
            }
            let store = ctx.store(Open::Create)?;
            auth::checklist::set_support(&ctx.auth(&store), Some(text), now())?;
            p.answer(&Done::new(SupportView { support: Some(text), cleared: None }, "Stored the support contact."))?
        }
        SupportCommand::Clear => {
            let store = ctx.store(Open::Existing)?;
            let had = auth::checklist::set_support(&ctx.auth(&store), None, now())?;
            let said = if had { "Removed the support contact." } else { "No support contact was stored." };
            p.answer(&Done::new(SupportView { support: None, cleared: Some(had) }, said))?
        }
    })
}
