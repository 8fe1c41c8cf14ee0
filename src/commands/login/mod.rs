//! `tfa login`: the whole sign-in. The password, if the account has one; a
//! trusted device, if a token is offered; otherwise a code, asked for by the
//! preferred way with "Try another way"; then "Trust this device?".
//!
//! Every check is the authentication core's (`auth::login`, `auth::verify`),
//! recorded in the audit log as `login` and counted by the same lockout.
//! This module asks and reads; `words` says, `answer` answers, `token_file`
//! keeps a device's token.

mod answer;
mod token_file;
mod words;

use anyhow::{bail, Context as _, Result};
use zeroize::Zeroizing;

use self::answer::{LoginAnswer, Said};
use self::token_file::{read_token_file, write_token_file};
use self::words::{channel, choice, lost_method, masked, not_sent, question, signed_in_with};
use super::{now, parse_code, Context};
use crate::auth::checklist as auth_checklist;
use crate::auth::login::{self as auth_login, DeviceStep, Via, Way};
use crate::auth::recovery as auth_recovery;
use crate::auth::sent_codes::{SendOutcome, Sender};
use crate::auth::{backup_codes, devices, enroll, lockout, sent_codes, verify, Attempt, Auth, Factor, Ways};
use crate::cli::LoginArgs;
use crate::core::account::Account;
use crate::core::code::{self, CodeInput};
use crate::core::delivery::DeliveryResult;
use crate::core::device::{parse_ttl, DeviceToken, DEFAULT_TTL};
use crate::core::import::ScratchCode;
use crate::core::lockout::Lockout;
use crate::core::method::{Method, MethodKind, Status};
use crate::core::name;
use crate::core::otp::{App, TotpState};
use crate::core::recovery::Ticket;
use crate::core::refusal::Refusal;
use crate::core::seed::Seed;
use crate::core::uri::{self, UriKind};
use crate::output;
use crate::output::attempt::tell_person;
use crate::output::qr;
use crate::output::views::{LoginView, VerifyView};
use crate::output::{format_time, OUTBOX_NOTE};
use crate::prompt;
use crate::store::support::{self, Line};
use crate::store::Open;
use crate::{Failure, Outcome};

pub fn run(ctx: &Context, args: &LoginArgs) -> Result<Outcome> {
    let name = args.name.as_str();
    // What can be refused before anything is looked up.
    if let Some(label) = &args.trust_device {
        name::check_label(label).context("--trust-device")?;
    }
    let via = args.via.as_deref().map(str::parse::<Via>).transpose()?;
    let sender = Sender::new(args.delivery.message_template.clone(), args.delivery.ttl)?;

    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = match auth.account(name) {
        Ok(account) => account,
        Err(e) => {
            auth_login::unknown_account();
            return Err(e);
        }
    };
    let status = support::get(store.conn(), Line::Status)?;
    output::checklist::tell_status(&ctx.printer, status.as_deref());
    let mut login = Login {
        ctx,
        auth: &auth,
        account: &account,
        args,
        sender,
        interactive: ctx.may_prompt(),
        stdin: None,
        skipped: Vec::new(),
    };
    let answer = login.run(via);
    // The core's warnings are the operator's (a notice's address and gateway
    // output, a method id): the person is told only that something was recorded.
    if !auth.take_warnings().is_empty() {
        ctx.printer.warn("something went wrong on the service's side; it is recorded for the operator");
    }
    let mut answer = answer?;
    answer.view.service_status = status;
    Ok(ctx.printer.answer(&answer)?)
}

/// How the code step ended.
enum Step {
    Proved(Attempt),
    /// No code was given: one may have been sent for the next run.
    CodeRequired {
        way: Way,
        sent_to: Option<String>,
    },
    /// "I can't use any of these": the checklist was printed.
    GaveUp,
}

struct Login<'a> {
    ctx: &'a Context,
    auth: &'a Auth<'a>,
    account: &'a Account,
    args: &'a LoginArgs,
    sender: Sender,
    /// A person at a terminal may be asked; otherwise the flags say it all.
    interactive: bool,
    /// Lines of stdin not yet used (the password, then a code).
    stdin: Option<Zeroizing<Vec<String>>>,
    /// The ways (indices) the person left with "Try another way" at a terminal.
    skipped: Vec<usize>,
}

