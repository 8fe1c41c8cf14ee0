//! The recovery checklist, for "I can't use any of these" in `tfa login`.
// placeholder: replaced by the checklist module on merge

use anyhow::Result;

use super::{find_account, now, Context};
use crate::core::mask;
use crate::core::method::{MethodKind, Status};
use crate::store::{backup_codes, devices, methods, Open};
use crate::Outcome;

/// Prints the account's ways in, and what to do when none works.
pub fn print(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let p = &ctx.printer;
    p.line(format_args!("Recovery checklist for {name}:"))?;
    for m in methods::list(store.conn(), account.id)?.iter().filter(|m| m.status == Status::Active) {
        let to = match (m.kind, m.address.as_deref()) {
            (MethodKind::Email, Some(a)) => mask::email(a),
            (_, Some(a)) => mask::phone(a),
            (_, None) => format!("{:?}", m.label),
        };
        p.line(format_args!("- {} {to}", m.kind))?;
    }
    let remaining = backup_codes::summary(store.conn(), account.id)?.map_or(0, |s| s.remaining);
    p.line(format_args!("- backup codes left: {remaining}"))?;
    let trusted = devices::count_active(store.conn(), account.id, now() as i64)?;
    p.line(format_args!("- trusted devices: {trusted} (sign in there)"))?;
    p.line("- last resort: ask your administrator to check your identity and reset your second factor")?;
    Ok(Outcome::Success)
}
