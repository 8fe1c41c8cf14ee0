//! `tfa verify --batch`: codes from stdin, one JSON line each, decided in
//! groups (`auth::verify::Group`), each committed with one fsync before any
//! of its answers is written.

use std::io::{self, BufRead, BufReader, BufWriter, Write};

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{now, parse_code, Context};
use crate::auth::verify::{self, Group, Ready};
use crate::auth::{Attempt, Auth};
use crate::core::code::CodeInput;
use crate::core::import::ScratchCode;
use crate::output::views::VerifyView;
use crate::store::Open;
use crate::{Failure, Outcome};

/// Lines decided in one transaction at most: a full pipe is answered in
/// steps of this many. Random accounts dirty a page or two each, so a
/// larger group shares more pages between its lines: 8192 wrote a third
/// of the bytes of 1024 and ran 1.4x as fast (BENCHMARKS.md).
const GROUP_MAX: usize = 8192;

/// The same on PostgreSQL, where a group holds the write lock that every
/// host's sign-ins wait for, and a line costs its round trips (about
/// 0.6 ms): 64 lines keep that wait to tens of milliseconds, where 8192
/// held every host for seconds (BENCHMARKS.md).
const GROUP_MAX_SHARED: usize = 64;

/// Most bytes a line may hold (a name is at most 64 characters, a source
/// 255): a longer line is its own error, read to its end and dropped,
/// so no input can make the batch hold it all in memory.
const LINE_MAX: usize = 4096;

/// One input line, read.
struct Input {
    name: String,
    code: CodeInput,
    source: Option<String>,
}

/// A line that cannot be checked: the account it names, if it names one, and why.
type LineError = (Option<String>, anyhow::Error);

/// A line as JSON.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonLine {
    account: String,
    code: String,
    #[serde(default)]
    source: Option<String>,
}

/// An answer: the verify document (with the support contact at a
/// lockout, as `verify --json` has it) and its line.
#[derive(Serialize)]
struct Answered<'a> {
    #[serde(flatten)]
    view: VerifyView<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    support: Option<String>,
    line: u64,
}

pub fn run(ctx: &Context) -> Result<Outcome> {
    let store = ctx.store(Open::Existing)?;
    store.for_batch()?;
    let group_max = if store.conn().is_postgres() { GROUP_MAX_SHARED } else { GROUP_MAX };
    let auth = ctx.auth(&store);
    let stdin = io::stdin();
    let mut reader = BufReader::with_capacity(1 << 16, stdin.lock());
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut number = 0;
    let mut buf = Vec::new();
    let mut eof = false;
    while !eof {
        let mut lines = Vec::new();
        loop {
            let Some(fits) = read_bounded(&mut reader, &mut buf)? else {
                eof = true;
                break;
            };
            number += 1;
            lines.push((number, if fits { read_line(&buf) } else { Err(too_long()) }));
            // A group ends where the input pauses: a line waiting on a pipe is answered now.
            if lines.len() >= group_max || (reader.buffer().is_empty() && !input_waiting(&stdin)?) {
                break;
            }
        }
        if !lines.is_empty() {
            let written = answer_group(ctx, &auth, &mut out, lines).and_then(|()| Ok(out.flush()?));
            // No one reads the answers any more: stop quietly (the group is committed).
            if written.as_ref().is_err_and(is_broken_pipe) {
                return Ok(Outcome::Success);
            }
            written?;
            ctx.tell_warnings(&auth);
            // Several groups share one checkpoint; each group's commit is durable on its own.
            store.trim_wal(64 << 20);
        }
    }
    Ok(Outcome::Success)
}

/// Reads the next line into `buf`, keeping at most `LINE_MAX` bytes of it:
/// `None` at the end of input, else whether the whole line fit.
fn read_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let (mut read, mut length) = (false, 0);
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(read.then_some(length <= LINE_MAX));
        }
        read = true;
        let (part, ended) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (&available[..at], true),
            None => (available, false),
        };
        length += part.len();
        buf.extend_from_slice(&part[..part.len().min((LINE_MAX + 1).saturating_sub(buf.len()))]);
        let used = part.len() + usize::from(ended);
        reader.consume(used);
        if ended {
            return Ok(Some(length <= LINE_MAX));
        }
    }
}

fn too_long() -> LineError {
    (None, anyhow::anyhow!("the line is longer than {LINE_MAX} bytes"))
}

/// Whether more input can be read from stdin without waiting (or it has
/// ended): a `poll` with no timeout.
fn input_waiting(stdin: &io::Stdin) -> Result<bool> {
    use rustix::event::{poll, PollFd, PollFlags};
    let mut fds = [PollFd::new(stdin, PollFlags::IN)];
    let zero = rustix::event::Timespec { tv_sec: 0, tv_nsec: 0 };
    loop {
        match poll(&mut fds, Some(&zero)) {
            Ok(n) => return Ok(n > 0),
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(io::Error::from(e).into()),
        }
    }
}

