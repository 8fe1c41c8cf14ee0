//! Security notices to the account holder (OWASP ASVS 2.5.5): a method added
//! or removed, backup codes regenerated or used, a device trusted, a
//! lockout, a recovery contact added or removed, a recovery request's steps.
//! Sent through the delivery command to every confirmed address (the
//! account's sent-code methods and its confirmed recovery contacts, each
//! address once), after the change is committed, never with a sign-in code
//! (a recovery request's cancel code, which can only cancel, is the one code
//! a notice carries); a failure is logged, not fatal.

use anyhow::Result;

use super::Auth;
use crate::core::account::Account;
use crate::core::contact::{self, Contact};
use crate::core::method::Method;
use crate::core::method::{MethodKind, Status};
use crate::delivery::{Message, Run};
use crate::store::contacts;
use crate::store::events;
use crate::store::methods;

/// What happened, in the account holder's words. A recovery request's
/// cancel code goes to every contact in its notice, and nowhere else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    MethodAdded {
        kind: MethodKind,
        label: String,
    },
    MethodRemoved {
        kind: MethodKind,
        label: String,
    },
    MethodExported {
        kind: MethodKind,
        label: String,
    },
    BackupCodesGenerated,
    BackupCodeUsed {
        remaining: usize,
    },
    DeviceAdded {
        name: String,
    },
    /// `hard`: the hard lock, until an operator unlocks it; else a wait
    /// for the source the wrong codes came from.
    LockedOut {
        hard: bool,
    },
    RecoveryRequested {
        id: i64,
        ready_at: i64,
        cancel_code: String,
    },
    RecoveryChecked {
        id: i64,
    },
    RecoveryCancelled {
        id: i64,
    },
    RecoveryCompleted {
        id: i64,
    },
    RecoveryTicketUsed {
        label: String,
    },
    /// `to`: the contact's address, masked.
    ContactAdded {
        channel: MethodKind,
        to: String,
    },
    ContactRemoved {
        channel: MethodKind,
        to: String,
    },
}

impl Notice {
    fn event(&self) -> &'static str {
        match self {
            Notice::MethodAdded { .. } => "method_added",
            Notice::MethodRemoved { .. } => "method_removed",
            Notice::MethodExported { .. } => "method_exported",
            Notice::BackupCodesGenerated => "backup_codes_generated",
            Notice::BackupCodeUsed { .. } => "backup_code_used",
            Notice::DeviceAdded { .. } => "device_added",
            Notice::LockedOut { .. } => "locked_out",
            Notice::RecoveryRequested { .. } => "recovery_requested",
            Notice::RecoveryChecked { .. } => "recovery_checked",
            Notice::RecoveryCancelled { .. } => "recovery_cancelled",
            Notice::RecoveryCompleted { .. } => "recovery_completed",
            Notice::RecoveryTicketUsed { .. } => "recovery_ticket_used",
            Notice::ContactAdded { .. } => "contact_added",
            Notice::ContactRemoved { .. } => "contact_removed",
        }
    }

    /// A recovery disables the methods whose addresses notices go to: its
    /// notices still go there, to the holder it may be taken from.
    fn reaches_disabled(&self) -> bool {
        matches!(
            self,
            Notice::RecoveryRequested { .. }
                | Notice::RecoveryChecked { .. }
                | Notice::RecoveryCancelled { .. }
                | Notice::RecoveryCompleted { .. }
                | Notice::RecoveryTicketUsed { .. }
        )
    }

    fn text(&self, account: &str) -> String {
        let what = match self {
            Notice::MethodAdded { kind, label } => format!("a new {kind} sign-in method ({label}) was added"),
            Notice::MethodRemoved { kind, label } => format!("the {kind} sign-in method {label} was removed"),
            Notice::MethodExported { kind, label } => {
                format!("the secret of the {kind} sign-in method {label} was exported, to set it up on another device")
            }
            Notice::BackupCodesGenerated => "new backup codes were made; the old ones no longer work".to_owned(),
            Notice::BackupCodeUsed { remaining } => format!("a backup code was used; {remaining} remain"),
            Notice::DeviceAdded { name } => format!("the device {name} was trusted to sign in without a code"),
            Notice::LockedOut { hard: true } => {
                "sign-in was locked after too many wrong codes; only an administrator can unlock it".to_owned()
            }
            Notice::LockedOut { hard: false } => {
                "too many wrong codes were typed, so further tries from the same place must wait".to_owned()
            }
            Notice::RecoveryRequested { id, ready_at, cancel_code } => {
                let when = crate::core::when::utc(*ready_at);
                return format!(
                    "Security notice for {account}: account recovery was requested (request {id}); it can be \
                     completed after {when}, and then every sign-in method is replaced. If this was not you, cancel \
                     with code {cancel_code} (give it to your administrator)."
                );
            }
            Notice::RecoveryChecked { id } => format!("an identity check was recorded for recovery request {id}"),
            Notice::RecoveryCancelled { id } => format!("recovery request {id} was cancelled"),
            Notice::RecoveryCompleted { id } => format!(
                "recovery request {id} was completed: every sign-in method, backup code and trusted device was \
                 turned off, and a one-time recovery ticket was issued"
            ),
            Notice::RecoveryTicketUsed { label } => {
                format!("a recovery ticket was used to set up a new authenticator app ({label})")
            }
            Notice::ContactAdded { channel, to } => {
                format!("a recovery contact ({to}, by {channel}) was added; once confirmed it receives these notices")
            }
            Notice::ContactRemoved { channel, to } => {
                format!("the recovery contact {to} ({channel}) was removed; it no longer receives these notices")
            }
        };
        format!("Security notice for {account}: {what}. If this was not you, contact your administrator.")
    }
}

