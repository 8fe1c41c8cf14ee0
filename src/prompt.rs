//! Questions to a person at a terminal, through dialoguer. Nothing here is
//! called unless stdin and stderr are both terminals: a pipe never blocks.

use std::io::{self, IsTerminal, Read};

use anyhow::{bail, Context, Result};
use dialoguer::{Confirm, Input, Password};
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

pub fn confirm(question: &str) -> Result<bool> {
    Ok(Confirm::new().with_prompt(question).default(false).interact()?)
}

/// Reads the first line of stdin, for a secret or a code. Bounded, and
/// refused if it is not UTF-8.
pub fn read_stdin_line(what: &str) -> Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::new());
    io::stdin()
        .take(MAX_STDIN + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read the {what} from stdin"))?;
    if bytes.len() as u64 > MAX_STDIN {
        bail!("the {what} on stdin is longer than {MAX_STDIN} bytes");
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| anyhow::anyhow!("the {what} on stdin is not UTF-8"))?;
    let line = text.lines().next().unwrap_or("");
    Ok(Zeroizing::new(line.trim_end_matches('\r').to_owned()))
}
