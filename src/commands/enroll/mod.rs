//! `tfa enroll NAME KIND`: an authenticator app (`app.rs`), or a phone
//! number or email address that codes are sent to (`address.rs`).

mod address;
mod app;

use anyhow::Result;

use super::Context;
use crate::cli::{EnrollArgs, EnrollKind};
use crate::Outcome;

pub fn run(ctx: &Context, args: &EnrollArgs) -> Result<Outcome> {
    match args.kind {
        EnrollKind::Totp | EnrollKind::Hotp => app::run(ctx, args),
        EnrollKind::Sms | EnrollKind::Whatsapp | EnrollKind::Email => address::run(ctx, args),
    }
}
