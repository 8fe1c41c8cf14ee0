//! Everything printed goes through the `Printer`: data on stdout, notes on
//! stderr, JSON from view structs, tables only on a terminal.

pub mod answers;
pub mod attempt;
pub mod checklist;
pub mod qr;
pub mod secret_file;
pub mod views;

use std::cell::{Cell, RefCell};
use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::Outcome;

/// A command's answer: one JSON document on stdout with `--json`, else its
/// data as text; its notes on stderr either way; and the exit code.
pub trait Answer: Serialize {
    fn outcome(&self) -> Outcome;

    /// The data as text on stdout, when not JSON.
    fn data(&self, _p: &Printer) -> io::Result<()> {
        Ok(())
    }

    /// What a person is told on stderr, JSON or not: notes, warnings, or
    /// the error of an answer that exits 2 or 3.
    fn notes(&self, _p: &Printer) {}

    /// Whether a person is stuck here (a lockout): the JSON document then
    /// carries the support contact, as a dead end's error document does.
    fn dead_end(&self) -> bool {
        false
    }
}

pub struct Printer {
    pub json: bool,
    quiet: bool,
    color: bool,
    stdout_tty: bool,
    /// Whether the one JSON document of this run is out.
    json_done: Cell<bool>,
    /// The support contact, once a store is open: said at every dead end.
    support: RefCell<Option<String>>,
}

impl Printer {
    pub fn new(json: bool, quiet: bool, color: bool) -> Self {
        Printer {
            json,
            quiet,
            color,
            stdout_tty: io::stdout().is_terminal(),
            json_done: Cell::new(false),
            support: RefCell::new(None),
        }
    }

    /// Where a person who cannot go on gets help (the support contact).
    pub fn set_support(&self, support: Option<String>) {
        *self.support.borrow_mut() = support;
    }

    pub fn support(&self) -> Option<String> {
        self.support.borrow().clone()
    }

    /// The support line on stderr, after a dead end (a lockout, no way in).
    pub fn tell_support(&self) {
        if let Some(support) = self.support() {
            write_stderr(&format!("Need help? {support}"));
        }
    }

    /// Prints the answer as the run asks (JSON or text); its exit code.
    pub fn answer<A: Answer>(&self, answer: &A) -> io::Result<Outcome> {
        if self.json {
            match self.support().filter(|_| answer.dead_end()) {
                Some(support) => {
                    let mut doc = serde_json::to_value(answer).map_err(io::Error::other)?;
                    if let Some(fields) = doc.as_object_mut() {
                        fields.insert("support".into(), support.into());
                    }
                    self.json(&doc)?;
                }
                None => self.json(answer)?,
            }
        } else {
            answer.data(self)?;
        }
        answer.notes(self);
        Ok(answer.outcome())
    }

    /// Whether a JSON document was printed (an error then adds none).
    pub fn json_done(&self) -> bool {
        self.json_done.get()
    }

    /// Whether stdout is a person's terminal (and not JSON).
    pub fn human_terminal(&self) -> bool {
        self.stdout_tty && !self.json
    }

    /// One JSON document on stdout.
    pub fn json<T: Serialize>(&self, value: &T) -> io::Result<()> {
        let mut doc = serde_json::to_vec(value).map_err(io::Error::other)?;
        doc.push(b'\n');
        self.json_done.set(true);
        write_stdout(&doc)
    }

    /// A line of data on stdout.
    pub fn line(&self, text: impl Display) -> io::Result<()> {
        write_stdout(format!("{text}\n").as_bytes())
    }

    /// A note on stderr, unless quiet.
    pub fn note(&self, text: impl Display) {
        if !self.quiet {
            write_stderr(&text.to_string());
        }
    }

    /// An error on stderr, quiet or not: `tfa: <what happened>`.
    pub fn error(&self, text: impl Display) {
        write_stderr(&format!("{}: {text}", self.paint(Paint::Bad, "tfa")));
    }

    /// Whether notes (and progress bars) are kept off stderr.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// A warning on stderr, unless quiet.
    pub fn warn(&self, text: impl Display) {
        if !self.quiet {
            write_stderr(&format!("{}: {text}", self.paint(Paint::Warn, "warning")));
        }
    }

