//! JSON shapes, one struct per document. These are the contract scripts see.

use serde::Serialize;

use crate::auth::{Attempt, Factor};
use crate::core::account::Account;
use crate::core::contact::Contact;
use crate::core::delivery::{Delivery, Health, HEALTH_WINDOW_SECS};
use crate::core::method::Method;
use crate::core::method::{MethodKind, Status};
use crate::core::otp::App;
use crate::core::refusal::Refusal;
use crate::output::json_time;
use crate::store::outbox::Message;

/// The `error` of a document on a non-zero exit: a stable `kind` for
/// scripts and the message a person reads on stderr.
#[derive(Debug, Serialize)]
pub struct ErrorView {
    pub kind: &'static str,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct AccountView<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub has_password: bool,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<MethodView<'a>>>,
    /// Recovery contacts (`account show` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<ContactView<'a>>>,
}

impl<'a> AccountView<'a> {
    pub fn new(a: &'a Account, methods: Option<&'a [Method]>) -> Self {
        AccountView {
            name: &a.name,
            email: a.email.as_deref(),
            phone: a.phone.as_deref(),
            has_password: a.has_password,
            created_at: json_time(a.created_at),
            methods: methods.map(|ms| ms.iter().map(MethodView::from).collect()),
            contacts: None,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct MethodView<'a> {
    pub id: i64,
    pub kind: MethodKind,
    pub label: &'a str,
    pub status: Status,
    /// A restricted authenticator (NIST 800-63B): SMS, WhatsApp, email.
    pub restricted: bool,
    /// Where codes are sent: E.164 phone number or email address.
    pub address: Option<&'a str>,
    /// The last time a code was handed over to this method, and how it went
    /// (`tfa methods` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_delivery: Option<DeliveryView>,
    /// Recent deliveries, counted (`tfa methods`, sent-code methods only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deliveries: Option<HealthView>,
    /// TOTP only (`null` otherwise): the phone clock's offset measured at the
    /// last accepted code, in steps (positive: ahead); later codes are
    /// checked around it.
    pub drift_steps: Option<i64>,
    /// `drift_steps` times the step, in seconds.
    pub drift_seconds: Option<i64>,
    /// TOTP only: where the last refused code would have matched, in steps
    /// from the true time (searched within ten minutes; the code is never
    /// kept), and when it was refused; `null` when none matched.
    pub last_refused_offset_steps: Option<i64>,
    pub last_refused_at: Option<String>,
    pub created_at: String,
    pub confirmed_at: Option<String>,
    pub last_used_at: Option<String>,
}

/// A sent-code method's deliveries in the last `window_secs` (24 h): codes
/// and test messages.
#[derive(Debug, Serialize)]
pub struct HealthView {
    pub window_secs: u64,
    /// Handed to the delivery command (or kept in the outbox).
    pub sent: u32,
    /// Failed, timed out or not started.
    pub failed: u32,
    pub last_sent_at: Option<String>,
    pub last_failed_at: Option<String>,
    /// The last failure's stderr tail (the code redacted), or its result.
    pub last_error: Option<String>,
    /// How many of the newest deliveries failed in a row (0: the last one went out).
    pub failed_in_a_row: u32,
}

impl From<&Health> for HealthView {
    fn from(h: &Health) -> Self {
        HealthView {
            window_secs: HEALTH_WINDOW_SECS,
            sent: h.sent,
            failed: h.failed,
            last_sent_at: h.last_sent_at.map(json_time),
            last_failed_at: h.last_failed_at.map(json_time),
            last_error: h.last_error.clone(),
            failed_in_a_row: h.failing_streak,
        }
    }
}

impl<'a> From<&'a Method> for MethodView<'a> {
    fn from(m: &'a Method) -> Self {
        let totp = match m.app {
            Some(App::Totp { period, state, .. }) => Some((period, state.drift)),
            _ => None,
        };
        MethodView {
            id: m.id,
            kind: m.kind,
            label: &m.label,
            status: m.status,
            restricted: m.kind.is_restricted(),
            address: m.address.as_deref(),
            last_delivery: None,
            deliveries: None,
            drift_steps: totp.map(|(_, drift)| drift),
            drift_seconds: totp.map(|(period, drift)| drift * i64::from(period)),
            last_refused_offset_steps: m.last_refused.map(|r| r.offset),
            last_refused_at: m.last_refused.map(|r| json_time(r.at)),
            created_at: json_time(m.created_at),
            confirmed_at: m.confirmed_at.map(json_time),
            last_used_at: m.last_used_at.map(json_time),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DeliveryView {
    pub at: String,
    /// `command` or `outbox`.
    pub route: &'static str,
    /// `pending`, `handed_over`, `outbox`, `failed`, `timeout` or `not_started`.
    pub result: &'static str,
    pub exit_code: Option<i32>,
    /// The delivery command's stderr tail (the code redacted), or why it did not start.
    pub detail: Option<String>,
}

impl From<&Delivery> for DeliveryView {
    fn from(d: &Delivery) -> Self {
        DeliveryView {
            at: json_time(d.started_at),
            route: d.route.as_str(),
            result: d.result.as_str(),
            exit_code: d.exit_code,
            detail: d.detail.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct MethodsView<'a> {
    pub account: &'a str,
    pub methods: Vec<MethodView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct EnrollView<'a> {
    pub account: &'a str,
    pub method_id: i64,
    pub kind: MethodKind,
    pub label: &'a str,
    pub uri: &'a str,
    pub secret: &'a str,
    pub status: Status,
    /// The QR code drawn for a terminal.
    #[serde(skip)]
    pub qr: Option<String>,
    /// What a person is told.
    #[serde(skip)]
    pub said: String,
}

/// What every answer to one attempt carries beside its own fields: why it
/// was refused (`null` when accepted), how many tries are left before a wait
/// (as for `verify`), and on a lockout (exit 3) when to try again.
#[derive(Debug, Serialize)]
pub struct AttemptFields<'a> {
    pub reason: Option<&'static str>,
    pub tries_left: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<Option<u64>>,
    /// The attempt itself, for the words a person reads.
    #[serde(skip)]
    pub of: &'a Attempt,
}

impl<'a> AttemptFields<'a> {
    pub fn of(attempt: &'a Attempt) -> Self {
        AttemptFields {
            reason: attempt.refusal().map(Refusal::as_str),
            tries_left: attempt.tries_left(),
            retry_after: attempt.retry_after(),
            of: attempt,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ConfirmView<'a> {
    pub account: &'a str,
    pub confirmed: bool,
    pub method_id: Option<i64>,
    pub label: Option<&'a str>,
    #[serde(flatten)]
    pub attempt: AttemptFields<'a>,
}

#[derive(Debug, Serialize)]
pub struct VerifyView<'a> {
    pub account: &'a str,
    pub verified: bool,
    /// The method that accepted the code, or the one a refusal is about.
    pub method_id: Option<i64>,
    pub kind: Option<MethodKind>,
    pub label: Option<String>,
    /// Steps (TOTP) or counters (HOTP) from the expected one.
    pub offset: Option<i64>,
    /// `null` on success; else a `Refusal` reason (`wrong_code`, `replayed`,
    /// `older_than_last`, `expired`, `superseded`, `used`, `too_many_attempts`,
    /// `undelivered`, `throttled`, `locked`, ...).
    pub reason: Option<&'static str>,
    /// Unused backup codes left, when the code was a backup code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_codes_remaining: Option<i64>,
    /// On a refusal: how many more refused codes may follow before a wait
    /// (or the hard lock); 0 while a lockout holds; `null` when accepted or
    /// nothing was counted.
    pub tries_left: Option<u32>,
    /// Only on a lockout (exit 3): seconds until a code will be checked
    /// again, or `null` when only `tfa unlock` lifts it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<Option<u64>>,
}

impl<'a> VerifyView<'a> {
    /// The document with nothing filled in yet: not verified, no method.
    pub fn new(account: &'a str) -> Self {
        VerifyView {
            account,
            verified: false,
            method_id: None,
            kind: None,
            label: None,
            offset: None,
            reason: None,
            backup_codes_remaining: None,
            tries_left: None,
            retry_after: None,
        }
    }

    pub fn refused(account: &'a str, refusal: Refusal) -> Self {
        VerifyView { reason: Some(refusal.as_str()), ..Self::new(account) }
    }

    /// The document of an attempt.
    pub fn of(account: &'a str, attempt: &Attempt) -> Self {
        let accepted = attempt.accepted();
        let method = attempt.method();
        VerifyView {
            account,
            verified: accepted,
            method_id: method.map(|m| m.id),
            // A backup code is named as such, accepted or not; a method only once it accepted.
            kind: match attempt.factor() {
                Some(f @ Factor::BackupCode { .. }) => f.kind(),
                Some(f) if accepted => f.kind(),
                _ => None,
            },
            label: method.map(|m| m.label.clone()).filter(|_| accepted),
            offset: attempt.offset(),
            reason: attempt.refusal().map(Refusal::as_str),
            backup_codes_remaining: attempt.backup_codes_remaining(),
            tries_left: attempt.tries_left(),
            retry_after: attempt.retry_after(),
        }
    }
}

/// `login`: the verify document, and the device that signed in or was trusted.
#[derive(Debug, Serialize)]
pub struct LoginView<'a> {
    /// `reason` adds `wrong_password`, `untrusted_device` (a device token was
    /// offered, was not trusted, and no code was given) and `code_required`.
    #[serde(flatten)]
    pub verify: VerifyView<'a>,
    /// Signed in by a trusted device, without a code.
    pub trusted_device: bool,
    /// The device that signed in, or the one newly trusted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_id: Option<i64>,
    /// The token of a newly trusted device (also in --device-token-file, if given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_token: Option<String>,
    /// Where this run sent a code, masked (`•••• 6789`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_to: Option<String>,
    /// After a sign-in another way than the usual (a backup code, a sent
    /// code while an app is set up): what to do next, in words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<&'static str>,
    /// Signed in (or on the way) with a recovery ticket: `method_id` is the
    /// new authenticator app.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub recovery_ticket: bool,
    /// A recovery ticket's new app, waiting for its first code (`reason`
    /// `code_required`): its otpauth URI, for the person's authenticator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// What the operator says is wrong on the service's side (`tfa status
    /// set`), while it is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_status: Option<String>,
}

impl<'a> LoginView<'a> {
    pub fn new(verify: VerifyView<'a>) -> Self {
        LoginView {
            verify,
            trusted_device: false,
            device_id: None,
            device_token: None,
            sent_to: None,
            next_steps: Vec::new(),
            recovery_ticket: false,
            uri: None,
            service_status: None,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct CodeView<'a> {
    pub account: &'a str,
    pub method_id: i64,
    pub code: &'a str,
    /// Seconds the code stays current (TOTP only).
    pub valid_for: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct RemovedView<'a> {
    pub account: &'a str,
    pub removed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method_id: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct SentEnrollView<'a> {
    pub account: &'a str,
    pub method_id: i64,
    pub kind: MethodKind,
    pub label: &'a str,
    /// E.164 phone number or email address.
    pub address: &'a str,
    pub status: Status,
    pub restricted: bool,
    /// Whether a confirming code went out (none with --no-confirm).
    pub sent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// `handed_over`, `outbox`, `failed`, `timeout` or `not_started`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<&'static str>,
    /// What a person is told.
    #[serde(skip)]
    pub said: Vec<String>,
    /// Why the first code did not go out (`undelivered`, exit 2); the method stays pending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
}

#[derive(Debug, Serialize)]
pub struct SendView<'a> {
    pub account: &'a str,
    pub sent: bool,
    /// A test message (`--test`): no code.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub test: bool,
    pub method_id: i64,
    pub channel: MethodKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// `handed_over`, `outbox`, `failed`, `timeout` or `not_started`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<&'static str>,
    /// Seconds until another code may be sent (throttled only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// What a person is told, when the code went out.
    #[serde(skip)]
    pub said: Vec<String>,
    /// Why no code went out (`throttled`: exit 3; `undelivered`: exit 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
}

/// A recovery contact. Operators only: the address is whole.
#[derive(Debug, Serialize)]
pub struct ContactView<'a> {
    pub id: i64,
    /// `sms`, `whatsapp` or `email`.
    pub channel: MethodKind,
    pub address: &'a str,
    /// `pending` until its code is confirmed, then `active`.
    pub status: Status,
    pub created_at: String,
    pub confirmed_at: Option<String>,
}

impl<'a> From<&'a Contact> for ContactView<'a> {
    fn from(c: &'a Contact) -> Self {
        ContactView {
            id: c.id,
            channel: c.channel,
            address: &c.address,
            status: c.status,
            created_at: json_time(c.created_at),
            confirmed_at: c.confirmed_at.map(json_time),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ContactsView<'a> {
    pub account: &'a str,
    pub contacts: Vec<ContactView<'a>>,
}

/// `account contact add`: the contact and how its code went.
#[derive(Debug, Serialize)]
pub struct ContactAddView<'a> {
    pub account: &'a str,
    pub contact: ContactView<'a>,
    /// A new contact; `false`: a pending one was sent a new code.
    pub created: bool,
    pub sent: bool,
    pub expires_at: Option<String>,
    /// `handed_over`, `failed`, `timeout` or `not_started`.
    pub delivery: Option<&'static str>,
    /// Seconds until another code may be sent (throttled only: exit 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    #[serde(skip)]
    pub said: Vec<String>,
    /// Why no code went out (`throttled`: exit 3; `undelivered`: exit 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
}

/// `account contact confirm`.
#[derive(Debug, Serialize)]
pub struct ContactConfirmView<'a> {
    pub account: &'a str,
    pub confirmed: bool,
    /// The contact confirmed, or the one a refusal is about.
    pub contact_id: Option<i64>,
    /// `null` when confirmed; else `wrong_code`, `expired`, `superseded`, `used`, `too_many_attempts`, ...
    pub reason: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct ContactRemovedView<'a> {
    pub account: &'a str,
    pub removed: bool,
    pub contact_id: i64,
}

/// A message kept in the outbox, code and all (it stands in for the phone).
#[derive(Debug, Serialize)]
pub struct OutboxView<'a> {
    pub id: i64,
    pub account: &'a str,
    pub method_id: i64,
    pub channel: MethodKind,
    pub to: &'a str,
    pub code: &'a str,
    pub text: &'a str,
    pub expires_at: String,
    pub created_at: String,
}

impl<'a> From<&'a Message> for OutboxView<'a> {
    fn from(m: &'a Message) -> Self {
        OutboxView {
            id: m.id,
            account: &m.account,
            method_id: m.method_id,
            channel: m.channel,
            to: &m.address,
            code: &m.code,
            text: &m.text,
            expires_at: json_time(m.expires_at),
            created_at: json_time(m.created_at),
        }
    }
}

/// `backup-codes generate`: the codes, shown once (or where they were written).
#[derive(Debug, Serialize)]
pub struct BackupCodesView<'a> {
    pub account: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codes: Option<Vec<&'a str>>,
    /// The file the codes were written to, with `--out`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out: Option<String>,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct BackupCodesStatusView<'a> {
    pub account: &'a str,
    pub remaining: i64,
    pub total: i64,
    pub generated_at: Option<String>,
    pub used: Vec<UsedCodeView>,
}

#[derive(Debug, Serialize)]
pub struct UsedCodeView {
    pub used_at: String,
}

/// `backup-codes use`.
#[derive(Debug, Serialize)]
pub struct BackupCodeUseView<'a> {
    pub account: &'a str,
    pub accepted: bool,
    pub remaining: Option<i64>,
    #[serde(flatten)]
    pub attempt: AttemptFields<'a>,
}

