//! The checklist for the person who cannot sign in: only what they can check
//! themselves, in plain words, then the ways in they still have and whom to
//! ask. Never a label, a device name, a count, a gateway error, a full
//! address or an operator's command: whoever knows a name may read this.

use super::{item, Facts, Group, Item, Status};
use crate::core::device;
use crate::core::lockout::Lockout;
use crate::core::mask;
use crate::core::method::{MethodKind, Status as MethodStatus};
use crate::core::when;

/// The person's checklist, in group order; `service_status` is what the
/// operator says is wrong on the service's side, if anything; `lockout` is
/// the state their own requests are in (waits count per source).
pub fn for_person(f: &Facts, service_status: Option<&str>, lockout: Lockout, now: u64) -> Vec<Item> {
    let active = |kind: MethodKind| {
        f.methods.iter().filter(move |m| m.kind == kind && m.status == MethodStatus::Active && m.address.is_some())
    };
    // ("text", "•••• 6789"), ("WhatsApp", "•••• 4321").
    let phones: Vec<(&str, String)> = active(MethodKind::Sms)
        .chain(active(MethodKind::Whatsapp))
        .filter_map(|m| {
            let by = if m.kind == MethodKind::Sms { "text" } else { "WhatsApp" };
            m.address.as_deref().map(|a| (by, mask::phone(a)))
        })
        .collect();
    let emails: Vec<String> = active(MethodKind::Email).filter_map(|m| m.address.as_deref().map(mask::email)).collect();
    let has_app = f.methods.iter().any(|m| m.app.is_some() && m.status == MethodStatus::Active);
    let sent = !phones.is_empty() || !emails.is_empty();
    let manual = |id, group, summary: &str, advice: &str| item(id, group, Status::Manual, summary.into(), advice);
    let mut items = Vec::new();

    if let Some(status) = service_status {
        items.push(item(
            "service_status",
            Group::NotReceivingACode,
            Status::Warn,
            format!("the service reports: {status}"),
            "It may not be you: try again later, or sign in another way below.",
        ));
    }
    if !phones.is_empty() {
        items.push(manual(
            "right_number",
            Group::NotReceivingACode,
            &format!(
                "codes go {}",
                phones.iter().map(|(by, p)| format!("by {by} to the number ending {p}")).collect::<Vec<_>>().join(", ")
            ),
            match phones.len() {
                1 => "Is that still your number? If it changed, the codes go to the old one: ask for help below.",
                _ => "Are those still your numbers? If one changed, its codes go to the old one: ask for help below.",
            },
        ));
        items.push(manual(
            "signal",
            Group::NotReceivingACode,
            match (phones.iter().any(|(by, _)| *by == "text"), phones.iter().any(|(by, _)| *by == "WhatsApp")) {
                (true, true) => "a text needs signal; WhatsApp needs mobile data or Wi-Fi",
                (true, false) => "a text needs signal",
                _ => "WhatsApp needs mobile data or Wi-Fi",
            },
            "Turn airplane mode off, check you have signal, and ask someone to send you a text to see if any arrive. \
             Turn off a VPN or DNS filter for a moment.",
        ));
        items.push(manual(
            "unknown_senders",
            Group::NotReceivingACode,
            "phones hide texts from unknown senders",
            "iPhone: Settings, Messages, turn off Filter Unknown Senders, or look under Unknown Senders. \
             Android: in Messages, look in Spam and blocked.",
        ));
    }
    if !emails.is_empty() {
        items.push(manual(
            "spam_folder",
            Group::NotReceivingACode,
            &format!("codes by email go to {}", emails.join(", ")),
            "Look in the spam, junk and promotions folders, and wait a minute: email can be slow.",
        ));
    }
    // Only the apps the account's codes come through.
    let mut apps = Vec::new();
    for (by, app) in [("text", "messages"), ("WhatsApp", "WhatsApp")] {
        if phones.iter().any(|(b, _)| *b == by) {
            apps.push(app);
        }
    }
    if !emails.is_empty() {
        apps.push("mail");
    }
    if let Some((last, rest)) = apps.split_last() {
        let apps = if rest.is_empty() { (*last).to_owned() } else { format!("{} or {last}", rest.join(", ")) };
        items.push(manual(
            "app_permissions",
            Group::NotReceivingACode,
            &format!("a {apps} app that may not show notifications shows codes late"),
            "In the phone's settings, allow that app's notifications, then open the app itself: the code may \
             already be there.",
        ));
    }
    items.push(manual(
        "newest_code",
        Group::CodeNotWorking,
        "only the newest code works, and only for a few minutes",
        match (sent, has_app) {
            (true, true) => "Use the code from the last message, or from the app right now; type it without spaces.",
            (false, true) => "Use the code the app shows right now; type it without spaces.",
            _ => "Use the code from the last message; type it without spaces.",
        },
    ));
    if has_app {
        items.push(manual(
            "phone_clock",
            Group::CodeNotWorking,
            "an authenticator app needs the phone's clock to be right",
            "Set the phone's date and time to automatic (from the network), then use a new code.",
        ));
        items.push(manual(
            "right_entry",
            Group::CodeNotWorking,
            "an app can hold codes for many services",
            "Use the entry named for this service; if there are two, try the newest. If codes still fail, update \
             the app, or clear its cache (not its data).",
        ));
    }
    if let state @ (Lockout::Waiting { .. } | Lockout::Locked) = lockout {
        let (summary, advice) = match state.retry_after(now) {
            Some(secs) => (
                format!("too many tries: codes are checked again in {}", when::span(secs)),
                "Wait, then use a new code. Each wrong try makes the wait longer.".to_owned(),
            ),
            None => {
                ("too many tries: sign-in is locked".to_owned(), "Ask for help below to have it unlocked.".to_owned())
            }
        };
        items.push(item("too_many_tries", Group::CodeNotWorking, Status::Action, summary, advice));
    }

    let mut ways = Vec::new();
    if has_app {
        ways.push("a code from your authenticator app".to_owned());
    }
    ways.extend(phones.iter().map(|(by, p)| format!("a code by {by} to {p}")));
    ways.extend(emails.iter().map(|e| format!("a code by email to {e}")));
    if f.backup_codes.as_ref().is_some_and(|s| s.remaining > 0) {
        ways.push("one of the backup codes you saved".to_owned());
    }
    if f.devices.iter().any(|d| device::standing(d.expires_at, d.revoked_at, now as i64).is_ok()) {
        ways.push("a device you chose to trust before".to_owned());
    }
    items.push(match ways.is_empty() {
        true => item(
            "other_ways",
            Group::SignInAnotherWay,
            Status::Action,
            "no other way in is set up".into(),
            "Ask for help below.",
        ),
        false => item(
            "other_ways",
            Group::SignInAnotherWay,
            Status::Ok,
            format!("you can also sign in with {}", ways.join("; ")),
            "Choose \"Try another way\" when asked for a code.",
        ),
    });
    items.push(item(
        "help",
        Group::LastResort,
        Status::Manual,
        match &f.support {
            Some(support) => format!("help: {support}"),
            None => "help: your administrator".into(),
        },
        "Say which ways you tried; never tell anyone a code.",
    ));
    items
}

#[cfg(test)]
mod tests {
    use super::super::facts::fixtures::*;
    use super::*;
    use crate::core::method::MethodKind;

    #[test]
    fn the_person_sees_masked_ways_and_no_operator_detail() {
        let f = Facts {
            methods: vec![
                totp(1, "Duo Mobile", MethodStatus::Active, 0, false),
                sent(2, MethodKind::Sms, SMS, MethodStatus::Active),
            ],
            support: Some("IT desk".into()),
            ..base()
        };
        let items = for_person(&f, Some("SMS delayed"), Lockout::Open, NOW);
        let text: String = items.iter().map(|i| format!("{} {}\n", i.summary, i.advice)).collect();
        assert!(text.contains("the service reports: SMS delayed") && text.contains("help: IT desk"), "{text}");
        assert!(!text.contains("Duo Mobile") && !text.contains("tfa ") && !text.contains(&SMS[..8]), "{text}");
        let ways = items.iter().find(|i| i.id == "other_ways").expect("ways");
        assert!(ways.summary.contains("authenticator app") && ways.summary.contains("••••"), "{}", ways.summary);
    }
}
