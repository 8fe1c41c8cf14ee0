//! `tfa doctor NAME CODE`: why a code was or would be refused. Reads the
//! store, consumes nothing, counts no failure; records one `doctor` event.

use anyhow::Result;

use super::{find_account, now, read_code, Context};
use crate::auth;
use crate::core::doctor::{Diagnosis, Verdict};
use crate::output::format_time;
use crate::output::views::DoctorView;
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, name: &str, code_arg: &str, asked_for: Option<i64>) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code_arg))?;
    let now = now();
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let diagnosis = match auth::doctor::diagnose(&store, &account, &typed, asked_for, now) {
        Ok(d) => d,
        Err(auth::doctor::Error::NoMethod(id)) => return Err(Failure::NoMethod { account: name.to_owned(), id }.into()),
        Err(e) => return Err(e.into()),
    };
    drop(typed);
    print(ctx, name, &diagnosis)?;
    Ok(match diagnosis.verdict {
        Verdict::Ok => Outcome::Success,
        Verdict::Malformed => Outcome::Invalid,
        _ => Outcome::Refused,
    })
}

fn print(ctx: &Context, name: &str, d: &Diagnosis) -> Result<()> {
    let p = &ctx.printer;
    if p.json {
        p.json(&DoctorView {
            account: name,
            verdict: d.verdict.as_str(),
            detail: &d.detail,
            method_id: d.method_id,
            label: d.label.as_deref(),
            offset_seconds: d.offset_seconds,
            when: d.when.map(|t| format_time(t as i64)),
            advice: &d.advice,
        })?;
    } else {
        p.line(format_args!("{}: {}", d.verdict.as_str(), d.detail))?;
        p.line(format_args!("→ {}", d.advice))?;
    }
    Ok(())
}
