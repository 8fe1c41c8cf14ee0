//! `tfa login`: the whole sign-in. The password, if the account has one; a
//! trusted device, if a token is offered; otherwise a code from the
//! preferred method, with "Try another way"; then "Trust this device?".
//!
//! The checks are the ones `verify`, `backup-codes use` and `device check`
//! make (`verify::attempt`, `backup_codes::attempt`, `device::check_token`),
//! recorded in the audit log as `login`, and counted by the same lockout.

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use zeroize::Zeroizing;

use super::send::OUTBOX_NOTE;
use super::sent::{self, SendOutcome, Sender};
use super::verify::{self, Checked, Ways};
use super::{backup_codes, checklist, device, find_account, guard, now, Context};
use crate::cli::LoginArgs;
use crate::core::backup_code::BackupCode;
use crate::core::code::{self, CodeInput};
use crate::core::device::{parse_ttl, DeviceToken, Untrusted, DEFAULT_TTL};
use crate::core::mask;
use crate::core::method::{MethodKind, Status};
use crate::core::name;
use crate::crypto;
use crate::output::format_time;
use crate::output::secret_file;
use crate::output::views::{LoginView, VerifyView};
use crate::prompt;
use crate::store::accounts::{self, Account};
use crate::store::backup_codes::Consumed;
use crate::store::deliveries::Route;
use crate::store::events::{self, Event};
use crate::store::methods::{self, Method};
use crate::store::{devices, Open, Store};
use crate::{Failure, Outcome};

/// A device token file longer than this is not one tfa wrote.
const MAX_TOKEN_FILE: u64 = 4096;

pub fn run(ctx: &Context, args: &LoginArgs) -> Result<Outcome> {
    let name = args.name.as_str();
    // What can be refused before anything is looked up.
    if let Some(label) = &args.trust_device {
        name::check_label(label).context("--trust-device")?;
    }
    let via = args.via.as_deref().map(Via::parse).transpose()?;
    let sender = Sender::from_args(ctx.delivery.clone(), &args.delivery)?;

    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let mut login =
        Login { ctx, store: &store, account: &account, name, args, sender, interactive: ctx.may_prompt(), stdin: None };
    let result = login.run(via);
    result.map_err(|e| login.report_locked(e))
}

/// What `--via` names: a kind of method, or one method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    Kind(MethodKind),
    Method(i64),
}

impl Via {
    fn parse(text: &str) -> Result<Via> {
        if let Ok(id) = text.parse::<i64>() {
            return Ok(Via::Method(id));
        }
        text.parse::<MethodKind>().map(Via::Kind).map_err(|_| {
            anyhow::anyhow!(
                "--via {text:?}: expected totp, hotp, sms, whatsapp, email, backup_code, or a method id \
                 (`tfa methods NAME` lists them)"
            )
        })
    }
}

/// One way to give the second factor.
#[derive(Debug, Clone)]
enum Way {
    /// An authenticator app (TOTP or HOTP): it makes its own codes.
    App(Method),
    /// SMS, WhatsApp or email: a code is sent first.
    Sent(Method),
    /// One of the account's unused backup codes.
    Backup { remaining: i64 },
}

impl Way {
    fn method(&self) -> Option<&Method> {
        match self {
            Way::App(m) | Way::Sent(m) => Some(m),
            Way::Backup { .. } => None,
        }
    }

    /// The method's address as it may be shown: `•••• 6789`, `a•••@example.com`.
    fn masked(m: &Method) -> String {
        match (m.kind, m.address.as_deref()) {
            (MethodKind::Email, Some(address)) => mask::email(address),
            (_, Some(number)) => mask::phone(number),
            (_, None) => String::new(),
        }
    }

