//! Deliveries: each hand-over of a sent code and how it went, so that later
//! commands can say why a code did not arrive. Never the code.

use std::fmt;
use std::str::FromStr;

use super::method::MethodKind;

/// Where a message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// To the operator's delivery command.
    Command,
    /// Into the store's outbox: no delivery command is configured.
    Outbox,
}

impl Route {
    pub fn as_str(self) -> &'static str {
        match self {
            Route::Command => "command",
            Route::Outbox => "outbox",
        }
    }
}

/// How a delivery ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryResult {
    /// Started, and no result was recorded (the process was killed meanwhile).
    Pending,
    /// The delivery command took the message (exit 0).
    HandedOver,
    /// Kept in the outbox; nothing left the machine.
    Outbox,
    /// The delivery command exited with an error.
    Failed,
    /// The delivery command did not finish in time and was killed.
    Timeout,
    /// The delivery command could not be started.
    NotStarted,
}

impl DeliveryResult {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryResult::Pending => "pending",
            DeliveryResult::HandedOver => "handed_over",
            DeliveryResult::Outbox => "outbox",
            DeliveryResult::Failed => "failed",
            DeliveryResult::Timeout => "timeout",
            DeliveryResult::NotStarted => "not_started",
        }
    }

    /// Whether the message left tfa's hands (or sits in the outbox).
    pub fn is_ok(self) -> bool {
        matches!(self, DeliveryResult::HandedOver | DeliveryResult::Outbox)
    }
}

impl fmt::Display for DeliveryResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeliveryResult {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        use DeliveryResult::*;
        [Pending, HandedOver, Outbox, Failed, Timeout, NotStarted]
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("unknown delivery result {s:?}"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub method_id: i64,
    pub challenge_id: Option<i64>,
    pub channel: MethodKind,
    pub address: String,
    pub route: Route,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub result: DeliveryResult,
    pub exit_code: Option<i32>,
    /// The delivery command's stderr tail, with the code redacted.
    pub detail: Option<String>,
    /// A test message (`tfa send --test`): no code, no challenge.
    pub test: bool,
}

/// How far back `Health` counts deliveries: a day, as the checklist counts
/// refused codes.
pub const HEALTH_WINDOW_SECS: u64 = 24 * 3600;

/// A method's (or a channel's) recent deliveries, counted: what an operator
/// reads to tell a dead gateway from one unlucky message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Health {
    /// Handed over to the delivery command (or kept in the outbox).
    pub sent: u32,
    /// Failed, timed out or not started.
    pub failed: u32,
    pub last_sent_at: Option<i64>,
    pub last_failed_at: Option<i64>,
    /// The last failure's detail (the command's stderr tail, the code
    /// redacted), or its result when there is none.
    pub last_error: Option<String>,
    /// How many of the newest deliveries failed in a row.
    pub failing_streak: u32,
}

impl Health {
    /// Counts `deliveries` (any order); still-pending ones count as neither.
    pub fn of<'a>(deliveries: impl IntoIterator<Item = &'a Delivery>) -> Self {
        let mut all: Vec<&Delivery> = deliveries.into_iter().collect();
        all.sort_by_key(|d| (d.started_at, d.id));
        let mut h = Health::default();
        for d in all {
            match d.result {
                DeliveryResult::Pending => {}
                r if r.is_ok() => {
                    h.sent += 1;
                    h.last_sent_at = Some(d.started_at);
                    h.failing_streak = 0;
                }
                r => {
                    h.failed += 1;
                    h.last_failed_at = Some(d.started_at);
                    h.last_error = Some(
                        d.detail.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| r.as_str().to_owned()),
                    );
                    h.failing_streak += 1;
                }
            }
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(id: i64, at: i64, result: DeliveryResult, detail: Option<&str>) -> Delivery {
        Delivery {
            id,
            method_id: 1,
            challenge_id: None,
            channel: MethodKind::Sms,
            address: "+4915123456789".into(),
            route: Route::Command,
            started_at: at,
            finished_at: Some(at),
            result,
            exit_code: None,
            detail: detail.map(Into::into),
            test: false,
        }
    }

    #[test]
    fn health_counts_and_remembers_the_last_error() {
        use DeliveryResult::*;
        let all = [
            d(3, 30, Failed, Some("gateway: 503")),
            d(1, 10, HandedOver, None),
            d(2, 20, Timeout, None),
            d(4, 40, Pending, None),
        ];
        let h = Health::of(&all);
        assert_eq!((h.sent, h.failed, h.failing_streak), (1, 2, 2));
        assert_eq!((h.last_sent_at, h.last_failed_at), (Some(10), Some(30)));
        assert_eq!(h.last_error.as_deref(), Some("gateway: 503"));
        let h = Health::of(&[d(1, 10, Timeout, None), d(2, 20, Outbox, None)]);
        assert_eq!((h.sent, h.failed, h.failing_streak, h.last_error.as_deref()), (1, 1, 0, Some("timeout")));
        assert_eq!(Health::of(&[]), Health::default());
    }
}
