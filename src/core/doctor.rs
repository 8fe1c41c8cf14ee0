//! The code doctor: why a code was or would be refused, in words. Pure and
//! read-only: it takes the seeds, the state and `now`, and changes nothing.

use super::challenge::{Challenge, CODE_DIGITS, MAX_ATTEMPTS};
use super::code::{self, CodeInput};
use super::lockout::Lockout;
use super::mask;
use super::method::{Method, Status};
use super::otp::{hotp, step_at, App, Check, TotpState, HOTP_LOOK_AHEAD};
use super::refusal::Refusal;
use super::seed::Seed;
use super::when::{span, utc};

/// How far either side of now an authenticator code is searched for.
pub const SEARCH_SECS: u64 = 12 * 3600;
/// How many HOTP counters past the expected one are searched.
pub const HOTP_SEARCH: u64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    ClockSkew,
    CounterSkew,
    Replayed,
    /// An app code from before the last accepted step: never used, but too old.
    OlderThanLast,
    OtherMethod,
    PendingMethod,
    BackupCodeUsed,
    Expired,
    Superseded,
    TooManyAttempts,
    Undelivered,
    Malformed,
    Locked,
    NoMatch,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::ClockSkew => "clock_skew",
            Verdict::CounterSkew => "counter_skew",
            Verdict::Replayed => "replayed",
            Verdict::OlderThanLast => "older_than_last",
            Verdict::OtherMethod => "other_method",
            Verdict::PendingMethod => "pending_method",
            Verdict::BackupCodeUsed => "backup_code_used",
            Verdict::Expired => "expired",
            Verdict::Superseded => "superseded",
            Verdict::TooManyAttempts => "too_many_attempts",
            Verdict::Undelivered => "undelivered",
            Verdict::Malformed => "malformed",
            Verdict::Locked => "locked",
            Verdict::NoMatch => "no_match",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub detail: String,
    pub advice: String,
    pub method_id: Option<i64>,
    pub label: Option<String>,
    /// How far the code's time is from now, in seconds (TOTP).
    pub offset_seconds: Option<i64>,
    /// When it was used, sent, superseded or expires; until when locked.
    pub when: Option<u64>,
}

impl Diagnosis {
    fn new(verdict: Verdict, detail: String, advice: impl Into<String>) -> Self {
        Diagnosis {
            verdict,
            detail,
            advice: advice.into(),
            method_id: None,
            label: None,
            offset_seconds: None,
            when: None,
        }
    }

    fn method(mut self, id: i64, label: &str) -> Self {
        self.method_id = Some(id);
        self.label = Some(label.to_owned());
        self
    }

    fn when(mut self, when: Option<u64>) -> Self {
        self.when = when;
        self
    }
}

/// An authenticator app of the account, with its opened seed.
#[derive(Debug, Clone)]
pub struct AppCase<'a> {
    pub method: &'a Method,
    pub seed: &'a Seed,
    /// `method.app`, known to be there.
    app: App,
}

impl<'a> AppCase<'a> {
    /// `None` for a method that is not an authenticator app.
    pub fn new(method: &'a Method, seed: &'a Seed) -> Option<Self> {
        Some(AppCase { method, seed, app: method.app? })
    }

    fn last_used_at(&self) -> Option<u64> {
        self.method.last_used_at.map(|t| t.max(0) as u64)
    }
}

/// A recently sent code, the method it was sent for, and whether the typed
/// code is the one sent.
#[derive(Debug, Clone)]
pub struct SentCase<'a> {
    pub method: &'a Method,
    pub challenge: Challenge,
    pub closed_at: Option<u64>,
    pub matches: bool,
}

impl SentCase<'_> {
    /// Where the code went, masked.
    fn to(&self) -> String {
        mask::address_with_country(self.method.kind, self.method.address.as_deref().unwrap_or_default())
    }
}

/// What the account's backup codes say of a backup-code-shaped input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupLookup {
    NoSet,
    Unused { remaining: i64 },
    Used { used_at: u64 },
    NoMatch,
}

/// Everything the doctor looks at.
#[derive(Debug, Clone)]
pub struct Case<'a> {
    pub account: &'a str,
    pub apps: Vec<AppCase<'a>>,
    /// Recent challenges, newest first.
    pub sent: Vec<SentCase<'a>>,
    /// Set when the input has the shape of a backup code.
    pub backup: Option<BackupLookup>,
    pub lockout: Lockout,
    pub failures: u32,
    /// The method the code was asked for, if one was.
    pub asked_for: Option<i64>,
    pub now: u64,
}