    pub fn paint(&self, paint: Paint, text: &str) -> String {
        if !self.color {
            return text.to_owned();
        }
        let code = match paint {
            Paint::Good => "32",
            Paint::Warn => "33",
            Paint::Bad => "31",
            Paint::Dim => "2",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    /// Rows as a table on a terminal, as tab-separated lines otherwise.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) -> io::Result<()> {
        if self.stdout_tty {
            return self.line(boxed(header, rows));
        }
        write_stdout(tab_separated(&rows).as_bytes())
    }
}

/// A table for a terminal. Cells may hold `Printer::paint`ed text: with
/// comfy-table's `custom_styling` its escape codes take no width.
fn boxed(header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_header(header.to_vec());
    for row in rows {
        table.add_row(row);
    }
    table
}

/// Rows for scripts: one line each, cells split by tabs and never coloured
/// (colour follows stderr, and a pipe or file must not get escape codes).
fn tab_separated(rows: &[Vec<String>]) -> String {
    rows.iter().map(|row| unpainted(&row.join("\t")) + "\n").collect()
}

/// Text without the SGR codes `Printer::paint` adds.
fn unpainted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes data to stdout. A reader that went away (a closed pipe) is not an
/// error: what the command decided stands, and its exit code says so.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    match io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A line on stderr; a stderr that cannot be written is ignored, never a panic.
pub fn write_stderr(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Good,
    Warn,
    Bad,
    Dim,
}

/// Said whenever a message went to the outbox instead of a person.
pub const OUTBOX_NOTE: &str = "No delivery command is configured (TFA_DELIVERY_COMMAND or --delivery-command): nothing left this machine; the message is in the outbox (tfa outbox).";

/// A Unix time in a JSON document: RFC 3339, UTC, `Z`.
pub fn json_time(unix: i64) -> String {
    crate::core::when::rfc3339(unix)
}

/// A Unix time as UTC `YYYY-MM-DD HH:MM:SS` (see `core::when::format`).
pub fn format_time(unix: i64) -> String {
    crate::core::when::format(unix)
}

pub fn format_optional_time(unix: Option<i64>) -> String {
    unix.map_or_else(|| "never".to_owned(), format_time)
}

/// A message sent (or not): exit 0 sent, 3 throttled (`retry_after`), 2
/// not delivered; shared by `send` and `account contact add`.
pub fn sent_outcome(sent: bool, retry_after: Option<u64>) -> Outcome {
    match (sent, retry_after) {
        (true, _) => Outcome::Success,
        (false, Some(_)) => Outcome::Locked,
        (false, None) => Outcome::Invalid,
    }
}

/// What a send said, then why it failed, as an error.
pub fn tell_sent(p: &Printer, said: &[String], error: Option<&views::ErrorView>) {
    for line in said {
        p.note(line);
    }
    if let Some(error) = error {
        p.error(&error.message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_utc_calendar_dates() {
        assert_eq!(format_time(0), "1970-01-01 00:00:00");
        assert_eq!(format_time(1_111_111_109), "2005-03-18 01:58:29");
        assert_eq!(format_time(2_000_000_000), "2033-05-18 03:33:20");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(format_optional_time(None), "never");
    }

    #[test]
    fn painted_cells_keep_a_table_aligned() {
        let printer = Printer {
            json: false,
            quiet: false,
            color: true,
            stdout_tty: true,
            json_done: Cell::new(false),
            support: RefCell::new(None),
        };
        let rows = vec![
            vec!["1".to_owned(), "totp".to_owned(), printer.paint(Paint::Good, "active")],
            vec!["2".to_owned(), "sms".to_owned(), printer.paint(Paint::Warn, "pending")],
            vec!["3".to_owned(), "email".to_owned(), "disabled".to_owned()],
        ];
        let rendered = boxed(&["id", "kind", "status"], rows).to_string();
        assert!(rendered.contains("\x1b[32mactive\x1b[0m"), "{rendered}");
        let widths: Vec<usize> = rendered.lines().map(|line| unpainted(line).chars().count()).collect();
        assert_eq!(widths.len(), 7, "{rendered}");
        assert!(widths.iter().all(|&w| w == widths[0]), "{widths:?}\n{rendered}");
    }

    #[test]
    fn tab_separated_rows_carry_no_colour() {
        let printer = Printer {
            json: false,
            quiet: false,
            color: true,
            stdout_tty: false,
            json_done: Cell::new(false),
            support: RefCell::new(None),
        };
        let rows = vec![
            vec!["1".to_owned(), printer.paint(Paint::Good, "active")],
            vec!["2".to_owned(), printer.paint(Paint::Dim, "revoked")],
        ];
        assert_eq!(tab_separated(&rows), "1\tactive\n2\trevoked\n");
    }
}
