//! `tfa send` (a one-time code by SMS, WhatsApp or email) and `tfa outbox`.

use anyhow::{bail, Result};

use super::{channel_kind, find_account, now, Context};
use crate::auth::sent_codes::{self, SendOutcome, Sender, TestOutcome};
use crate::auth::Auth;
use crate::cli::SendArgs;
use crate::core::account::Account;
use crate::core::delivery::DeliveryResult;
use crate::core::method::Method;
use crate::core::method::Status;
use crate::core::refusal::Refusal;
use crate::output::answers::Rows;
use crate::output::views::{ErrorView, OutboxView, SendView};
use crate::output::{format_time, json_time, sent_outcome, tell_sent, Answer, Printer, OUTBOX_NOTE};
use crate::store::{methods, outbox, Open};
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, args: &SendArgs) -> Result<Outcome> {
    let sender = Sender::new(args.delivery.message_template.clone(), args.delivery.ttl)?;
    let name = args.name.as_str();
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let all = methods::list(store.conn(), account.id)?;
    let via = args.via.map(channel_kind);
    let method = match args.method {
        Some(id) => {
            let Some(m) = all.iter().find(|m| m.id == id) else {
                return Err(Failure::NoMethod { account: name.to_owned(), id }.into());
            };
            if !m.kind.is_restricted() {
                bail!(
                    "method {id} is an authenticator app ({}): it makes its own codes; nothing is sent to it",
                    m.kind
                );
            }
            if via.is_some_and(|k| k != m.kind) {
                bail!("method {id} is {}, not {}", m.kind, via.map(|k| k.as_str()).unwrap_or_default());
            }
            if m.status == Status::Disabled {
                bail!("method {id} ({:?}) is disabled", m.label);
            }
            m
        }
        // The first active sent-code method, else the first pending one (to confirm it).
        None => {
            let candidates = || all.iter().filter(|m| m.kind.is_restricted() && via.is_none_or(|k| k == m.kind));
            match candidates()
                .find(|m| m.status == Status::Active)
                .or_else(|| candidates().find(|m| m.status == Status::Pending))
            {
                Some(m) => m,
                None => {
                    let what = via.map_or("sms, whatsapp or email", |k| k.as_str()).to_owned();
                    return Err(Failure::NoSendMethod { account: name.to_owned(), what }.into());
                }
            }
        }
    };
    if args.test {
        return test(ctx, &auth, &account, method);
    }
    let to = method.address.as_deref();
    let view = |sent, expires_at: Option<u64>, delivery: Option<DeliveryResult>, retry_after| SendView {
        account: name,
        sent,
        test: false,
        method_id: method.id,
        channel: method.kind,
        to,
        expires_at: expires_at.map(|t| json_time(t as i64)),
        delivery: delivery.map(DeliveryResult::as_str),
        retry_after,
        said: Vec::new(),
        error: None,
    };
    let sent = sent_codes::send(&auth, &account, method, &sender, now());
    ctx.tell_warnings(&auth);
    let answer = match sent? {
        SendOutcome::Sent(s) => {
            let outbox = s.result == DeliveryResult::Outbox;
            let pending = if method.status == Status::Pending { " (it confirms the pending method)" } else { "" };
            let sent = if outbox { "Put in the outbox" } else { "Sent" };
            let said = format!(
                "{sent}: a code by {} to {} (method {}){pending}; it expires at {}.",
                method.kind,
                to.unwrap_or("-"),
                method.id,
                format_time(s.expires_at as i64)
            );
            let said = if outbox { vec![OUTBOX_NOTE.to_owned(), said] } else { vec![said] };
            SendView { said, ..view(true, Some(s.expires_at), Some(s.result), None) }
        }
        SendOutcome::Throttled { retry_after } => SendView {
            to: None,
            error: Some(ErrorView {
                kind: Refusal::Throttled.as_str(),
                message: Failure::Throttled { retry_after }.to_string(),
            }),
            ..view(false, None, None, Some(retry_after))
        },
        SendOutcome::Failed { result, why } => SendView {
            error: Some(ErrorView { kind: Refusal::Undelivered.as_str(), message: why }),
            ..view(false, None, Some(result), None)
        },
    };
    Ok(ctx.printer.answer(&answer)?)
}

/// `tfa send --test`: a message with no code, to check the channel.
fn test(ctx: &Context, auth: &Auth<'_>, account: &Account, method: &Method) -> Result<Outcome> {
    let sent = sent_codes::send_test(auth, account, method, now());
    ctx.tell_warnings(auth);
    let to = method.address.as_deref();
    let view = SendView {
        account: &account.name,
        sent: false,
        test: true,
        method_id: method.id,
        channel: method.kind,
        to,
        expires_at: None,
        delivery: None,
        retry_after: None,
        said: Vec::new(),
        error: None,
    };
    let answer = match sent? {
        TestOutcome::Sent { result } => {
            let said = format!(
                "Sent: a test message (no code) by {} to {} (method {}); no code was voided.",
                method.kind,
                to.unwrap_or("-"),
                method.id
            );
            SendView { sent: true, delivery: Some(result.as_str()), said: vec![said], ..view }
        }
        TestOutcome::Throttled { retry_after } => SendView {
            to: None,
            retry_after: Some(retry_after),
            error: Some(ErrorView {
                kind: Refusal::Throttled.as_str(),
                message: format!(
                    "a message was sent to this method less than a minute ago: try again in {retry_after} s"
                ),
            }),
            ..view
        },
        TestOutcome::Failed { result, why } => SendView {
            delivery: Some(result.as_str()),
            error: Some(ErrorView { kind: Refusal::Undelivered.as_str(), message: why }),
            ..view
        },
    };
    Ok(ctx.printer.answer(&answer)?)
}

impl Answer for SendView<'_> {
    fn outcome(&self) -> Outcome {
        sent_outcome(self.sent, self.retry_after)
    }

    /// A code that could not go out is an error, said as one.
    fn notes(&self, p: &Printer) {
        tell_sent(p, &self.said, self.error.as_ref());
    }
}

pub fn list_outbox(ctx: &Context, name: Option<&str>) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account_id = name.map(|n| find_account(store.conn(), n).map(|a| a.id)).transpose()?;
    let messages = outbox::list(store.conn(), account_id)?;
    let rows = messages
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                format_time(m.created_at),
                m.account.clone(),
                m.channel.to_string(),
                m.address.clone(),
                m.code.to_string(),
                format_time(m.expires_at),
            ]
        })
        .collect();
    let doc: Vec<OutboxView> = messages.iter().map(OutboxView::from).collect();
    let header = &["id", "sent", "account", "channel", "to", "code", "expires"];
    Ok(ctx.printer.answer(&Rows { doc, header, rows })?)
}
