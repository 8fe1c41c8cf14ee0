//! Issue 9's contract, held command by command: with `--json`, every
//! command prints exactly one JSON document on stdout on every exit code,
//! errors included, and the exit code is the one DESIGN.md gives:
//! 0 success, 1 refused, 2 usage / input / store / key, 3 locked out or
//! throttled (with `retry_after`), 4 no such account or no active method.
//!
//! A table: each case is a prepared store, a command line (run with
//! `--json` appended), stdin, the exit code and the kind of document the
//! contract asks for. Every case is run, and every broken promise is
//! listed before the test fails, so one run shows the whole picture.
//!
//! For every case: the exit code; stdout is exactly one JSON document and
//! nothing else but whitespace; on exit 2, 3 and 4 the document is an
//! error (`error.kind`, `error.message`) or the command's own refusal
//! with a string `reason` (the table records which); on exit 3 it carries
//! `retry_after`; `account`, where present, is the NAME given; and no
//! secret given on stdin (password, seed, token, backup code) is echoed.
//!
//! Decisions recorded here: `tfa log` is a stream (one JSON object a
//! line, none when nothing matches), its errors one document; `completions
//! SHELL --json` prints one document holding the script; `man DIR --json`
//! one document saying what was written; `checklist --markdown --json`
//! asks for two formats at once, a usage error; `init` on a store whose
//! key file is gone cannot make it usable, a key problem (exit 2).

use std::fs;
use std::process::Output;

use serde_json::Value;

use crate::env::{code, stderr, stdout, unix_now, Gateway, TestEnv};

/// The document a case must print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doc {
    /// One document, not an error (exit 0).
    Answer,
    /// A stream (`tfa log`): any number of lines, one JSON object each.
    Lines,
    /// `{"error": {"kind": string, "message": string}, ...}`.
    Error,
    /// The command's own answer, refusing, with a string `reason`.
    Refusal,
    /// `tfa doctor`'s own answer: a string `verdict` is its reason.
    Verdict,
    /// Either of `Error` and `Refusal`, as the contract allows: used where
    /// the command prints neither today, so that the fix may choose.
    ErrorOrRefusal,
}

use Doc::*;

struct Case {
    /// Which prepared store, for the report.
    store: &'static str,
    args: Vec<String>,
    stdin: String,
    vars: Vec<(String, String)>,
    exit: i32,
    doc: Doc,
    /// Strings that must appear on neither stdout nor stderr.
    secrets: Vec<String>,
}

impl Case {
    fn stdin(mut self, text: &str) -> Self {
        self.stdin = text.to_owned();
        self
    }

    fn secret(mut self, s: &str) -> Self {
        self.secrets.push(s.to_owned());
        self
    }

    fn var(mut self, key: &str, value: &str) -> Self {
        self.vars.push((key.to_owned(), value.to_owned()));
        self
    }

    /// The account the command is about: its NAME argument.
    fn account(&self) -> Option<&str> {
        let words: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let at = match words.as_slice() {
            ["account", "contact", "add" | "confirm" | "list" | "remove", ..] => 3,
            ["account" | "backup-codes" | "device", "add" | "show" | "remove" | "passwd", ..]
            | ["backup-codes", "generate" | "status" | "use", ..]
            | ["device", "list" | "revoke" | "check", ..]
            | ["recovery", "request" | "list", ..] => 2,
            ["enroll" | "confirm" | "methods" | "unenroll" | "code" | "send" | "verify" | "login" | "doctor"
            | "resync" | "unlock" | "checklist" | "log" | "outbox" | "export", ..] => 1,
            _ => return None,
        };
        words.get(at).copied().filter(|w| !w.starts_with('-'))
    }

    fn line(&self) -> String {
        let words: Vec<String> = self
            .args
            .iter()
            .map(|a| if a.is_empty() || a.contains([' ', '\'', '"']) { format!("'{a}'") } else { a.clone() })
            .collect();
        format!("tfa {} --json", words.join(" "))
    }
}

/// A table for one store: `t.case(exit, doc, &[args])` adds a case.
struct Table {
    store: &'static str,
    cases: Vec<Case>,
}

impl Table {
    fn new(store: &'static str) -> Self {
        Table { store, cases: Vec::new() }
    }

    fn case(&mut self, exit: i32, doc: Doc, args: &[&str]) -> &mut Case {
        self.cases.push(Case {
            store: self.store,
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            stdin: String::new(),
            vars: Vec::new(),
            exit,
            doc,
            secrets: Vec::new(),
        });
        self.cases.last_mut().expect("just pushed")
    }

    /// Chaining on `&mut Case` needs owned builders; this applies one.
    fn with(&mut self, exit: i32, doc: Doc, args: &[&str], f: impl FnOnce(Case) -> Case) {
        self.case(exit, doc, args);
        let last = self.cases.pop().expect("just pushed");
        self.cases.push(f(last));
    }
}

fn run(env: &TestEnv, case: &Case) -> Output {
    let mut args: Vec<&str> = case.args.iter().map(String::as_str).collect();
    args.push("--json");
    let mut cmd = env.cmd(&args);
    for (k, v) in &case.vars {
        cmd.env(k, v);
    }
    cmd.write_stdin(case.stdin.as_bytes()).output().expect("run tfa")
}

