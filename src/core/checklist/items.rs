//! Each item's judgement of an account's facts.

use super::{item, Facts, Group, Item, Status, RECENT_SECS, STALE_DEVICE_SECS};
use crate::core::backup_code::LOW_WATER;
use crate::core::delivery::{DeliveryResult, Health, HEALTH_WINDOW_SECS};
use crate::core::device::{self, Device};
use crate::core::lockout::{Lockout, Runs};
use crate::core::mask;
use crate::core::method::{Method, MethodKind, Status as MethodStatus};
use crate::core::otp::App;
use crate::core::phone;
use crate::core::when::{span, utc};

fn channel_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Sms => "SMS",
        MethodKind::Whatsapp => "WhatsApp",
        MethodKind::Email => "email",
        _ => "app",
    }
}

fn apps(f: &Facts) -> impl Iterator<Item = &Method> {
    f.methods.iter().filter(|m| m.kind.is_app())
}

pub(super) fn authenticator_app(f: &Facts) -> Item {
    let active: Vec<&Method> = apps(f).filter(|m| m.status == MethodStatus::Active).collect();
    let group = Group::NotReceivingACode;
    if active.is_empty() {
        return item(
            "authenticator_app",
            group,
            Status::NotApplicable,
            "no authenticator app is active".into(),
            "Codes come only by message or as backup codes: see the items below.",
        );
    }
    let labels: Vec<String> = active.iter().map(|m| format!("{:?} ({})", m.label, m.kind)).collect();
    item(
        "authenticator_app",
        group,
        Status::Ok,
        format!("authenticator app {}: no code is sent for an app", labels.join(", ")),
        format!(
            "Open the app and type the code it shows now for the entry {:?}; no message will come.",
            active[0].label
        ),
    )
}

pub(super) fn other_authenticator_apps(f: &Facts) -> Item {
    let all: Vec<&Method> = apps(f).collect();
    let group = Group::CodeNotWorking;
    let listed = || all.iter().map(|m| format!("{:?} ({})", m.label, m.status)).collect::<Vec<_>>().join(", ");
    match all.len() {
        0 => item(
            "other_authenticator_apps",
            group,
            Status::NotApplicable,
            "no authenticator app".into(),
            "Nothing to mix up.",
        ),
        1 => item(
            "other_authenticator_apps",
            group,
            Status::Ok,
            format!("one authenticator entry: {}", listed()),
            format!("If the app holds several entries, use the one for {}.", f.account.name),
        ),
        n => item(
            "other_authenticator_apps",
            group,
            Status::Warn,
            format!("{n} authenticator entries: {}", listed()),
            format!("Each entry makes different codes: did you use the right app? `tfa doctor {} CODE` says which entry a code is from.", f.account.name),
        ),
    }
}

pub(super) fn phone_number(f: &Facts) -> Item {
    let phones: Vec<&Method> = f
        .methods
        .iter()
        .filter(|m| matches!(m.kind, MethodKind::Sms | MethodKind::Whatsapp) && m.status != MethodStatus::Disabled)
        .collect();
    let group = Group::NotReceivingACode;
    if phones.is_empty() {
        return item(
            "phone_number",
            group,
            Status::NotApplicable,
            "no phone number receives codes".into(),
            "Nothing to check.",
        );
    }
    let mut worst = Status::Ok;
    let mut parts = Vec::new();
    let (mut landline, mut unconfirmed) = (false, false);
    for m in &phones {
        let address = m.address.as_deref().unwrap_or_default();
        let (status, state) = match phone::parse(address, None) {
            Err(_) => (Status::Action, "not a valid number"),
            // A landline never confirmed may not be the person's either: both are said.
            Ok(p) => {
                let is_landline = p.landline && m.kind == MethodKind::Sms;
                let pending = m.status == MethodStatus::Pending;
                landline |= is_landline;
                unconfirmed |= pending;
                match (is_landline, pending) {
                    (true, true) => (Status::Warn, "a landline, never confirmed: text messages may not reach it"),
                    (true, false) => (Status::Warn, "a landline: text messages may not reach it"),
                    (false, true) => (Status::Warn, "valid, never confirmed"),
                    (false, false) => (Status::Ok, "valid, confirmed"),
                }
            }
        };
        worst = worst.max(status);
        parts.push(format!("{} to {}: {state}", m.kind, mask::phone_with_country(address)));
    }
    let advice = match worst {
        Status::Action => format!(
            "Enroll the number again in full international form: tfa enroll {} sms --phone +<country> <number>.",
            f.account.name
        ),
        // A number never confirmed may not be the person's at all; a landline cannot take texts.
        Status::Warn => {
            let mut advice = Vec::new();
            if unconfirmed {
                advice.push(format!(
                    "A number never confirmed may not be yours (a digit wrong, an old number): check its last digits, then confirm it with the code sent to it (tfa confirm {} CODE)",
                    f.account.name
                ));
            }
            if landline {
                advice.push("a landline cannot receive text messages: use a mobile number".to_owned());
            }
            let mut text = advice.join("; ");
            text.push('.');
            text[..1].make_ascii_uppercase();
            text
        }
        _ => "Check that this is still your number: if it changed, codes go to the old one.".into(),
    };
    item("phone_number", group, worst, parts.join("; "), advice)
}

