//! `tfa verify`: check a code against an account's active methods or its
//! backup codes (`auth::verify::attempt`).

use anyhow::Result;

use super::{channel_kind, now, parse_code, read_code, Context};
use crate::auth::{verify, Ways};
use crate::cli::Channel;
use crate::core::code::CodeInput;
use crate::output::attempt::VerifyAnswer;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: Option<&str>, via: Option<Channel>) -> Result<Outcome> {
    let typed = read_code(ctx, code_arg)?;
    let code = parse_code(&typed)?;
    if matches!(code, CodeInput::Backup(_)) && via.is_some() {
        return Err(Failure::Malformed("this is a backup code: check it without --via".into()).into());
    }
    // `--via` names a channel for sent codes: authenticator apps are then left out.
    let ways = via.map_or(Ways::Every, |c| Ways::Kind(channel_kind(c)));
    let store = ctx.store(crate::store::Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let attempt = verify::attempt(&auth, &account, ways, None, &code, "verify", now())?;
    ctx.tell_warnings(&auth);
    Ok(ctx.printer.answer(&VerifyAnswer::new(name, attempt))?)
}
