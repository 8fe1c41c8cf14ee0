//! Everything printed goes through the `Printer`: data on stdout, notes on
//! stderr, JSON from view structs, tables only on a terminal.

pub mod checklist;
pub mod qr;
pub mod secret_file;
pub mod views;

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

pub struct Printer {
    pub json: bool,
    quiet: bool,
    color: bool,
    stdout_tty: bool,
}

impl Printer {
    pub fn new(json: bool, quiet: bool, color: bool) -> Self {
        Printer { json, quiet, color, stdout_tty: io::stdout().is_terminal() }
    }

    /// Whether stdout is a person's terminal (and not JSON).
    pub fn human_terminal(&self) -> bool {
        self.stdout_tty && !self.json
    }

    /// One JSON document on stdout.
    pub fn json<T: Serialize>(&self, value: &T) -> io::Result<()> {
        let mut doc = serde_json::to_vec(value).map_err(io::Error::other)?;
        doc.push(b'\n');
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
            let mut table = Table::new();
            table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
            table.set_header(header.to_vec());
            for row in rows {
                table.add_row(row);
            }
            return self.line(table);
        }
        let text: String = rows.iter().map(|row| row.join("\t") + "\n").collect();
        write_stdout(text.as_bytes())
    }
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

/// A Unix time as UTC `YYYY-MM-DD HH:MM:SS` (see `core::when::format`).
pub fn format_time(unix: i64) -> String {
    crate::core::when::format(unix)
}

pub fn format_optional_time(unix: Option<i64>) -> String {
    unix.map_or_else(|| "never".to_owned(), format_time)
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
}
