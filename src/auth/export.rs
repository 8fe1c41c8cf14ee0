//! Exporting an authenticator app's seed as an `otpauth://` URI, to move it
//! to a new phone or away from tfa: audited, and the holder is told.

use anyhow::{bail, Result};

use super::notices::{self, Notice};
use super::Auth;
use crate::core::account::Account;
use crate::core::method::{Method, Status};
use crate::core::otp::App;
use crate::core::uri::{self, UriKind};
use crate::store::events::{self, Event};
use crate::store::methods;
use crate::Failure;

/// The app exported and its URI (it holds the secret).
pub struct Exported {
    pub method: Method,
    pub uri: String,
}

/// The URI of the account's app `method_id`, or of its only active app.
pub fn export(auth: &Auth<'_>, account: &Account, method_id: Option<i64>, issuer: &str, now: u64) -> Result<Exported> {
    let tx = auth.store.immediate()?;
    let all = methods::list(&tx, account.id)?;
    let method = match method_id {
        Some(id) => {
            let m =
                all.into_iter().find(|m| m.id == id).ok_or(Failure::NoMethod { account: account.name.clone(), id })?;
            if m.app.is_none() {
                bail!(
                    "method {id} of {:?} is a {} method: only an authenticator app has a secret to export",
                    account.name,
                    m.kind
                );
            }
            m
        }
        None => {
            let mut apps: Vec<Method> =
                all.into_iter().filter(|m| m.app.is_some() && m.status == Status::Active).collect();
            match apps.len() {
                0 => return Err(Failure::NoActiveMethod(account.name.clone()).into()),
                1 => apps.remove(0),
                n => bail!(
                    "{:?} has {n} active authenticator apps: choose one with --method ID (see tfa methods {})",
                    account.name,
                    account.name
                ),
            }
        }
    };
    let seed = methods::seed(&tx, &*auth.store.key()?, &method)?;
    let Some(app) = method.app else { unreachable!("checked above") };
    let kind = match app {
        App::Totp { period, .. } => UriKind::Totp { period },
        App::Hotp { counter, .. } => UriKind::Hotp { counter },
    };
    let uri = uri::otpauth(kind, issuer, &account.name, &seed, app.params());
    events::record(
        &tx,
        &Event { method_id: Some(method.id), ..auth.event(&account.name, "export", "ok") },
        now as i64,
    )?;
    tx.commit()?;
    notices::send(auth, account, &Notice::MethodExported { kind: method.kind, label: method.label.clone() }, now);
    Ok(Exported { method, uri })
}