fn date(unix: u64) -> String {
    utc(unix as i64)
}

/// What code lengths the account's methods take, for `shape`: each app's
/// digits, and the digits of a sent code once; disabled methods left out.
pub fn lengths(methods: &[Method]) -> Vec<(String, usize)> {
    let mut lengths: Vec<(String, usize)> = Vec::new();
    for m in methods.iter().filter(|m| m.status != Status::Disabled) {
        let (what, n) = match m.app {
            Some(app) => (format!("app {:?}", m.label), usize::from(app.params().digits)),
            None => (format!("a code sent by {}", m.kind), CODE_DIGITS),
        };
        if !lengths.iter().any(|(w, l)| *l == n && (w == &what || m.app.is_none())) {
            lengths.push((what, n));
        }
    }
    lengths
}

/// Reads the typed code as verify would, and checks its length against
/// what the account's methods use (`lengths`: digits of each app, 6 for
/// sent codes). A refusal is the `malformed` diagnosis.
pub fn shape(typed: &str, lengths: &[(String, usize)]) -> Result<CodeInput, Box<Diagnosis>> {
    let expected = || {
        let mut parts: Vec<String> = Vec::new();
        for (what, n) in lengths {
            parts.push(format!("{n} digits ({what})"));
        }
        parts.push("a backup code of 10 letters and digits, xxxxx-xxxxx".into());
        format!("expected {}", parts.join(", or "))
    };
    let malformed = |why: String| {
        Box::new(Diagnosis::new(
            Verdict::Malformed,
            format!("{why}; {}", expected()),
            "Type the code again as shown, without other characters.",
        ))
    };
    match code::parse(typed) {
        Err(e) => Err(malformed(e.to_string())),
        Ok(CodeInput::Digits(d)) if !lengths.is_empty() && !lengths.iter().any(|(_, n)| *n == d.len()) => {
            Err(malformed(format!("the code has {} digits", d.len())))
        }
        Ok(input) => Ok(input),
    }
}

/// Why this code would be refused now (or that it would not). While the
/// account is locked the code itself is not looked at: otherwise the doctor
/// would answer "is this code right?" past the lockout. A backup code is
/// looked at during a wait, as an attempt would check it.
pub fn diagnose(case: &Case<'_>, input: &CodeInput) -> Diagnosis {
    let until = match case.lockout {
        Lockout::Waiting { .. } if matches!(input, CodeInput::Backup(_)) => return backup(case),
        Lockout::Open => {
            return match input {
                CodeInput::Digits(code) => digits(case, code),
                CodeInput::Backup(_) => backup(case),
            }
        }
        Lockout::Waiting { until } => Some(until),
        Lockout::Locked => None,
    };
    let lock = match until {
        Some(t) => {
            format!("{} is locked out until {} (in {})", case.account, date(t), span(t.saturating_sub(case.now)))
        }
        None => format!("{} is locked out until an operator runs `tfa unlock {}`", case.account, case.account),
    };
    let advice = match until {
        Some(_) => {
            "Wait until then: codes typed earlier are refused unchecked; a backup code is still checked, not an imported 8-digit scratch code.".to_owned()
        }
        None => format!("An operator checks the attempts (tfa log {0}) and runs tfa unlock {0}.", case.account),
    };
    let detail = format!("{lock} after {} failed codes in a row; no code is checked until then", case.failures);
    Diagnosis { when: until, ..Diagnosis::new(Verdict::Locked, detail, advice) }
}

fn backup(case: &Case<'_>) -> Diagnosis {
    let name = case.account;
    match case.backup.unwrap_or(BackupLookup::NoSet) {
        BackupLookup::NoSet => Diagnosis::new(
            Verdict::NoMatch,
            format!("this looks like a backup code, but {name} has no backup codes"),
            format!("Make a set: tfa backup-codes generate {name}."),
        ),
        BackupLookup::Unused { remaining } => Diagnosis::new(
            Verdict::Ok,
            format!("an unused backup code of {name}; {remaining} remain"),
            "It works once: type it to sign in.",
        ),
        BackupLookup::Used { used_at } => Diagnosis::new(
            Verdict::BackupCodeUsed,
            format!("this backup code was used at {}; each works once", date(used_at)),
            "Use another backup code from the set.",
        )
        .when(Some(used_at)),
        BackupLookup::NoMatch => Diagnosis::new(
            Verdict::NoMatch,
            "not one of the current backup codes: mistyped, or from a set that was replaced".to_owned(),
            "Use a code from the newest set; generating a set voids the older ones.",
        ),
    }
}

