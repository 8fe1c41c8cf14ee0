//! `tfa support show|set|clear` (the contact at every dead end and at the
//! end of the checklist) and `tfa status show|set|clear` (what is wrong on
//! the service's side, shown at sign-in and in the checklist).

use anyhow::{bail, Result};

use super::{now, Context};
use crate::auth;
use crate::cli::{StatusCommand, SupportCommand};
use crate::output::answers::{Done, Lines};
use crate::output::views::{StatusView, SupportView};
use crate::store::support::{self, Line};
use crate::store::Open;
use crate::Outcome;

/// The longest line accepted.
const MAX_LEN: usize = 300;

/// What is done with a line, whichever it is.
pub enum LineCommand {
    Show,
    Set { text: String },
    Clear,
}

impl From<SupportCommand> for LineCommand {
    fn from(cmd: SupportCommand) -> Self {
        match cmd {
            SupportCommand::Show => LineCommand::Show,
            SupportCommand::Set { text } => LineCommand::Set { text },
            SupportCommand::Clear => LineCommand::Clear,
        }
    }
}

impl From<StatusCommand> for LineCommand {
    fn from(cmd: StatusCommand) -> Self {
        match cmd {
            StatusCommand::Show => LineCommand::Show,
            StatusCommand::Set { text } => LineCommand::Set { text },
            StatusCommand::Clear => LineCommand::Clear,
        }
    }
}

pub fn run(ctx: &Context, line: Line, cmd: LineCommand) -> Result<Outcome> {
    let p = &ctx.printer;
    let what = match line {
        Line::Support => "support contact",
        Line::Status => "service status",
    };
    Ok(match cmd {
        LineCommand::Show => {
            let store = ctx.store(Open::Existing)?;
            let text = match line {
                Line::Support => {
                    let overridden = std::env::var(auth::checklist::SUPPORT_ENV).ok();
                    auth::checklist::support_contact(store.conn(), overridden.as_deref())?
                }
                Line::Status => support::get(store.conn(), Line::Status)?,
            };
            let notes = match (&text, line) {
                (Some(_), _) => Vec::new(),
                (None, Line::Support) => vec!["No support contact is configured: tfa support set TEXT".to_owned()],
                (None, Line::Status) => vec!["No service status is set.".to_owned()],
            };
            let lines = text.iter().cloned().collect();
            match line {
                Line::Support => {
                    p.answer(&Lines { doc: SupportView { support: text.as_deref(), cleared: None }, lines, notes })?
                }
                Line::Status => {
                    p.answer(&Lines { doc: StatusView { status: text.as_deref(), cleared: None }, lines, notes })?
                }
            }
        }
        LineCommand::Set { text } => {
            let text = text.trim();
            if text.is_empty() || text.chars().count() > MAX_LEN || text.chars().any(char::is_control) {
                bail!("the {what} must be one line of 1 to {MAX_LEN} characters");
            }
            let store = ctx.store(Open::Create)?;
            auth::checklist::set_line(&ctx.auth(&store), line, Some(text), now())?;
            let said = format!("Stored the {what}.");
            match line {
                Line::Support => p.answer(&Done::new(SupportView { support: Some(text), cleared: None }, said))?,
                Line::Status => p.answer(&Done::new(StatusView { status: Some(text), cleared: None }, said))?,
            }
        }
        LineCommand::Clear => {
            let store = ctx.store(Open::Existing)?;
            let had = auth::checklist::set_line(&ctx.auth(&store), line, None, now())?;
            let said = if had { format!("Removed the {what}.") } else { format!("No {what} was stored.") };
            match line {
                Line::Support => p.answer(&Done::new(SupportView { support: None, cleared: Some(had) }, said))?,
                Line::Status => p.answer(&Done::new(StatusView { status: None, cleared: Some(had) }, said))?,
            }
        }
    })
}
