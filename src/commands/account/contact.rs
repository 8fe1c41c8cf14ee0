//! `tfa account contact add|confirm|list|remove`: recovery contacts.

use anyhow::{bail, Context as _, Result};

use crate::auth::contacts::{self, Added};
use crate::auth::sent_codes::SendOutcome;
use crate::cli::{ContactCommand, PhoneChannel};
use crate::commands::{confirm_destructive, find_account, now, read_code, Context};
use crate::core::challenge::{Verdict, CODE_DIGITS};
use crate::core::method::MethodKind;
use crate::core::refusal::Refusal;
use crate::core::{email, phone};
use crate::output::answers::{Done, Rows};
use crate::output::views::{
    ContactAddView, ContactConfirmView, ContactRemovedView, ContactView, ContactsView, ErrorView,
};
use crate::output::{format_optional_time, format_time, json_time, sent_outcome, tell_sent, Answer, Printer};
use crate::store::{self, Open};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, cmd: ContactCommand) -> Result<Outcome> {
    match cmd {
        ContactCommand::Add { name, email, phone, region, via, ttl } => {
            add(ctx, &name, email.as_deref(), phone.as_deref(), region.as_deref(), via, ttl)
        }
        ContactCommand::Confirm { name, code } => confirm(ctx, &name, &code),
        ContactCommand::List { name } => list(ctx, &name),
        ContactCommand::Remove { name, id } => remove(ctx, &name, id),
    }
}

fn add(
    ctx: &Context,
    name: &str,
    email: Option<&str>,
    number: Option<&str>,
    region: Option<&str>,
    via: PhoneChannel,
    ttl: u64,
) -> Result<Outcome> {
    let (channel, address, landline) = match (email, number) {
        (Some(address), None) => {
            let address = address.trim();
            email::check(address).context("--email")?;
            (MethodKind::Email, email::normalize(address), false)
        }
        (None, Some(number)) => {
            let parsed = phone::parse(number, region).context("--phone")?;
            let channel = if via == PhoneChannel::Whatsapp { MethodKind::Whatsapp } else { MethodKind::Sms };
            (channel, parsed.e164, parsed.landline)
        }
        _ => bail!("give one of --email ADDR and --phone NUMBER"),
    };
    if landline {
        ctx.printer.warn(format_args!(
            "{address} looks like a landline or service number; it may not receive {channel} messages."
        ));
    }
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let auth = ctx.auth(&store);
    let added = contacts::add(&auth, &account, channel, &address, ttl, now());
    ctx.tell_warnings(&auth);
    let Added { contact, created, sent } = added?;
    let view = |sent, expires_at: Option<u64>, delivery: Option<&'static str>| ContactAddView {
        account: name,
        contact: ContactView::from(&contact),
        created,
        sent,
        expires_at: expires_at.map(|t| json_time(t as i64)),
        delivery,
        retry_after: None,
        said: Vec::new(),
        error: None,
    };
    let what = if created { "Added" } else { "Sent a new code to" };
    let answer = match sent {
        SendOutcome::Sent(s) => {
            let said = format!(
                "{what} recovery contact {} ({channel} {address}) for {name:?}: a code was sent to it. It receives no notice until that code is confirmed:\n  tfa account contact confirm {name} CODE",
                contact.id
            );
            ContactAddView { said: vec![said], ..view(true, Some(s.expires_at), Some(s.result.as_str())) }
        }
        SendOutcome::Throttled { retry_after } => ContactAddView {
            retry_after: Some(retry_after),
            error: Some(ErrorView {
                kind: Refusal::Throttled.as_str(),
                message: Failure::Throttled { retry_after }.to_string(),
            }),
            ..view(false, None, None)
        },
        SendOutcome::Failed { result, why } => {
            let message = format!(
                "{why}\n  contact {} stays pending: fix the delivery, then add it again to send a new code",
                contact.id
            );
            ContactAddView {
                error: Some(ErrorView { kind: Refusal::Undelivered.as_str(), message }),
                ..view(false, None, Some(result.as_str()))
            }
        }
    };
    Ok(ctx.printer.answer(&answer)?)
}

impl Answer for ContactAddView<'_> {
    fn outcome(&self) -> Outcome {
        sent_outcome(self.sent, self.retry_after)
    }

    fn notes(&self, p: &Printer) {
        tell_sent(p, &self.said, self.error.as_ref());
    }
}

fn confirm(ctx: &Context, name: &str, code: &str) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code))?;
    let cleaned: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if cleaned.len() != CODE_DIGITS || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::Malformed(format!(
            "code refused before any lookup: a contact's code is {CODE_DIGITS} digits"
        ))
        .into());
    }
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let (verdict, contact) = contacts::confirm(&ctx.auth(&store), &account, &cleaned, now())?;
    let view = match verdict {
        Verdict::Accepted { .. } => ContactConfirmView {
            account: name,
            confirmed: true,
            contact_id: contact.as_ref().map(|c| c.id),
            reason: None,
        },
        Verdict::Refused { reason, .. } => ContactConfirmView {
            account: name,
            confirmed: false,
            contact_id: contact.as_ref().map(|c| c.id),
            reason: Some(reason.as_str()),
        },
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for ContactConfirmView<'_> {
    fn outcome(&self) -> Outcome {
        if self.confirmed {
            Outcome::Success
        } else {
            Outcome::Refused
        }
    }

    fn notes(&self, p: &Printer) {
        match (self.confirmed, self.reason) {
            (true, _) => p.note(format_args!(
                "Confirmed recovery contact {} of {:?}: it now receives every security notice.",
                self.contact_id.unwrap_or_default(),
                self.account
            )),
            (false, reason) => p.error(format_args!(
                "the code was refused ({}); no contact was confirmed",
                reason.unwrap_or("refused")
            )),
        }
    }
}

fn list(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let all = store::contacts::list(store.conn(), account.id)?;
    let rows = all
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.channel.to_string(),
                c.address.clone(),
                c.status.to_string(),
                format_time(c.created_at),
                format_optional_time(c.confirmed_at),
            ]
        })
        .collect();
    let doc = ContactsView { account: name, contacts: all.iter().map(ContactView::from).collect() };
    let header = &["id", "channel", "address", "status", "added", "confirmed"];
    Ok(ctx.printer.answer(&Rows { doc, header, rows })?)
}

fn remove(ctx: &Context, name: &str, id: i64) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let Some(contact) = store::contacts::find(store.conn(), account.id, id)? else {
        return Err(Failure::NoContact { account: name.to_owned(), id }.into());
    };
    if !confirm_destructive(ctx, &format!("Remove recovery contact {id} ({}) from {name:?}", contact.address))? {
        bail!("not removed");
    }
    let auth = ctx.auth(&store);
    let removed = contacts::remove(&auth, &account, id, now());
    ctx.tell_warnings(&auth);
    let contact = removed?;
    let doc = ContactRemovedView { account: name, removed: true, contact_id: id };
    let said = format!("Removed recovery contact {id} ({} {}) from {name:?}.", contact.channel, contact.address);
    Ok(ctx.printer.answer(&Done::new(doc, said))?)
}
