//! What tfa cannot check: the manual items of every checklist, and the
//! generic checklist for someone who cannot say which account.

use super::{item, support, Group, Item, Status};

/// What tfa can never check: the same for every account.
pub(super) fn manual_items() -> Vec<Item> {
    use Group::*;
    vec![
        item(
            "vpn_dns",
            NotReceivingACode,
            Status::Manual,
            "a VPN, proxy, firewall or DNS filter can hold back messages and block the sign-in page".into(),
            "Turn the VPN or filter off for a moment and ask for a new code.",
        ),
        item(
            "app_permissions",
            NotReceivingACode,
            Status::Manual,
            "a messaging or mail app without notification or background permission shows codes late".into(),
            "Allow notifications for the messages app, WhatsApp or mail, and open it to look.",
        ),
        item(
            "app_update",
            CodeNotWorking,
            Status::Manual,
            "an outdated authenticator or messaging app can misbehave".into(),
            "Update the app from the app store, keeping its accounts (do not reinstall without a backup).",
        ),
    ]
}

/// The checklist for someone who cannot say which account: what to check,
/// in general; nothing here is computed.
pub fn generic(support_text: Option<&str>) -> Vec<Item> {
    use Group::*;
    use Status::{Manual, NotApplicable};
    let m = |id, group, summary: &str, advice: &str| item(id, group, Manual, summary.to_owned(), advice);
    let mut items = vec![
        m(
            "authenticator_app",
            NotReceivingACode,
            "no code is sent for an authenticator app",
            "If you set up an app, open it and type the code it shows now.",
        ),
        m(
            "phone_number",
            NotReceivingACode,
            "codes go to the number given at setup",
            "If your number changed, codes go to the old one: sign in another way.",
        ),
        m(
            "sms_delivery",
            NotReceivingACode,
            "a text message can take a minute",
            "Wait a minute, then ask once for a new code: it voids the old one.",
        ),
        m(
            "whatsapp_delivery",
            NotReceivingACode,
            "WhatsApp needs the app signed in and online",
            "Open WhatsApp and wait a minute, then ask once for a new code.",
        ),
        m(
            "email_delivery",
            NotReceivingACode,
            "an email can take a few minutes",
            "Wait, then ask once for a new code.",
        ),
        m(
            "spam_folder",
            NotReceivingACode,
            "codes by email can land in spam",
            "Look in the spam, junk and promotions folders.",
        ),
        m(
            "connection",
            NotReceivingACode,
            "sent codes need signal or data",
            "Check airplane mode, signal and roaming.",
        ),
    ];
    items.extend(manual_items().into_iter().filter(|i| i.group == NotReceivingACode));
    items.extend([
        m(
            "other_authenticator_apps",
            CodeNotWorking,
            "each app entry makes different codes",
            "Use the entry for this site and account.",
        ),
        m(
            "clock_drift",
            CodeNotWorking,
            "app codes fail when the phone's clock is off",
            "Set the phone's date and time to automatic.",
        ),
        m(
            "pending_methods",
            CodeNotWorking,
            "a method whose setup was not finished is refused",
            "Finish the setup with the code it shows or was sent.",
        ),
        m(
            "recent_failures",
            CodeNotWorking,
            "each code works once and only for a short time",
            "Use the newest code; wait for the next one if it was refused.",
        ),
        m(
            "lockout",
            CodeNotWorking,
            "after several wrong codes each try must wait",
            "Wait a while before the next try.",
        ),
    ]);
    items.extend(manual_items().into_iter().filter(|i| i.group == CodeNotWorking));
    items.extend([
        m(
            "backup_codes",
            SignInAnotherWay,
            "backup codes saved at setup work once each",
            "Type one instead of the code.",
        ),
        m("trusted_devices", SignInAnotherWay, "a device you trusted signs in without a code", "Try signing in there."),
        m(
            "second_method",
            SignInAnotherWay,
            "another method set up earlier may still work",
            "Choose \"Try another way\" at sign-in.",
        ),
        item("restricted_only", SignInAnotherWay, NotApplicable, "depends on the account".into(), "Nothing to check."),
        item("recovery_contacts", LastResort, NotApplicable, "depends on the account".into(), "Nothing to check."),
    ]);
    let mut s = support(support_text);
    s.status = Manual;
    items.push(s);
    items
}