/// `NAME CODE` (the rest of the line is the code, read forgivingly), or a
/// JSON object {"account", "code", "source"}.
fn read_line(raw: &[u8]) -> Result<Input, LineError> {
    let text = std::str::from_utf8(raw).map_err(|_| (None, anyhow::anyhow!("the line is not UTF-8")))?.trim();
    let (name, code, source) = if text.starts_with('{') {
        let line: JsonLine = serde_json::from_str(text).map_err(|e| {
            (None, anyhow::anyhow!("the line is not a JSON object {{\"account\", \"code\", \"source\"}}: {e}"))
        })?;
        (line.account, line.code, line.source)
    } else {
        match text.split_once(char::is_whitespace) {
            Some((name, code)) => (name.to_owned(), code.trim().to_owned(), None),
            None => return Err((None, anyhow::anyhow!("the line is not NAME CODE or a JSON object"))),
        }
    };
    // No account has one (argv cannot carry a NUL, and PostgreSQL's text
    // refuses it): the line's own error, never the store's, which would stop the batch.
    if name.chars().any(char::is_control) {
        return Err((None, anyhow::anyhow!("\"account\" must not contain control characters")));
    }
    if let Some(source) = &source {
        if source.len() > 255 || source.chars().any(char::is_control) {
            let err = anyhow::anyhow!("\"source\" must be at most 255 characters, without control characters");
            return Err((Some(name), err));
        }
    }
    match parse_code(&code) {
        Ok(code) => Ok(Input { name, code, source }),
        Err(e) => Err((Some(name), e)),
    }
}

/// What one line comes to.
enum Answer {
    Attempt(String, Attempt),
    Error(Option<String>, anyhow::Error),
}

/// Decides a group's lines in order in one transaction, commits it, then
/// writes their answers. A backup code's argon2id is spent before the
/// write lock is taken. An error that is not the line's own (the store,
/// the key) ends the run, with nothing of the group answered.
fn answer_group(
    ctx: &Context,
    auth: &Auth<'_>,
    out: &mut impl Write,
    lines: Vec<(u64, Result<Input, LineError>)>,
) -> Result<()> {
    let now = now();
    let ready: Vec<(u64, Result<_, LineError>)> = lines
        .into_iter()
        .map(|(number, input)| {
            let ready = input.and_then(|input| match &input.code {
                // Eight digits may be an imported scratch code: hashed, like a backup code, before the lock.
                CodeInput::Digits(digits) if ScratchCode::parse(digits).is_none() => {
                    Ok((Ready::Digits(digits.clone(), None), input))
                }
                CodeInput::Digits(_) | CodeInput::Backup(_) => {
                    let source = input.source.as_deref().or(auth.source);
                    let by = Auth::new(auth.store, auth.delivery, source);
                    let ready =
                        auth.account(&input.name).and_then(|account| verify::prepare(&by, &account, &input.code, now));
                    match ready {
                        Ok(ready) => Ok((ready, input)),
                        Err(e) => Err((Some(input.name), e)),
                    }
                }
            });
            (number, ready.map(|(ready, input)| (input, ready)))
        })
        .collect();
    let mut group = Group::begin(auth)?;
    let mut answers = Vec::with_capacity(ready.len());
    for (number, line) in ready {
        let answer = match line {
            Ok((input, ready)) => {
                let attempt = group
                    .account(&input.name)
                    .and_then(|account| group.attempt(&account, input.source.as_deref(), &ready, now));
                match attempt {
                    Ok(attempt) => Answer::Attempt(input.name, attempt),
                    Err(e) => Answer::Error(Some(input.name), e),
                }
            }
            Err((name, e)) => Answer::Error(name, e),
        };
        let answer = match answer {
            Answer::Error(_, e) if !is_the_lines(&e) => return Err(e.context("verify --batch stopped")),
            answer => answer,
        };
        answers.push((number, answer));
    }
    // Every answer of the group is on disk before the first is written.
    group.commit(now)?;
    for (line, answer) in answers {
        let mut doc = match &answer {
            Answer::Attempt(name, attempt) => {
                let support = ctx.printer.support().filter(|_| matches!(attempt, Attempt::Locked { .. }));
                serde_json::to_vec(&Answered { view: VerifyView::of(name, attempt), support, line })?
            }
            Answer::Error(name, e) => serde_json::to_vec(&error_line(ctx, name.as_deref(), e, line))?,
        };
        doc.push(b'\n');
        out.write_all(&doc)?;
    }
    Ok(())
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

/// An error that is the line's own (no such account, a malformed code,
/// no method), not the store's or the key's.
fn is_the_lines(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<Failure>().is_some())
        || !e.chain().any(|c| {
            c.downcast_ref::<crate::store::StoreError>().is_some()
                || c.downcast_ref::<crate::crypto::KeyError>().is_some()
                || c.downcast_ref::<crate::store::sql::Error>().is_some()
                || c.downcast_ref::<io::Error>().is_some()
        })
}

/// The error document `verify --json` prints, and the line.
fn error_line(ctx: &Context, name: Option<&str>, e: &anyhow::Error, line: u64) -> Value {
    let mut fields = Map::new();
    if let Some(name) = name {
        fields.insert("account".into(), name.into());
    }
    fields.insert("verified".into(), false.into());
    fields.insert("reason".into(), Value::Null);
    let mut doc = crate::error_json(e, &ctx.printer, fields);
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("line".into(), line.into());
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_read_whole_up_to_its_bound_and_a_longer_one_is_dropped() {
        let at_bound = "a".repeat(LINE_MAX);
        let over = "b".repeat(LINE_MAX + 1);
        let input = format!("{at_bound}\n{over}\nalice 123456\r\nlast 1");
        // A small buffer, so lines cross refills.
        let mut reader = BufReader::with_capacity(7, input.as_bytes());
        let mut buf = Vec::new();
        let mut lines = Vec::new();
        while let Some(fits) = read_bounded(&mut reader, &mut buf).unwrap() {
            lines.push((fits, String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], (true, at_bound));
        assert!(!lines[1].0 && lines[1].1.len() <= LINE_MAX + 1, "kept at most a byte past the bound");
        assert_eq!(lines[2], (true, "alice 123456\r".to_owned()));
        assert_eq!(lines[3], (true, "last 1".to_owned()), "the last line needs no newline");
    }
}