pub(super) fn delivery(f: &Facts, kind: MethodKind, id: &'static str) -> Item {
    let group = Group::NotReceivingACode;
    let name = channel_name(kind);
    let methods: Vec<&Method> =
        f.methods.iter().filter(|m| m.kind == kind && m.status != MethodStatus::Disabled).collect();
    let Some(first) = methods.first() else {
        return item(id, group, Status::NotApplicable, format!("no {name} method"), "Nothing to check.");
    };
    let resend = format!("tfa send {} --via {}", f.account.name, kind);
    let Some(last) = f.deliveries.iter().find(|d| d.channel == kind) else {
        let to = mask::address_with_country(kind, first.address.as_deref().unwrap_or_default());
        return item(
            id,
            group,
            Status::Ok,
            format!("no code has been sent by {name} yet (to {to})"),
            format!("Ask for one: {resend}."),
        );
    };
    let to = mask::address_with_country(kind, &last.address);
    let at = utc(last.started_at);
    let code = if last.test { "test message" } else { "code" };
    let health = Health::of(f.recent_deliveries.iter().filter(|d| d.channel == kind));
    let counts = |summary: String| {
        let mut s = summary;
        if health.failing_streak > 1 {
            s.push_str(&format!("; the last {} messages all failed", health.failing_streak));
        }
        if health.sent + health.failed > 0 {
            s.push_str(&format!(
                "; in the last {} h: {} delivered, {} failed",
                HEALTH_WINDOW_SECS / 3600,
                health.sent,
                health.failed
            ));
        }
        s
    };
    let why = |what: String| {
        let detail = last.detail.as_deref().and_then(|d| d.lines().rev().find(|l| !l.trim().is_empty()));
        match detail {
            Some(d) => format!("{what} ({})", d.trim()),
            None => what,
        }
    };
    let (status, summary, advice) = match last.result {
        DeliveryResult::HandedOver => (
            Status::Ok,
            format!("the last {code} went to {to} at {at}: the gateway took it"),
            format!("Codes can take a minute; if none came, check the address, then ask once for a new one ({resend}); it voids the old one."),
        ),
        DeliveryResult::Outbox => (
            Status::Warn,
            format!("the last {code} for {to} ({at}) went to the outbox: no delivery command is configured, nothing left this machine"),
            "Operator: set TFA_DELIVERY_COMMAND (or --delivery-command) so codes reach people.".to_owned(),
        ),
        DeliveryResult::Pending => (
            Status::Warn,
            format!("the delivery to {to} started at {at} never finished"),
            format!("Ask for a new code: {resend}."),
        ),
        DeliveryResult::Failed => (
            Status::Action,
            why(format!(
                "the last {code} to {to} ({at}) was not delivered: the delivery command failed{}",
                last.exit_code.map(|c| format!(" with status {c}")).unwrap_or_default()
            )),
            format!("Operator: check the gateway (tfa methods {} --json shows its error), then ask for a new code.", f.account.name),
        ),
        DeliveryResult::Timeout => (
            Status::Action,
            why(format!("the last {code} to {to} ({at}) was not delivered: the delivery command timed out")),
            format!("Operator: check the gateway (tfa methods {} --json shows its error), then ask for a new code.", f.account.name),
        ),
        DeliveryResult::NotStarted => (
            Status::Action,
            why(format!("the last {code} to {to} ({at}) was not delivered: the delivery command could not be started")),
            "Operator: fix TFA_DELIVERY_COMMAND (the program must exist and be executable).".to_owned(),
        ),
    };
    item(id, group, status, counts(summary), advice)
}

