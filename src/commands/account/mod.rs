//! `tfa account add|list|show|remove|passwd`, and `account contact` (its own module).

mod contact;

use anyhow::{bail, Result};
use zeroize::Zeroizing;

use super::{confirm_destructive, find_account, now, Context};
use crate::auth::accounts as auth_accounts;
use crate::cli::AccountCommand;
use crate::core::{email, name};
use crate::crypto;
use crate::output::answers::{Done, Fields, Rows};
use crate::output::format_time;
use crate::output::views::{AccountView, ContactView, PasswordChangedView, RemovedView};
use crate::prompt;
use crate::store::accounts::{self, NewAccount};
use crate::store::{self, methods, Open};
use crate::Outcome;

pub fn run(ctx: &Context, cmd: AccountCommand) -> Result<Outcome> {
    match cmd {
        AccountCommand::Add { name, email, phone, password_stdin } => {
            add(ctx, &name, email.as_deref(), phone.as_deref(), password_stdin)
        }
        AccountCommand::List => list(ctx),
        AccountCommand::Show { name } => show(ctx, &name),
        AccountCommand::Remove { name } => remove(ctx, &name),
        AccountCommand::Passwd { name, password_stdin } => passwd(ctx, &name, password_stdin),
        AccountCommand::Contact(cmd) => contact::run(ctx, cmd),
    }
}

/// A plausible email address (see `core::email`).
pub fn check_email(email: &str) -> Result<()> {
    Ok(email::check(email)?)
}

/// A phone number as a person writes it: digits, an optional leading `+`,
/// spaces, dashes, dots and parentheses.
pub fn check_phone(phone: &str) -> Result<()> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let ok = (4..=15).contains(&digits)
        && phone.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " -.()".contains(c) || (c == '+' && i == 0));
    if !ok {
        bail!("{phone:?} is not a phone number");
    }
    Ok(())
}

fn add(ctx: &Context, name: &str, email: Option<&str>, phone: Option<&str>, password_stdin: bool) -> Result<Outcome> {
    name::check_account(name)?;
    email.map(check_email).transpose()?;
    phone.map(check_phone).transpose()?;
    let hash = if password_stdin { Some(read_password_stdin()?) } else { None };
    let store = ctx.store(Open::Create)?;
    let new = NewAccount { name, email, phone, password_hash: hash.as_deref() };
    let account = auth_accounts::add(&ctx.auth(&store), &new, now())?;
    Ok(ctx.printer.answer(&Done::new(AccountView::new(&account, None), format!("Created account {name:?}.")))?)
}

fn read_password_stdin() -> Result<String> {
    let password = prompt::read_stdin_line("password")?;
    if password.is_empty() {
        bail!("the password on stdin is empty");
    }
    Ok(crypto::hash_password(password.as_bytes()))
}

fn list(ctx: &Context) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let all = accounts::list(store.conn())?;
    let rows = all
        .iter()
        .map(|a| {
            let dash = || "-".to_owned();
            vec![
                a.name.clone(),
                a.email.clone().unwrap_or_else(dash),
                a.phone.clone().unwrap_or_else(dash),
                if a.has_password { "yes" } else { "no" }.to_owned(),
                format_time(a.created_at),
            ]
        })
        .collect();
    let doc: Vec<AccountView> = all.iter().map(|a| AccountView::new(a, None)).collect();
    Ok(ctx.printer.answer(&Rows { doc, header: &["name", "email", "phone", "password", "created"], rows })?)
}

fn show(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let methods = methods::list(store.conn(), account.id)?;
    let mut fields = vec![
        ("name", account.name.clone()),
        ("email", account.email.clone().unwrap_or_else(|| "-".to_owned())),
        ("phone", account.phone.clone().unwrap_or_else(|| "-".to_owned())),
        ("password", if account.has_password { "set" } else { "not set" }.to_owned()),
        ("created", format_time(account.created_at)),
    ];
    fields.extend(methods.iter().map(|m| ("method", format!("{} {} {:?} {}", m.id, m.kind, m.label, m.status))));
    let contacts = store::contacts::list(store.conn(), account.id)?;
    fields.extend(contacts.iter().map(|c| ("contact", format!("{} {} {} {}", c.id, c.channel, c.address, c.status))));
    let doc = AccountView {
        contacts: Some(contacts.iter().map(ContactView::from).collect()),
        ..AccountView::new(&account, Some(&methods))
    };
    Ok(ctx.printer.answer(&Fields { doc, fields, notes: Vec::new() })?)
}

fn remove(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    if !confirm_destructive(ctx, &format!("Remove account {name:?} and all its methods"))? {
        bail!("not removed");
    }
    let auth = ctx.auth(&store);
    auth_accounts::remove(&auth, &account, now())?;
    ctx.tell_warnings(&auth);
    let doc = RemovedView { account: name, removed: true, method_id: None };
    Ok(ctx.printer.answer(&Done::new(doc, format!("Removed account {name:?}.")))?)
}

fn passwd(ctx: &Context, name: &str, password_stdin: bool) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    // A pipe without the flag is read too, as before the flag existed.
    let hash = if password_stdin || !prompt::stdin_is_terminal() {
        read_password_stdin()?
    } else if ctx.may_prompt() {
        let password: Zeroizing<String> = prompt::password(&format!("New password for {name}"), true)?;
        if password.is_empty() {
            bail!("the password is empty");
        }
        crypto::hash_password(password.as_bytes())
    } else {
        bail!("no password given: pass --password-stdin and the password on stdin's first line");
    };
    let auth = ctx.auth(&store);
    auth_accounts::set_password(&auth, &account, &hash, now())?;
    ctx.tell_warnings(&auth);
    let doc = PasswordChangedView { account: name, password_changed: true };
    Ok(ctx.printer.answer(&Done::new(doc, format!("Password changed for {name:?}.")))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_syntax() {
        for ok in ["+1 (415) 555-0100", "+44 20 7946 0958", "0151 123456"] {
            assert!(check_phone(ok).is_ok(), "{ok}");
        }
        for bad in ["", "12", "phone", "+1+2 345 678", "1234567890123456"] {
            assert!(check_phone(bad).is_err(), "{bad}");
        }
    }
}