/// `device add`: the token, shown once.
#[derive(Debug, Serialize)]
pub struct DeviceAddedView<'a> {
    pub account: &'a str,
    pub device_id: i64,
    pub name: &'a str,
    pub token: &'a str,
    pub expires_at: String,
}

#[derive(Debug, Serialize)]
pub struct DeviceView<'a> {
    pub id: i64,
    pub name: &'a str,
    pub created_at: String,
    pub last_seen_at: Option<String>,
    pub expires_at: String,
    /// `active`, `expired` or `revoked`.
    pub status: &'static str,
    /// `operator` or `stolen_token`, when revoked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_why: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct DevicesView<'a> {
    pub account: &'a str,
    pub devices: Vec<DeviceView<'a>>,
}

/// `device check`.
#[derive(Debug, Serialize)]
pub struct DeviceCheckView<'a> {
    pub account: &'a str,
    pub trusted: bool,
    pub device_id: Option<i64>,
    /// `null` when trusted; `unknown`, `expired`, `revoked` or `malformed`.
    pub reason: Option<&'static str>,
    /// The new token, with `--rotate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<&'a str>,
    /// Present (`true`) when the token was voided by rotation: a copy was in use, and the device is revoked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stolen_token: Option<bool>,
    #[serde(skip)]
    pub checked: &'a crate::auth::devices::DeviceCheck,
}