fn step_secs(step: u64, period: u32) -> u64 {
    step * u64::from(period)
}

fn digits(case: &Case<'_>, code: &str) -> Diagnosis {
    let now = case.now;
    let name = case.account;
    let with_status = |s: Status| case.apps.iter().filter(move |a| a.method.status == s);

    // 1. What verify would accept: an active app in its windows.
    let mut replayed = None;
    for a in with_status(Status::Active) {
        match a.app.check(a.seed, now, code) {
            Check::Accepted { offset, .. } => {
                // An app asked for, the code of another active app: any app is taken (as `login` does).
                let asked_an_app = |id: i64| case.apps.iter().any(|x| x.method.id == id);
                if let Some(asked) = case.asked_for.filter(|&id| id != a.method.id && !asked_an_app(id)) {
                    let wanted = case
                        .apps
                        .iter()
                        .find(|x| x.method.id == asked)
                        .map_or("the method asked for", |x| x.method.label.as_str());
                    return Diagnosis::new(
                        Verdict::OtherMethod,
                        format!("this code is from {:?}, not from {:?}", &a.method.label, wanted),
                        format!("Type the code that {wanted:?} shows, or sign in with {:?}.", &a.method.label),
                    )
                    .method(a.method.id, &a.method.label);
                }
                let (offset_seconds, off) = match a.app {
                    App::Totp { period, .. } => {
                        let s = offset * i64::from(period);
                        (
                            Some(s),
                            if s == 0 {
                                String::new()
                            } else {
                                format!(", {} s {}", s.abs(), if s < 0 { "behind" } else { "ahead" })
                            },
                        )
                    }
                    App::Hotp { .. } => (None, String::new()),
                };
                return Diagnosis {
                    offset_seconds,
                    ..Diagnosis::new(
                        Verdict::Ok,
                        format!("valid now for {:?}{off}", &a.method.label),
                        "It works once: type it to sign in.",
                    )
                    .method(a.method.id, &a.method.label)
                    .when(Some(now))
                };
            }
            Check::Replayed { at } => replayed = replayed.or(Some((a, at))),
            Check::NoMatch => {}
        }
    }

    // 2. Sent codes to active methods, as verify checks them.
    let sent_active: Vec<&SentCase<'_>> = case.sent.iter().filter(|s| s.method.status == Status::Active).collect();
    if let Some(d) = sent_verdict(case, &sent_active) {
        if d.verdict == Verdict::Ok || replayed.is_none() {
            return d;
        }
    }
    if let Some((a, at)) = replayed {
        return replay(a, at);
    }

    // 3. Methods verify does not check: pending and disabled ones.
    for a in with_status(Status::Pending) {
        if matches!(a.app.check(a.seed, now, code), Check::Accepted { .. }) {
            return Diagnosis::new(
                Verdict::PendingMethod,
                format!("this code is from {:?}, which was never confirmed", &a.method.label),
                format!("Confirm it: tfa confirm {name} CODE (or remove it: tfa unenroll {name} {}).", a.method.id),
            )
            .method(a.method.id, &a.method.label);
        }
    }
    if let Some(s) =
        case.sent.iter().find(|s| s.method.status == Status::Pending && s.matches && s.challenge.is_live(now))
    {
        return Diagnosis::new(
            Verdict::PendingMethod,
            format!("this code was sent to confirm {:?}, which is not confirmed yet", &s.method.label),
            format!("Confirm it: tfa confirm {name} CODE."),
        )
        .method(s.challenge.method_id, &s.method.label);
    }
    for a in with_status(Status::Disabled) {
        if matches!(a.app.check(a.seed, now, code), Check::Accepted { .. }) {
            return Diagnosis::new(
                Verdict::OtherMethod,
                format!("this code is from {:?}, which is disabled", &a.method.label),
                format!("Use an active method (tfa methods {name} lists them)."),
            )
            .method(a.method.id, &a.method.label);
        }
    }

    if let Some(s) = case.sent.iter().find(|s| s.method.status == Status::Disabled && s.matches) {
        return Diagnosis::new(
            Verdict::OtherMethod,
            format!("this code was sent to {:?}, which is disabled", &s.method.label),
            format!("Use an active method (tfa methods {name} lists them)."),
        )
        .method(s.challenge.method_id, &s.method.label);
    }

    // 4. Further out: a phone clock that is off, an HOTP counter that ran ahead.
    for a in with_status(Status::Active) {
        if let Some(d) = wide(case, a, code) {
            return d;
        }
    }
    Diagnosis::new(
        Verdict::NoMatch,
        format!(
            "matches no authenticator app within 12 hours of now, no code sent in the last day, and no other method of {name}"
        ),
        "Check the account and the app entry; type the newest code.",
    )
}