fn is_str(v: &Value) -> bool {
    v.as_str().is_some_and(|s| !s.is_empty())
}

fn has_error(doc: &Value) -> bool {
    is_str(&doc["error"]["kind"]) && is_str(&doc["error"]["message"])
}

/// What `case` broke, in words; empty when it kept the contract.
fn problems(case: &Case, out: &Output) -> Vec<String> {
    let mut found = Vec::new();
    let exit = code(out);
    if exit != case.exit {
        found.push(format!("exit {exit}, expected {}", case.exit));
    }
    let docs: Result<Vec<Value>, _> = serde_json::Deserializer::from_slice(&out.stdout).into_iter::<Value>().collect();
    match docs {
        Err(e) => found.push(format!("stdout is not JSON documents only ({e})")),
        Ok(docs) if case.doc == Lines => {
            let text = stdout(out);
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
            if lines != docs.len() || docs.iter().any(|d| !d.is_object()) {
                found.push(format!("not one JSON object a line: {lines} lines, {} documents", docs.len()));
            }
            if let Some(name) = case.account() {
                if docs.iter().any(|d| d["account"] != name) {
                    found.push(format!("an event of another account than {name:?}"));
                }
            }
        }
        Ok(docs) if docs.is_empty() => found.push("nothing on stdout".to_owned()),
        Ok(docs) if docs.len() > 1 => found.push(format!("{} JSON documents on stdout", docs.len())),
        Ok(docs) => found.extend(shape(case, &docs[0])),
    }
    for s in &case.secrets {
        if stdout(out).contains(s.as_str()) {
            found.push(format!("stdout shows the secret {s:?}"));
        }
        if stderr(out).contains(s.as_str()) {
            found.push(format!("stderr shows the secret {s:?}"));
        }
    }
    found
}

/// The one document against the kind the case asks for.
fn shape(case: &Case, doc: &Value) -> Vec<String> {
    let mut found = Vec::new();
    let refusal = is_str(&doc["reason"]);
    match case.doc {
        Answer | Lines if doc.get("error").is_some() => {
            found.push("an error document where an answer was expected".to_owned());
        }
        Error if !has_error(doc) => found.push("no error.kind and error.message strings".to_owned()),
        Refusal if !refusal => found.push("a refusal without a string reason".to_owned()),
        Verdict if !is_str(&doc["verdict"]) => found.push("no string verdict".to_owned()),
        ErrorOrRefusal if !has_error(doc) && !refusal => {
            found.push("neither error.kind/error.message nor a string reason".to_owned());
        }
        _ => {}
    }
    if case.exit == 3 && doc.get("retry_after").is_none() {
        found.push("exit 3 without retry_after".to_owned());
    }
    // Issue 10: an attempt's answer says how many tries are left before a wait.
    let words: Vec<&str> = case.args.iter().map(String::as_str).collect();
    let attempt =
        matches!(words.as_slice(), ["verify" | "login" | "confirm" | "resync", ..] | ["backup-codes", "use", ..]);
    if attempt && doc.get("error").is_none() && doc.get("reason").is_some() {
        match doc.get("tries_left") {
            None => found.push("an attempt's answer without tries_left".to_owned()),
            Some(Value::Null) if case.exit == 3 => found.push("a lockout with tries_left null, not 0".to_owned()),
            _ => {}
        }
    }
    if let (Some(name), Some(account)) = (case.account(), doc.get("account")) {
        if account != name {
            found.push(format!("account is {account}, expected {name:?}"));
        }
    }
    if case.account() == Some("nobody") && case.exit == 4 && doc["error"]["kind"] != "no_account" {
        found.push(format!("error.kind is {}, expected \"no_account\"", doc["error"]["kind"]));
    }
    found
}

/// Runs every case in order against `env`; returns the report of those that failed.
fn run_table(env: &TestEnv, table: &Table) -> Vec<String> {
    let mut report = Vec::new();
    for case in &table.cases {
        let out = run(env, case);
        let found = problems(case, &out);
        if found.is_empty() {
            continue;
        }
        let mut entry = format!("{}   [store: {}", case.line(), case.store);
        if !case.stdin.is_empty() {
            entry.push_str(&format!("; stdin {:?}", case.stdin));
        }
        entry.push_str(&format!("; expected exit {} {:?}]\n", case.exit, case.doc));
        for p in found {
            entry.push_str(&format!("    - {p}\n"));
        }
        let mut printed = stdout(&out);
        if printed.len() > 400 {
            let mut cut = 400;
            while !printed.is_char_boundary(cut) {
                cut -= 1;
            }
            printed = format!("{}... ({} bytes)", &printed[..cut], out.stdout.len());
        }
        entry.push_str(&format!("    stdout: {:?}\n", printed.trim_end()));
        entry.push_str(&format!("    stderr: {:?}", stderr(&out).lines().next().unwrap_or_default()));
        report.push(entry);
    }
    report
}

fn assert_all_kept(reports: Vec<String>, total: usize) {
    assert!(
        reports.is_empty(),
        "{} of {total} cases break the --json contract:\n\n{}\n",
        reports.len(),
        reports.join("\n\n")
    );
}

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_owned()
}