/// `device revoke`: the devices revoked by this command.
#[derive(Debug, Serialize)]
pub struct DevicesRevokedView<'a> {
    pub account: &'a str,
    pub revoked: Vec<i64>,
}

/// One item of `tfa checklist`.
#[derive(Debug, Serialize)]
pub struct ChecklistItemView<'a> {
    pub id: &'static str,
    /// `not_receiving_a_code`, `code_not_working`, `sign_in_another_way` or `last_resort`.
    pub group: crate::core::checklist::Group,
    /// `ok`, `warn`, `action`, `manual` or `n/a`.
    pub status: crate::core::checklist::Status,
    pub summary: &'a str,
    pub advice: &'a str,
}

impl<'a> From<&'a crate::core::checklist::Item> for ChecklistItemView<'a> {
    fn from(i: &'a crate::core::checklist::Item) -> Self {
        ChecklistItemView { id: i.id, group: i.group, status: i.status, summary: &i.summary, advice: &i.advice }
    }
}

/// `tfa checklist [NAME]`; `account` is null for the generic checklist.
#[derive(Debug, Serialize)]
pub struct ChecklistView<'a> {
    pub account: Option<&'a str>,
    /// `operator` (everything) or `person` (what the person can check, masked).
    #[serde(rename = "for")]
    pub reader: crate::core::checklist::Reader,
    pub items: Vec<ChecklistItemView<'a>>,
    /// What is wrong on the service's side now (`tfa status set`), while set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_status: Option<String>,
    /// The checklist as Markdown, with `--markdown` (never with `--json`).
    #[serde(skip)]
    pub markdown: Option<String>,
    #[serde(skip)]
    pub checked: &'a [crate::core::checklist::Item],
}

