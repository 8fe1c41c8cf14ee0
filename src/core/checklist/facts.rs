//! What is known of an account when its checklist is computed: its records,
//! the lockout state, recent attempts and the support contact.

use crate::core::account::Account;
use crate::core::backup_code::Summary;
use crate::core::contact::Contact;
use crate::core::delivery::Delivery;
use crate::core::device::Device;
use crate::core::lockout::{Failures, Policy};
use crate::core::method::Method;

/// Sign-in attempts from the audit log, at or after `since`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attempts {
    /// Refused attempts: when, and the reason logged.
    pub refused: Vec<(i64, String)>,
    /// The last accepted code, if any.
    pub last_success: Option<i64>,
}

/// Everything the checklist is computed from: the account's records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub account: Account,
    pub methods: Vec<Method>,
    /// The last delivery on each channel.
    pub deliveries: Vec<Delivery>,
    /// Every delivery in the last `HEALTH_WINDOW_SECS`, for each channel's health.
    pub recent_deliveries: Vec<Delivery>,
    /// Recovery contacts, pending or confirmed.
    pub contacts: Vec<Contact>,
    /// `None`: no set was ever generated.
    pub backup_codes: Option<Summary>,
    pub devices: Vec<Device>,
    pub policy: Policy,
    /// The account's run (the hard lock; the backoff of requests without a source).
    pub failures: Failures,
    /// Each source's run (its backoff), for requests that name one.
    pub source_failures: Vec<(String, Failures)>,
    /// Attempts in the last `RECENT_SECS`.
    pub attempts: Attempts,
    /// The configured support contact.
    pub support: Option<String>,
}

/// Facts of a sample account, for the checklist's tests.
#[cfg(test)]
pub(super) mod fixtures {
    use super::*;
    use crate::core::checklist::Item;
    use crate::core::delivery::{DeliveryResult, Route};
    use crate::core::method::{MethodKind, RefusedOffset, Status as MethodStatus};
    use crate::core::otp::{Algorithm, App, Params, TotpState};

    pub const NOW: u64 = 1_800_000_000;
    pub const DAY: i64 = 86_400;

    pub fn totp(id: i64, label: &str, status: MethodStatus, drift: i64, used: bool) -> Method {
        Method {
            id,
            account_id: 1,
            kind: MethodKind::Totp,
            label: label.into(),
            status,
            app: Some(App::Totp {
                params: Params { algorithm: Algorithm::Sha1, digits: 6 },
                period: 30,
                window: 1,
                state: TotpState { last_step: used.then_some(NOW / 30), drift },
            }),
            address: None,
            created_at: NOW as i64 - DAY,
            confirmed_at: (status != MethodStatus::Pending).then_some(NOW as i64 - DAY),
            last_used_at: used.then_some(NOW as i64 - 60),
            last_refused: None,
        }
    }

    /// `m` with a refused code, after its last use, that matched `offset` steps off.
    pub fn refused_at(m: Method, offset: i64) -> Method {
        let at = m.last_used_at.unwrap_or(NOW as i64) + 30;
        Method { last_refused: Some(RefusedOffset { offset, at }), ..m }
    }

    pub fn sent(id: i64, kind: MethodKind, address: &str, status: MethodStatus) -> Method {
        Method {
            id,
            account_id: 1,
            kind,
            label: kind.as_str().into(),
            status,
            app: None,
            address: Some(address.into()),
            created_at: NOW as i64 - DAY,
            confirmed_at: (status != MethodStatus::Pending).then_some(NOW as i64 - DAY),
            last_used_at: None,
            last_refused: None,
        }
    }

    pub fn delivered(channel: MethodKind, address: &str, result: DeliveryResult) -> Delivery {
        let pending = result == DeliveryResult::Pending;
        Delivery {
            id: 1,
            method_id: 2,
            challenge_id: Some(1),
            channel,
            address: address.into(),
            route: if result == DeliveryResult::Outbox { Route::Outbox } else { Route::Command },
            started_at: NOW as i64 - 120,
            finished_at: (!pending).then_some(NOW as i64 - 119),
            result,
            exit_code: (result == DeliveryResult::Failed).then_some(7),
            detail: Some("gateway: no route".into()),
            test: false,
        }
    }

    /// A set of `total` backup codes of which `remaining` are unused.
    pub fn codes(remaining: i64, total: i64, created_at: i64) -> Summary {
        Summary { created_at, total, remaining, used: (remaining..total).map(|i| created_at + i).collect() }
    }

    pub fn device(id: i64, last_seen_days_ago: Option<i64>) -> Device {
        Device {
            id,
            account_id: 1,
            name: format!("device {id}"),
            created_at: NOW as i64 - 200 * DAY,
            expires_at: NOW as i64 + 100 * DAY,
            last_seen_at: last_seen_days_ago.map(|d| NOW as i64 - d * DAY),
            revoked_at: None,
            revoked_why: None,
        }
    }

    /// A ready account: one app used on time, ten backup codes, support set.
    pub fn base() -> Facts {
        Facts {
            account: Account {
                id: 1,
                name: "alice".into(),
                email: None,
                phone: None,
                has_password: true,
                created_at: NOW as i64 - 2 * DAY,
            },
            methods: vec![totp(1, "phone", MethodStatus::Active, 0, true)],
            deliveries: vec![],
            recent_deliveries: vec![],
            contacts: vec![],
            backup_codes: Some(codes(10, 10, NOW as i64 - DAY)),
            devices: vec![],
            policy: Policy::default(),
            failures: Failures::default(),
            source_failures: vec![],
            attempts: Attempts::default(),
            support: Some("IT desk, ext. 100".into()),
        }
    }

    pub const SMS: &str = "+4915123456789";
    pub const WA: &str = "+16502530000";
    pub const MAIL: &str = "alice@example.com";

    pub fn with_methods(extra: Vec<Method>) -> Facts {
        let mut f = base();
        f.methods.extend(extra);
        f
    }

    pub fn with_delivery(kind: MethodKind, address: &str, outcome: Option<DeliveryResult>) -> Facts {
        let mut f = with_methods(vec![sent(2, kind, address, MethodStatus::Active)]);
        f.deliveries = outcome.map(|o| delivered(kind, address, o)).into_iter().collect();
        f.recent_deliveries = f.deliveries.clone();
        f
    }

    pub fn contact(id: i64, channel: MethodKind, address: &str, status: MethodStatus) -> Contact {
        Contact {
            id,
            account_id: 1,
            channel,
            address: address.into(),
            status,
            created_at: NOW as i64 - DAY,
            confirmed_at: (status == MethodStatus::Active).then_some(NOW as i64 - DAY),
        }
    }

    pub fn find<'a>(items: &'a [Item], id: &str) -> &'a Item {
        items.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("no item {id}"))
    }
}
