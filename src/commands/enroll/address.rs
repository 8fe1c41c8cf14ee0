//! `tfa enroll NAME sms|whatsapp|email`: add a sent-code method and send
//! it a first code, so a wrong number or address shows up now, not at the
//! next sign-in.

use anyhow::{bail, Context as _, Result};

use crate::auth::enroll::{self, Enrolled};
use crate::auth::sent_codes::{self, SendOutcome, Sender};
use crate::cli::{EnrollArgs, EnrollKind};
use crate::commands::{now, Context};
use crate::core::delivery::DeliveryResult;
use crate::core::method::{MethodKind, Status};
use crate::core::refusal::Refusal;
use crate::core::{email, name, phone};
use crate::output::json_time;
use crate::output::views::{ErrorView, SentEnrollView};
use crate::output::OUTBOX_NOTE;
use crate::output::{tell_sent, Answer, Printer};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, args: &EnrollArgs) -> Result<Outcome> {
    if args.secret_stdin || args.uri_stdin || args.qr_png.is_some() || args.qr_svg.is_some() {
        bail!("--secret-stdin, --uri-stdin, --qr-png and --qr-svg are for authenticator apps; a sent-code method has no seed");
    }
    name::check_account(&args.name)?;
    if let Some(label) = &args.label {
        name::check_label(label)?;
    }
    let (kind, address, landline) = match args.kind {
        EnrollKind::Sms | EnrollKind::Whatsapp => {
            let kind = if args.kind == EnrollKind::Sms { MethodKind::Sms } else { MethodKind::Whatsapp };
            let number = args.phone.as_deref().with_context(|| format!("{kind} needs --phone NUMBER"))?;
            let parsed = phone::parse(number, args.region.as_deref()).context("--phone")?;
            (kind, parsed.e164, parsed.landline)
        }
        EnrollKind::Email => {
            let address = args.address.as_deref().context("email needs --address ADDR")?.trim();
            email::check(address).context("--address")?;
            (MethodKind::Email, email::normalize(address), false)
        }
        EnrollKind::Totp | EnrollKind::Hotp => unreachable!("authenticator apps enroll in app.rs"),
    };
    // A bad delivery command or template is refused before anything is written.
    let sender = Sender::new(args.delivery.message_template.clone(), args.delivery.ttl)?;

    let now = now();
    let status = if args.no_confirm { Status::Active } else { Status::Pending };
    let store = ctx.store(Open::Create)?;
    let auth = ctx.auth(&store);
    let enrolled = enroll::address(&auth, &args.name, args.label.as_deref(), kind, &address, status, now)?;
    let Enrolled { account, method, created, had_app } = enrolled;
    let label = method.label.clone();
    ctx.tell_warnings(&auth);

    let p = &ctx.printer;
    if created {
        p.note(format_args!("Created account {:?}.", account.name));
    }
    if landline && kind != MethodKind::Email {
        p.warn(format_args!("{address} looks like a landline or service number; it may not receive {kind} messages."));
    }
    if !had_app {
        p.warn(format_args!(
            "{kind} is a restricted authenticator (NIST SP 800-63B §5.1.3.3: its codes can be intercepted or redirected) and {:?} has no authenticator app; add one too: tfa enroll {} totp",
            args.name, args.name
        ));
    }
    let view = |sent, expires_at: Option<u64>, delivery: Option<DeliveryResult>| SentEnrollView {
        account: &args.name,
        method_id: method.id,
        kind,
        label: &label,
        address: &address,
        status,
        restricted: true,
        sent,
        expires_at: expires_at.map(|t| json_time(t as i64)),
        delivery: delivery.map(DeliveryResult::as_str),
        said: Vec::new(),
        error: None,
    };
    let answer = if status == Status::Active {
        let said =
            format!("Enrolled {kind} method {} ({label:?}) for {:?} to {address}; it is active.", method.id, args.name);
        SentEnrollView { said: vec![said], ..view(false, None, None) }
    } else {
        let sent = sent_codes::send(&auth, &account, &method, &sender, now);
        ctx.tell_warnings(&auth);
        match sent? {
            SendOutcome::Sent(s) => {
                let outbox = s.result == DeliveryResult::Outbox;
                let sent = if outbox {
                    format!("put a code for {address} in the outbox")
                } else {
                    format!("sent a code to {address}")
                };
                let said = format!(
                    "Enrolled {kind} method {} ({label:?}) for {:?} and {sent}. It is pending until that code is confirmed:\n  tfa confirm {} CODE",
                    method.id, args.name, args.name
                );
                let said = if outbox { vec![OUTBOX_NOTE.to_owned(), said] } else { vec![said] };
                SentEnrollView { said, ..view(true, Some(s.expires_at), Some(s.result)) }
            }
            SendOutcome::Failed { result, why } => {
                let message = format!(
                    "{why}\n  {kind} method {} stays pending: fix the delivery, then send a new code with\n  tfa send {} --method {}",
                    method.id, args.name, method.id
                );
                let error = ErrorView { kind: Refusal::Undelivered.as_str(), message };
                SentEnrollView { error: Some(error), ..view(false, None, Some(result)) }
            }
            SendOutcome::Throttled { retry_after } => return Err(Failure::Throttled { retry_after }.into()),
        }
    };
    Ok(p.answer(&answer)?)
}

impl Answer for SentEnrollView<'_> {
    fn outcome(&self) -> Outcome {
        if self.error.is_some() {
            Outcome::Invalid
        } else {
            Outcome::Success
        }
    }

    /// A first code that could not go out is an error, said as one.
    fn notes(&self, p: &Printer) {
        tell_sent(p, &self.said, self.error.as_ref());
    }
}