/// One account of `tfa checklist --all`.
#[derive(Debug, Serialize)]
pub struct ReadinessView<'a> {
    pub account: &'a str,
    /// No item needs action.
    pub ready: bool,
    pub actions: Vec<ChecklistItemView<'a>>,
}

/// `tfa checklist --all`.
#[derive(Debug, Serialize)]
pub struct FleetView<'a> {
    pub accounts: Vec<ReadinessView<'a>>,
    /// What is wrong on the service's side now (`tfa status set`), while set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_status: Option<String>,
    /// The readiness table as Markdown, with `--markdown` (never with `--json`).
    #[serde(skip)]
    pub markdown: Option<String>,
    #[serde(skip)]
    pub checked: &'a [crate::core::checklist::Readiness],
}

/// `tfa doctor`.
#[derive(Debug, Serialize)]
pub struct DoctorView<'a> {
    pub account: &'a str,
    pub verdict: &'static str,
    pub detail: &'a str,
    pub method_id: Option<i64>,
    pub label: Option<&'a str>,
    /// How far the code's time is from now, in seconds (authenticator apps).
    pub offset_seconds: Option<i64>,
    /// When the code was used, sent, superseded or expires; or until when the account is locked.
    pub when: Option<String>,
    pub advice: &'a str,
    /// On exit 2: the code is not a code (`malformed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
    #[serde(skip)]
    pub verdict_of: crate::core::doctor::Verdict,
}

