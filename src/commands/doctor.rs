//! `tfa doctor NAME CODE`: why a code was or would be refused. Reads the
//! store, consumes nothing, counts no failure; records one `doctor` event.

use std::io;

use anyhow::Result;

use super::{now, read_code, Context};
use crate::auth;
use crate::core::doctor::Verdict;
use crate::core::refusal::Refusal;
use crate::output::views::{DoctorView, ErrorView};
use crate::output::{json_time, Answer, Printer};
use crate::store::Open;
use crate::Outcome;

pub fn run(ctx: &Context, name: &str, code_arg: &str, asked_for: Option<i64>) -> Result<Outcome> {
    let typed = read_code(ctx, Some(code_arg))?;
    let now = now();
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let diagnosis = auth::doctor::diagnose(&auth, &account, &typed, asked_for, now)?;
    drop(typed);
    let view = DoctorView {
        account: name,
        verdict: diagnosis.verdict.as_str(),
        detail: &diagnosis.detail,
        method_id: diagnosis.method_id,
        label: diagnosis.label.as_deref(),
        offset_seconds: diagnosis.offset_seconds,
        when: diagnosis.when.map(|t| json_time(t as i64)),
        advice: &diagnosis.advice,
        error: (diagnosis.verdict == Verdict::Malformed)
            .then(|| ErrorView { kind: Refusal::Malformed.as_str(), message: diagnosis.detail.clone() }),
        verdict_of: diagnosis.verdict,
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for DoctorView<'_> {
    fn outcome(&self) -> Outcome {
        match self.verdict_of {
            Verdict::Ok => Outcome::Success,
            Verdict::Malformed => Outcome::Invalid,
            _ => Outcome::Refused,
        }
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        p.line(format_args!("{}: {}", self.verdict, self.detail))?;
        p.line(format_args!("→ {}", self.advice))
    }
}
