//! `tfa code`: the code an authenticator app would show, for operators and tests.

use anyhow::{Context as _, Result};

use super::{find_account, now, Context};
use crate::core::method::Status;
use crate::core::otp::{step_at, App};
use crate::output::answers::Lines;
use crate::output::views::CodeView;
use crate::store::{methods, Open};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, method_id: Option<i64>, at: Option<u64>) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let apps: Vec<_> = methods::list(store.conn(), account.id)?.into_iter().filter(|m| m.app.is_some()).collect();
    let method = match method_id {
        Some(id) => apps
            .iter()
            .find(|m| m.id == id)
            .ok_or(Failure::NoMethod { account: name.to_owned(), id })
            .context("no authenticator app to compute a code for")?,
        // Only an active app: a pending one is named with --method.
        None => apps
            .iter()
            .find(|m| m.status == Status::Active)
            .ok_or_else(|| Failure::NoWay { account: name.to_owned(), what: "authenticator app".to_owned() })
            .with_context(|| match apps.iter().find(|m| m.status == Status::Pending) {
                Some(m) => format!("no code to show (app {} is pending: --method {} shows its code)", m.id, m.id),
                None => "no code to show".to_owned(),
            })?,
    };
    let app = method.app.context("not an authenticator app")?;
    let seed = methods::seed(store.conn(), &*store.key()?, method)?;
    let time = at.unwrap_or_else(now);
    let code = app.code(&seed, time);
    let valid_for = match app {
        App::Totp { period, .. } => {
            Some((step_at(time, period) + 1).saturating_mul(u64::from(period)).saturating_sub(time))
        }
        App::Hotp { .. } => None,
    };
    let doc = CodeView { account: name, method_id: method.id, code: &code, valid_for };
    Ok(ctx.printer.answer(&Lines { doc, lines: vec![code.to_string()], notes: Vec::new() })?)
}
