//! Recovery contacts, as an operator manages them: a contact is added
//! pending and sent a code; the code, relayed back, confirms it; from then
//! on it receives every security notice. A contact is never a way to sign
//! in: its codes sit apart from the methods' and no sign-in reads them.

use anyhow::{bail, Result};

use super::notices::{self, Notice};
use super::sent_codes::{self, SendOutcome};
use super::Auth;
use crate::core::account::Account;
use crate::core::challenge::Verdict;
use crate::core::contact::Contact;
use crate::core::mask;
use crate::core::method::MethodKind;
use crate::store::contacts;
use crate::store::events::{self, Event};
use crate::Failure;

/// A contact added (or a pending one sent a new code).
#[derive(Debug)]
pub struct Added {
    pub contact: Contact,
    /// A new contact; `false`: it was pending already and got a new code.
    pub created: bool,
    pub sent: SendOutcome,
}

fn event<'a>(
    auth: &'a Auth<'_>,
    account: &'a Account,
    action: &'a str,
    outcome: &'a str,
    reason: &'a str,
) -> Event<'a> {
    Event { reason: Some(reason), ..auth.event(&account.name, action, outcome) }
}

/// Adds a pending recovery contact and sends it the code that confirms it;
/// the account's confirmed addresses are told. Adding a contact that is
/// still pending sends it a new code; a confirmed one is refused.
pub fn add(
    auth: &Auth<'_>,
    account: &Account,
    channel: MethodKind,
    address: &str,
    ttl: u64,
    now: u64,
) -> Result<Added> {
    if auth.delivery.is_none() {
        bail!(sent_codes::NO_COMMAND_FOR_CONTACT);
    }
    let tx = auth.store.immediate()?;
    let (contact, created) = match contacts::find_by_address(&tx, account.id, channel, address)? {
        Some(c) if c.is_confirmed() => {
            bail!("{:?} already has {address} as a confirmed recovery contact (id {})", account.name, c.id)
        }
        Some(c) => (c, false),
        None => {
            let Some(c) = contacts::insert(&tx, account.id, channel, address, now as i64)? else {
                bail!("the contact appeared while it was being added");
            };
            let reason = format!("contact {}", c.id);
            events::record(&tx, &event(auth, account, "contact_add", "pending", &reason), now as i64)?;
            (c, true)
        }
    };
    tx.commit()?;
    if created {
        let to = mask::address_with_country(channel, address);
        notices::send(auth, account, &Notice::ContactAdded { channel, to }, now);
    }
    let sent = sent_codes::send_to_contact(auth, account, &contact, ttl, now)?;
    Ok(Added { contact, created, sent })
}

/// Confirms the pending contact this code was sent to. Not a sign-in: no
/// lockout is counted, but each code takes at most five wrong tries.
/// `Failure::NoPendingContact` (exit 4) when none waits.
pub fn confirm(auth: &Auth<'_>, account: &Account, code: &str, now: u64) -> Result<(Verdict, Option<Contact>)> {
    let tx = auth.store.immediate()?;
    let pending: Vec<Contact> = contacts::list(&tx, account.id)?.into_iter().filter(|c| !c.is_confirmed()).collect();
    if pending.is_empty() {
        return Err(Failure::NoPendingContact(account.name.clone()).into());
    }
    let key = auth.store.key()?.sent_code_key();
    let verdict = sent_codes::check_contacts(&tx, &key, &pending.iter().collect::<Vec<_>>(), code, now)?;
    let (outcome, reason, contact) = match &verdict {
        Verdict::Accepted { method_id, .. } => {
            let contact = contacts::find(&tx, account.id, *method_id)?;
            ("ok", contact.as_ref().map(|c| format!("contact {}", c.id)).unwrap_or_default(), contact)
        }
        Verdict::Refused { reason, method_id, .. } => {
            let contact = pending.iter().find(|c| Some(c.id) == *method_id).cloned();
            ("refused", reason.as_str().to_owned(), contact)
        }
    };
    events::record(&tx, &event(auth, account, "contact_confirm", outcome, &reason), now as i64)?;
    tx.commit()?;
    Ok((verdict, contact))
}

/// Removes a contact, with its audit event; then tells the others.
pub fn remove(auth: &Auth<'_>, account: &Account, id: i64, now: u64) -> Result<Contact> {
    let tx = auth.store.immediate()?;
    let Some(contact) = contacts::find(&tx, account.id, id)? else {
        return Err(Failure::NoContact { account: account.name.clone(), id }.into());
    };
    contacts::remove(&tx, id)?;
    let reason = format!("contact {id}");
    events::record(&tx, &event(auth, account, "contact_remove", "ok", &reason), now as i64)?;
    tx.commit()?;
    let to = mask::address_with_country(contact.channel, &contact.address);
    notices::send(auth, account, &Notice::ContactRemoved { channel: contact.channel, to }, now);
    Ok(contact)
}
