//! `otpauth://` URIs, one per line (blank lines and `#` comments skipped).

use super::{BadInput, Entry};
use crate::core::name;
use crate::core::otp::{App, TotpState};
use crate::core::uri::{self, Provisioning, UriKind};

/// The label of an imported app with no issuer.
pub const LABEL: &str = "imported";

/// Reads every URI; each goes to `account` if given, else to the account
/// its label names.
pub fn parse(text: &str, account: Option<&str>) -> Result<Vec<Entry>, BadInput> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.get(..18).is_some_and(|s| s.eq_ignore_ascii_case("otpauth-migration:")) {
            return Err(BadInput::at(
                i + 1,
                "a Google Authenticator transfer: import it with tfa import google-migration",
            ));
        }
        let p = uri::parse(line).map_err(|e| BadInput::at(i + 1, e.to_string()))?;
        entries.push(entry(p, account, i + 1)?);
    }
    Ok(entries)
}

/// An entry for a URI read at `line`: the account checked, the label from
/// the issuer.
pub(super) fn entry(p: Provisioning, account: Option<&str>, line: usize) -> Result<Entry, BadInput> {
    let account = account.unwrap_or(&p.account).to_owned();
    name::check_account(&account).map_err(|e| BadInput::at(line, format!("{e} (give one with --account)")))?;
    let label = match p.issuer.as_deref().map(|i| crate::core::excerpt(i.trim())) {
        Some(issuer) if name::check_label(&issuer).is_ok() => issuer,
        _ => LABEL.to_owned(),
    };
    let app = match p.kind {
        UriKind::Totp { period } => App::Totp { params: p.params, period, window: 1, state: TotpState::default() },
        UriKind::Hotp { counter } => App::Hotp { params: p.params, counter },
    };
    Ok(Entry { account, label, seed: p.seed, app, scratch_codes: None, line, reported: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_uri_per_line() {
        let text = "# from the old server\notpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME\n\n\
                    otpauth://hotp/bob?secret=JBSWY3DPEHPK3PXP&counter=4\n";
        let e = parse(text, None).unwrap();
        assert_eq!((e[0].account.as_str(), e[0].label.as_str(), e[0].line), ("alice", "ACME", 2));
        assert_eq!((e[1].account.as_str(), e[1].label.as_str(), e[1].line), ("bob", LABEL, 4));
        assert!(matches!(e[1].app, App::Hotp { counter: 4, .. }));
        assert!(parse(text, Some("carol")).unwrap().iter().all(|e| e.account == "carol"));
    }

    #[test]
    fn a_bad_line_is_named() {
        let text = "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP\notpauth://totp/b?secret=!!\n";
        assert_eq!(parse(text, None).unwrap_err().line, Some(2));
        let text = "otpauth-migration://offline?data=CgA%3D\n";
        assert!(parse(text, None).unwrap_err().message.contains("tfa import google-migration"));
        let text = "otpauth://totp/has%20space?secret=JBSWY3DPEHPK3PXP\n";
        assert_eq!(parse(text, None).unwrap_err().line, Some(1));
        assert!(parse(text, Some("ok")).is_ok());
    }
}