fn replay(a: &AppCase<'_>, at: u64) -> Diagnosis {
    let last = a.last_used_at();
    // Before the last accepted step, and not used: a phone's clock set back
    // since (issue 10, finding 1). Its codes work again once past that step.
    if let App::Totp { period, state: TotpState { last_step: Some(step), .. }, .. } = a.app {
        if at < step {
            let again = step_secs(step + 1, period);
            let detail = format!(
                "this code from {:?} is older than the last one accepted{}: it was not used, but older codes never \
                 work again",
                &a.method.label,
                last.map(|t| format!(" (at {})", date(t))).unwrap_or_default()
            );
            let advice = format!(
                "If the phone's clock was just set right (to automatic), no resync is needed: its codes work again \
                 from {}. Otherwise type the newest code.",
                date(again)
            );
            return Diagnosis::new(Verdict::OlderThanLast, detail, advice)
                .method(a.method.id, &a.method.label)
                .when(Some(again));
        }
    }
    let (detail, when) = match (a.app, last) {
        (App::Totp { state, .. }, Some(t)) if state.last_step == Some(at) => {
            (format!("this code from {:?} was already accepted at {}", &a.method.label, date(t)), Some(t))
        }
        (_, Some(t)) => (
            format!("a later code from {:?} was accepted at {}, so this one no longer works", &a.method.label, date(t)),
            Some(t),
        ),
        (_, None) => (format!("this code from {:?} was already used", &a.method.label), None),
    };
    Diagnosis::new(Verdict::Replayed, detail, "Each code works once: wait for the next one.")
        .method(a.method.id, &a.method.label)
        .when(when)
}

fn sent_verdict(case: &Case<'_>, sent: &[&SentCase<'_>]) -> Option<Diagnosis> {
    let now = case.now;
    let hits: Vec<&&SentCase<'_>> = sent.iter().filter(|s| s.matches).collect();
    if let Some(s) = hits.iter().find(|s| s.challenge.is_live(now)) {
        let c = &s.challenge;
        if case.asked_for.is_some_and(|id| id != c.method_id) {
            return Some(
                Diagnosis::new(
                    Verdict::OtherMethod,
                    format!("this code was sent by {} to {}, not for the method asked for", s.method.kind, s.to()),
                    "Type the code of the method you were asked for, or sign in with this one.",
                )
                .method(c.method_id, &s.method.label),
            );
        }
        return Some(
            Diagnosis::new(
                Verdict::Ok,
                format!(
                    "valid: the code sent by {} to {} at {}, until {}",
                    s.method.kind,
                    s.to(),
                    date(c.created_at),
                    date(c.expires_at)
                ),
                "It works once: type it to sign in.",
            )
            .method(c.method_id, &s.method.label)
            .when(Some(c.expires_at)),
        );
    }
    let s = hits.first()?;
    let c = &s.challenge;
    let sent_at = date(c.created_at);
    let d = match c.refusal(now)? {
        Refusal::Expired => Diagnosis::new(
            Verdict::Expired,
            format!("the code sent by {} at {sent_at} expired at {}", s.method.kind, date(c.expires_at)),
            format!(
                "Ask for a new code (tfa send {} --via {}) and type it within its time.",
                case.account, s.method.kind
            ),
        )
        .when(Some(c.expires_at)),
        Refusal::Superseded => {
            let newer = sent
                .iter()
                .filter(|n| {
                    n.challenge.method_id == c.method_id
                        && n.challenge.created_at >= c.created_at
                        && n.challenge.id != c.id
                })
                .map(|n| n.challenge.created_at)
                .max();
            let at = newer.map_or_else(|| "later".to_owned(), |t| format!("at {}", date(t)));
            Diagnosis::new(
                Verdict::Superseded,
                format!("a newer code was sent {at}: the code sent at {sent_at} no longer works"),
                "Use the newest code only.",
            )
            .when(newer)
        }
        Refusal::Used => Diagnosis::new(
            Verdict::Replayed,
            format!(
                "the code sent at {sent_at} was already accepted{}",
                s.closed_at.map(|t| format!(" at {}", date(t))).unwrap_or_default()
            ),
            "Each code works once: ask for a new one.",
        )
        .when(s.closed_at),
        Refusal::TooManyAttempts => Diagnosis::new(
            Verdict::TooManyAttempts,
            format!("the code sent at {sent_at} was voided after {MAX_ATTEMPTS} wrong tries"),
            "Ask for a new code.",
        )
        .when(s.closed_at),
        Refusal::Undelivered => Diagnosis::new(
            Verdict::Undelivered,
            format!("the code sent at {sent_at} was never delivered: the delivery command failed, so it was voided"),
            "Ask for a new code; if it fails again, the operator checks the gateway.",
        )
        .when(s.closed_at),
        _ => return None,
    };
    Some(d.method(c.method_id, &s.method.label))
}