impl<'a> Login<'a> {
    fn name(&self) -> &'a str {
        &self.args.name
    }

    fn answer(&self, view: LoginView<'a>, said: Said) -> LoginAnswer<'a> {
        LoginAnswer { view, said }
    }

    /// A refused or locked attempt as the sign-in's answer.
    fn refused(&self, attempt: Attempt) -> LoginAnswer<'a> {
        let view = LoginView::new(VerifyView::of(self.name(), &attempt));
        self.answer(view, Said::Refused(attempt))
    }

    fn run(&mut self, mut via: Option<Via>) -> Result<LoginAnswer<'a>> {
        let (auth, account, name) = (self.auth, self.account, self.name());
        // A backoff does not stop a backup code; the hard lock stops everything.
        let mut backup_given = via == Some(Via::Kind(MethodKind::BackupCode))
            || self.args.code.as_deref().is_some_and(|c| matches!(parse_code(c), Ok(CodeInput::Backup(_))));
        let state = lockout::state(auth, auth.store.conn(), account, now())?;
        if matches!(state, Lockout::Waiting { .. })
            && !backup_given
            && self.interactive
            && self.offer_backup_code(state)?
        {
            (via, backup_given) = (Some(Via::Kind(MethodKind::BackupCode)), true);
        }
        match state {
            Lockout::Open => {}
            Lockout::Waiting { .. } if backup_given => {}
            state => return Ok(self.refused(Attempt::Locked { retry_after: state.retry_after(now()) })),
        }
        // A password during a backoff: see `backup_code_in_backoff`.
        let backoff = backup_given && matches!(state, Lockout::Waiting { .. }) && account.has_password;
        let mut password_right = true;
        // 1. The password.
        if account.has_password {
            let password = if self.args.password_stdin {
                let password = self.stdin_line("password")?;
                if password.is_empty() {
                    bail!("the password on stdin is empty");
                }
                password
            } else if self.interactive {
                prompt::password("Password", false)?
            } else {
                bail!("{name:?} has a password: pass --password-stdin and the password on stdin's first line");
            };
            if backoff {
                let attempt = auth_login::password_during_backoff(auth, account, &password, now())?;
                match attempt {
                    Attempt::Locked { .. } => return Ok(self.refused(attempt)),
                    // Counted; told only with the backup code's answer.
                    _ => password_right = attempt.accepted(),
                }
            } else {
                let attempt = auth_login::password(auth, account, &password, now())?;
                if !attempt.accepted() {
                    return Ok(self.refused(attempt));
                }
            }
        } else if self.args.password_stdin {
            // Read anyway, so that a code on the next line is where it was said to be.
            self.stdin_line("password")?;
            self.ctx.printer.warn(format_args!("{name:?} has no password; the one on stdin was not checked"));
        }

        if backoff {
            return self.backup_code_in_backoff(password_right);
        }

        // A recovery ticket stands in for the second factor, and sets up a new one.
        if let Some(given) = &self.args.ticket {
            return self.ticket(given);
        }

        if self.args.trust_device.is_some() {
            // Refused now, before a code is used up for a device that cannot be
            // trusted; in the person's words (the operator's error names counts and commands).
            if !devices::has_room(auth.store.conn(), account, now())? {
                bail!(
                    "this device cannot be trusted: the account has as many trusted devices as allowed; sign in \
                     without --trust-device, and ask to have one you no longer use removed"
                );
            }
        }

        // 2. A trusted device.
        let token = match &self.args.device_token_file {
            Some(path) => read_token_file(path)?,
            None if self.interactive
                && crate::store::devices::count_active(auth.store.conn(), account.id, now() as i64)? > 0 =>
            {
                Some(prompt::optional_secret("Device token of a trusted device (Enter if this one is not)")?)
                    .filter(|t| !t.trim().is_empty())
            }
            None => None,
        };
        let mut untrusted = false;
        if let Some(text) = token {
            if let Some(answer) = self.device(&text)? {
                return Ok(answer);
            }
            untrusted = true;
        }

        // 3. A code, from the preferred way or another one.
        let ways = auth_login::ways(auth, account)?;
        // A recovered account has no way in but its ticket: on a terminal, ask for it.
        if ways.is_empty()
            && self.interactive
            && crate::store::recovery::has_live_ticket(auth.store.conn(), account.id, now() as i64)?
        {
            self.ctx.printer.note("Sign in with the recovery ticket you were given.");
            return self.ticket("");
        }
        if ways.is_empty() {
            return Err(Failure::NoActiveMethod(name.to_owned()).into());
        }
        let first = match via {
            Some(via) => auth_login::resolve(auth, account, via, &ways)?,
            None => 0,
        };
        let step = match (&self.args.code, self.interactive) {
            (None, true) => self.ask(&ways, first)?,
            (code, _) => self.given(code.clone(), via, &ways[first])?,
        };
        let attempt = match step {
            Step::Proved(attempt) => attempt,
            Step::GaveUp => {
                let view = LoginView::new(VerifyView::refused(name, Refusal::NoUsableWay));
                return Ok(self.answer(view, Said::GaveUp));
            }
            Step::CodeRequired { way, sent_to } => return self.code_required(&way, sent_to, untrusted),
        };
        if !attempt.accepted() {
            return Ok(self.refused(attempt));
        }

        // 4. Signed in; trust this device?
        self.signed_in(attempt, &ways)
    }

    /// During a backoff at a terminal: a backup code still works, so that
    /// way is offered (to whoever knows the name, as the backoff is told to
    /// them: it says nothing of whether the account has backup codes).
    fn offer_backup_code(&self, state: Lockout) -> Result<bool> {
        let wait = state.retry_after(now()).unwrap_or_default();
        self.ctx.printer.note(format_args!(
            "Too many failed attempts: codes can be tried again in {wait} s. A backup code works now."
        ));
        prompt::confirm("Sign in with a backup code now?")
    }

    /// The rest of a sign-in with a password during a backoff: one backup
    /// code. The backoff is what slows guessing a password, so during it
    /// the password's verdict is never told alone: a wrong password, a
    /// right one with a wrong (or no) backup code, all get the backoff's
    /// own answer (exit 3, its wait), each wrong one counted towards the
    /// hard lock; only both right sign in. A guesser learns nothing new
    /// without also guessing a 50-bit backup code; the owner gets in.
    fn backup_code_in_backoff(&mut self, password_right: bool) -> Result<LoginAnswer<'a>> {
        let (auth, account) = (self.auth, self.account);
        let typed = match self.args.code.clone() {
            Some(code) if code == "-" => self.stdin_line("code")?,
            Some(code) => Zeroizing::new(code),
            None if self.interactive => Zeroizing::new(prompt::code("Backup code")?),
            None => return self.wait_answer(),
        };
        // Refused by its shape alone, whatever the password or the account.
        let code = parse_code(&typed)?;
        if matches!(&code, CodeInput::Digits(d) if ScratchCode::parse(d).is_none()) {
            let why = "a backup code has 10 letters and digits, like xxxxx-xxxxx";
            return Err(Failure::Malformed(why.to_owned()).into());
        }
        let has_codes = auth_login::ways(auth, account)?.iter().any(|w| matches!(w, Way::Backup { .. }));
        if !password_right || !has_codes {
            // The time a backup code's check takes (one argon2id), not spent on one.
            auth_login::unknown_account();
            return self.wait_answer();
        }
        let attempt = verify::attempt(auth, account, Ways::Every, None, &code, auth_login::ACTION, now())?;
        if attempt.accepted() {
            let ways = auth_login::ways(auth, account)?;
            return self.signed_in(attempt, &ways);
        }
        self.wait_answer()
    }

    /// The backoff's answer (exit 3, the wait left; the hard lock if it began).
    fn wait_answer(&self) -> Result<LoginAnswer<'a>> {
        let state = lockout::state(self.auth, self.auth.store.conn(), self.account, now())?;
        self.ctx
            .printer
            .note("Not signed in: while sign-in waits, only the right password with an unused backup code gets in.");
        Ok(self.refused(Attempt::Locked { retry_after: state.retry_after(now()) }))
    }

    /// A recovery ticket's sign-in: the ticket (stdin with `-`, else a
    /// hidden prompt), then a new authenticator app shown to the person and
    /// confirmed by its first code, which uses the ticket up. Without a
    /// code (and no terminal), the app's URI is the answer (exit 2) and the
    /// ticket still works: a second run with `--code` confirms the same app.
    fn ticket(&mut self, given: &str) -> Result<LoginAnswer<'a>> {
        let (auth, account, name, p) = (self.auth, self.account, self.name(), &self.ctx.printer);
        let text = match given {
            "-" => self.stdin_line("recovery ticket")?,
            "" if self.interactive => prompt::password("Recovery ticket", false)?,
            "" => bail!("--ticket: no terminal to ask on: pass --ticket - and the ticket on stdin"),
            _ => bail!("--ticket takes - (stdin) or no value (a prompt): a ticket is never put on the command line"),
        };
        let ticket = Ticket::parse(&text).map_err(|e| Failure::Malformed(e.to_string()))?;
        let given_code = match self.args.code.as_deref() {
            Some("-") => Some(self.stdin_line("code")?),
            Some(code) => Some(Zeroizing::new(code.to_owned())),
            None => None,
        };
        let digits = |typed: &str| code::parse(typed).and_then(CodeInput::into_digits);
        if let Some(typed) = given_code {
            let code =
                digits(&typed).map_err(|e| Failure::Malformed(format!("code refused before any lookup: {e}")))?;
            let attempt = auth_recovery::ticket_confirm(auth, account, &ticket, &code, now())?;
            return Ok(self.ticket_answer(attempt));
        }
        let app = match auth_recovery::ticket_app(auth, account, &ticket, now())? {
            Ok(app) => app,
            Err(refused) => return Ok(self.refused(refused)),
        };
        let uri = new_app_uri(name, &app.seed);
        let until = app.request.ticket_expires_at.map(format_time).unwrap_or_default();
        if !self.interactive || p.json {
            let verify = VerifyView {
                method_id: Some(app.method.id),
                kind: Some(MethodKind::Totp),
                ..VerifyView::refused(name, Refusal::CodeRequired)
            };
            let view = LoginView { recovery_ticket: true, uri: Some(uri.clone()), ..LoginView::new(verify) };
            let next = format!(
                "add the app from the otpauth:// URI above to your authenticator, then run again with --ticket - \
                 and --code CODE (the ticket works until {until} UTC)"
            );
            return Ok(self.answer(view, Said::TicketApp { uri, next }));
        }
        let confirm = |code: &str| auth_recovery::ticket_confirm(auth, account, &ticket, code, now());
        match self.show_app(&uri, &app.seed, confirm)? {
            Some(attempt) => Ok(self.ticket_answer(attempt)),
            None => {
                p.note(format_args!(
                    "Not signed in. The ticket still works until {until} UTC: sign in with it again to finish."
                ));
                let verify = VerifyView::refused(name, Refusal::CodeRequired);
                let view = LoginView { recovery_ticket: true, ..LoginView::new(verify) };
                Ok(self.answer(view, Said::GaveUp))
            }
        }
    }

    /// Shows a new authenticator app on the person's screen (URI, QR code,
    /// secret) and asks for its first code until `confirm` accepts one or a
    /// refusal ends it (the lockout, a used ticket): that attempt; `None`
    /// when the person stops with an empty answer. Used by a ticket's
    /// sign-in and by the new app offered after a fallback sign-in.
    fn show_app(
        &self,
        uri: &str,
        seed: &Seed,
        mut confirm: impl FnMut(&str) -> Result<Attempt>,
    ) -> Result<Option<Attempt>> {
        let (auth, account, name, p) = (self.auth, self.account, self.name(), &self.ctx.printer);
        p.line(uri)?;
        p.line(qr::to_terminal(uri)?)?;
        p.line(format_args!("Secret (to type in by hand): {}", seed.to_base32()))?;
        p.note("Scan the QR code (or type the secret) into your authenticator app, on your phone.");
        loop {
            let typed = Zeroizing::new(prompt::code("Code from the app (empty to stop here)")?);
            if typed.trim().is_empty() {
                return Ok(None);
            }
            let code = match code::parse(&typed).and_then(CodeInput::into_digits) {
                Ok(code) => code,
                Err(e) => {
                    p.note(format_args!("refused: {e}"));
                    continue;
                }
            };
            let attempt = confirm(&code)?;
            if attempt.accepted() || matches!(attempt, Attempt::Locked { .. }) {
                return Ok(Some(attempt));
            }
            tell_person(p, name, &attempt);
            if let Some(locked) = lockout::holds(auth, auth.store.conn(), account, now())? {
                return Ok(Some(locked));
            }
            if attempt.refusal() != Some(Refusal::WrongCode) {
                return Ok(Some(attempt));
            }
        }
    }

    /// The end of a ticket's sign-in: signed in with the new app, or refused.
    fn ticket_answer(&self, attempt: Attempt) -> LoginAnswer<'a> {
        if !attempt.accepted() {
            let mut answer = self.refused(attempt);
            answer.view.recovery_ticket = true;
            return answer;
        }
        let view = LoginView {
            recovery_ticket: true,
            next_steps: auth_login::RECOVERED.to_vec(),
            ..LoginView::new(VerifyView::of(self.name(), &attempt))
        };
        let label = attempt.method().map(|m| m.label.clone()).unwrap_or_default();
        let with = format!("a recovery ticket; the new authenticator app {label:?} is set up");
        self.answer(view, Said::SignedIn { with, token: None, remaining: None })
    }

    /// The next line of stdin, which is read whole the first time.
    fn stdin_line(&mut self, what: &str) -> Result<Zeroizing<String>> {
        if self.stdin.is_none() {
            let mut lines = prompt::read_stdin_lines(what)?;
            lines.reverse();
            self.stdin = Some(lines);
        }
        match self.stdin.as_mut().and_then(|lines| lines.pop()) {
            Some(line) => Ok(Zeroizing::new(line)),
            None => bail!("no {what} on stdin"),
        }
    }

    /// Checks the offered device token. `Some` when that settles the sign-in
    /// (trusted); `None` to go on with a code.
    fn device(&self, text: &str) -> Result<Option<LoginAnswer<'a>>> {
        let (p, name) = (&self.ctx.printer, self.name());
        let from = self.args.device_token_file.as_ref().map_or_else(String::new, |f| format!(" in {}", f.display()));
        let token = match DeviceToken::parse(text) {
            Ok(token) => token,
            Err(e) => {
                p.warn(format_args!("the device token{from} is refused ({e}): sign in with a code"));
                return Ok(None);
            }
        };
        match auth_login::device(self.auth, self.account, &token, now())? {
            DeviceStep::SignedIn(d) => {
                let verify = VerifyView { verified: true, ..VerifyView::new(name) };
                let view = LoginView { trusted_device: true, device_id: Some(d.id), ..LoginView::new(verify) };
                Ok(Some(self.answer(view, Said::TrustedDevice { device: d.name })))
            }
            DeviceStep::Locked(locked) => Ok(Some(self.refused(locked))),
            DeviceStep::NotTrusted(checked) => {
                if checked.voided_token.is_some() {
                    p.warn("this device token was replaced and presented again, so a copy of it was probably stolen; the device is no longer trusted");
                }
                if let Err(why) = checked.standing {
                    p.note(format_args!("This device is not trusted{from}: {why}. Sign in with a code."));
                }
                Ok(None)
            }
        }
    }

    /// Without a terminal (or with `--code` on one): the code from the flag
    /// or stdin, checked against the way `--via` names or, without it, as
    /// `verify` checks it. No code: a sent-code way is sent one.
    fn given(&mut self, code: Option<String>, via: Option<Via>, way: &Way) -> Result<Step> {
        let typed = match code.as_deref() {
            Some("-") => self.stdin_line("code")?,
            Some(code) => Zeroizing::new(code.to_owned()),
            None => {
                let sent_to = match way {
                    Way::Sent(m) => Some(self.send_scripted(m)?),
                    _ => None,
                };
                return Ok(Step::CodeRequired { way: way.clone(), sent_to });
            }
        };
        let code = parse_code(&typed)?;
        let backup_wanted = via == Some(Via::Kind(MethodKind::BackupCode));
        let malformed = |why: &str| -> Result<Step> { Err(Failure::Malformed(why.to_owned()).into()) };
        match (&code, via) {
            (CodeInput::Backup(_), Some(_)) if !backup_wanted => {
                return malformed("a backup code was given, but --via names another way: use --via backup_code")
            }
            (CodeInput::Digits(d), _) if backup_wanted && !self.takes_scratch_code(d)? => {
                return malformed("--via backup_code: a backup code has 10 letters and digits, like xxxxx-xxxxx")
            }
            _ => {}
        }
        // A method named by id is the one asked for: an app's prompt takes any app's code.
        let (ways, asked) = match via {
            Some(Via::Kind(kind)) if !backup_wanted => (Ways::Kind(kind), None),
            Some(Via::Method(_)) => way.checks(),
            _ => (Ways::Every, None),
        };
        let attempt = verify::attempt(self.auth, self.account, ways, asked, &code, auth_login::ACTION, now());
        Ok(Step::Proved(attempt.map_err(|e| match e.downcast_ref::<Failure>() {
            // Told to whoever knows the name: a dead end with whom to ask, not the operator's command.
            Some(Failure::NoBackupCodes(name)) => {
                Failure::NoWay { account: name.clone(), what: "backup code".into() }.into()
            }
            _ => e,
        })?))
    }

    /// Whether these digits may be one of the account's imported
    /// google-authenticator scratch codes (8 digits), taken as backup codes.
    fn takes_scratch_code(&self, digits: &str) -> Result<bool> {
        Ok(ScratchCode::parse(digits).is_some() && backup_codes::takes_scratch_codes(self.auth, self.account)?)
    }

    /// Sends a code for a later run with `--code`; its masked address.
    fn send_scripted(&self, m: &Method) -> Result<String> {
        match sent_codes::send(self.auth, self.account, m, &self.sender, now())? {
            SendOutcome::Sent(s) => {
                self.tell_sent(m, s.expires_at, s.result);
                Ok(masked(m))
            }
            SendOutcome::Throttled { retry_after } => {
                let what = match self.last_send_failed(m)? {
                    true => format!("no code could be sent to {} just now: sign in another way", masked(m)),
                    false => format!("no new code was sent to {}: use the last one with --code", masked(m)),
                };
                Err(anyhow::Error::from(Failure::Throttled { retry_after }).context(what))
            }
            SendOutcome::Failed { .. } => Err(Failure::Undelivered(not_sent(m)).into()),
        }
    }

    /// Whether the last message to this method did not go out, so that a
    /// throttled resend has no code to point to.
    fn last_send_failed(&self, m: &Method) -> Result<bool> {
        let last = crate::store::deliveries::last_for_method(self.auth.store.conn(), m.id)?;
        Ok(last.is_some_and(|d| d.result != DeliveryResult::Pending && !d.result.is_ok()))
    }

    fn tell_sent(&self, m: &Method, expires_at: u64, result: DeliveryResult) {
        let p = &self.ctx.printer;
        if result == DeliveryResult::Outbox {
            p.note(OUTBOX_NOTE);
        }
        p.note(format_args!(
            "A code was sent by {} to {}; it expires at {} UTC.",
            channel(m.kind),
            masked(m),
            format_time(expires_at as i64)
        ));
    }

    /// No code was given and none could be asked for: exit 2 naming
    /// `--code`, or 1 when an offered device was not trusted.
    fn code_required(&self, way: &Way, sent_to: Option<String>, untrusted: bool) -> Result<LoginAnswer<'a>> {
        let next = match (way, &sent_to) {
            (Way::Sent(m), Some(_)) => format!("run again with --via {} --code CODE and the code that was sent", m.id),
            (Way::Backup { .. }, _) => "pass --via backup_code --code CODE".to_owned(),
            _ => format!("pass --code CODE ({})", choice(way).to_lowercase()),
        };
        let refusal = if untrusted { Refusal::UntrustedDevice } else { Refusal::CodeRequired };
        if untrusted {
            auth_login::record_refusal(self.auth, self.account, refusal, now())?;
        }
        let verify = VerifyView {
            method_id: way.method().map(|m| m.id),
            kind: Some(way.method().map_or(MethodKind::BackupCode, |m| m.kind)),
            ..VerifyView::refused(self.name(), refusal)
        };
        Ok(self.answer(LoginView { sent_to, ..LoginView::new(verify) }, Said::CodeRequired { next, untrusted }))
    }

    /// On a terminal: the code prompt for the current way, and on Enter
    /// alone the "Try another way" menu, until a code is accepted, the
    /// lockout stops it, or the person gives up. A code of any active
    /// method is taken at any prompt, as `verify` takes it.
    fn ask(&mut self, ways: &[Way], first: usize) -> Result<Step> {
        let p = &self.ctx.printer;
        let mut current = first;
        let mut send = matches!(ways[current], Way::Sent(_));
        loop {
            if send {
                send = false;
                if let Way::Sent(m) = &ways[current] {
                    if !self.send_interactive(m)? {
                        let Some(next) = self.another_way(ways, current)? else { return self.give_up() };
                        self.leave(current, next.0);
                        (current, send) = next;
                        continue;
                    }
                }
            }
            let typed = Zeroizing::new(prompt::code(&question(&ways[current]))?);
            if typed.trim().is_empty() {
                let Some(next) = self.another_way(ways, current)? else { return self.give_up() };
                self.leave(current, next.0);
                (current, send) = next;
                continue;
            }
            let code = match parse_code(&typed) {
                Ok(code) => code,
                Err(e) => {
                    p.note(format_args!("refused: {}", e.root_cause()));
                    continue;
                }
            };
            let digits_for_backup = match (&code, &ways[current]) {
                (CodeInput::Digits(d), Way::Backup { .. }) => !self.takes_scratch_code(d)?,
                _ => false,
            };
            if digits_for_backup {
                p.note("refused: a backup code has 10 letters and digits, like xxxxx-xxxxx");
                continue;
            }
            let (checks, asked) = ways[current].checks();
            let attempt = verify::attempt(self.auth, self.account, checks, asked, &code, auth_login::ACTION, now())?;
            if attempt.accepted() {
                return Ok(Step::Proved(attempt));
            }
            // A failure that started a lockout ends the sign-in here (exit 3).
            let locked = match attempt {
                Attempt::Locked { .. } => Some(attempt),
                refused => {
                    tell_person(p, self.name(), &refused);
                    lockout::holds(self.auth, self.auth.store.conn(), self.account, now())?
                }
            };
            if let Some(locked) = locked {
                return Ok(Step::Proved(locked));
            }
        }
    }

    /// Notes that the person went from one way to another ("Try another way").
    fn leave(&mut self, current: usize, next: usize) {
        if next != current && !self.skipped.contains(&current) {
            self.skipped.push(current);
        }
    }

    /// Sends a code on a terminal; false when it could not go out.
    fn send_interactive(&self, m: &Method) -> Result<bool> {
        let p = &self.ctx.printer;
        match sent_codes::send(self.auth, self.account, m, &self.sender, now())? {
            SendOutcome::Sent(s) => {
                self.tell_sent(m, s.expires_at, s.result);
                Ok(true)
            }
            // The last one did not go out: there is none to use, so another way is offered.
            SendOutcome::Throttled { retry_after } if self.last_send_failed(m)? => {
                p.warn(format_args!(
                    "the last code could not be sent by {} to {}, and a new one can be sent only in {retry_after} s; \
                     try another way",
                    channel(m.kind),
                    masked(m)
                ));
                Ok(false)
            }
            SendOutcome::Throttled { retry_after } => {
                p.note(format_args!(
                    "A code was sent to {} less than a minute ago: use that one (a new one can be sent in {retry_after} s).",
                    masked(m)
                ));
                Ok(true)
            }
            SendOutcome::Failed { .. } => {
                p.warn(not_sent(m));
                Ok(false)
            }
        }
    }

    /// The "Try another way" menu: the way chosen and whether to send it a
    /// code first; `None` when the person can use none of them.
    fn another_way(&self, ways: &[Way], current: usize) -> Result<Option<(usize, bool)>> {
        let mut choices: Vec<(String, Choice)> = Vec::new();
        if let Way::Sent(m) = &ways[current] {
            let text = format!("Send a new code by {} to {}", channel(m.kind), masked(m));
            choices.push((text, Choice::Resend));
        }
        // One entry for the apps: any active app's code is taken at an app's prompt.
        let mut apps_listed = matches!(ways[current], Way::App(_));
        for (i, way) in ways.iter().enumerate().filter(|(i, _)| *i != current) {
            if matches!(way, Way::App(_)) && std::mem::replace(&mut apps_listed, true) {
                continue;
            }
            choices.push((choice(way), Choice::Way(i)));
        }
        let items: Vec<&str> =
            choices.iter().map(|(text, _)| text.as_str()).chain(["I can't use any of these"]).collect();
        let picked = prompt::select("Try another way", &items)?;
        Ok(match choices.get(picked).map(|(_, choice)| *choice) {
            Some(Choice::Way(i)) => Some((i, matches!(ways[i], Way::Sent(_)))),
            Some(Choice::Resend) => Some((current, true)),
            None => None,
        })
    }

    /// "I can't use any of these": the person's checklist, and no sign-in.
    fn give_up(&self) -> Result<Step> {
        let now = now();
        auth_login::record_refusal(self.auth, self.account, Refusal::NoUsableWay, now)?;
        let conn = self.auth.store.conn();
        let support = std::env::var(auth_checklist::SUPPORT_ENV).ok();
        // The person's checklist, not the operator's: whoever knows a name may be here.
        let items = auth_checklist::person(conn, self.account, support.as_deref(), self.auth.source, now)?;
        // Told, not answered: the sign-in's own answer follows (alone, with --json).
        if !self.ctx.printer.json {
            output::checklist::tell_person(&self.ctx.printer, &items)?;
        }
        Ok(Step::GaveUp)
    }

    /// After a code: a device trusted if asked for, and the answer.
    fn signed_in(&self, attempt: Attempt, ways: &[Way]) -> Result<LoginAnswer<'a>> {
        let label = match &self.args.trust_device {
            Some(label) => Some(label.clone()),
            None if self.interactive => {
                if prompt::confirm("Trust this device? No code will be asked for here for 30 days")? {
                    let label = prompt::text("A name for this device", "terminal")?;
                    name::check_label(&label).context("the device name")?;
                    Some(label)
                } else {
                    None
                }
            }
            None => None,
        };
        let trusted = match label {
            Some(label) => self.trust(&label)?,
            None => None,
        };
        let mut next_steps = auth_login::next_steps(ways, &attempt);
        // The answer's JSON tells a script what to do; a person at a terminal is offered it here.
        if self.interactive && !self.ctx.printer.json {
            let lost = self.lost(ways, &attempt);
            if !lost.is_empty() && self.after_fallback(&lost)? {
                next_steps.retain(|step| *step != auth_login::LOST_PHONE);
            }
        }
        let token = trusted.as_ref().map(|(_, token)| token.encode().as_str().to_owned());
        let view = LoginView {
            device_id: trusted.as_ref().map(|(id, _)| *id),
            device_token: token.clone(),
            next_steps,
            ..LoginView::new(VerifyView::of(self.name(), &attempt))
        };
        let said = Said::SignedIn {
            with: attempt.factor().map(signed_in_with).unwrap_or_default(),
            token: token.filter(|_| self.args.device_token_file.is_none()),
            remaining: attempt.backup_codes_remaining(),
        };
        Ok(self.answer(view, said))
    }

    /// The methods this sign-in suggests the person can no longer use, so
    /// that removing them may be offered: the ways they left with "Try
    /// another way" here (every app for the apps' prompt, which takes any
    /// app's code), and every app after a backup code (a lost phone takes
    /// its apps with it); never the method just used. Only what happened in
    /// this sign-in counts: nothing is guessed from earlier ones. Nothing
    /// after a sign-in by a sent code: whoever took over the phone number
    /// (a SIM swap) must not be offered to remove the holder's other ways.
    fn lost(&self, ways: &[Way], attempt: &Attempt) -> Vec<Method> {
        if attempt.method().is_some_and(|m| m.kind.is_restricted()) {
            return Vec::new();
        }
        let apps_lost = matches!(attempt.factor(), Some(Factor::BackupCode { .. }))
            || self.skipped.iter().any(|&i| matches!(ways[i], Way::App(_)));
        let used = attempt.method().map(|m| m.id);
        ways.iter()
            .enumerate()
            .filter(|(i, way)| match way {
                Way::App(_) => apps_lost,
                Way::Sent(_) => self.skipped.contains(i),
                Way::Backup { .. } => false,
            })
            .filter_map(|(_, way)| way.method())
            .filter(|m| Some(m.id) != used)
            .cloned()
            .collect()
    }

    /// After a fallback sign-in, at a terminal: a new authenticator app set
    /// up on the person's screen (when an app is lost or none other is set
    /// up), then the lost methods removed, each only if asked for. The new
    /// app comes first so that, once confirmed, it counts as a way in; a
    /// method is offered for removal only while another way in (an active
    /// method or an unused backup code) remains without it, so no answer
    /// here locks the person out. True when a new app was set up and no
    /// lost app remains.
    fn after_fallback(&self, lost: &[Method]) -> Result<bool> {
        let (auth, account, p) = (self.auth, self.account, &self.ctx.printer);
        // A new app when an app is lost, or when no other app is set up.
        let lost_app = lost.iter().any(|m| m.app.is_some());
        let other_app = auth_login::ways(auth, account)?
            .iter()
            .any(|w| matches!(w, Way::App(m) if !lost.iter().any(|l| l.id == m.id)));
        let set_up =
            (lost_app || !other_app) && prompt::confirm("Set up a new authenticator app now?")? && self.new_app()?;
        let mut removed = Vec::new();
        for m in lost {
            let left = auth_login::ways(auth, account)?;
            let still_there = left.iter().any(|w| w.method().is_some_and(|o| o.id == m.id));
            let another = left.iter().any(|w| w.method().is_none_or(|o| o.id != m.id));
            if !still_there || !another {
                continue;
            }
            let what = lost_method(m);
            if prompt::confirm(&format!("Remove {what}? It will no longer sign you in"))? {
                enroll::remove(auth, account, m, now())?;
                p.note(format_args!("Removed {what}."));
                removed.push(m.id);
            }
        }
        Ok(set_up && lost.iter().filter(|m| m.app.is_some()).all(|m| removed.contains(&m.id)))
    }

    /// A new authenticator app, pending until its first code is typed (as
    /// a ticket's is); true once confirmed. Stopped or refused, the pending
    /// app is removed again.
    fn new_app(&self) -> Result<bool> {
        let (auth, account, name, p) = (self.auth, self.account, self.name(), &self.ctx.printer);
        let seed = Seed::generate();
        let app = App::Totp {
            params: auth_recovery::APP_PARAMS,
            period: auth_recovery::APP_PERIOD,
            window: 1,
            state: TotpState::default(),
        };
        let method = enroll::app(auth, name, None, app, &seed, Status::Pending, now())?.method;
        let confirm = |code: &str| enroll::confirm(auth, account, code, Some(method.id), now());
        match self.show_app(&new_app_uri(name, &seed), &seed, confirm)? {
            Some(attempt) if attempt.accepted() => {
                p.note(format_args!("The new authenticator app {:?} is set up.", method.label));
                Ok(true)
            }
            stopped => {
                if let Some(refused) = stopped.filter(|a| matches!(a, Attempt::Locked { .. })) {
                    tell_person(p, name, &refused);
                }
                enroll::remove(auth, account, &method, now())?;
                p.note("No new authenticator app was set up.");
                Ok(false)
            }
        }
    }

    /// Trusts this device: the token goes to `--device-token-file` (0600) if
    /// given. The sign-in has succeeded, so a failure here is a warning.
    fn trust(&self, label: &str) -> Result<Option<(i64, DeviceToken)>> {
        let p = &self.ctx.printer;
        let ttl = parse_ttl(DEFAULT_TTL)?;
        let (added, token) = match devices::trust(self.auth, self.name(), label, ttl, now()) {
            Ok(trusted) => trusted,
            Err(e) => {
                p.warn(format_args!("signed in, but this device was not trusted: {e:#}"));
                return Ok(None);
            }
        };
        let until = format_time(added.expires_at);
        match &self.args.device_token_file {
            Some(path) => match write_token_file(path, &token) {
                Ok(()) => p.note(format_args!(
                    "Trusted this device as {label:?} until {until} UTC; its token is in {}.",
                    path.display()
                )),
                Err(e) => {
                    p.warn(format_args!("{e:#}: the token is printed instead"));
                    if !p.json {
                        p.line(token.encode().as_str())?;
                    }
                }
            },
            None => p.note(format_args!("Trusted this device as {label:?} until {until} UTC.")),
        }
        Ok(Some((added.id, token)))
    }
}

/// The `otpauth://` URI of a new app set up at sign-in (a ticket's, or one
/// offered after a fallback sign-in).
fn new_app_uri(name: &str, seed: &Seed) -> String {
    uri::otpauth(UriKind::Totp { period: auth_recovery::APP_PERIOD }, "tfa", name, seed, auth_recovery::APP_PARAMS)
}

#[derive(Debug, Clone, Copy)]
enum Choice {
    /// Another way, by index.
    Way(usize),
    /// A new code to the current sent-code method.
    Resend,
}
