//! `tfa resync NAME CODE1 CODE2`: store an authenticator's offset from two
//! codes in a row (`auth::resync`).

use anyhow::{bail, Context as _, Result};

use super::{now, parse_code, Context};
use crate::auth::{resync, Attempt, Factor};
use crate::core::code::{CodeInput, MalformedCode};
use crate::core::device::parse_duration;
use crate::core::otp::App;
use crate::core::refusal::Refusal;
use crate::core::resync::TOTP_SEARCH_SECS;
use crate::output::attempt::{outcome_of, tell, tell_tries_left};
use crate::output::views::{AttemptFields, ResyncView};
use crate::output::{Answer, Printer};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code1: &str, code2: &str, only: Option<i64>, reach: &str) -> Result<Outcome> {
    let reach = parse_duration(reach).context("--reach")?;
    if reach > TOTP_SEARCH_SECS {
        bail!("--reach: at most 12h; a clock off by more than that is set to the wrong day");
    }
    let digits = |typed: &str| match parse_code(typed)? {
        CodeInput::Digits(d) => Ok(d),
        CodeInput::Backup(_) => {
            Err(anyhow::Error::from(Failure::Malformed(MalformedCode::BackupCodeNotAccepted.to_string())))
        }
    };
    let (code1, code2) = (digits(code1)?, digits(code2)?);
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let attempt = resync::attempt(&auth, &account, only, &code1, &code2, reach, now())?;
    ctx.tell_warnings(&auth);
    let moved = match &attempt {
        Attempt::Accepted { factor: Factor::Method(m), offset } => m.app.zip(*offset),
        _ => None,
    };
    let view = ResyncView {
        account: name,
        resynced: attempt.accepted(),
        method_id: attempt.method().map(|m| m.id),
        label: attempt.method().map(|m| m.label.as_str()).filter(|_| attempt.accepted()),
        offset_seconds: moved.and_then(|(app, offset)| match app {
            App::Totp { period, .. } => Some(offset * i64::from(period)),
            App::Hotp { .. } => None,
        }),
        counter: moved.and_then(|(app, _)| match app {
            App::Hotp { counter, .. } => Some(counter),
            App::Totp { .. } => None,
        }),
        attempt: AttemptFields::of(&attempt),
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for ResyncView<'_> {
    fn outcome(&self) -> Outcome {
        outcome_of(Some(self.attempt.of))
    }

    fn notes(&self, p: &Printer) {
        let label = self.label.unwrap_or_default();
        match (self.attempt.of, self.offset_seconds) {
            // Found where it was expected: nothing to set right on the phone.
            (Attempt::Accepted { .. }, Some(0)) => p.note(format_args!(
                "Resynchronised {label:?}: its clock is right; its next codes are expected as usual."
            )),
            (Attempt::Accepted { .. }, Some(s)) => p.note(format_args!(
                "Resynchronised {label:?}: its clock is {} s {}; codes are now accepted around that offset. Better still: set the phone's time to automatic; its codes then work on true time{}.",
                s.abs(),
                if s < 0 { "behind" } else { "ahead" },
                // The step just accepted is ahead of the true time: earlier ones are spent.
                if s > 0 { format!(" once these {s} s have passed") } else { String::new() }
            )),
            (Attempt::Accepted { .. }, None) => p.note(format_args!(
                "Resynchronised {label:?}: the next code expected is number {}.",
                self.counter.unwrap_or(0)
            )),
            (Attempt::Refused { refusal: Refusal::Replayed, .. }, _) => {
                p.note("refused: these codes were already used; take two new codes in a row")
            }
            (Attempt::Refused { refusal: Refusal::OlderThanLast, .. }, _) => p.note(
                "refused: these codes are older than the last one accepted (never used, but older codes never work \
                 again); if the phone's clock was just set back, no resync is needed: wait until its codes pass \
                 the last one accepted, then use a new code",
            ),
            (Attempt::Refused { .. }, _) => p.note(
                "refused: the two codes are not consecutive codes of any active authenticator app within reach of now (--reach widens it, up to 12h)",
            ),
            (attempt @ Attempt::Locked { .. }, _) => tell(p, self.account, attempt),
        }
        tell_tries_left(p, self.attempt.of);
    }
}
