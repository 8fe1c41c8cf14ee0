//! The module's arguments, as written after `pam_tfa.so` in `/etc/pam.d`.
//! What a pam_google_authenticator user reaches for is mapped where tfa
//! has it and refused where it does not: an argument tfa cannot honour
//! stops the module (fail closed), with a syslog line saying why.

use std::path::PathBuf;

/// Where the store and key are unless `db=` and `key_file=` say otherwise.
/// Never from the environment: `su` keeps the caller's, and a module that
/// read it could be pointed at a store the caller made.
pub const DEFAULT_DB: &str = "/var/lib/tfa/tfa.db";
pub const DEFAULT_KEY_FILE: &str = "/etc/tfa/key";
pub const DEFAULT_PROMPT: &str = "Verification code: ";

/// Where the code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstPass {
    /// Ask for it.
    No,
    /// The token an earlier module read (PAM_AUTHTOK), else ask.
    Try,
    /// The token an earlier module read, and nothing else.
    Use,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub db: PathBuf,
    pub key_file: PathBuf,
    /// A user with no account, or no way to sign in, is not this module's to refuse.
    pub nullok: bool,
    pub prompt: String,
    /// Show the code as it is typed.
    pub echo: bool,
    pub first_pass: FirstPass,
    /// The delivery command for sent codes; without it they go to the outbox.
    pub delivery: Option<String>,
    pub debug: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            db: DEFAULT_DB.into(),
            key_file: DEFAULT_KEY_FILE.into(),
            nullok: false,
            prompt: DEFAULT_PROMPT.to_owned(),
            echo: false,
            first_pass: FirstPass::No,
            delivery: None,
            debug: false,
        }
    }
}

/// Reads the arguments; beside the options, what was ignored (to log). An
/// argument that cannot be honoured is an error.
pub fn parse<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<(Options, Vec<String>), String> {
    let mut o = Options::default();
    let mut ignored = Vec::new();
    for arg in args {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg, None),
        };
        let needs = |v: Option<&'a str>| v.filter(|v| !v.is_empty()).ok_or(format!("{name}= needs a value"));
        match (name, value) {
            ("db", v) => o.db = needs(v)?.into(),
            ("key_file", v) => o.key_file = needs(v)?.into(),
            ("prompt" | "authtok_prompt", v) => o.prompt = needs(v)?.to_owned(),
            ("delivery", v) => o.delivery = Some(needs(v)?.to_owned()),
            ("nullok", None) => o.nullok = true,
            ("echo_verification_code" | "echo-verification-code", None) => o.echo = true,
            ("try_first_pass", None) => o.first_pass = FirstPass::Try,
            ("use_first_pass", None) => o.first_pass = FirstPass::Use,
            ("debug", None) => o.debug = true,
            // Checked by tfa itself: the store and key are refused when others can write them.
            ("no_strict_owner" | "allowed_perm", _) => {
                ignored.push(format!("{arg}: ignored; tfa checks the store's and key's owner and mode itself"))
            }
            ("noskewadj", None) => ignored.push(format!(
                "{name}: ignored; tfa follows drift within its window on each accepted code, further only with tfa resync"
            )),
            ("no_increment_hotp", None) => {
                ignored.push(format!("{name}: ignored; a wrong HOTP code never moves the counter in tfa"))
            }
            ("secret", _) => {
                return Err(format!(
                    "{name}=: tfa keeps every secret in its store; import the files with `tfa import google-authenticator --homes DIR` and give db="
                ))
            }
            ("user", _) => return Err(format!("{name}=: the module reads the store as the process's user; drop it")),
            ("forward_pass", None) => {
                return Err(format!(
                    "{name}: not supported; let the password module ask for the password, and pam_tfa for the code"
                ))
            }
            ("grace_period", _) => {
                return Err(format!("{name}=: not supported; trusted devices (tfa device add) skip the code instead"))
            }
            ("allow_readonly", None) => {
                return Err(format!("{name}: not supported; a store that cannot record a used code refuses every code"))
            }
            _ => return Err(format!("unknown argument {:?}", tfa::core::excerpt(arg))),
        }
    }
    Ok((o, ignored))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_mapped_arguments() {
        let (o, ignored) = parse([]).unwrap();
        assert_eq!((o, ignored.len()), (Options::default(), 0));
        let (o, ignored) = parse([
            "db=/srv/tfa.db",
            "key_file=/srv/key",
            "nullok",
            "prompt=Code: ",
            "echo_verification_code",
            "try_first_pass",
            "noskewadj",
            "no_increment_hotp",
        ])
        .unwrap();
        assert_eq!(o.db, PathBuf::from("/srv/tfa.db"));
        assert_eq!(o.key_file, PathBuf::from("/srv/key"));
        assert!(o.nullok && o.echo);
        assert_eq!((o.prompt.as_str(), o.first_pass), ("Code: ", FirstPass::Try));
        assert_eq!(ignored.len(), 2);
    }

    #[test]
    fn what_cannot_be_honoured_is_refused() {
        for arg in [
            "secret=/home/${USER}/.ga",
            "forward_pass",
            "grace_period=86400",
            "allow_readonly",
            "db=",
            "dbx",
            "nullok=1",
        ] {
            assert!(parse([arg]).is_err(), "{arg}");
        }
    }
}