/// The wide search of one active app: TOTP ±12 hours, HOTP 1000 counters.
fn wide(case: &Case<'_>, a: &AppCase<'_>, code: &str) -> Option<Diagnosis> {
    let name = case.account;
    let now = case.now;
    let resync = format!("Resync with two codes in a row: tfa resync {name} CODE1 CODE2.");
    match a.app {
        App::Totp { params, period, window, state } => {
            if code.len() != usize::from(params.digits) {
                return None;
            }
            let current = step_at(now, period);
            let reach = SEARCH_SECS / u64::from(period.max(1));
            let centre = current as i64 + state.drift;
            // Verify searches around the stored drift and around the true time.
            let in_window = |s: u64| {
                let near = |c: i64| (s as i64 - c).abs() <= i64::from(window);
                near(centre) || near(current as i64)
            };
            // Nearest first, so the smallest offset that fits is reported.
            let step = (0..=reach)
                .flat_map(|d| [current.checked_add(d), current.checked_sub(d)])
                .flatten()
                .find(|&s| !in_window(s) && hotp(a.seed, params, s) == code)?;
            if state.last_step == Some(step) {
                return Some(replay(a, step));
            }
            let secs = (step as i64 - current as i64) * i64::from(period);
            let dir = if secs < 0 { "behind" } else { "ahead" };
            let minutes = (secs.abs() + 30) / 60;
            let detail = format!(
                "the phone's clock is {minutes} minutes {dir}: the code matches {:?} at {} ({} s {})",
                &a.method.label,
                date(step_secs(step, period)),
                secs.abs(),
                if secs < 0 { "before now" } else { "after now" }
            );
            let detail = match (state.last_step, a.last_used_at()) {
                (Some(last), Some(t)) if step < last => format!(
                    "{detail}; it is also older than the last accepted code ({}), and older codes never work again",
                    date(t)
                ),
                _ => detail,
            };
            Some(Diagnosis {
                offset_seconds: Some(secs),
                ..Diagnosis::new(
                    Verdict::ClockSkew,
                    detail,
                    format!("Set the phone's date and time to automatic. {resync}"),
                )
                .method(a.method.id, &a.method.label)
                .when(Some(step_secs(step, period)))
            })
        }
        App::Hotp { params, counter } => {
            if code.len() != usize::from(params.digits) {
                return None;
            }
            let ahead = counter.saturating_add(HOTP_LOOK_AHEAD + 1)..counter.saturating_add(HOTP_SEARCH);
            if let Some(c) = ahead.into_iter().find(|&c| hotp(a.seed, params, c) == code) {
                return Some(
                    Diagnosis::new(
                        Verdict::CounterSkew,
                        format!(
                            "the code matches {:?} {} codes ahead of the one expected: the app made codes that were never used",
                            &a.method.label,
                            c - counter
                        ),
                        resync,
                    )
                    .method(a.method.id, &a.method.label),
                );
            }
            let behind = counter.saturating_sub(HOTP_SEARCH)..counter.saturating_sub(HOTP_LOOK_AHEAD);
            behind.into_iter().rev().find(|&c| hotp(a.seed, params, c) == code).map(|c| {
                Diagnosis::new(
                    Verdict::Replayed,
                    format!(
                        "an old code of {:?}: {} codes before the one expected, already used or skipped",
                        &a.method.label,
                        counter - c
                    ),
                    "Each code works once: press for a new one.",
                )
                .method(a.method.id, &a.method.label)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::challenge::Status as ChallengeStatus;
    use crate::core::method::MethodKind;
    use crate::core::otp::{totp, Algorithm, Params, TotpState};

    const NOW: u64 = 1_800_000_000;
    const P: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };

    fn seed(n: u8) -> Seed {
        Seed::from_bytes(vec![n; 20])
    }

    /// A method of alice's, leaked: tests borrow it for as long as they like.
    fn method(id: i64, kind: MethodKind, label: &str, status: Status, app: Option<App>) -> &'static Method {
        let used = match app {
            Some(App::Totp { state, .. }) => state.last_step.map(|s| (s * 30 + 5) as i64),
            Some(App::Hotp { .. }) => Some((NOW - 60) as i64),
            None => None,
        };
        Box::leak(Box::new(Method {
            id,
            account_id: 1,
            kind,
            label: label.into(),
            status,
            app,
            address: (!kind.is_app()).then(|| "+16502530100".to_owned()),
            created_at: (NOW - 86_400) as i64,
            confirmed_at: (status != Status::Pending).then_some((NOW - 86_400) as i64),
            last_used_at: used,
            last_refused: None,
        }))
    }

    fn app<'a>(id: i64, label: &str, status: Status, seed: &'a Seed, state: TotpState) -> AppCase<'a> {
        let app = App::Totp { params: P, period: 30, window: 1, state };
        AppCase::new(method(id, MethodKind::Totp, label, status, Some(app)), seed).unwrap()
    }

    fn case<'a>(apps: Vec<AppCase<'a>>) -> Case<'a> {
        Case {
            account: "alice",
            apps,
            sent: vec![],
            backup: None,
            lockout: Lockout::Open,
            failures: 0,
            asked_for: None,
            now: NOW,
        }
    }

    fn sent(
        id: i64,
        created_at: u64,
        status: ChallengeStatus,
        method_status: Status,
        matches: bool,
    ) -> SentCase<'static> {
        SentCase {
            method: method(9, MethodKind::Sms, "sms", method_status, None),
            challenge: Challenge { id, method_id: 9, created_at, expires_at: created_at + 300, attempts: 0, status },
            closed_at: (status != ChallengeStatus::Live).then_some(created_at + 10),
            matches,
        }
    }

    fn digits(c: &Case<'_>, code: &str) -> Diagnosis {
        diagnose(c, &CodeInput::Digits(code.to_owned()))
    }

    #[test]
    fn app_codes_ok_replayed_skewed_other_pending() {
        let (a, b) = (seed(1), seed(2));
        let fresh = TotpState::default();
        let c = case(vec![app(1, "phone", Status::Active, &a, fresh), app(2, "tablet", Status::Active, &b, fresh)]);
        let d = digits(&c, &totp(&a, P, 30, NOW));
        assert_eq!((d.verdict, d.method_id, d.offset_seconds), (Verdict::Ok, Some(1), Some(0)));

        // The same code asked for another app: any active app is taken, and named.
        let asked = Case { asked_for: Some(2), ..c.clone() };
        let d = digits(&asked, &totp(&a, P, 30, NOW));
        assert_eq!((d.verdict, d.method_id, d.label.as_deref()), (Verdict::Ok, Some(1), Some("phone")));

        // Two hours behind, and five minutes ahead.
        let d = digits(&c, &totp(&b, P, 30, NOW - 7200));
        assert_eq!((d.verdict, d.method_id, d.offset_seconds), (Verdict::ClockSkew, Some(2), Some(-7200)));
        assert!(d.detail.contains("120 minutes behind"), "{}", d.detail);
        let d = digits(&c, &totp(&a, P, 30, NOW + 300));
        assert_eq!((d.verdict, d.offset_seconds), (Verdict::ClockSkew, Some(300)));
        assert!(d.detail.contains("5 minutes ahead"), "{}", d.detail);
        // Past 12 hours nothing is searched.
        assert_eq!(digits(&c, &totp(&a, P, 30, NOW - 13 * 3600)).verdict, Verdict::NoMatch);

        // Used: the step at or before the last accepted one.
        let used = TotpState { last_step: Some(NOW / 30), drift: 0 };
        let c = case(vec![app(1, "phone", Status::Active, &a, used)]);
        let d = digits(&c, &totp(&a, P, 30, NOW));
        assert_eq!((d.verdict, d.when), (Verdict::Replayed, Some(NOW / 30 * 30 + 5)));
        assert!(d.detail.contains("already accepted"), "{}", d.detail);
        // Before the last accepted step: not used, only older; it says when codes work again.
        let ahead = TotpState { last_step: Some(NOW / 30 + 6), drift: 6 };
        let c = case(vec![app(1, "phone", Status::Active, &a, ahead)]);
        let d = digits(&c, &totp(&a, P, 30, NOW));
        assert_eq!((d.verdict, d.when), (Verdict::OlderThanLast, Some((NOW / 30 + 7) * 30)));
        assert!(d.detail.contains("not used") && !d.detail.contains("already"), "{}", d.detail);

        // Pending and disabled methods are named.
        let c = case(vec![app(1, "new", Status::Pending, &a, fresh), app(2, "old", Status::Disabled, &b, fresh)]);
        assert_eq!(digits(&c, &totp(&a, P, 30, NOW)).verdict, Verdict::PendingMethod);
        let d = digits(&c, &totp(&b, P, 30, NOW));
        assert_eq!((d.verdict, d.label.as_deref()), (Verdict::OtherMethod, Some("old")));
    }

    #[test]
    fn a_phone_back_on_true_time_after_a_resync_is_valid() {
        let a = seed(1);
        let behind = TotpState { last_step: Some(NOW / 30 - 300), drift: -240 };
        let c = case(vec![app(1, "phone", Status::Active, &a, behind)]);
        assert_eq!(digits(&c, &totp(&a, P, 30, NOW - 7200)).verdict, Verdict::Ok);
        let d = digits(&c, &totp(&a, P, 30, NOW));
        assert_eq!((d.verdict, d.offset_seconds), (Verdict::Ok, Some(0)), "{}", d.detail);
        // Between the two windows is still a clock that is off.
        let d = digits(&c, &totp(&a, P, 30, NOW - 3600));
        assert_eq!((d.verdict, d.offset_seconds), (Verdict::ClockSkew, Some(-3600)), "{}", d.detail);
    }

    #[test]
    fn hotp_counters_far_ahead_or_behind() {
        let a = seed(3);
        let token = method(4, MethodKind::Hotp, "token", Status::Active, Some(App::Hotp { params: P, counter: 100 }));
        let c = case(vec![AppCase::new(token, &a).unwrap()]);
        assert_eq!(digits(&c, &hotp(&a, P, 105)).verdict, Verdict::Ok);
        assert_eq!(digits(&c, &hotp(&a, P, 400)).verdict, Verdict::CounterSkew);
        assert_eq!(digits(&c, &hotp(&a, P, 95)).verdict, Verdict::Replayed);
        assert_eq!(digits(&c, &hotp(&a, P, 50)).verdict, Verdict::Replayed);
    }

    #[test]
    fn sent_codes_each_refusal() {
        let mut c = case(vec![]);
        let t = NOW - 100;
        for (status, method_status, created, want) in [
            (ChallengeStatus::Live, Status::Active, t, Verdict::Ok),
            (ChallengeStatus::Live, Status::Active, NOW - 400, Verdict::Expired),
            (ChallengeStatus::Used, Status::Active, t, Verdict::Replayed),
            (ChallengeStatus::Exhausted, Status::Active, t, Verdict::TooManyAttempts),
            (ChallengeStatus::Undelivered, Status::Active, t, Verdict::Undelivered),
            (ChallengeStatus::Live, Status::Pending, t, Verdict::PendingMethod),
        ] {
            c.sent = vec![sent(1, created, status, method_status, true)];
            assert_eq!(digits(&c, "123456").verdict, want, "{status:?}");
        }
        c.sent = vec![sent(1, t, ChallengeStatus::Live, Status::Disabled, true)];
        assert_eq!(digits(&c, "123456").verdict, Verdict::OtherMethod);
        // Superseded: says when the newer code was sent.
        c.sent = vec![
            sent(2, NOW - 20, ChallengeStatus::Live, Status::Active, false),
            sent(1, NOW - 100, ChallengeStatus::Superseded, Status::Active, true),
        ];
        let d = digits(&c, "123456");
        assert_eq!((d.verdict, d.when), (Verdict::Superseded, Some(NOW - 20)));
        c.sent[1].matches = false;
        assert_eq!(digits(&c, "123456").verdict, Verdict::NoMatch);
    }

    #[test]
    fn backup_codes_and_locks() {
        let backup = CodeInput::Backup(crate::core::backup_code::BackupCode::parse("k7f3q-x9m2p").unwrap());
        let mut c = case(vec![]);
        for (lookup, want) in [
            (BackupLookup::Unused { remaining: 4 }, Verdict::Ok),
            (BackupLookup::Used { used_at: NOW - 5 }, Verdict::BackupCodeUsed),
            (BackupLookup::NoMatch, Verdict::NoMatch),
            (BackupLookup::NoSet, Verdict::NoMatch),
        ] {
            c.backup = Some(lookup);
            assert_eq!(diagnose(&c, &backup).verdict, want);
        }
        c.backup = Some(BackupLookup::Unused { remaining: 4 });
        c.lockout = Lockout::Waiting { until: NOW + 30 };
        c.failures = 5;
        // During a wait a backup code is checked, as an attempt checks it (issue 10).
        assert_eq!(diagnose(&c, &backup).verdict, Verdict::Ok);
        let d = diagnose(&c, &CodeInput::Digits("123456".to_owned()));
        assert_eq!((d.verdict, d.when), (Verdict::Locked, Some(NOW + 30)));
        assert!(d.detail.contains("in 30 s") && d.advice.contains("a backup code is still checked"), "{d:?}");
        // The code itself is not judged during the hard lock: that would answer guesses past it.
        c.lockout = Lockout::Locked;
        let d = diagnose(&c, &backup);
        assert_eq!(d.verdict, Verdict::Locked);
        assert!(d.detail.contains("tfa unlock alice"));
    }

    #[test]
    fn lengths_name_each_app_and_sent_codes_once() {
        let app = Some(App::Totp { params: P, period: 30, window: 1, state: TotpState::default() });
        let eight =
            Some(App::Totp { params: Params { digits: 8, ..P }, period: 30, window: 1, state: TotpState::default() });
        let methods = [
            method(1, MethodKind::Totp, "phone", Status::Active, app).clone(),
            method(2, MethodKind::Totp, "token", Status::Pending, eight).clone(),
            method(3, MethodKind::Totp, "old", Status::Disabled, app).clone(),
            method(4, MethodKind::Sms, "sms", Status::Active, None).clone(),
        ];
        let want = [("app \"phone\"".to_owned(), 6), ("app \"token\"".to_owned(), 8)];
        assert_eq!(lengths(&methods), want, "a sent code's 6 digits are already named");
        assert_eq!(lengths(&methods[2..]), [("a code sent by sms".to_owned(), 6)]);
    }

    #[test]
    fn shapes() {
        let six = [("app \"phone\"".to_owned(), 6)];
        let d = shape("1234567", &six).unwrap_err();
        assert_eq!(d.verdict, Verdict::Malformed);
        assert!(d.detail.contains("7 digits") && d.detail.contains("expected 6 digits"), "{}", d.detail);
        assert_eq!(shape("12a456", &six).unwrap_err().verdict, Verdict::Malformed);
        assert_eq!(shape("", &six).unwrap_err().verdict, Verdict::Malformed);
        assert!(matches!(shape("123 456", &six), Ok(CodeInput::Digits(d)) if d == "123456"));
        assert!(matches!(shape("k7f3q-x9m2p", &six), Ok(CodeInput::Backup(_))));
        assert!(shape("12345678", &[]).is_ok(), "no method: nothing to hold the length against");
    }
}