fn add_with_password(env: &TestEnv, name: &str, password: &str) {
    let out = env.run_stdin(&["account", "add", name, "--password-stdin"], &format!("{password}\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

fn backup_codes(env: &TestEnv, name: &str) -> Vec<String> {
    let v = env.json(&["backup-codes", "generate", name], 0);
    v["codes"].as_array().expect("codes").iter().map(|c| c.as_str().expect("code").to_owned()).collect()
}

fn path(p: &std::path::Path) -> String {
    p.to_str().expect("UTF-8 path").to_owned()
}

const LOU_PASSWORD: &str = "lou's pass phrase 42";
const WRONG_PASSWORD: &str = "not lou's pass 17";
const NEW_PASSWORD: &str = "a brand new pass 99";

/// Every command against a populated store: one account per family of
/// cases, so that refusals never add up to a lockout that was not asked for.
#[test]
fn every_command_answers_with_one_document_and_the_right_exit_code() {
    let env = TestEnv::new();
    // Three failures in a row throttle an account for an hour: "lk" below
    // stays throttled for the whole run, the others never get there.
    env.ok(&["policy", "--backoff-after", "3", "--base-delay", "3600", "--max-delay", "3600"]);

    for name in ["vera", "dora", "rita", "bea", "lk", "ready"] {
        env.enroll_active(name);
    }
    add_with_password(&env, "lou", LOU_PASSWORD);
    env.enroll_active("lou");
    for name in ["bob", "dev", "pat", "gone", "gen"] {
        env.ok(&["account", "add", name]);
    }
    let pending = |name: &str| env.json(&["enroll", name, "totp"], 0)["method_id"].to_string();
    pending("carol");
    pending("cora");
    pending("lk");
    for name in ["erin", "fay", "flo", "gwen", "tess", "tina", "cy"] {
        env.ok(&["enroll", name, "email", "--address", &format!("{name}@example.com"), "--no-confirm"]);
    }
    let unen_id = env.json(&["enroll", "unen", "totp", "--no-confirm"], 0)["method_id"].to_string();
    let bea_codes = backup_codes(&env, "bea");
    backup_codes(&env, "lk");
    backup_codes(&env, "ready");
    let device = |label: &str| {
        let v = env.json(&["device", "add", "dev", "--name", label], 0);
        (v["device_id"].to_string(), v["token"].as_str().expect("token").to_owned())
    };
    let (_, dev_token) = device("laptop");
    let (phone_id, _) = device("phone");
    let out_file = env.path().join("codes.txt");
    fs::write(&out_file, "keep me\n").expect("write");

    let now = unix_now();
    let lk_now = env.code_at("lk", now);
    for _ in 0..3 {
        assert_eq!(code(&env.run(&["verify", "lk", &other_than(&lk_now)])), 1);
    }
    let vera_now = env.code_at("vera", now);
    let dora_now = env.code_at("dora", now);
    let lou_now = env.code_at("lou", now);
    let (rita1, rita2) = (env.code_at("rita", now), env.code_at("rita", now + 30));
    let carol_now = env.pending_code_at("carol", now);
    let cora_now = env.pending_code_at("cora", now);
    let working = Gateway::working(&env);
    let down = Gateway::new(&env, "down.sh", "echo 'gateway down' >&2; exit 7");
    let (up, down) = (path(&working.script), path(&down.script));
    // cy: a pending recovery contact, and its code; a confirmed one to remove.
    let contact = |address: &str| {
        let out = working.run(&env, &["account", "contact", "add", "cy", "--email", address, "--json"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        (v["contact"]["id"].to_string(), working.last_code())
    };
    let (gone_contact, gone_code) = contact("cy.old@example.com");
    env.ok(&["account", "contact", "confirm", "cy", &gone_code]);
    let (_, cy_code) = contact("cy.friend@example.com");
    let lou_pw = format!("{LOU_PASSWORD}\n");

    let mut t = Table::new("populated");

    // Usage errors: clap's, before any store is opened.
    t.case(2, Error, &[]);
    t.case(2, Error, &["bogus"]);
    t.case(2, Error, &["verify"]);
    t.case(2, Error, &["device", "revoke", "dev"]);
    t.case(2, Error, &["enroll", "x", "hotp", "--digits", "9"]);
    t.case(2, Error, &["enroll", "x", "sms"]);
    t.case(2, Error, &["code", "vera", "--at", "yesterday"]);
    t.case(2, Error, &["checklist", "ready", "--all"]);
    t.case(2, Error, &["policy", "--backoff-after", "0"]);
    t.case(2, Error, &["completions", "nosh"]);
    t.case(2, Error, &["man"]);
    {
        // `--json` before the subcommand is the same flag.
        let c = t.case(2, Error, &[]);
        c.args = vec!["--json".into(), "verify".into()];
    }

    // init: on an existing store it changes nothing and says so.
    t.case(0, Answer, &["init"]);

    // account add | list | show | remove | passwd
    t.case(0, Answer, &["account", "add", "newbie"]);
    t.with(0, Answer, &["account", "add", "withpw", "--password-stdin"], |c| {
        c.stdin(&format!("{NEW_PASSWORD}\n")).secret(NEW_PASSWORD)
    });
    t.with(2, Error, &["account", "add", "bad name", "--password-stdin"], |c| {
        c.stdin(&format!("{NEW_PASSWORD}\n")).secret(NEW_PASSWORD)
    });
    t.with(2, Error, &["account", "add", "lou", "--password-stdin"], |c| {
        c.stdin(&format!("{NEW_PASSWORD}\n")).secret(NEW_PASSWORD)
    });
    t.with(2, Error, &["account", "add", "empty", "--password-stdin"], |c| c.stdin("\n"));
    t.case(0, Answer, &["account", "list"]);
    t.case(0, Answer, &["account", "show", "vera"]);
    t.case(4, Error, &["account", "show", "nobody"]);
    t.case(2, Error, &["account", "remove", "gone"]);
    t.case(0, Answer, &["account", "remove", "gone", "--yes"]);
    t.case(4, Error, &["account", "remove", "nobody", "--yes"]);
    t.with(0, Answer, &["account", "passwd", "pat", "--password-stdin"], |c| {
        c.stdin(&format!("{NEW_PASSWORD}\n")).secret(NEW_PASSWORD)
    });
    t.with(2, Error, &["account", "passwd", "pat", "--password-stdin"], |c| c.stdin("\n"));
    t.with(4, Error, &["account", "passwd", "nobody", "--password-stdin"], |c| {
        c.stdin(&format!("{NEW_PASSWORD}\n")).secret(NEW_PASSWORD)
    });

    // enroll totp | hotp | sms | email (the account is created if missing: no exit 4)
    t.case(0, Answer, &["enroll", "new1", "totp"]);
    t.case(0, Answer, &["enroll", "new2", "hotp", "--no-confirm"]);
    t.case(0, Answer, &["enroll", "new3", "sms", "--phone", "+14155550123"]);
    t.case(0, Answer, &["enroll", "new4", "email", "--address", "new4@example.com"]);
    t.with(0, Answer, &["enroll", "new5", "sms", "--phone", "+14155550124"], |c| c.var("TFA_DELIVERY_COMMAND", &up));
    t.with(2, Error, &["enroll", "x", "totp", "--secret-stdin"], |c| c.stdin("JBSWY3DPEE\n").secret("JBSWY3DPEE"));
    t.with(2, Error, &["enroll", "x", "hotp", "--uri-stdin"], |c| c.stdin("https://example.com/\n"));
    t.case(2, Error, &["enroll", "x", "sms", "--phone", "12"]);
    t.case(2, Error, &["enroll", "x", "email", "--address", "nope"]);
    // The gateway fails: the method stays pending, the code is void (exit 2).
    t.with(2, ErrorOrRefusal, &["enroll", "fz", "sms", "--phone", "+14155550125"], |c| {
        c.var("TFA_DELIVERY_COMMAND", &down)
    });

    // confirm
    t.case(0, Answer, &["confirm", "carol", &carol_now]);
    t.case(1, Refusal, &["confirm", "cora", &other_than(&cora_now)]);
    t.case(2, Error, &["confirm", "cora", "12"]);
    t.case(3, Refusal, &["confirm", "lk", "123456"]);
    t.case(4, Error, &["confirm", "vera", "123456"]);
    t.case(4, Error, &["confirm", "nobody", "123456"]);

    // methods, unenroll
    t.case(0, Answer, &["methods", "vera"]);
    t.case(4, Error, &["methods", "nobody"]);
    t.case(2, Error, &["unenroll", "unen", &unen_id]);
    t.case(0, Answer, &["unenroll", "unen", &unen_id, "--yes"]);
    t.case(4, Error, &["unenroll", "vera", "999", "--yes"]);
    t.case(4, Error, &["unenroll", "nobody", "1", "--yes"]);

    // code
    t.case(0, Answer, &["code", "vera", "--at", "1700000000"]);
    t.case(4, Error, &["code", "bob"]);
    t.case(4, Error, &["code", "nobody"]);

    // send, outbox (no delivery command: the outbox)
    t.case(0, Answer, &["send", "erin"]);
    t.case(3, ErrorOrRefusal, &["send", "erin"]);
    t.with(0, Answer, &["send", "gwen"], |c| c.var("TFA_DELIVERY_COMMAND", &up));
    t.with(2, ErrorOrRefusal, &["send", "fay"], |c| c.var("TFA_DELIVERY_COMMAND", &down));
    t.case(4, Error, &["send", "bob"]);
    t.case(4, Error, &["send", "nobody"]);
    // send --test: a message with no code, only through a delivery command
    t.with(0, Answer, &["send", "tess", "--test"], |c| c.var("TFA_DELIVERY_COMMAND", &up));
    t.with(3, ErrorOrRefusal, &["send", "tess", "--test"], |c| c.var("TFA_DELIVERY_COMMAND", &up));
    t.with(2, ErrorOrRefusal, &["send", "tina", "--test"], |c| c.var("TFA_DELIVERY_COMMAND", &down));
    t.case(2, Error, &["send", "tina", "--test"]);
    t.with(4, Error, &["send", "bob", "--test"], |c| c.var("TFA_DELIVERY_COMMAND", &up));

    // account contact add | confirm | list | remove
    t.with(0, Answer, &["account", "contact", "add", "vera", "--email", "v.friend@example.com"], |c| {
        c.var("TFA_DELIVERY_COMMAND", &up)
    });
    t.with(3, ErrorOrRefusal, &["account", "contact", "add", "vera", "--email", "v.friend@example.com"], |c| {
        c.var("TFA_DELIVERY_COMMAND", &up)
    });
    t.with(2, ErrorOrRefusal, &["account", "contact", "add", "dora", "--phone", "+14155550126"], |c| {
        c.var("TFA_DELIVERY_COMMAND", &down)
    });
    t.case(2, Error, &["account", "contact", "add", "dora", "--email", "d.friend@example.com"]);
    t.with(2, Error, &["account", "contact", "add", "dora", "--email", "nope"], |c| c.var("TFA_DELIVERY_COMMAND", &up));
    t.case(2, Error, &["account", "contact", "add", "dora"]);
    t.with(4, Error, &["account", "contact", "add", "nobody", "--email", "n@example.com"], |c| {
        c.var("TFA_DELIVERY_COMMAND", &up)
    });
    t.case(1, Refusal, &["account", "contact", "confirm", "cy", &other_than(&cy_code)]);
    t.case(2, Error, &["account", "contact", "confirm", "cy", "12"]);
    t.case(0, Answer, &["account", "contact", "confirm", "cy", &cy_code]);
    t.case(4, Error, &["account", "contact", "confirm", "cy", &cy_code]);
    t.case(4, Error, &["account", "contact", "confirm", "nobody", "123456"]);
    t.case(0, Answer, &["account", "contact", "list", "cy"]);
    t.case(4, Error, &["account", "contact", "list", "nobody"]);
    t.case(2, Error, &["account", "contact", "remove", "cy", &gone_contact]);
    t.case(0, Answer, &["account", "contact", "remove", "cy", &gone_contact, "--yes"]);
    t.case(4, Error, &["account", "contact", "remove", "cy", &gone_contact, "--yes"]);
    t.case(4, Error, &["account", "contact", "remove", "nobody", "1", "--yes"]);
    t.case(0, Answer, &["outbox"]);
    t.case(0, Answer, &["outbox", "erin"]);
    t.case(4, Error, &["outbox", "nobody"]);

    // doctor: changes nothing, so before verify uses dora's code
    t.case(0, Verdict, &["doctor", "dora", &dora_now]);
    t.case(1, Verdict, &["doctor", "dora", &other_than(&dora_now)]);
    t.case(1, Verdict, &["doctor", "lk", "123456"]);
    t.case(2, ErrorOrRefusal, &["doctor", "dora", "12"]);
    t.case(4, Error, &["doctor", "nobody", "123456"]);

    // verify
    t.case(1, Refusal, &["verify", "vera", &other_than(&vera_now)]);
    t.case(2, Error, &["verify", "vera", "12"]);
    t.with(2, Error, &["verify", "vera", "-"], |c| c.stdin("12\n"));
    // issue 13: one JSON object a line, an error document for a line that cannot be checked
    let batch = format!("vera {}\nnobody 123456\nvera 12\n", other_than(&vera_now));
    t.with(0, Lines, &["verify", "--batch"], |c| c.stdin(&batch));
    t.case(2, Error, &["verify", "vera", "123456", "--source", "bad\nsource"]);
    t.case(0, Answer, &["verify", "vera", &vera_now]);
    t.case(1, Refusal, &["verify", "vera", &vera_now]);
    t.case(3, Refusal, &["verify", "lk", &lk_now]);
    t.case(4, Error, &["verify", "bob", "123456"]);
    t.case(4, Error, &["verify", "carol", "123456", "--via", "sms"]);
    t.case(4, Error, &["verify", "nobody", "123456"]);

    // login
    t.with(1, Refusal, &["login", "lou", "--password-stdin", "--code", &lou_now], |c| {
        c.stdin(&format!("{WRONG_PASSWORD}\n")).secret(WRONG_PASSWORD).secret(LOU_PASSWORD)
    });
    t.with(1, Refusal, &["login", "lou", "--password-stdin", "--code", &other_than(&lou_now)], |c| {
        c.stdin(&lou_pw).secret(LOU_PASSWORD)
    });
    t.case(2, Error, &["login", "lou"]);
    // No code and no terminal: login's own refusal (reason code_required).
    t.with(2, Refusal, &["login", "lou", "--password-stdin"], |c| c.stdin(&lou_pw).secret(LOU_PASSWORD));
    t.with(2, Error, &["login", "lou", "--password-stdin", "--code", "12"], |c| c.stdin(&lou_pw).secret(LOU_PASSWORD));
    t.with(2, Error, &["login", "flo"], |c| c.var("TFA_DELIVERY_COMMAND", &down));
    t.with(0, Answer, &["login", "lou", "--password-stdin", "--code", &lou_now], |c| {
        c.stdin(&lou_pw).secret(LOU_PASSWORD)
    });
    t.case(3, Refusal, &["login", "lk", "--code", &lk_now]);
    t.case(4, Error, &["login", "bob", "--code", "123456"]);
    t.with(4, Error, &["login", "nobody", "--password-stdin", "--code", "123456"], |c| {
        c.stdin(&lou_pw).secret(LOU_PASSWORD)
    });

    // backup-codes generate | status | use
    t.case(0, Answer, &["backup-codes", "generate", "gen"]);
    t.case(0, Answer, &["backup-codes", "generate", "gen", "--out", &path(&env.path().join("new-codes.txt"))]);
    t.case(2, Error, &["backup-codes", "generate", "gen", "--out", &path(&out_file)]);
    t.case(0, Answer, &["backup-codes", "status", "bea"]);
    t.case(4, Error, &["backup-codes", "status", "nobody"]);
    t.case(1, Refusal, &["backup-codes", "use", "bea", "aaaaa-aaaaa"]);
    t.case(2, Error, &["backup-codes", "use", "bea", "zz"]);
    t.case(0, Answer, &["backup-codes", "use", "bea", &bea_codes[0]]);
    t.case(1, Refusal, &["backup-codes", "use", "bea", &bea_codes[0]]);
    // A backoff does not stop a backup code (issue 10): a wrong one is checked and refused.
    t.with(1, Refusal, &["backup-codes", "use", "lk", "-"], |c| c.stdin("aaaaa-aaaaa\n"));
    t.case(4, Error, &["backup-codes", "use", "bob", "aaaaa-aaaaa"]);
    t.case(4, Error, &["backup-codes", "use", "nobody", "aaaaa-aaaaa"]);

    // device add | list | revoke | check
    t.case(0, Answer, &["device", "add", "dev", "--name", "tablet"]);
    t.case(2, Error, &["device", "add", "dev", "--name", "kiosk", "--ttl", "5y"]);
    t.case(4, Error, &["device", "add", "nobody", "--name", "x"]);
    t.case(0, Answer, &["device", "list", "dev"]);
    t.case(4, Error, &["device", "list", "nobody"]);
    t.case(0, Answer, &["device", "revoke", "dev", &phone_id]);
    t.case(4, Error, &["device", "revoke", "dev", "999"]);
    t.case(4, Error, &["device", "revoke", "nobody", "--all"]);
    t.with(0, Answer, &["device", "check", "dev", "-"], |c| c.stdin(&format!("{dev_token}\n")));
    t.case(1, Refusal, &["device", "check", "dev", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]);
    t.with(2, Error, &["device", "check", "dev", "-"], |c| c.stdin("short\n"));
    t.with(4, Error, &["device", "check", "nobody", "-"], |c| c.stdin(&format!("{dev_token}\n")).secret(&dev_token));

    // checklist NAME | (generic) | --all, and --markdown (a Markdown block
    // "instead of --json": asked for both, it is a usage error)
    t.case(0, Answer, &["checklist", "ready"]);
    t.case(1, Answer, &["checklist", "bob"]);
    t.case(4, Error, &["checklist", "nobody"]);
    t.case(0, Answer, &["checklist"]);
    t.case(1, Answer, &["checklist", "--all"]);
    t.case(2, Error, &["checklist", "ready", "--markdown"]);
    t.case(2, Error, &["checklist", "--all", "--markdown"]);

    // resync
    t.case(1, Refusal, &["resync", "rita", "123456", "654321"]);
    t.case(2, Error, &["resync", "rita", "12", "654321"]);
    t.case(0, Answer, &["resync", "rita", &rita1, &rita2]);
    t.case(3, Refusal, &["resync", "lk", "123456", "654321"]);
    t.case(4, Error, &["resync", "bob", "123456", "654321"]);
    t.case(4, Error, &["resync", "nobody", "123456", "654321"]);

    // unlock (last: it lifts lk's lockout)
    t.case(4, Error, &["unlock", "nobody"]);
    t.case(0, Answer, &["unlock", "lk"]);

    let total = t.cases.len();
    assert_all_kept(run_table(&env, &t), total);
}

/// A store that is not one, a key that is gone, a hard lock, a new store,
/// and the commands that write files: backup, rekey, completions, man.
#[test]
fn broken_stores_locks_and_files_answer_with_one_document() {
    let mut reports = Vec::new();
    let mut total = 0;

    // A store that is garbage: every command that opens it exits 2.
    // A damaged file: a file-store property, so a SQLite store on either run.
    let corrupt = TestEnv::sqlite();
    corrupt.ok(&["init"]);
    fs::write(corrupt.db(), b"this is not a database, just some text that is long enough".repeat(100)).expect("write");
    for ext in ["db-wal", "db-shm"] {
        let _ = fs::remove_file(corrupt.db().with_extension(ext));
    }
    let backup_target = path(&corrupt.path().join("copy.db"));
    let mut t = Table::new("corrupt");
    for args in [
        &["init"][..],
        &["account", "add", "a"],
        &["account", "list"],
        &["account", "show", "a"],
        &["account", "remove", "a", "--yes"],
        &["account", "passwd", "a", "--password-stdin"],
        &["account", "contact", "add", "a", "--email", "a@example.com"],
        &["account", "contact", "confirm", "a", "123456"],
        &["account", "contact", "list", "a"],
        &["account", "contact", "remove", "a", "1", "--yes"],
        &["enroll", "a", "totp"],
        &["enroll", "a", "hotp"],
        &["enroll", "a", "sms", "--phone", "+14155550100"],
        &["enroll", "a", "email", "--address", "a@example.com"],
        &["confirm", "a", "123456"],
        &["methods", "a"],
        &["unenroll", "a", "1", "--yes"],
        &["code", "a"],
        &["send", "a"],
        &["send", "a", "--test"],
        &["outbox"],
        &["verify", "a", "123456"],
        &["verify", "--batch"],
        &["login", "a", "--code", "123456"],
        &["backup-codes", "generate", "a"],
        &["backup-codes", "status", "a"],
        &["backup-codes", "use", "a", "aaaaa-aaaaa"],
        &["device", "add", "a", "--name", "x"],
        &["device", "list", "a"],
        &["device", "revoke", "a", "1"],
        &["device", "check", "a", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
        &["checklist", "a"],
        &["checklist", "--all"],
        &["checklist"],
        &["doctor", "a", "123456"],
        &["resync", "a", "123456", "654321"],
        &["unlock", "a"],
        &["policy"],
        &["policy", "--backoff-after", "3"],
        &["log"],
        &["log", "--prune", "1d"],
        &["support", "show"],
        &["support", "set", "IT desk"],
        &["support", "clear"],
        &["status", "show"],
        &["status", "set", "SMS delayed"],
        &["status", "clear"],
        &["backup", &backup_target],
        &["rekey"],
        &["recovery", "request", "a"],
        &["recovery", "list"],
        &["recovery", "complete", "1"],
    ] {
        t.with(2, Error, args, |c| c.stdin("a password\n").secret("a password"));
    }
    total += t.cases.len();
    reports.extend(run_table(&corrupt, &t));

    // A store whose key file is gone: every command that needs the key exits 2.
    let keyless = TestEnv::new();
    keyless.enroll_active("a");
    keyless.ok(&["enroll", "p", "totp"]);
    keyless.ok(&["enroll", "e", "email", "--address", "e@example.com", "--no-confirm"]);
    fs::remove_file(keyless.key_file()).expect("remove key");
    let mut t = Table::new("key file missing");
    // init cannot make the store usable (it must not make a new key): a key problem.
    t.case(2, Error, &["init"]);
    t.case(2, Error, &["enroll", "a", "totp"]);
    t.case(2, Error, &["enroll", "a", "hotp"]);
    t.case(2, Error, &["enroll", "a", "sms", "--phone", "+14155550100"]);
    t.case(2, Error, &["enroll", "a", "email", "--address", "a@example.com"]);
    t.case(2, Error, &["confirm", "p", "123456"]);
    t.case(2, Error, &["code", "a"]);
    t.case(2, Error, &["send", "e"]);
    t.case(2, Error, &["verify", "a", "123456"]);
    t.case(2, Error, &["login", "a", "--code", "123456"]);
    t.case(2, Error, &["doctor", "a", "123456"]);
    t.case(2, Error, &["resync", "a", "123456", "654321"]);
    t.case(2, Error, &["rekey"]);
    total += t.cases.len();
    reports.extend(run_table(&keyless, &t));

    // A hard lock: exit 3 with retry_after null.
    let locked = TestEnv::new();
    locked.ok(&["policy", "--backoff-after", "50", "--hard-lock-at", "2"]);
    locked.enroll_active("h");
    let right = locked.code_at("h", unix_now());
    for _ in 0..2 {
        assert_eq!(code(&locked.run(&["verify", "h", &other_than(&right)])), 1);
    }
    let mut t = Table::new("hard-locked account");
    t.case(3, Refusal, &["verify", "h", &right]);
    t.case(3, Refusal, &["login", "h", "--code", &right]);
    t.case(3, Refusal, &["backup-codes", "use", "h", "aaaaa-aaaaa"]);
    t.case(1, Verdict, &["doctor", "h", &right]);
    t.case(1, Answer, &["checklist", "h"]);
    t.case(0, Answer, &["unlock", "h"]);
    total += t.cases.len();
    reports.extend(run_table(&locked, &t));

    // No store yet.
    let fresh = TestEnv::new();
    let mut t = Table::new("none yet");
    t.case(0, Answer, &["init"]);
    total += t.cases.len();
    reports.extend(run_table(&fresh, &t));

    // Files: backup, rekey, completions, man; and the store-wide settings.
    let files = TestEnv::new();
    files.enroll_active("a");
    backup_codes(&files, "a");
    let copy = path(&files.path().join("copy.db"));
    let man_dir = path(&files.path().join("man"));
    let not_a_dir = files.path().join("plain-file");
    fs::write(&not_a_dir, "x").expect("write");
    let mut t = Table::new("one ready account");
    t.case(0, Answer, &["checklist", "--all"]);
    if files.postgres() {
        // A PostgreSQL store is backed up with pg_dump: tfa backup says so.
        t.case(2, Error, &["backup", &copy]);
    } else {
        t.case(0, Answer, &["backup", &copy]);
        t.case(2, Error, &["backup", &copy]);
    }
    t.case(0, Answer, &["rekey"]);
    t.case(2, Error, &["rekey"]);
    t.case(0, Answer, &["rekey", "--forget-old"]);
    // A script is not a JSON document: with --json it comes as one
    // (e.g. {"shell": "bash", "script": "..."}).
    t.case(0, Answer, &["completions", "bash"]);
    // The pages go to DIR; the document says what was written.
    t.case(0, Answer, &["man", &man_dir]);
    t.case(2, Error, &["man", &path(&not_a_dir.join("sub"))]);
    t.case(0, Answer, &["support", "show"]);
    t.case(0, Answer, &["support", "set", "IT desk, +1 555 0100"]);
    t.case(2, Error, &["support", "set", &"x".repeat(301)]);
    t.case(0, Answer, &["support", "clear"]);
    t.case(0, Answer, &["status", "show"]);
    t.case(0, Answer, &["status", "set", "SMS to the UK delayed"]);
    t.case(2, Error, &["status", "set", &"x".repeat(301)]);
    t.case(0, Answer, &["status", "clear"]);
    // import | export
    let uris = "otpauth://totp/ACME:imp?secret=JBSWY3DPEHPK3PXP&issuer=ACME\n";
    t.with(0, Answer, &["import", "uris", "-", "--dry-run"], |c| c.stdin(uris));
    t.with(0, Answer, &["import", "uris", "-"], |c| c.stdin(uris));
    t.with(2, Error, &["import", "uris", "-"], |c| c.stdin("otpauth://totp/x?secret=!!\n"));
    t.case(2, Error, &["import", "oath-usersfile", &path(&not_a_dir.join("sub"))]);
    t.with(2, Error, &["import", "google-migration", "-"], |c| c.stdin("otpauth-migration://offline?data=AAAA\n"));
    t.case(2, Error, &["import", "google-authenticator", "--homes", &path(&not_a_dir)]);
    t.case(2, Error, &["export", "a"]);
    t.case(0, Answer, &["export", "a", "--yes"]);
    t.case(4, Error, &["export", "nobody", "--yes"]);
    t.case(0, Answer, &["policy"]);
    t.case(0, Answer, &["policy", "--backoff-after", "6"]);
    t.case(0, Lines, &["log"]);
    t.case(0, Lines, &["log", "a"]);
    t.case(0, Lines, &["log", "--since", "1h"]);
    t.case(2, Error, &["log", "--since", "next tuesday"]);
    t.case(0, Answer, &["log", "--prune", "2000-01-01"]);
    t.case(2, Error, &["log", "--prune", "next tuesday"]);
    total += t.cases.len();
    reports.extend(run_table(&files, &t));

    // Account recovery: requests at every step, and tickets.
    let rec = TestEnv::new();
    for name in ["r", "s", "t", "v"] {
        rec.enroll_active(name);
    }
    let request = |name: &str| rec.json(&["recovery", "request", name], 0)["id"].to_string();
    // Ready at once, with no check needed: "t" and "v".
    rec.ok(&["policy", "--recovery-wait", "0s", "--recovery-checks", "0"]);
    let (id_t, id_v) = (request("t"), request("v"));
    let v_ticket = rec.json(&["recovery", "complete", &id_v], 0)["ticket"].as_str().expect("ticket").to_owned();
    rec.ok(&["policy", "--recovery-wait", "24h", "--recovery-checks", "1"]);
    let id_r = request("r");
    let v_in = format!("{v_ticket}\n");
    let mut t = Table::new("recovery");
    t.case(0, Answer, &["recovery", "list"]);
    t.case(0, Answer, &["recovery", "list", "r", "--all"]);
    t.case(4, Error, &["recovery", "list", "nobody"]);
    t.case(1, Error, &["recovery", "request", "r"]);
    t.case(4, Error, &["recovery", "request", "nobody"]);
    t.case(2, Error, &["recovery", "request", "s", "--reason", ""]);
    t.case(0, Answer, &["recovery", "request", "s", "--reason", "lost phone"]);
    // Early: exit 3 with retry_after (and checks_missing, with retry_after null, once the wait is over).
    t.case(3, Error, &["recovery", "complete", &id_r]);
    t.case(0, Answer, &["recovery", "check", &id_r, "--note", "called back"]);
    t.case(2, Error, &["recovery", "check", &id_r, "--note", ""]);
    t.case(4, Error, &["recovery", "check", "999", "--note", "x"]);
    t.case(1, Refusal, &["recovery", "cancel", &id_r, "--code", "aaaaa-aaaaa"]);
    t.case(2, Error, &["recovery", "cancel", &id_r, "--code", "12"]);
    t.case(0, Answer, &["recovery", "cancel", &id_r]);
    t.case(1, Error, &["recovery", "cancel", &id_r]);
    t.case(2, Error, &["recovery", "complete", &id_t, "--ticket-ttl", "2d"]);
    t.case(0, Answer, &["recovery", "complete", &id_t]);
    t.case(1, Error, &["recovery", "complete", &id_t]);
    t.case(4, Error, &["recovery", "complete", "999"]);
    // The ticket: its new app's URI (exit 2, code_required), then a wrong code, a stranger's ticket, a malformed one.
    t.with(2, Refusal, &["login", "v", "--ticket", "-"], |c| c.stdin(&v_in).secret(&v_ticket));
    t.with(1, Refusal, &["login", "v", "--ticket", "-", "--code", "-"], |c| {
        c.stdin(&format!("{v_ticket}\n000000\n")).secret(&v_ticket)
    });
    t.with(1, Refusal, &["login", "v", "--ticket", "-"], |c| c.stdin(&format!("{}\n", "A".repeat(43))));
    t.with(2, Error, &["login", "v", "--ticket", "-"], |c| c.stdin("not a ticket\n"));
    t.case(2, Error, &["login", "v", "--ticket", "on-argv"]);
    t.case(0, Answer, &["policy", "--recovery-wait", "2d", "--recovery-checks", "2"]);
    t.case(2, Error, &["policy", "--recovery-wait", "soon"]);
    total += t.cases.len();
    reports.extend(run_table(&rec, &t));

    assert_all_kept(reports, total);
}