/// `tfa resync`.
#[derive(Debug, Serialize)]
pub struct ResyncView<'a> {
    pub account: &'a str,
    pub resynced: bool,
    pub method_id: Option<i64>,
    pub label: Option<&'a str>,
    /// TOTP: the phone's offset from true time, in seconds.
    pub offset_seconds: Option<i64>,
    /// HOTP: the next counter expected.
    pub counter: Option<u64>,
    #[serde(flatten)]
    pub attempt: AttemptFields<'a>,
}

/// `account passwd`.
#[derive(Debug, Serialize)]
pub struct PasswordChangedView<'a> {
    pub account: &'a str,
    pub password_changed: bool,
}

/// `unlock`.
#[derive(Debug, Serialize)]
pub struct UnlockedView<'a> {
    pub account: &'a str,
    pub unlocked: bool,
    /// The consecutive failures the lockout held.
    pub failures_cleared: u32,
}

/// `log --prune`.
#[derive(Debug, Serialize)]
pub struct PrunedView {
    pub pruned: usize,
    pub before: String,
}

/// `support show|set|clear`.
#[derive(Debug, Serialize)]
pub struct SupportView<'a> {
    /// The contact in force, or `null`.
    pub support: Option<&'a str>,
    /// `clear` only: whether one was stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleared: Option<bool>,
}

