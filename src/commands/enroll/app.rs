//! `tfa enroll NAME totp|hotp`: add an authenticator app, then prove it works.

use anyhow::{bail, Context as _, Result};

use crate::auth::enroll::{self, confirm, Enrolled};
use crate::auth::Attempt;
use crate::cli::{AlgorithmArg, EnrollArgs, EnrollKind};
use crate::commands::{now, Context};
use crate::core::account::Account;
use crate::core::code::{self, CodeInput};
use crate::core::method::Method;
use crate::core::method::Status;
use crate::core::name;
use crate::core::otp::{Algorithm, App, Params, TotpState};
use crate::core::seed::Seed;
use crate::core::uri::{self, UriKind};
use crate::output::qr;
use crate::output::views::EnrollView;
use crate::output::{Answer, Printer};
use crate::prompt;
use crate::store::{Open, Store};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, args: &EnrollArgs) -> Result<Outcome> {
    if args.phone.is_some() || args.address.is_some() {
        bail!("--phone and --address are for sms, whatsapp and email methods; an authenticator app has neither");
    }
    name::check_account(&args.name)?;
    if let Some(label) = &args.label {
        name::check_label(label)?;
    }
    if args.issuer.contains(':') || args.issuer.is_empty() {
        bail!("the issuer {:?} may not be empty or contain ':'", args.issuer);
    }
    let imported = if args.uri_stdin {
        let text = prompt::read_stdin_line("URI")?;
        Some(uri::parse(&text).context("--uri-stdin")?)
    } else {
        None
    };
    let seed = match &imported {
        Some(p) => p.seed.clone(),
        None if args.secret_stdin => {
            let text = prompt::read_stdin_line("secret")?;
            Seed::from_base32(&text).context("--secret-stdin")?
        }
        None => Seed::generate(),
    };
    let params = match &imported {
        Some(p) => p.params,
        None => Params {
            algorithm: match args.algorithm {
                AlgorithmArg::Sha1 => Algorithm::Sha1,
                AlgorithmArg::Sha256 => Algorithm::Sha256,
                AlgorithmArg::Sha512 => Algorithm::Sha512,
            },
            digits: args.digits,
        },
    };
    let uri_kind = match (args.kind, imported.as_ref().map(|p| p.kind)) {
        (EnrollKind::Totp, None) => UriKind::Totp { period: args.period },
        (EnrollKind::Hotp, None) => UriKind::Hotp { counter: args.counter },
        (EnrollKind::Totp, Some(k @ UriKind::Totp { .. })) | (EnrollKind::Hotp, Some(k @ UriKind::Hotp { .. })) => k,
        (EnrollKind::Sms | EnrollKind::Whatsapp | EnrollKind::Email, _) => {
            unreachable!("sent-code methods enroll in address.rs")
        }
        (_, Some(_)) => bail!("--uri-stdin: the URI is for another kind of authenticator than {:?}", args.kind),
    };
    let app = match uri_kind {
        UriKind::Totp { period } => App::Totp { params, period, window: args.window, state: TotpState::default() },
        UriKind::Hotp { counter } => App::Hotp { params, counter },
    };
    let issuer = imported.as_ref().and_then(|p| p.issuer.as_deref()).unwrap_or(&args.issuer);
    let uri = uri::otpauth(uri_kind, issuer, &args.name, &seed, params);
    // Image files first: if one cannot be written, nothing was enrolled.
    if let Some(path) = &args.qr_png {
        qr::write_png(&uri, path, ctx.yes)?;
    }
    if let Some(path) = &args.qr_svg {
        qr::write_svg(&uri, path, ctx.yes)?;
    }

    let now = now();
    let status = if args.no_confirm { Status::Active } else { Status::Pending };
    let store = ctx.store(Open::Create)?;
    let auth = ctx.auth(&store);
    let enrolled = enroll::app(&auth, &args.name, args.label.as_deref(), app, &seed, status, now)?;
    let Enrolled { account, method, created, .. } = enrolled;
    let (kind, label) = (method.kind, method.label.clone());
    ctx.tell_warnings(&auth);
    if created {
        ctx.printer.note(format_args!("Created account {:?}.", account.name));
    }

    let p = &ctx.printer;
    let secret = seed.to_base32();
    // On a terminal a person scans the QR code, then is asked for the first code.
    let shown = p.human_terminal();
    let asks = status == Status::Pending && !p.json && ctx.may_prompt() && !args.secret_stdin && !args.uri_stdin;
    let said = match status {
        Status::Active => format!("Enrolled {kind} method {} ({label:?}) for {:?}; it is active.", method.id, args.name),
        _ if asks => "Scan the QR code (or type the secret) into the authenticator app.".to_owned(),
        _ => format!(
            "Enrolled {kind} method {} ({label:?}) for {:?}. It is pending until a code from the app is confirmed:\n  tfa confirm {} CODE",
            method.id, args.name, args.name
        ),
    };
    let view = EnrollView {
        account: &args.name,
        method_id: method.id,
        kind,
        label: &label,
        uri: &uri,
        secret: &secret,
        status,
        qr: if shown { Some(qr::to_terminal(&uri)?) } else { None },
        said,
    };
    let outcome = p.answer(&view)?;
    if asks {
        return confirm_interactively(ctx, &store, &account, &method);
    }
    Ok(outcome)
}

impl Answer for EnrollView<'_> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> std::io::Result<()> {
        p.line(self.uri)?;
        if let Some(qr) = &self.qr {
            p.line(qr)?;
            p.line(format_args!("Secret (to type in by hand): {}", self.secret))?;
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        p.note(&self.said);
    }
}

/// Asks for the app's first code until one matches or the person gives up.
fn confirm_interactively(ctx: &Context, store: &Store, account: &Account, method: &Method) -> Result<Outcome> {
    let p = &ctx.printer;
    loop {
        let typed = prompt::code("Code from the app (empty to confirm later)")?;
        if typed.trim().is_empty() {
            p.note(format_args!("The method stays pending: tfa confirm {} CODE", account.name));
            return Ok(Outcome::Success);
        }
        let code = match code::parse(&typed).and_then(CodeInput::into_digits) {
            Ok(code) => code,
            Err(e) => {
                p.warn(e);
                continue;
            }
        };
        let auth = ctx.auth(store);
        let attempt = confirm(&auth, account, &code, Some(method.id), now())?;
        ctx.tell_warnings(&auth);
        match attempt {
            Attempt::Accepted { .. } => {
                p.note(format_args!("Confirmed: method {} ({:?}) is active.", method.id, method.label));
                return Ok(Outcome::Success);
            }
            Attempt::Locked { retry_after } => {
                return Err(Failure::Locked { account: account.name.clone(), retry_after }.into());
            }
            Attempt::Refused { .. } => p.warn(
                "That code does not match. Check that the app's clock is right and that you used the new entry, then try again.",
            ),
        }
    }
}
