//! Security notices to the account holder (OWASP ASVS 2.5.5): a method added
//! or removed, backup codes regenerated or used, a device trusted, a
//! lockout. Sent through the delivery command to a confirmed address, after
//! the change is committed, never with a code; a failure is logged, not fatal.

use anyhow::Result;

use super::Auth;
use crate::core::account::Account;
use crate::core::method::Method;
use crate::core::method::{MethodKind, Status};
use crate::delivery::{Message, Run};
use crate::store::events;
use crate::store::methods;

/// What happened, in the account holder's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    MethodAdded { kind: MethodKind, label: String },
    MethodRemoved { kind: MethodKind, label: String },
    MethodExported { kind: MethodKind, label: String },
    BackupCodesGenerated,
    BackupCodeUsed { remaining: usize },
    DeviceAdded { name: String },
    LockedOut,
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
            Notice::LockedOut => "locked_out",
        }
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
            Notice::LockedOut => "sign-in was locked after too many wrong codes".to_owned(),
        };
        format!("Security notice for {account}: {what}. If this was not you, contact your administrator.")
    }
}

/// The addresses a notice goes to: every confirmed email and phone (a
/// phone may be the one that was lost; the notice must still reach the
/// holder), email first.
fn contacts(methods: &[Method]) -> Vec<&Method> {
    [MethodKind::Email, MethodKind::Sms, MethodKind::Whatsapp]
        .into_iter()
        .flat_map(|kind| methods.iter().filter(move |m| m.kind == kind && m.status == Status::Active))
        .filter(|m| m.address.is_some())
        .collect()
}

/// Sends a notice to every confirmed address and records each result. Never
/// fails the command: the change it reports is already committed, so a
/// problem is only warned about.
pub fn send(auth: &Auth<'_>, account: &Account, notice: &Notice, now: u64) {
    if let Err(e) = try_send(auth, account, notice, now) {
        auth.warn(format!("the security notice ({}) could not be sent or recorded: {e:#}", notice.event()));
    }
}

fn try_send(auth: &Auth<'_>, account: &Account, notice: &Notice, now: u64) -> Result<()> {
    let all = methods::list(auth.store.conn(), account.id)?;
    let record = |method_id, outcome, reason| -> Result<()> {
        let tx = auth.store.immediate()?;
        let event = events::Event { method_id, reason: Some(reason), ..auth.event(&account.name, "notice", outcome) };
        events::record(&tx, &event, now as i64)?;
        tx.commit()?;
        Ok(())
    };
    let contacts = contacts(&all);
    if contacts.is_empty() {
        return record(None, "not_sent", "no_confirmed_contact");
    }
    let text = notice.text(&account.name);
    for method in contacts {
        let Some(command) = auth.delivery else {
            record(Some(method.id), "not_sent", "no_delivery_command")?;
            continue;
        };
        let to = method.address.as_deref().unwrap_or_default();
        let message = Message {
            type_: "notice",
            channel: method.kind,
            to,
            account: &account.name,
            code: None,
            expires_at: None,
            event: Some(notice.event()),
            text: &text,
        };
        match command.run(&message) {
            Run::HandedOver => record(Some(method.id), "sent", notice.event())?,
            failed => {
                let why = match failed {
                    Run::Failed { status, .. } => format!("the delivery command {status}"),
                    Run::TimedOut { after, .. } => {
                        format!("the delivery command timed out after {} s", after.as_secs())
                    }
                    Run::NotStarted { why } => why,
                    Run::HandedOver => unreachable!("matched above"),
                };
                auth.warn(format!("the security notice to {to} was not delivered: {why}"));
                record(Some(method.id), "failed", notice.event())?;
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
        assert!(Notice::LockedOut.text("bob").contains("locked"));
    }
}