pub(super) fn spam_folder(f: &Facts) -> Item {
    let email = f.methods.iter().find(|m| m.kind == MethodKind::Email && m.status != MethodStatus::Disabled);
    match email {
        Some(m) => item(
            "spam_folder",
            Group::NotReceivingACode,
            Status::Manual,
            format!("codes by email go to {}", mask::email(m.address.as_deref().unwrap_or_default())),
            "Look in the spam, junk and promotions folders; mark the message as not spam.",
        ),
        None => item(
            "spam_folder",
            Group::NotReceivingACode,
            Status::NotApplicable,
            "no email method".into(),
            "Nothing to check.",
        ),
    }
}

pub(super) fn connection(f: &Facts) -> Item {
    if f.methods.iter().any(|m| m.kind.is_restricted() && m.status != MethodStatus::Disabled) {
        item(
            "connection",
            Group::NotReceivingACode,
            Status::Manual,
            "sent codes need the phone's signal (SMS) or data (WhatsApp, email); tfa cannot see it".into(),
            "Check airplane mode, signal and roaming; try Wi-Fi or another place, then ask for a new code.",
        )
    } else {
        item(
            "connection",
            Group::NotReceivingACode,
            Status::NotApplicable,
            "no code is sent to this account: an authenticator app works offline".into(),
            "Nothing to check.",
        )
    }
}

pub(super) fn clock_drift(f: &Facts) -> Item {
    let group = Group::CodeNotWorking;
    let totp: Vec<(&Method, u32, u8, i64)> = f
        .methods
        .iter()
        .filter(|m| m.status == MethodStatus::Active)
        .filter_map(|m| match m.app {
            Some(App::Totp { period, window, state, .. }) => Some((m, period, window, state.drift)),
            _ => None,
        })
        .collect();
    if totp.is_empty() {
        return item(
            "clock_drift",
            group,
            Status::NotApplicable,
            "no time-based authenticator app".into(),
            "Nothing to check.",
        );
    }
    let mut worst = Status::NotApplicable;
    let mut parts = Vec::new();
    let mut refused_off = false;
    for (m, period, window, drift) in totp {
        let secs = drift * i64::from(period);
        // A refused code that matched at another time (kept until the next success) says more than the drift.
        let refused = m.last_refused.filter(|r| r.offset != 0);
        let (status, text) = match (refused, m.last_used_at) {
            (Some(r), _) => {
                refused_off = true;
                let off = r.offset * i64::from(period);
                let dir = if off < 0 { "behind" } else { "ahead" };
                (
                    Status::Action,
                    format!(
                        "{:?}: the last refused code ({}) matched {} {dir}: the phone's clock is off",
                        m.label,
                        utc(r.at),
                        span(off.unsigned_abs())
                    ),
                )
            }
            (None, None) => (Status::Manual, format!("{:?}: not measured yet, no code from it was accepted", m.label)),
            (None, Some(at)) if drift == 0 => {
                (Status::Ok, format!("{:?}: on time at the last success ({})", m.label, utc(at)))
            }
            (None, Some(at)) => {
                let dir = if secs < 0 { "behind" } else { "ahead" };
                let status = if drift.unsigned_abs() > u64::from(window) { Status::Action } else { Status::Warn };
                (
                    status,
                    format!(
                        "{:?}: {} s {dir} at the last success ({}), {}",
                        m.label,
                        secs.abs(),
                        utc(at),
                        span(secs.unsigned_abs())
                    ),
                )
            }
        };
        worst = worst.max(status);
        parts.push(text);
    }
    let advice = match worst {
        Status::Action if refused_off => "Set the phone's date and time to automatic (network time): its codes then work as they are, no resync needed.".to_owned(),
        Status::Action => format!(
            "Set the phone's date and time to automatic: its codes then work as they are. Only if the clock cannot be set, resync with two codes in a row: tfa resync {} CODE1 CODE2.",
            f.account.name
        ),
        _ => "Set the phone's date and time to automatic (network time): app codes depend on the clock.".to_owned(),
    };
    item("clock_drift", group, worst, parts.join("; "), advice)
}

pub(super) fn pending_methods(f: &Facts) -> Item {
    let pending: Vec<&Method> = f.methods.iter().filter(|m| m.status == MethodStatus::Pending).collect();
    let group = Group::CodeNotWorking;
    if pending.is_empty() {
        return item("pending_methods", group, Status::Ok, "no method waits for confirmation".into(), "Nothing to do.");
    }
    let listed: Vec<String> =
        pending.iter().map(|m| format!("{:?} ({} {}, added {})", m.label, m.kind, m.id, utc(m.created_at))).collect();
    let n = pending.len();
    item(
        "pending_methods",
        group,
        Status::Action,
        format!("{n} method{} never confirmed: {}", if n == 1 { "" } else { "s" }, listed.join(", ")),
        format!(
            "A pending method is refused at sign-in: confirm it (tfa confirm {0} CODE) or remove it (tfa unenroll {0} ID).",
            f.account.name
        ),
    )
}