/// `completions SHELL`.
#[derive(Debug, Serialize)]
pub struct CompletionsView<'a> {
    pub shell: String,
    pub script: &'a str,
}

/// `man DIR`.
#[derive(Debug, Serialize)]
pub struct ManView<'a> {
    pub dir: &'a std::path::Path,
    pub files: Vec<String>,
}

/// `backup FILE`.
#[derive(Debug, Serialize)]
pub struct BackupView<'a> {
    pub backup: &'a std::path::Path,
    pub db: &'a std::path::Path,
}

/// `migrate --to TARGET`: where from and to (URLs without their password), rows per table.
#[derive(Debug, Serialize)]
pub struct MigrateView<'a> {
    pub from: &'a std::path::Path,
    pub to: &'a std::path::Path,
    pub rows: u64,
    pub tables: serde_json::Map<String, serde_json::Value>,
}

/// `rekey`.
#[derive(Debug, Serialize)]
pub struct RekeyView<'a> {
    pub resealed: usize,
    pub key_file: &'a std::path::Path,
    pub old_key_file: &'a std::path::Path,
    /// The old key file was left as it was, for other stores that may use it.
    pub old_key_shared: bool,
}

/// `rekey --forget-old`.
#[derive(Debug, Serialize)]
pub struct ForgetOldView<'a> {
    pub old_key_file: Option<&'a std::path::Path>,
    pub deleted: bool,
}

/// `status show|set|clear`.
#[derive(Debug, Serialize)]
pub struct StatusView<'a> {
    /// The service status in force, or `null`.
    pub status: Option<&'a str>,
    /// `clear` only: whether one was set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleared: Option<bool>,
}

/// A recovery request (`tfa recovery request|check|cancel|list|complete`).
#[derive(Debug, Serialize)]
pub struct RecoveryView<'a> {
    pub id: i64,
    pub account: &'a str,
    /// `opened`, `cancelled`, `completed` or `expired`.
    pub state: &'static str,
    /// Why it was asked for, as the operator wrote it.
    pub reason: Option<&'a str>,
    pub opened_at: String,
    /// The earliest time it may be completed (the waiting period's end).
    pub ready_at: String,
    /// When an open request expires if it is not completed.
    pub expires_at: Option<String>,
    /// Identity checks recorded, and how many completing needs.
    pub checks: u32,
    pub checks_needed: u32,
    /// When it was cancelled, completed or closed as expired.
    pub closed_at: Option<String>,
    /// A completed request's ticket: until when it works, and when it was used.
    pub ticket_expires_at: Option<String>,
    pub ticket_used_at: Option<String>,
}

