//! `tfa confirm NAME CODE`: activate the pending method this code matches.

use anyhow::Result;

use super::{now, parse_code, read_code, Context};
use crate::auth::{enroll, Attempt};
use crate::core::code::{CodeInput, MalformedCode};
use crate::core::refusal::Refusal;
use crate::output::attempt::{outcome_of, tell, tell_tries_left};
use crate::output::views::{AttemptFields, ConfirmView};
use crate::output::{Answer, Printer};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: &str) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code_arg))?;
    let CodeInput::Digits(code) = parse_code(&typed)? else {
        return Err(Failure::Malformed(MalformedCode::BackupCodeNotAccepted.to_string()).into());
    };
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let attempt = enroll::confirm(&auth, &account, &code, None, now())?;
    ctx.tell_warnings(&auth);
    let method = attempt.method().filter(|_| attempt.accepted());
    let view = ConfirmView {
        account: name,
        confirmed: attempt.accepted(),
        method_id: method.map(|m| m.id),
        label: method.map(|m| m.label.as_str()),
        attempt: AttemptFields::of(&attempt),
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for ConfirmView<'_> {
    fn outcome(&self) -> Outcome {
        outcome_of(Some(self.attempt.of))
    }

    fn notes(&self, p: &Printer) {
        let name = self.account;
        match self.attempt.of {
            Attempt::Accepted { .. } => p.note(format_args!(
                "Confirmed: method {} ({:?}) is active.",
                self.method_id.unwrap_or_default(),
                self.label.unwrap_or_default()
            )),
            Attempt::Refused { refusal: Refusal::WrongCode, .. } => p.note(
                "The code matches no pending method. Check the app's clock and that the code is from the new entry (or the latest code sent).",
            ),
            Attempt::Refused { refusal, .. } => p.note(format_args!(
                "refused: {refusal}; to send a new code: tfa send {name} --method ID (see tfa methods {name})"
            )),
            attempt @ Attempt::Locked { .. } => tell(p, name, attempt),
        }
        tell_tries_left(p, self.attempt.of);
    }
}
