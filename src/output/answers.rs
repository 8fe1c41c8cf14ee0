//! Answers most commands share in shape: a change made and said in one
//! line, fields of one record, rows of a table. Each serializes to its
//! JSON document alone; the printer chooses document or text.

use std::io;

use serde::{Serialize, Serializer};

use super::{Answer, Printer};
use crate::Outcome;

/// A change made: its document, and one note saying so.
pub struct Done<T> {
    pub doc: T,
    pub said: String,
}

impl<T> Done<T> {
    pub fn new(doc: T, said: impl Into<String>) -> Self {
        Done { doc, said: said.into() }
    }
}

/// Fields of one record: `name<TAB>value` lines on stdout, then notes.
pub struct Fields<T> {
    pub doc: T,
    pub fields: Vec<(&'static str, String)>,
    pub notes: Vec<String>,
}

/// Lines of data on stdout (a code, a token), then notes.
pub struct Lines<T> {
    pub doc: T,
    pub lines: Vec<String>,
    pub notes: Vec<String>,
}

/// Rows: a table on a terminal, tab-separated lines otherwise.
pub struct Rows<T> {
    pub doc: T,
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

macro_rules! serialize_doc {
    ($($ty:ident),*) => {$(
        impl<T: Serialize> Serialize for $ty<T> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.doc.serialize(s)
            }
        }
    )*};
}
serialize_doc!(Done, Fields, Lines, Rows);

impl<T: Serialize> Answer for Done<T> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn notes(&self, p: &Printer) {
        p.note(&self.said);
    }
}

impl<T: Serialize> Answer for Fields<T> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        for (name, value) in &self.fields {
            p.line(format_args!("{name}\t{value}"))?;
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        for note in &self.notes {
            p.note(note);
        }
    }
}

impl<T: Serialize> Answer for Lines<T> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        for line in &self.lines {
            p.line(line)?;
        }
        Ok(())
    }

    fn notes(&self, p: &Printer) {
        for note in &self.notes {
            p.note(note);
        }
    }
}

impl<T: Serialize> Answer for Rows<T> {
    fn outcome(&self) -> Outcome {
        Outcome::Success
    }

    fn data(&self, p: &Printer) -> io::Result<()> {
        p.table(self.header, self.rows.clone())
    }
}