/// Where a notice goes: a sent-code method, or a recovery contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Recipient<'a> {
    channel: MethodKind,
    to: &'a str,
    /// The method, for the audit log; `None` for a contact.
    method_id: Option<i64>,
    /// The contact, for the audit log.
    contact_id: Option<i64>,
}

/// The addresses a notice goes to: every confirmed email and phone (a
/// phone may be the one that was lost; the notice must still reach the
/// holder), email first, then every confirmed recovery contact; each
/// address once, however many methods or contacts share it. Never a
/// pending one: nobody has shown that address is the holder's (or the
/// contact's). `disabled_too`: also the methods a recovery just turned off.
fn recipients<'a>(methods: &'a [Method], contacts: &'a [Contact], disabled_too: bool) -> Vec<Recipient<'a>> {
    let order = [MethodKind::Email, MethodKind::Sms, MethodKind::Whatsapp];
    // A method a recovery disabled counts only if it was confirmed once: a
    // never-confirmed address may not be the holder's.
    let confirmed = move |m: &Method| {
        m.status == Status::Active || (disabled_too && m.status == Status::Disabled && m.confirmed_at.is_some())
    };
    let own = order.into_iter().flat_map(move |kind| {
        methods.iter().filter(move |m| m.kind == kind && confirmed(m)).filter_map(|m| {
            Some(Recipient { channel: m.kind, to: m.address.as_deref()?, method_id: Some(m.id), contact_id: None })
        })
    });
    let theirs = order.into_iter().flat_map(|kind| {
        contacts.iter().filter(move |c| c.channel == kind && c.is_confirmed()).map(|c| Recipient {
            channel: c.channel,
            to: &c.address,
            method_id: None,
            contact_id: Some(c.id),
        })
    });
    let mut all: Vec<Recipient<'a>> = Vec::new();
    for r in own.chain(theirs) {
        if !all.iter().any(|seen| contact::same_address(seen.to, r.to)) {
            all.push(r);
        }
    }
    all
}

/// Sends a notice to every confirmed address and records each result. Never
/// fails the command: the change it reports is already committed, so a
/// problem is only warned about.
pub fn send(auth: &Auth<'_>, account: &Account, notice: &Notice, now: u64) {
    if let Err(e) = try_send(auth, account, notice, now) {
        auth.warn(format!("the security notice ({}) could not be sent or recorded: {e:#}", notice.event()));
    }
}

/// Whether a notice would reach anyone: a confirmed address or contact.
pub(super) fn reaches_anyone(auth: &Auth<'_>, account: &Account) -> Result<bool> {
    let all = methods::list(auth.store.conn(), account.id)?;
    let contacts = contacts::list(auth.store.conn(), account.id)?;
    Ok(!recipients(&all, &contacts, false).is_empty())
}