impl<'a> RecoveryView<'a> {
    pub fn of(r: &'a crate::core::recovery::Request, now: u64) -> Self {
        let state = r.state(now);
        RecoveryView {
            id: r.id,
            account: &r.account,
            state: state.as_str(),
            reason: r.reason.as_deref(),
            opened_at: json_time(r.opened_at),
            ready_at: json_time(r.ready_at),
            expires_at: (state == crate::core::recovery::State::Opened).then(|| json_time(r.expires_at())),
            checks: r.checks,
            checks_needed: r.checks_needed,
            closed_at: r.closed_at.map(json_time),
            ticket_expires_at: r.ticket_expires_at.map(json_time),
            ticket_used_at: r.ticket_used_at.map(json_time),
        }
    }
}

/// `recovery check`: the request and the check just recorded.
#[derive(Debug, Serialize)]
pub struct RecoveryCheckView<'a> {
    #[serde(flatten)]
    pub recovery: RecoveryView<'a>,
    pub check: RecoveryCheckEntry<'a>,
}

#[derive(Debug, Serialize)]
pub struct RecoveryCheckEntry<'a> {
    pub note: &'a str,
    pub checked_at: String,
    /// `--source`, when given: who or where the check was made from.
    pub checked_by: Option<&'a str>,
}

/// `recovery cancel`: cancelled, or a wrong cancel code refused (exit 1).
#[derive(Debug, Serialize)]
pub struct RecoveryCancelView<'a> {
    pub id: i64,
    pub cancelled: bool,
    /// The request as it stands after the cancel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery: Option<RecoveryView<'a>>,
    #[serde(flatten)]
    pub attempt: Option<AttemptFields<'a>>,
}

/// What completing a request turned off.
#[derive(Debug, Serialize)]
pub struct RetiredView {
    pub methods_disabled: usize,
    pub backup_codes_voided: usize,
    pub devices_revoked: usize,
}

/// `recovery complete`: the ticket, shown once.
#[derive(Debug, Serialize)]
pub struct RecoveryCompletedView<'a> {
    #[serde(flatten)]
    pub recovery: RecoveryView<'a>,
    pub ticket: &'a str,
    pub retired: RetiredView,
}

/// `recovery list`.
#[derive(Debug, Serialize)]
pub struct RecoveriesView<'a> {
    pub recoveries: Vec<RecoveryView<'a>>,
}

/// `tfa import ...`: what became of each entry, or why nothing was imported.
#[derive(Debug, Serialize)]
pub struct ImportView {
    pub source: &'static str,
    pub dry_run: bool,
    pub imported: usize,
    pub skipped: usize,
    /// Every bad input, by file and line; any one means nothing was imported (exit 2).
    pub errors: Vec<ImportErrorView>,
    pub entries: Vec<ImportEntryView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
}

#[derive(Debug, Serialize)]
pub struct ImportErrorView {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct ImportEntryView {
    pub account: String,
    pub file: String,
    pub line: usize,
    pub kind: MethodKind,
    pub label: String,
    /// `imported` or `skipped`.
    pub outcome: &'static str,
    /// The new method; `null` when skipped or in a dry run.
    pub method_id: Option<i64>,
    /// Why it was skipped.
    pub reason: Option<String>,
    /// Scratch codes that became the account's backup codes.
    pub scratch_codes: usize,
    pub account_created: bool,
    /// Settings of the old tool that tfa covers another way.
    pub reported: Vec<String>,
}

/// `tfa export`: an app's provisioning URI (it holds the secret).
#[derive(Debug, Serialize)]
pub struct ExportView<'a> {
    pub account: &'a str,
    pub method_id: i64,
    pub kind: MethodKind,
    pub label: &'a str,
    pub uri: &'a str,
    #[serde(skip)]
    pub qr: Option<String>,
}
