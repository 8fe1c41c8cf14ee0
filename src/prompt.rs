//! Questions to a person at a terminal, through dialoguer. Nothing here is
//! called unless stdin and stderr are both terminals: a pipe never blocks.

use std::io::{self, IsTerminal, Read};

use anyhow::{bail, Context, Result};
use dialoguer::{Confirm, Input, Password, Select};
use zeroize::Zeroizing;

/// Most a line of secret input from stdin may hold; more is refused unread.
const MAX_STDIN: u64 = 64 * 1024;

pub fn can_prompt() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

pub fn stdin_is_terminal() -> bool {
    io::stdin().is_terminal()
}

pub fn code(prompt: &str) -> Result<String> {
    Ok(Input::<String>::new().with_prompt(prompt).allow_empty(true).interact_text()?)
}

pub fn password(prompt: &str, confirm: bool) -> Result<Zeroizing<String>> {
    let mut input = Password::new().with_prompt(prompt);
    if confirm {
        input = input.with_confirmation("Repeat it", "The two entries differ");
    }
    Ok(Zeroizing::new(input.interact()?))
}

/// A hidden answer that may be left empty (to skip a step).
pub fn optional_secret(prompt: &str) -> Result<Zeroizing<String>> {
    Ok(Zeroizing::new(Password::new().with_prompt(prompt).allow_empty_password(true).interact()?))
}

pub fn confirm(question: &str) -> Result<bool> {
    Ok(Confirm::new().with_prompt(question).default(false).interact()?)
}

/// A line of text, with what Enter alone gives.
pub fn text(prompt: &str, default: &str) -> Result<String> {
    Ok(Input::<String>::new().with_prompt(prompt).default(default.to_owned()).interact_text()?)
}

/// One of `items`, chosen with the arrow keys; its index.
pub fn select<T: ToString>(prompt: &str, items: &[T]) -> Result<usize> {
    Ok(Select::new().with_prompt(prompt).items(items).default(0).interact()?)
}

/// Reads the first line of stdin, for a secret or a code. Bounded, and
/// refused if it is not UTF-8.
pub fn read_stdin_line(what: &str) -> Result<Zeroizing<String>> {
    let lines = read_stdin_lines(what)?;
    // More lines than one answer: refused rather than silently cut.
    if lines.iter().skip(1).any(|l| !l.trim().is_empty()) {
        bail!("stdin holds more than one line; give one {what}");
    }
    Ok(Zeroizing::new(lines.first().cloned().unwrap_or_default()))
}

/// Reads all of stdin as lines, for several inputs piped together (a
/// password, then a code). Bounded, and refused if it is not UTF-8.
pub fn read_stdin_lines(what: &str) -> Result<Zeroizing<Vec<String>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    io::stdin()
        .take(MAX_STDIN + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read the {what} from stdin"))?;
    if bytes.len() as u64 > MAX_STDIN {
        bail!("the {what} on stdin is longer than {MAX_STDIN} bytes");
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| anyhow::anyhow!("the {what} on stdin is not UTF-8"))?;
    Ok(Zeroizing::new(text.lines().map(|l| l.trim_end_matches('\r').to_owned()).collect()))
}
