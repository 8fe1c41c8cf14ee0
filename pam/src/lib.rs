//! `pam_tfa.so`: tfa's second factor for sshd, sudo and every other PAM
//! service, in process (no child process). In `/etc/pam.d/SERVICE`:
//!
//! ```text
//! auth required pam_tfa.so db=/var/lib/tfa/tfa.db key_file=/etc/tfa/key
//! ```
//!
//! Results: PAM_SUCCESS for an accepted code; PAM_AUTH_ERR for a refused
//! one; PAM_MAXTRIES while locked out; PAM_AUTHINFO_UNAVAIL when the store
//! or key cannot be used (fail closed); PAM_IGNORE with `nullok` for a user
//! without an account or a way in (so another module must succeed);
//! PAM_SERVICE_ERR for arguments the module cannot honour. Each outcome is
//! one syslog line (auth facility), never a code.

pub mod options;
pub mod sign_in;

use std::ffi::{CStr, CString};

use pam::constants::{PamFlag, PamResultCode, PAM_ERROR_MSG, PAM_PROMPT_ECHO_OFF, PAM_PROMPT_ECHO_ON, PAM_TEXT_INFO};
use pam::conv::Conv;
use pam::items::{AuthTok, RHost, Service};
use pam::module::{PamHandle, PamHooks};
use zeroize::Zeroizing;

use crate::sign_in::{Request, Talk, Verdict};

struct PamTfa;
pam::pam_hooks!(PamTfa);

impl PamHooks for PamTfa {
    fn sm_authenticate(pamh: &mut PamHandle, args: Vec<&CStr>, flags: PamFlag) -> PamResultCode {
        let service = pamh.get_item::<Service>().ok().flatten().map(|s| s.0.to_string_lossy().into_owned());
        let log = |line: &str| syslog(service.as_deref(), line);
        let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        let (options, ignored) = match options::parse(args.iter().map(String::as_str)) {
            Ok(parsed) => parsed,
            Err(e) => {
                log(&format!("refused: {e}"));
                return PamResultCode::PAM_SERVICE_ERR;
            }
        };
        if options.debug {
            ignored.iter().for_each(|line| log(line));
        }
        let user = match pamh.get_user(None) {
            Ok(user) => user,
            Err(e) => return e,
        };
        let rhost = pamh.get_item::<RHost>().ok().flatten().map(|h| h.0.to_string_lossy().into_owned());
        let authtok = pamh
            .get_item::<AuthTok>()
            .ok()
            .flatten()
            .and_then(|t| String::from_utf8(t.as_bytes().to_vec()).ok())
            .map(Zeroizing::new);
        let request = Request { user: &user, rhost: rhost.as_deref(), authtok: authtok.as_deref().map(String::as_str) };
        let conv = match pamh.get_item::<Conv>() {
            Ok(Some(conv)) => conv,
            _ => {
                log("no conversation function: cannot ask for a code");
                return PamResultCode::PAM_CONV_ERR;
            }
        };
        let silent = flags & pam::constants::PAM_SILENT != 0;
        let mut talk = PamTalk { conv, silent };
        let (verdict, lines) = sign_in::authenticate(&options, &request, &mut talk);
        lines.iter().for_each(|line| log(line));
        match verdict {
            Verdict::Success => PamResultCode::PAM_SUCCESS,
            Verdict::Refused => PamResultCode::PAM_AUTH_ERR,
            Verdict::Locked => PamResultCode::PAM_MAXTRIES,
            Verdict::Ignore => PamResultCode::PAM_IGNORE,
            Verdict::Unavailable => PamResultCode::PAM_AUTHINFO_UNAVAIL,
            Verdict::Misconfigured => PamResultCode::PAM_SERVICE_ERR,
        }
    }

    fn sm_setcred(_pamh: &mut PamHandle, _args: Vec<&CStr>, _flags: PamFlag) -> PamResultCode {
        PamResultCode::PAM_SUCCESS
    }
}

struct PamTalk<'a> {
    conv: Conv<'a>,
    /// PAM_SILENT: no informational messages.
    silent: bool,
}

impl Talk for PamTalk<'_> {
    fn ask(&mut self, prompt: &str, echo: bool) -> Option<Zeroizing<String>> {
        let style = if echo { PAM_PROMPT_ECHO_ON } else { PAM_PROMPT_ECHO_OFF };
        let answer = self.conv.send(style, prompt).ok().flatten()?;
        answer.as_str().ok().map(|s| Zeroizing::new(s.to_owned()))
    }

    fn tell(&mut self, text: &str) {
        if !self.silent {
            let _ = self.conv.send(PAM_TEXT_INFO, text);
        }
    }

    fn error(&mut self, text: &str) {
        if !self.silent {
            let _ = self.conv.send(PAM_ERROR_MSG, text);
        }
    }
}

/// One line to syslog's authpriv facility, as `pam_tfa(SERVICE:auth): ...`.
fn syslog(service: Option<&str>, line: &str) {
    let text = format!("pam_tfa({}:auth): {line}", service.unwrap_or("?"));
    let Ok(text) = CString::new(text.replace('\0', " ")) else { return };
    // SAFETY: a constant "%s" format and one NUL-terminated string argument;
    // syslog(3) copies it before returning.
    unsafe { libc::syslog(libc::LOG_AUTHPRIV | libc::LOG_NOTICE, c"%s".as_ptr(), text.as_ptr()) }
}