pub(super) fn recent_failures(f: &Facts, now: u64) -> Item {
    let group = Group::CodeNotWorking;
    let since = f.attempts.last_success.unwrap_or(i64::MIN).max(now.saturating_sub(RECENT_SECS) as i64);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (at, reason) in &f.attempts.refused {
        if *at < since || f.attempts.last_success.is_some_and(|s| *at < s) {
            continue;
        }
        match counts.iter_mut().find(|(r, _)| r == reason) {
            Some((_, n)) => *n += 1,
            None => counts.push((reason.clone(), 1)),
        }
    }
    let after = match f.attempts.last_success {
        Some(s) if s >= now.saturating_sub(RECENT_SECS) as i64 => format!("since the last accepted code ({})", utc(s)),
        _ => "in the last 24 h".to_owned(),
    };
    if counts.is_empty() {
        return item("recent_failures", group, Status::Ok, format!("no refused code {after}"), "Nothing to do.");
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let listed: Vec<String> = counts.iter().map(|(r, n)| format!("{n} {r}")).collect();
    let advice = match counts[0].0.as_str() {
        "replayed" | "used" => "Each code works once: wait for the next one.".to_owned(),
        "expired" | "superseded" => "Use the newest code, within its time.".to_owned(),
        "too_many_attempts" | "undelivered" => "Ask for a new code.".to_owned(),
        _ => format!("With the next code that fails, run tfa doctor {} CODE: it says why.", f.account.name),
    };
    item(
        "recent_failures",
        group,
        Status::Warn,
        format!("{total} refused {} {after}: {}", if total == 1 { "code" } else { "codes" }, listed.join(", ")),
        advice,
    )
}

pub(super) fn lockout(f: &Facts, now: u64) -> Item {
    let group = Group::CodeNotWorking;
    let count = f.failures.count;
    // The sources whose own wait holds: only their requests are held back.
    let waiting: Vec<String> = f
        .source_failures
        .iter()
        .filter_map(|(source, run)| match f.policy.state_of(Runs { account: f.failures, source: *run }, now) {
            Lockout::Waiting { until } => {
                Some(format!("{source} until {} (in {})", utc(until as i64), span(until.saturating_sub(now))))
            }
            _ => None,
        })
        .collect();
    let by_source = !f.source_failures.is_empty();
    let failed = |n: u32| format!("{n} failed code{} in a row", if n == 1 { "" } else { "s" });
    match f.policy.state(f.failures, now) {
        Lockout::Locked => item(
            "lockout",
            group,
            Status::Action,
            format!("locked after {count} failed codes in a row (the hard lock is at {})", f.policy.hard_lock_at),
            format!("An operator must check the attempts (tfa log {0}) and run tfa unlock {0}.", f.account.name),
        ),
        // Counted per source: a wait holds back only the requests from there.
        state if by_source && (count > 0 || !waiting.is_empty()) => {
            let mut parts = vec![match count {
                0 => "not locked; no failed code since the last success".to_owned(),
                n => format!("not locked; {}, from every source", failed(n)),
            }];
            parts.push(match waiting.is_empty() {
                true => "no source waits".to_owned(),
                false => format!("waiting: {}", waiting.join(", ")),
            });
            if let Lockout::Waiting { until } = state {
                parts.push(format!("requests without --source wait until {}", utc(until as i64)));
            }
            item(
                "lockout",
                group,
                Status::Warn,
                parts.join("; "),
                format!(
                    "Each source waits after {} failures of its own; the person signing in from elsewhere is not \
                     held back, and a backup code is still checked (not an imported scratch code). The hard lock comes at {} from every source.",
                    f.policy.backoff_after, f.policy.hard_lock_at
                ),
            )
        }
        Lockout::Waiting { until } => item(
            "lockout",
            group,
            Status::Warn,
            format!(
                "{count} failed codes in a row: no code is checked before {} (in {})",
                utc(until as i64),
                span(until.saturating_sub(now))
            ),
            "Wait until then: a code typed earlier is refused unchecked (a backup code is still checked, not an imported 8-digit scratch code).",
        ),
        Lockout::Open if count > 0 => item(
            "lockout",
            group,
            Status::Warn,
            format!(
                "not locked; {}; {}",
                failed(count),
                match f.policy.delay_after(count + 1) {
                    0 => format!("waits begin after {}", f.policy.backoff_after),
                    wait => format!("the next failure means a wait of {}", span(wait)),
                }
            ),
            "Take care with the next codes: after more failures each try must wait.",
        ),
        Lockout::Open => item(
            "lockout",
            group,
            Status::Ok,
            "not locked; no failed code since the last success".into(),
            "Nothing to do.",
        ),
    }
}

pub(super) fn backup_codes(f: &Facts) -> Item {
    let group = Group::SignInAnotherWay;
    let make = format!("Make a new set: tfa backup-codes generate {}, and keep it somewhere safe.", f.account.name);
    match &f.backup_codes {
        None => item("backup_codes", group, Status::Action, "no backup codes".into(), make),
        Some(b) if b.remaining == 0 => item(
            "backup_codes",
            group,
            Status::Action,
            format!("all {} backup codes are used (generated {})", b.total, utc(b.created_at)),
            make,
        ),
        Some(b) if b.remaining <= LOW_WATER => item(
            "backup_codes",
            group,
            Status::Warn,
            format!("{} of {} backup codes remain (generated {})", b.remaining, b.total, utc(b.created_at)),
            format!("Sign in with one, then make a new set: tfa backup-codes generate {}.", f.account.name),
        ),
        Some(b) => item(
            "backup_codes",
            group,
            Status::Ok,
            format!("{} of {} backup codes remain (generated {})", b.remaining, b.total, utc(b.created_at)),
            "Type one of them instead of a code: each works once.",
        ),
    }
}

pub(super) fn trusted_devices(f: &Facts, now: u64) -> Item {
    let group = Group::SignInAnotherWay;
    let active: Vec<&Device> =
        f.devices.iter().filter(|d| device::standing(d.expires_at, d.revoked_at, now as i64).is_ok()).collect();
    if active.is_empty() {
        return item(
            "trusted_devices",
            group,
            Status::NotApplicable,
            "no trusted device".into(),
            "After the next sign-in, trust a device you keep.",
        );
    }
    let mut stale = Vec::new();
    let listed: Vec<String> = active
        .iter()
        .map(|d| {
            let last = d.last_seen_at.unwrap_or(d.created_at);
            if now.saturating_sub(last.max(0) as u64) >= STALE_DEVICE_SECS {
                stale.push(d.id);
            }
            match d.last_seen_at {
                Some(t) => format!("{:?} (id {}, last seen {})", d.name, d.id, utc(t)),
                None => format!("{:?} (id {}, never used, added {})", d.name, d.id, utc(d.created_at)),
            }
        })
        .collect();
    if stale.is_empty() {
        item(
            "trusted_devices",
            group,
            Status::Ok,
            format!("trusted: {}", listed.join(", ")),
            "Sign in on one of these devices: it is trusted without a code until it expires.",
        )
    } else {
        let ids: Vec<String> = stale.iter().map(i64::to_string).collect();
        item(
            "trusted_devices",
            group,
            Status::Action,
            format!("trusted: {}; unused for 90 days or more: id {}", listed.join(", "), ids.join(", ")),
            format!("Revoke devices no longer in use: tfa device revoke {} ID.", f.account.name),
        )
    }
}

pub(super) fn second_method(f: &Facts) -> Item {
    let group = Group::SignInAnotherWay;
    let mut ways: Vec<String> = f
        .methods
        .iter()
        .filter(|m| m.status == MethodStatus::Active)
        .map(|m| format!("{} {:?}", m.kind, m.label))
        .collect();
    if let Some(b) = f.backup_codes.as_ref().filter(|b| b.remaining > 0) {
        ways.push(format!("backup codes ({} left)", b.remaining));
    }
    let add = format!(
        "Add a second way in: another app (tfa enroll {0} totp), a phone, or backup codes (tfa backup-codes generate {0}).",
        f.account.name
    );
    match ways.len() {
        0 => item("second_method", group, Status::Action, "no way in: no active method and no backup code".into(), add),
        1 => item("second_method", group, Status::Action, format!("only one way in: {}", ways[0]), add),
        n => item("second_method", group, Status::Ok, format!("{n} ways in: {}", ways.join(", ")), "Nothing to do."),
    }
}

pub(super) fn restricted_only(f: &Facts) -> Item {
    let group = Group::SignInAnotherWay;
    let active: Vec<&Method> = f.methods.iter().filter(|m| m.status == MethodStatus::Active).collect();
    if active.is_empty() {
        return item("restricted_only", group, Status::NotApplicable, "no active method".into(), "Nothing to check.");
    }
    if active.iter().all(|m| m.kind.is_restricted()) {
        let kinds: Vec<&str> = active.iter().map(|m| m.kind.as_str()).collect();
        return item(
            "restricted_only",
            group,
            Status::Action,
            format!(
                "every active method is a sent code ({}): restricted authenticators (NIST 800-63B)",
                kinds.join(", ")
            ),
            format!(
                "Add an authenticator app (tfa enroll {} totp): a SIM swap or a mailbox takeover redirects sent codes.",
                f.account.name
            ),
        );
    }
    item(
        "restricted_only",
        group,
        Status::Ok,
        "an authenticator app is active, not only sent codes".into(),
        "Nothing to do.",
    )
}

/// Who else is told of a security change: confirmed recovery contacts
/// receive every notice; a pending one receives nothing yet.
pub(super) fn recovery_contacts(f: &Facts) -> Item {
    let group = Group::LastResort;
    let masked = |confirmed: bool| -> Vec<String> {
        f.contacts
            .iter()
            .filter(|c| c.is_confirmed() == confirmed)
            .map(|c| mask::address_with_country(c.channel, &c.address))
            .collect()
    };
    let (confirmed, pending) = (masked(true), masked(false));
    let name = &f.account.name;
    if f.contacts.is_empty() {
        return item(
            "recovery_contacts",
            group,
            Status::NotApplicable,
            "no recovery contact: security notices go only to the account's own confirmed addresses".into(),
            format!("Optional: add one, so a notice still reaches someone if those are lost: tfa account contact add {name} --email ADDR"),
        );
    }
    let mut summary = Vec::new();
    if !confirmed.is_empty() {
        summary.push(format!("security notices also go to {}", confirmed.join(", ")));
    }
    if !pending.is_empty() {
        summary.push(format!("not confirmed, so told nothing yet: {}", pending.join(", ")));
    }
    let (status, advice) = if pending.is_empty() {
        (
            Status::Ok,
            "Nothing to do; remove a contact that is no longer trusted: tfa account contact remove NAME ID".to_owned(),
        )
    } else {
        (
            Status::Warn,
            format!("Confirm with the code the contact was sent (tfa account contact confirm {name} CODE), or add it again for a new code."),
        )
    };
    item("recovery_contacts", group, status, summary.join("; "), advice)
}

/// The support item, for an account or the generic checklist.
pub fn support(text: Option<&str>) -> Item {
    match text {
        Some(t) => item(
            "support",
            Group::LastResort,
            Status::Ok,
            format!("support: {t}"),
            "If nothing above helps, contact support: they can check who you are and reset your second factor.",
        ),
        None => item(
            "support",
            Group::LastResort,
            Status::Warn,
            "no support contact is configured".into(),
            "Operator: tfa support set TEXT (or set TFA_SUPPORT) so people know whom to ask.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::facts::fixtures::*;
    use super::super::{compute, needs_action, Attempts};
    use super::*;
    use crate::core::lockout::Failures;

    type Case = (&'static str, Status, Facts);

    fn cases() -> Vec<Case> {
        use DeliveryResult::*;
        use MethodKind::{Email, Sms, Whatsapp};
        use Status::*;
        let mut cases: Vec<Case> = vec![
            ("authenticator_app", Ok, base()),
            ("authenticator_app", NotApplicable, Facts { methods: vec![], ..base() }),
            ("other_authenticator_apps", NotApplicable, Facts { methods: vec![], ..base() }),
            ("other_authenticator_apps", Ok, base()),
            (
                "other_authenticator_apps",
                Warn,
                with_methods(vec![totp(2, "old phone", MethodStatus::Disabled, 0, false)]),
            ),
            ("phone_number", NotApplicable, base()),
            ("phone_number", Ok, with_methods(vec![sent(2, Sms, SMS, MethodStatus::Active)])),
            ("phone_number", Warn, with_methods(vec![sent(2, Sms, SMS, MethodStatus::Pending)])),
            ("phone_number", Warn, with_methods(vec![sent(2, Sms, "+442079460958", MethodStatus::Active)])),
            ("phone_number", Action, with_methods(vec![sent(2, Whatsapp, "+10000000000", MethodStatus::Active)])),
            ("spam_folder", NotApplicable, base()),
            ("spam_folder", Manual, with_methods(vec![sent(2, Email, MAIL, MethodStatus::Active)])),
            ("connection", NotApplicable, base()),
            ("connection", Manual, with_methods(vec![sent(2, Sms, SMS, MethodStatus::Active)])),
            ("vpn_dns", Manual, base()),
            ("app_permissions", Manual, base()),
            ("app_update", Manual, base()),
            ("clock_drift", NotApplicable, Facts { methods: vec![], ..base() }),
            (
                "clock_drift",
                Manual,
                Facts { methods: vec![totp(1, "phone", MethodStatus::Active, 0, false)], ..base() },
            ),
            ("clock_drift", Ok, base()),
            ("clock_drift", Warn, Facts { methods: vec![totp(1, "phone", MethodStatus::Active, -1, true)], ..base() }),
            (
                "clock_drift",
                Action,
                Facts { methods: vec![totp(1, "phone", MethodStatus::Active, -240, true)], ..base() },
            ),
            (
                "clock_drift",
                Action,
                Facts { methods: vec![refused_at(totp(1, "phone", MethodStatus::Active, 0, true), 6)], ..base() },
            ),
            ("pending_methods", Ok, base()),
            ("pending_methods", Action, with_methods(vec![totp(2, "laptop", MethodStatus::Pending, 0, false)])),
            ("recent_failures", Ok, base()),
            (
                "recent_failures",
                Ok,
                Facts {
                    attempts: Attempts {
                        refused: vec![(NOW as i64 - 600, "wrong_code".into())],
                        last_success: Some(NOW as i64 - 60),
                    },
                    ..base()
                },
            ),
            (
                "recent_failures",
                Warn,
                Facts {
                    attempts: Attempts {
                        refused: vec![(NOW as i64 - 600, "wrong_code".into()), (NOW as i64 - 500, "replayed".into())],
                        last_success: Some(NOW as i64 - 3600),
                    },
                    ..base()
                },
            ),
            ("lockout", Ok, base()),
            ("lockout", Warn, Facts { failures: Failures { count: 2, last_at: Some(NOW - 10) }, ..base() }),
            ("lockout", Warn, Facts { failures: Failures { count: 5, last_at: Some(NOW - 10) }, ..base() }),
            ("lockout", Action, Facts { failures: Failures { count: 100, last_at: Some(NOW - 10) }, ..base() }),
            ("backup_codes", Ok, base()),
            ("backup_codes", Warn, Facts { backup_codes: Some(codes(2, 10, 0)), ..base() }),
            ("backup_codes", Action, Facts { backup_codes: Some(codes(0, 10, 0)), ..base() }),
            ("backup_codes", Action, Facts { backup_codes: None, ..base() }),
            ("trusted_devices", NotApplicable, base()),
            (
                "trusted_devices",
                NotApplicable,
                Facts { devices: vec![Device { revoked_at: Some(NOW as i64 - DAY), ..device(1, Some(1)) }], ..base() },
            ),
            ("trusted_devices", Ok, Facts { devices: vec![device(1, Some(3))], ..base() }),
            ("trusted_devices", Action, Facts { devices: vec![device(1, Some(3)), device(2, None)], ..base() }),
            ("second_method", Ok, base()),
            ("second_method", Action, Facts { backup_codes: None, ..base() }),
            ("second_method", Action, Facts { methods: vec![], backup_codes: None, ..base() }),
            ("restricted_only", NotApplicable, Facts { methods: vec![], ..base() }),
            ("restricted_only", Ok, base()),
            ("restricted_only", Action, Facts { methods: vec![sent(2, Sms, SMS, MethodStatus::Active)], ..base() }),
            ("recovery_contacts", NotApplicable, base()),
            (
                "recovery_contacts",
                Ok,
                Facts { contacts: vec![contact(1, Email, MAIL, MethodStatus::Active)], ..base() },
            ),
            (
                "recovery_contacts",
                Warn,
                Facts {
                    contacts: vec![
                        contact(1, Email, MAIL, MethodStatus::Active),
                        contact(2, Sms, SMS, MethodStatus::Pending),
                    ],
                    ..base()
                },
            ),
            ("support", Ok, base()),
            ("support", Warn, Facts { support: None, ..base() }),
        ];
        for (id, kind, to) in
            [("sms_delivery", Sms, SMS), ("whatsapp_delivery", Whatsapp, WA), ("email_delivery", Email, MAIL)]
        {
            cases.push((id, NotApplicable, base()));
            cases.push((id, Ok, with_delivery(kind, to, None)));
            cases.push((id, Ok, with_delivery(kind, to, Some(HandedOver))));
            cases.push((id, Warn, with_delivery(kind, to, Some(Outbox))));
            cases.push((id, Warn, with_delivery(kind, to, Some(Pending))));
            for bad in [Failed, Timeout, NotStarted] {
                cases.push((id, Action, with_delivery(kind, to, Some(bad))));
            }
        }
        cases
    }

    #[test]
    fn every_item_in_every_status() {
        for (id, want, facts) in cases() {
            let items = compute(&facts, NOW);
            let got = find(&items, id);
            assert_eq!(got.status, want, "{id}: {got:?}");
            assert!(!got.summary.is_empty() && !got.advice.is_empty(), "{id}");
            assert!(!got.summary.contains('\n') && !got.advice.contains('\n'), "{id}: one line each");
            assert_eq!(needs_action(&items), items.iter().any(|i| i.status == Status::Action));
        }
        // Each status an item can take is covered above.
        let covered: Vec<(&str, Status)> = cases().into_iter().map(|(id, s, _)| (id, s)).collect();
        for id in compute(&base(), NOW).iter().map(|i| i.id) {
            assert!(covered.iter().any(|(c, _)| *c == id), "{id} has no case");
        }
    }

    #[test]
    fn summaries_carry_the_facts() {
        let f = with_delivery(MethodKind::Sms, SMS, Some(DeliveryResult::Failed));
        let items = compute(&f, NOW);
        let sms = find(&items, "sms_delivery");
        assert!(sms.summary.contains("+49 •••• 6789") && sms.summary.contains("status 7"), "{}", sms.summary);
        assert!(sms.summary.contains("gateway: no route"), "{}", sms.summary);
        assert!(!sms.summary.contains(SMS), "the number is masked");
        let f = Facts { methods: vec![totp(1, "phone", MethodStatus::Active, -4, true)], ..base() };
        let drift = find(&compute(&f, NOW), "clock_drift").clone();
        assert!(drift.summary.contains("120 s behind"), "{}", drift.summary);
        assert!(drift.advice.contains("automatic"), "{}", drift.advice);
        // A refused code placed in time: its offset is named.
        let phone = totp(1, "phone", MethodStatus::Active, 0, true);
        let f = Facts { methods: vec![refused_at(phone.clone(), 6)], ..base() };
        let drift = find(&compute(&f, NOW), "clock_drift").clone();
        assert!(
            drift.summary.contains("the last refused code")
                && drift.summary.contains("matched 3 min ahead: the phone's clock is off"),
            "{}",
            drift.summary
        );
        assert!(drift.advice.contains("automatic") && !drift.advice.contains("tfa resync"), "{}", drift.advice);
        let f = Facts { methods: vec![refused_at(phone, -3)], ..base() };
        assert!(find(&compute(&f, NOW), "clock_drift").summary.contains("matched 90 s behind"));
        let f = Facts { failures: Failures { count: 5, last_at: Some(NOW - 10) }, ..base() };
        assert!(find(&compute(&f, NOW), "lockout").summary.contains("in 20 s"));
        // Per source: the one that waits is named, and no one else is said to wait.
        let run = Failures { count: 5, last_at: Some(NOW - 10) };
        let f = Facts { failures: run, source_failures: vec![("203.0.113.9".into(), run)], ..base() };
        let said = find(&compute(&f, NOW), "lockout").summary.clone();
        assert!(said.contains("waiting: 203.0.113.9 until") && said.contains("in 20 s"), "{said}");
        assert!(said.contains("requests without --source wait"), "{said}");
        let f = Facts {
            attempts: Attempts {
                refused: vec![
                    (NOW as i64 - 9, "replayed".into()),
                    (NOW as i64 - 8, "replayed".into()),
                    (NOW as i64 - 7, "expired".into()),
                ],
                last_success: None,
            },
            ..base()
        };
        let recent = find(&compute(&f, NOW), "recent_failures").clone();
        assert!(
            recent.summary.contains("3 refused codes") && recent.summary.contains("2 replayed, 1 expired"),
            "{}",
            recent.summary
        );
        assert!(recent.advice.contains("works once"));
        let f = Facts { devices: vec![device(1, Some(100))], ..base() };
        assert!(find(&compute(&f, NOW), "trusted_devices").summary.contains("id 1"));
    }

    #[test]
    fn a_number_never_confirmed_may_not_be_yours() {
        let pending = phone_number(&with_methods(vec![sent(2, MethodKind::Sms, SMS, MethodStatus::Pending)]));
        assert!(
            pending.advice.contains("may not be yours") && !pending.advice.contains("mobile"),
            "{}",
            pending.advice
        );
        let landline =
            phone_number(&with_methods(vec![sent(2, MethodKind::Sms, "+442079460958", MethodStatus::Active)]));
        assert!(
            landline.advice.contains("mobile") && !landline.advice.contains("may not be yours"),
            "{}",
            landline.advice
        );
    }
}