fn try_send(auth: &Auth<'_>, account: &Account, notice: &Notice, now: u64) -> Result<()> {
    let all = methods::list(auth.store.conn(), account.id)?;
    let contacts = contacts::list(auth.store.conn(), account.id)?;
    let record = |to: Option<&Recipient<'_>>, outcome, reason: &str| -> Result<()> {
        let tx = auth.store.immediate()?;
        // A contact is named in the reason: the log's method column is for methods.
        let reason = match to.and_then(|r| r.contact_id) {
            Some(id) => format!("{reason} (contact {id})"),
            None => reason.to_owned(),
        };
        let event = events::Event {
            method_id: to.and_then(|r| r.method_id),
            reason: Some(&reason),
            ..auth.event(&account.name, "notice", outcome)
        };
        events::record(&tx, &event, now as i64)?;
        tx.commit()?;
        Ok(())
    };
    let recipients = recipients(&all, &contacts, notice.reaches_disabled());
    if recipients.is_empty() {
        return record(None, "not_sent", "no_confirmed_contact");
    }
    let text = notice.text(&account.name);
    for r in &recipients {
        let Some(command) = auth.delivery else {
            record(Some(r), "not_sent", "no_delivery_command")?;
            continue;
        };
        let message = Message {
            type_: "notice",
            channel: r.channel,
            to: r.to,
            account: &account.name,
            code: None,
            expires_at: None,
            event: Some(notice.event()),
            text: &text,
        };
        match command.run(&message) {
            Run::HandedOver => record(Some(r), "sent", notice.event())?,
            failed => {
                let why = match failed {
                    Run::Failed { status, .. } => format!("the delivery command {status}"),
                    Run::TimedOut { after, .. } => {
                        format!("the delivery command timed out after {} s", after.as_secs())
                    }
                    Run::NotStarted { why } => why,
                    Run::HandedOver => unreachable!("matched above"),
                };
                auth.warn(format!("the security notice to {} was not delivered: {why}", r.to));
                record(Some(r), "failed", notice.event())?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_say_what_happened_without_a_code() {
        let text = Notice::BackupCodeUsed { remaining: 3 }.text("alice");
        assert!(text.contains("alice") && text.contains("3 remain"), "{text}");
        assert!(Notice::LockedOut { hard: true }.text("bob").contains("locked"));
        let wait = Notice::LockedOut { hard: false }.text("bob");
        assert!(wait.contains("must wait") && !wait.contains("locked"), "{wait}");
        let text = Notice::RecoveryRequested { id: 3, ready_at: 0, cancel_code: "k7f3q-x9m2p".into() }.text("eve");
        assert!(text.contains("cancel with code k7f3q-x9m2p") && text.contains("request 3"), "{text}");
    }

    fn sent(id: i64, kind: MethodKind, to: &str, status: Status) -> Method {
        Method {
            id,
            account_id: 1,
            kind,
            label: kind.as_str().into(),
            status,
            app: None,
            address: Some(to.into()),
            created_at: 0,
            confirmed_at: None,
            last_used_at: None,
            last_refused: None,
        }
    }

    fn contact(id: i64, channel: MethodKind, to: &str, status: Status) -> Contact {
        Contact { id, account_id: 1, channel, address: to.into(), status, created_at: 0, confirmed_at: None }
    }

    #[test]
    fn notices_go_to_each_confirmed_address_once() {
        use MethodKind::{Email, Sms};
        let methods = [
            sent(1, Sms, "+4915123456789", Status::Active),
            sent(2, Email, "alice@example.com", Status::Active),
            sent(3, Email, "new@example.com", Status::Pending),
        ];
        let contacts = [
            contact(1, Email, "Alice@example.com", Status::Active),
            contact(2, Email, "bob@example.com", Status::Active),
            contact(3, Sms, "+4915100000000", Status::Pending),
        ];
        let to: Vec<(&str, Option<i64>, Option<i64>)> =
            recipients(&methods, &contacts, false).iter().map(|r| (r.to, r.method_id, r.contact_id)).collect();
        assert_eq!(
            to,
            [
                ("alice@example.com", Some(2), None),
                ("+4915123456789", Some(1), None),
                ("bob@example.com", None, Some(2))
            ]
        );
    }
}
