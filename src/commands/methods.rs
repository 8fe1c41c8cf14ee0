//! `tfa methods` and `tfa unenroll`.

use anyhow::{bail, Result};

use super::{confirm_destructive, find_account, now, Context};
use crate::auth::enroll;
use crate::core::delivery::{Health, HEALTH_WINDOW_SECS};
use crate::core::method::Status;
use crate::output::answers::{Done, Rows};
use crate::output::views::{DeliveryView, HealthView, MethodView, MethodsView, RemovedView};
use crate::output::{format_optional_time, format_time, Paint};
use crate::store::{deliveries, methods, Open};
use crate::{Failure, Outcome};

pub fn list(ctx: &Context, name: &str) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let all = methods::list(store.conn(), account.id)?;
    let last_deliveries = all
        .iter()
        .map(|m| if m.kind.is_restricted() { deliveries::last_for_method(store.conn(), m.id) } else { Ok(None) })
        .collect::<Result<Vec<_>, _>>()?;
    let recent = deliveries::since(store.conn(), account.id, now().saturating_sub(HEALTH_WINDOW_SECS) as i64)?;
    let p = &ctx.printer;
    let methods = all
        .iter()
        .zip(&last_deliveries)
        .map(|(m, d)| MethodView {
            last_delivery: d.as_ref().map(DeliveryView::from),
            deliveries: m
                .kind
                .is_restricted()
                .then(|| HealthView::from(&Health::of(recent.iter().filter(|r| r.method_id == m.id)))),
            ..MethodView::from(m)
        })
        .collect();
    let doc = MethodsView { account: name, methods };
    let rows = all
        .iter()
        .zip(&last_deliveries)
        .map(|(m, last)| {
            let paint = match m.status {
                Status::Active => Paint::Good,
                Status::Pending => Paint::Warn,
                Status::Disabled => Paint::Dim,
            };
            vec![
                m.id.to_string(),
                m.kind.to_string(),
                m.label.clone(),
                p.paint(paint, m.status.as_str()),
                if m.kind.is_restricted() { p.paint(Paint::Warn, "yes") } else { "no".to_owned() },
                m.address.clone().unwrap_or_else(|| "-".to_owned()),
                format_time(m.created_at),
                format_optional_time(m.last_used_at),
                match last {
                    Some(d) => {
                        let paint = if d.result.is_ok() { Paint::Good } else { Paint::Bad };
                        format!("{} {}", p.paint(paint, d.result.as_str()), format_time(d.started_at))
                    }
                    None => "-".to_owned(),
                },
            ]
        })
        .collect();
    let header = &["id", "kind", "label", "status", "restricted", "address", "created", "last used", "last delivery"];
    Ok(p.answer(&Rows { doc, header, rows })?)
}

pub fn unenroll(ctx: &Context, name: &str, id: i64) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    let account = find_account(store.conn(), name)?;
    let Some(method) = methods::find(store.conn(), account.id, id)? else {
        return Err(Failure::NoMethod { account: name.to_owned(), id }.into());
    };
    if !confirm_destructive(ctx, &format!("Remove {} method {id} ({:?}) from {name:?}", method.kind, method.label))? {
        bail!("not removed");
    }
    let auth = ctx.auth(&store);
    enroll::remove(&auth, &account, &method, now())?;
    ctx.tell_warnings(&auth);
    let doc = RemovedView { account: name, removed: true, method_id: Some(id) };
    let said = format!("Removed {} method {id} ({:?}) from {name:?}.", method.kind, method.label);
    Ok(ctx.printer.answer(&Done::new(doc, said))?)
}
