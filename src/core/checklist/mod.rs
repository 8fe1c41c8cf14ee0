//! The recovery checklist: what to check when a code does not arrive or does
//! not work, computed from an account's real state. Pure: the caller
//! gathers the `Facts` (the account's records), `now` comes in as an argument.
//!
//! `facts` is what is known of an account, `items` judges each item from it,
//! `advice` holds the texts that are the same for everyone.

mod advice;
mod facts;
mod items;
mod person;

use serde::Serialize;

use crate::core::method::MethodKind;

pub use advice::generic;
pub use facts::{Attempts, Facts};
pub use items::support;
pub use person::for_person;

/// A trusted device unused this long should be revoked.
pub const STALE_DEVICE_SECS: u64 = 90 * 86_400;
/// How far back refused codes are counted.
pub const RECENT_SECS: u64 = 24 * 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    NotReceivingACode,
    CodeNotWorking,
    SignInAnotherWay,
    LastResort,
}

impl Group {
    pub const ALL: [Group; 4] =
        [Group::NotReceivingACode, Group::CodeNotWorking, Group::SignInAnotherWay, Group::LastResort];

    pub fn title(self) -> &'static str {
        match self {
            Group::NotReceivingACode => "Not receiving a code",
            Group::CodeNotWorking => "Code not working",
            Group::SignInAnotherWay => "Sign in another way",
            Group::LastResort => "Last resort",
        }
    }
}

/// Who reads a checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reader {
    /// The operator or support: everything.
    Operator,
    /// The person who cannot sign in: what they can check, masked.
    Person,
}

/// An item's status, in rising order of concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Status {
    /// Does not apply to this account.
    #[serde(rename = "n/a")]
    NotApplicable,
    #[serde(rename = "ok")]
    Ok,
    /// Something tfa cannot check: the person has to.
    #[serde(rename = "manual")]
    Manual,
    #[serde(rename = "warn")]
    Warn,
    /// Needs doing: the checklist exits 1.
    #[serde(rename = "action")]
    Action,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotApplicable => "n/a",
            Status::Ok => "ok",
            Status::Manual => "manual",
            Status::Warn => "warn",
            Status::Action => "action",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Stable, for scripts.
    pub id: &'static str,
    pub group: Group,
    pub status: Status,
    /// One line of facts.
    pub summary: String,
    /// One line of what to do.
    pub advice: String,
}

/// An account's readiness, for `checklist --all`: its action items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub account: String,
    pub actions: Vec<Item>,
}

impl Readiness {
    pub fn ready(&self) -> bool {
        self.actions.is_empty()
    }
}

fn item(id: &'static str, group: Group, status: Status, summary: String, advice: impl Into<String>) -> Item {
    Item { id, group, status, summary, advice: advice.into() }
}

/// The account's checklist, in group order.
pub fn compute(f: &Facts, now: u64) -> Vec<Item> {
    let mut items = vec![
        items::authenticator_app(f),
        items::phone_number(f),
        items::delivery(f, MethodKind::Sms, "sms_delivery"),
        items::delivery(f, MethodKind::Whatsapp, "whatsapp_delivery"),
        items::delivery(f, MethodKind::Email, "email_delivery"),
        items::spam_folder(f),
        items::connection(f),
    ];
    items.extend(advice::manual_items().into_iter().filter(|i| i.group == Group::NotReceivingACode));
    items.extend([
        items::other_authenticator_apps(f),
        items::clock_drift(f),
        items::pending_methods(f),
        items::recent_failures(f, now),
        items::lockout(f, now),
    ]);
    items.extend(advice::manual_items().into_iter().filter(|i| i.group == Group::CodeNotWorking));
    items.extend([
        items::backup_codes(f),
        items::trusted_devices(f, now),
        items::second_method(f),
        items::restricted_only(f),
        items::recovery_contacts(f),
        items::support(f.support.as_deref()),
    ]);
    items
}

/// Whether any item needs doing.
pub fn needs_action(items: &[Item]) -> bool {
    items.iter().any(|i| i.status == Status::Action)
}

#[cfg(test)]
mod tests {
    use super::facts::fixtures::{base, find, NOW};
    use super::*;

    #[test]
    fn a_ready_account_needs_no_action_and_ids_are_unique() {
        let items = compute(&base(), NOW);
        assert!(!needs_action(&items), "{items:#?}");
        let mut ids: Vec<&str> = items.iter().map(|i| i.id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate ids");
        assert_eq!(n, 21);
        // Items come grouped, in group order.
        let groups: Vec<Group> = items.iter().map(|i| i.group).collect();
        let mut sorted = groups.clone();
        sorted.sort_by_key(|g| Group::ALL.iter().position(|x| x == g));
        assert_eq!(groups, sorted);
    }

    #[test]
    fn the_generic_checklist_has_every_id_and_checks_nothing() {
        let generic = generic(Some("help desk"));
        let mut ids: Vec<&str> = generic.iter().map(|i| i.id).collect();
        let mut want: Vec<&str> = compute(&base(), NOW).iter().map(|i| i.id).collect();
        ids.sort_unstable();
        want.sort_unstable();
        assert_eq!(ids, want);
        assert!(generic.iter().all(|i| matches!(i.status, Status::Manual | Status::NotApplicable)));
        assert!(find(&generic, "support").summary.contains("help desk"));
        assert!(!needs_action(&generic));
    }
}