    fn channel(kind: MethodKind) -> &'static str {
        match kind {
            MethodKind::Sms => "SMS",
            MethodKind::Whatsapp => "WhatsApp",
            _ => "email",
        }
    }

    /// The item in the "Try another way" menu.
    fn choice(&self) -> String {
        match self {
            Way::App(m) => format!("Get a code from the authenticator app {:?}", m.label),
            Way::Sent(m) => format!("Send a code by {} to {}", Self::channel(m.kind), Self::masked(m)),
            Way::Backup { remaining } => format!("Use a backup code ({remaining} left)"),
        }
    }

    /// The question at the code prompt.
    fn question(&self) -> String {
        let what = match self {
            Way::App(m) => format!("Code from the authenticator app {:?}", m.label),
            Way::Sent(m) => format!("Code sent by {} to {}", Self::channel(m.kind), Self::masked(m)),
            Way::Backup { .. } => "Backup code".to_owned(),
        };
        format!("{what} (Enter alone: try another way)")
    }

    /// The methods a digit code for this way is checked against.
    fn ways(&self) -> Option<Ways> {
        self.method().map(|m| Ways::Method(m.id))
    }
}

/// A second factor given and checked.
enum Proof {
    Code(Checked),
    Backup(Consumed),
}

impl Proof {
    fn view<'a>(&'a self, name: &'a str) -> VerifyView<'a> {
        match self {
            Proof::Code(checked) => checked.view(name),
            Proof::Backup(consumed) => backup_codes::verify_view(name, *consumed),
        }
    }

    fn accepted(&self) -> bool {
        match self {
            Proof::Code(checked) => checked.accepted(),
            Proof::Backup(consumed) => matches!(consumed, Consumed::Accepted { .. }),
        }
    }

    /// What signed in, in words: "the authenticator app "phone"".
    fn with(&self) -> String {
        match self {
            Proof::Code(Checked { method: Some(m), .. }) => match m.kind {
                MethodKind::Totp | MethodKind::Hotp => format!("the authenticator app {:?}", m.label),
                kind => format!("a code sent by {} to {}", Way::channel(kind), Way::masked(m)),
            },
            Proof::Code(_) => "a code".to_owned(),
            Proof::Backup(Consumed::Accepted { remaining }) => format!("a backup code ({remaining} left)"),
            Proof::Backup(_) => "a backup code".to_owned(),
        }
    }

    fn tell(&self, ctx: &Context) {
        match self {
            Proof::Code(checked) => checked.tell(ctx),
            Proof::Backup(consumed) => backup_codes::tell(ctx, *consumed, "backup code accepted"),
        }
    }
}

/// How the code step ended.
enum Step {
    Proved(Proof),
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
    store: &'a Store,
    account: &'a Account,
    name: &'a str,
    args: &'a LoginArgs,
    sender: Sender,
    /// A person at a terminal may be asked; otherwise the flags say it all.
    interactive: bool,
    /// Lines of stdin not yet used (the password, then a code).
    stdin: Option<Zeroizing<Vec<String>>>,
}

