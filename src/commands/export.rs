//! `tfa export NAME`: an authenticator app's otpauth:// URI or QR code.

use anyhow::{bail, Result};

use super::{now, Context};
use crate::auth::export::{export, Exported};
use crate::output::qr;
use crate::output::views::ExportView;
use crate::output::{Answer, Printer};
use crate::store::Open;
use crate::Outcome;

pub fn run(ctx: &Context, name: &str, method: Option<i64>, show_qr: bool, issuer: &str) -> Result<Outcome> {
    if !ctx.yes {
        bail!("the URI holds the app's secret: anyone who sees it can make codes. Add --yes to export it");
    }
    let store = ctx.store(Open::Existing)?;
    let auth = ctx.auth(&store);
    let account = auth.account(name)?;
    let Exported { method, uri } = export(&auth, &account, method, issuer, now())?;
    ctx.tell_warnings(&auth);
    let view = ExportView {
        account: &account.name,
        method_id: method.id,
        kind: method.kind,
        label: &method.label,
        uri: &uri,
        qr: if show_qr { Some(qr::to_terminal(&uri)?) } else { None },
    };
    Ok(ctx.printer.answer(&view)?)
}

impl Answer for ExportView<'_> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> std::io::Result<()> {
        match &self.qr {
            Some(qr) => p.line(qr),
            None => p.line(self.uri),
        }
    }

    fn notes(&self, p: &Printer) {
        p.note(format_args!(
            "Exported {} method {} ({:?}) of {:?}; the account holder is told. The URI holds the secret: keep it from others.",
            self.kind, self.method_id, self.label, self.account
        ));
    }
}
