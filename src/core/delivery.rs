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
}