impl Login<'_> {
    fn run(&mut self, via: Option<Via>) -> Result<Outcome> {
        let (ctx, name) = (self.ctx, self.name);
        guard::ensure_open(self.store.conn(), self.account, now())?;
        if self.args.trust_device.is_some() {
            // Refused now, before a code is used up for a device that cannot be trusted.
            device::ensure_room(self.store.conn(), self.account, now() as i64)?;
        }

        // 1. The password.
        if self.account.has_password {
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
            if !self.password_ok(&password)? {
                return Ok(Outcome::Refused);
            }
        } else if self.args.password_stdin {
            // Read anyway, so that a code on the next line is where it was said to be.
            self.stdin_line("password")?;
            ctx.printer.warn(format_args!("{name:?} has no password; the one on stdin was not checked"));
        }

        // 2. A trusted device.
        let token = match &self.args.device_token_file {
            Some(path) => read_token_file(path)?,
            None if self.interactive
                && devices::count_active(self.store.conn(), self.account.id, now() as i64)? > 0 =>
            {
                Some(prompt::optional_secret("Device token of a trusted device (Enter if this one is not)")?)
                    .filter(|t| !t.trim().is_empty())
            }
            None => None,
        };
        let mut untrusted = false;
        if let Some(text) = token {
            if let Some(outcome) = self.device(&text)? {
                return Ok(outcome);
            }
            untrusted = true;
        }

        // 3. A code, from the preferred method or another way.
        let ways = self.ways()?;
        if ways.is_empty() {
            return Err(Failure::NoActiveMethod(name.to_owned()).into());
        }
        let first = match via {
            Some(via) => self.resolve(via, &ways)?,
            None => 0,
        };
        let step = match (&self.args.code, self.interactive) {
            (None, true) => self.ask(&ways, first)?,
            (code, _) => self.given(code.clone(), via, &ways[first])?,
        };
        let proof = match step {
            Step::Proved(proof) => proof,
            Step::GaveUp => return Ok(Outcome::Refused),
            Step::CodeRequired { way, sent_to } => return self.code_required(&way, sent_to, untrusted),
        };
        if !proof.accepted() {
            let p = &ctx.printer;
            if p.json {
                p.json(&LoginView::new(proof.view(name)))?;
            } else {
                proof.tell(ctx);
            }
            return Ok(Outcome::Refused);
        }

        // 4. Signed in; trust this device?
        self.signed_in(&proof)
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

    /// Checks the password (one argon2id, before any lock is taken); a wrong
    /// one counts as a failure and says nothing of the second factor. The
    /// answer is given only after the lockout is checked again under the
    /// write lock, so guesses run in parallel learn nothing past the limit.
    fn password_ok(&self, password: &str) -> Result<bool> {
        let hash = accounts::password_hash(self.store.conn(), self.account.id)?.unwrap_or_default();
        if crypto::verify_password(password.as_bytes(), &hash) {
            let tx = self.store.immediate()?;
            guard::ensure_open(&tx, self.account, now())?;
            return Ok(true);
        }
        self.record_failure("wrong_password")?;
        let p = &self.ctx.printer;
        if p.json {
            p.json(&LoginView::new(VerifyView::refused(self.name, "wrong_password")))?;
        } else {
            p.note("refused: wrong password");
        }
        Ok(false)
    }

    /// Records a refused login that counts towards the lockout.
    fn record_failure(&self, reason: &str) -> Result<()> {
        let now = now();
        let tx = self.store.immediate()?;
        guard::ensure_open(&tx, self.account, now)?;
        let event =
            Event { account: self.name, method_id: None, action: "login", outcome: "refused", reason: Some(reason) };
        events::record(&tx, &event, now as i64)?;
        let locked_out = guard::after_attempt(&tx, self.account, false, now)?;
        tx.commit().context("cannot record the failed sign-in")?;
        if locked_out {
            super::notify::send(self.ctx, self.store, self.account, &super::notify::Notice::LockedOut, now);
        }
        Ok(())
    }

    /// Records a login event that is not a code's (a trusted device, giving
    /// up); a success resets the failure count, a refusal does not add to it.
    fn record(&self, outcome: &str, reason: Option<&str>, success: bool) -> Result<()> {
        let now = now();
        let tx = self.store.immediate()?;
        let event = Event { account: self.name, method_id: None, action: "login", outcome, reason };
        events::record(&tx, &event, now as i64)?;
        if success {
            guard::after_attempt(&tx, self.account, true, now)?;
        }
        tx.commit().context("cannot record the sign-in")?;
        Ok(())
    }

    /// Checks the offered device token. `Some` when that settles the sign-in
    /// (trusted); `None` to go on with a code.
    fn device(&self, text: &str) -> Result<Option<Outcome>> {
        let (ctx, name) = (self.ctx, self.name);
        let from = self.args.device_token_file.as_ref().map_or_else(String::new, |f| format!(" in {}", f.display()));
        let token = match DeviceToken::parse(text) {
            Ok(token) => token,
            Err(e) => {
                ctx.printer.warn(format_args!("the device token{from} is refused ({e}): sign in with a code"));
                return Ok(None);
            }
        };
        let checked = device::check_token(self.store, name, &token, false, now() as i64)?;
        device::warn_stolen(ctx, name, &checked);
        let (Some(d), Ok(())) = (&checked.device, checked.standing) else {
            if checked.voided_token.is_none() {
                let why = device::explain(name, checked.standing.err().unwrap_or(Untrusted::Unknown));
                ctx.printer.note(format_args!("This device is not trusted{from}: {why}. Sign in with a code."));
            }
            return Ok(None);
        };
        self.record("ok", Some("trusted_device"), true)?;
        let p = &ctx.printer;
        if p.json {
            let verify = VerifyView { verified: true, ..VerifyView::new(name) };
            p.json(&LoginView { trusted_device: true, device_id: Some(d.id), ..LoginView::new(verify) })?;
        } else {
            p.note(format_args!("Signed in as {name:?} on the trusted device {:?}.", d.name));
        }
        Ok(Some(Outcome::Success))
    }

    /// Every way this account has, the preferred first: its active
    /// authenticator apps, its active sent-code methods, its backup codes.
    fn ways(&self) -> Result<Vec<Way>> {
        let all = methods::list(self.store.conn(), self.account.id)?;
        let active = || all.iter().filter(|m| m.status == Status::Active);
        let mut ways: Vec<Way> = active().filter(|m| m.app.is_some()).cloned().map(Way::App).collect();
        ways.extend(active().filter(|m| m.kind.is_restricted()).cloned().map(Way::Sent));
        let remaining =
            crate::store::backup_codes::summary(self.store.conn(), self.account.id)?.map_or(0, |s| s.remaining);
        if remaining > 0 {
            ways.push(Way::Backup { remaining });
        }
        Ok(ways)
    }

    /// The way `--via` names, as an index into `ways`.
    fn resolve(&self, via: Via, ways: &[Way]) -> Result<usize> {
        let name = self.name;
        let found = ways.iter().position(|w| match (via, w) {
            (Via::Kind(MethodKind::BackupCode), Way::Backup { .. }) => true,
            (Via::Kind(kind), w) => w.method().is_some_and(|m| m.kind == kind),
            (Via::Method(id), w) => w.method().is_some_and(|m| m.id == id),
        });
        if let Some(i) = found {
            return Ok(i);
        }
        match via {
            Via::Method(id) => match methods::find(self.store.conn(), self.account.id, id)? {
                Some(m) => bail!("--via {id}: method {id} ({:?}) is {}, not active", m.label, m.status),
                None => Err(Failure::NoMethod { account: name.to_owned(), id }.into()),
            },
            Via::Kind(MethodKind::BackupCode) => Err(Failure::NoBackupCodes(name.to_owned()).into()),
            Via::Kind(kind) => Err(Failure::NoWay { account: name.to_owned(), what: format!("{kind} method") }.into()),
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
        let parsed = match code::parse(&typed) {
            Ok(parsed) => parsed,
            Err(e) => return Err(self.malformed(e.into())),
        };
        let backup_wanted = via == Some(Via::Kind(MethodKind::BackupCode));
        let proof = match parsed {
            CodeInput::Backup(code) if via.is_none() || backup_wanted => Proof::Backup(self.backup(&code)?),
            CodeInput::Backup(_) => {
                let e = anyhow::anyhow!("a backup code was given, but --via names another way: use --via backup_code");
                return Err(self.malformed(e));
            }
            CodeInput::Digits(_) if backup_wanted => {
                let e = anyhow::anyhow!("--via backup_code: a backup code has 10 letters and digits, like xxxxx-xxxxx");
                return Err(self.malformed(e));
            }
            CodeInput::Digits(digits) => {
                let ways = match via {
                    None => Ways::Every,
                    Some(Via::Kind(kind)) => Ways::Kind(kind),
                    Some(Via::Method(id)) => Ways::Method(id),
                };
                Proof::Code(self.check(ways, &digits)?)
            }
        };
        Ok(Step::Proved(proof))
    }

    /// A code refused before any lookup: the JSON document, and exit 2.
    fn malformed(&self, e: anyhow::Error) -> anyhow::Error {
        if self.ctx.printer.json {
            if let Err(io) = self.ctx.printer.json(&LoginView::new(VerifyView::refused(self.name, "malformed"))) {
                return io.into();
            }
        }
        e.context("code refused before any lookup")
    }

    fn check(&self, ways: Ways, digits: &str) -> Result<Checked> {
        verify::attempt(self.ctx, self.store, self.name, ways, digits, "login", now())
    }

    fn backup(&self, code: &BackupCode) -> Result<Consumed> {
        backup_codes::attempt(self.ctx, self.name, code, "login")
    }

    /// Sends a code for a later run with `--code`; its masked address.
    fn send_scripted(&self, m: &Method) -> Result<String> {
        match sent::send(self.store, self.account, m, &self.sender, now())? {
            SendOutcome::Sent(s) => {
                self.tell_sent(m, s.expires_at);
                Ok(Way::masked(m))
            }
            SendOutcome::Throttled { retry_after } => {
                if self.ctx.printer.json {
                    let view = VerifyView { method_id: Some(m.id), ..VerifyView::locked(self.name, Some(retry_after)) };
                    self.ctx.printer.json(&LoginView::new(view))?;
                }
                Err(anyhow::Error::from(Failure::Throttled { retry_after })
                    .context(format!("no new code was sent to {}: use the last one with --code", Way::masked(m))))
            }
            SendOutcome::Failed { why, .. } => bail!("{why}"),
        }
    }

    fn tell_sent(&self, m: &Method, expires_at: u64) {
        let p = &self.ctx.printer;
        if self.sender.route() == Route::Outbox {
            p.note(OUTBOX_NOTE);
        }
        p.note(format_args!(
            "A code was sent by {} to {}; it expires at {} UTC.",
            Way::channel(m.kind),
            Way::masked(m),
            format_time(expires_at as i64)
        ));
    }

    /// No code was given and none could be asked for: exit 2 naming
    /// `--code`, or 1 when an offered device was not trusted.
    fn code_required(&self, way: &Way, sent_to: Option<String>, untrusted: bool) -> Result<Outcome> {
        let p = &self.ctx.printer;
        let reason = if untrusted { "untrusted_device" } else { "code_required" };
        if p.json {
            let verify = VerifyView {
                method_id: way.method().map(|m| m.id),
                kind: Some(way.method().map_or(MethodKind::BackupCode, |m| m.kind)),
                ..VerifyView::refused(self.name, reason)
            };
            p.json(&LoginView { sent_to: sent_to.clone(), ..LoginView::new(verify) })?;
        }
        let next = match (way, &sent_to) {
            (Way::Sent(m), Some(_)) => format!("run again with --via {} --code CODE and the code that was sent", m.id),
            (Way::Backup { .. }, _) => "pass --via backup_code --code CODE".to_owned(),
            _ => format!("pass --code CODE ({})", way.choice().to_lowercase()),
        };
        if untrusted {
            self.record("refused", Some("untrusted_device"), false)?;
            p.note(format_args!("refused: the device is not trusted and no code was given: {next}"));
            return Ok(Outcome::Refused);
        }
        bail!("a code is needed to sign in as {:?}: {next} (no terminal to ask on)", self.name)
    }

    /// On a terminal: the code prompt for the current way, and on Enter
    /// alone the "Try another way" menu, until a code is accepted, the
    /// lockout stops it, or the person gives up.
    fn ask(&self, ways: &[Way], first: usize) -> Result<Step> {
        let ctx = self.ctx;
        let mut current = first;
        let mut send = matches!(ways[current], Way::Sent(_));
        loop {
            if send {
                send = false;
                if let Way::Sent(m) = &ways[current] {
                    if !self.send_interactive(m)? {
                        let Some(next) = self.another_way(ways, current)? else { return self.give_up() };
                        (current, send) = next;
                        continue;
                    }
                }
            }
            let typed = Zeroizing::new(prompt::code(&ways[current].question())?);
            if typed.trim().is_empty() {
                let Some(next) = self.another_way(ways, current)? else { return self.give_up() };
                (current, send) = next;
                continue;
            }
            let proof = match (code::parse(&typed), ways[current].ways()) {
                (Err(e), _) => {
                    ctx.printer.note(format_args!("refused: {e}"));
                    continue;
                }
                (Ok(CodeInput::Backup(code)), _) => Proof::Backup(self.backup(&code)?),
                (Ok(CodeInput::Digits(digits)), Some(ways)) => Proof::Code(self.check(ways, &digits)?),
                (Ok(CodeInput::Digits(_)), None) => {
                    ctx.printer.note("refused: a backup code has 10 letters and digits, like xxxxx-xxxxx");
                    continue;
                }
            };
            if proof.accepted() {
                return Ok(Step::Proved(proof));
            }
            proof.tell(ctx);
            // A failure that started a lockout ends the sign-in here (exit 3).
            guard::ensure_open(self.store.conn(), self.account, now())?;
        }
    }

    /// Sends a code on a terminal; false when it could not go out.
    fn send_interactive(&self, m: &Method) -> Result<bool> {
        let p = &self.ctx.printer;
        match sent::send(self.store, self.account, m, &self.sender, now())? {
            SendOutcome::Sent(s) => {
                self.tell_sent(m, s.expires_at);
                Ok(true)
            }
            SendOutcome::Throttled { retry_after } => {
                p.note(format_args!(
                    "A code was sent to {} less than a minute ago: use that one (a new one can be sent in {retry_after} s).",
                    Way::masked(m)
                ));
                Ok(true)
            }
            SendOutcome::Failed { why, .. } => {
                p.warn(format_args!("{why}"));
                Ok(false)
            }
        }
    }

    /// The "Try another way" menu: the way chosen and whether to send it a
    /// code first; `None` when the person can use none of them.
    fn another_way(&self, ways: &[Way], current: usize) -> Result<Option<(usize, bool)>> {
        Ok(match self.menu(ways, current)? {
            Some(Choice::Way(i)) => Some((i, matches!(ways[i], Way::Sent(_)))),
            Some(Choice::Resend) => Some((current, true)),
            None => None,
        })
    }

    /// "Try another way": every other way, a new code for the current sent
    /// one, and "I can't use any of these" (`None`).
    fn menu(&self, ways: &[Way], current: usize) -> Result<Option<Choice>> {
        let mut choices: Vec<(String, Choice)> = Vec::new();
        if let Way::Sent(m) = &ways[current] {
            let text = format!("Send a new code by {} to {}", Way::channel(m.kind), Way::masked(m));
            choices.push((text, Choice::Resend));
        }
        for (i, way) in ways.iter().enumerate().filter(|(i, _)| *i != current) {
            choices.push((way.choice(), Choice::Way(i)));
        }
        let items: Vec<&str> =
            choices.iter().map(|(text, _)| text.as_str()).chain(["I can't use any of these"]).collect();
        let picked = prompt::select("Try another way", &items)?;
        Ok(choices.get(picked).map(|(_, choice)| *choice))
    }

    /// "I can't use any of these": the recovery checklist, and no sign-in.
    fn give_up(&self) -> Result<Step> {
        self.record("refused", Some("no_usable_way"), false)?;
        checklist::print(self.ctx, self.name)?;
        Ok(Step::GaveUp)
    }

    /// After a code: the answer, and a device trusted if asked for.
    fn signed_in(&self, proof: &Proof) -> Result<Outcome> {
        let (ctx, name) = (self.ctx, self.name);
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
        let token_text = trusted.as_ref().map(|(_, token)| token.encode());
        let p = &ctx.printer;
        let view = proof.view(name);
        let remaining = view.backup_codes_remaining;
        if p.json {
            p.json(&LoginView {
                device_id: trusted.as_ref().map(|(id, _)| *id),
                device_token: token_text.as_ref().map(|t| t.as_str()),
                ..LoginView::new(view)
            })?;
        } else {
            let with = proof.with();
            p.note(format_args!("Signed in as {name:?} with {with}."));
            if let Some(text) = &token_text {
                if self.args.device_token_file.is_none() {
                    p.line(text.as_str())?;
                    p.note("The device token above is shown once: keep it on this device.");
                }
            }
        }
        if let (Proof::Backup(_), Some(remaining)) = (proof, remaining) {
            backup_codes::warn_if_low(ctx, name, remaining);
        }
        Ok(Outcome::Success)
    }

    /// Trusts this device: the token goes to `--device-token-file` (0600) if
    /// given. The sign-in has succeeded, so a failure here is a warning.
    fn trust(&self, label: &str) -> Result<Option<(i64, DeviceToken)>> {
        let p = &self.ctx.printer;
        let ttl = parse_ttl(DEFAULT_TTL)?;
        let (added, token) = match device::trust(self.ctx, self.store, self.name, label, ttl, now() as i64) {
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

    /// With `--json`, a lockout still gets its login document (`retry_after`).
    fn report_locked(&self, e: anyhow::Error) -> anyhow::Error {
        if let (true, Some(view)) = (self.ctx.printer.json, verify::locked_view(self.name, &e)) {
            if let Err(io) = self.ctx.printer.json(&LoginView::new(view)) {
                return io.into();
            }
        }
        e
    }
}

#[derive(Debug, Clone, Copy)]
enum Choice {
    /// Another way, by index.
    Way(usize),
    /// A new code to the current sent-code method.
    Resend,
}

/// The token in a device token file; `None` when there is no file (no
/// cookie yet) or it is empty.
fn read_token_file(path: &Path) -> Result<Option<Zeroizing<String>>> {
    let err = || format!("cannot read the device token file {}", path.display());
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(err),
    };
    let mut text = Zeroizing::new(String::new());
    file.take(MAX_TOKEN_FILE).read_to_string(&mut text).with_context(err)?;
    let token = Zeroizing::new(text.trim().to_owned());
    Ok(Some(token).filter(|t| !t.is_empty()))
}

/// Writes a device token file (0600), replacing one that is there, as a
/// browser replaces a cookie.
fn write_token_file(path: &Path, token: &DeviceToken) -> Result<()> {
    let text = Zeroizing::new(format!("{}\n", token.encode().as_str()));
    secret_file::write(path, text.as_bytes(), true).context("cannot save the device token")
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn via_names_a_kind_or_a_method() {
        assert_eq!(Via::parse("totp").unwrap(), Via::Kind(MethodKind::Totp));
        assert_eq!(Via::parse("backup_code").unwrap(), Via::Kind(MethodKind::BackupCode));
        assert_eq!(Via::parse("whatsapp").unwrap(), Via::Kind(MethodKind::Whatsapp));
        assert_eq!(Via::parse("3").unwrap(), Via::Method(3));
        let e = Via::parse("carrier-pigeon").unwrap_err().to_string();
        assert!(e.contains("backup_code") && e.contains("method id"), "{e}");
    }

    #[test]
    fn token_files_round_trip_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cookie");
        assert!(read_token_file(&path).unwrap().is_none(), "no file: no token");
        let token = DeviceToken::generate(&mut rand::rngs::OsRng);
        write_token_file(&path, &token).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let read = read_token_file(&path).unwrap().unwrap();
        assert_eq!(DeviceToken::parse(&read).unwrap(), token);
        // Written again, it is replaced, and nothing is left beside it.
        write_token_file(&path, &DeviceToken::generate(&mut rand::rngs::OsRng)).unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        fs::write(&path, "\n").unwrap();
        assert!(read_token_file(&path).unwrap().is_none(), "empty: no token");
    }
}
