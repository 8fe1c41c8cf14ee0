//! `tfa completions` and `tfa man`: generated from the clap tree in cli.rs.

use std::fs;
use std::path::Path;

use anyhow::{Context as _, Result};
use clap_complete::Shell;

use super::Context;
use crate::cli::Cli;
use crate::output::answers::{Done, Lines};
use crate::output::views::{CompletionsView, ManView};
use crate::Outcome;

/// The completion script for one shell.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut built(), "tfa", &mut out);
    out
}

/// Every man page as (file name, roff): tfa.1, then one per subcommand,
/// named like git's (`tfa-account-add.1`).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut pages = Vec::new();
    collect(&built(), "tfa", &mut pages)?;
    Ok(pages)
}

/// The whole tree, built, with each subcommand's arguments in the order
/// clap gives them when nothing is deferred: its own, the global ones it
/// inherits, then help and version. cli.rs defers a leaf's own arguments
/// to when it is built, after the global ones were handed down.
fn built() -> clap::Command {
    let mut root = Cli::tree();
    root.build();
    let mut last: Vec<String> =
        root.get_arguments().filter(|a| a.is_global_set()).map(|a| a.get_id().to_string()).collect();
    last.extend(["help".to_owned(), "version".to_owned()]);
    own_first(root, &last)
}

fn own_first(cmd: clap::Command, last: &[String]) -> clap::Command {
    cmd.mut_subcommands(|mut sub| {
        for id in last {
            if sub.get_arguments().any(|a| a.get_id() == id.as_str()) {
                // `mut_arg` takes the argument out and puts it back at the end.
                sub = sub.mut_arg(id, |a| a);
            }
        }
        own_first(sub, last)
    })
}

fn collect(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let mut roff = Vec::new();
    let cmd = cmd.clone().name(name.to_owned());
    clap_mangen::Man::new(cmd.clone()).render(&mut roff)?;
    pages.push((format!("{name}.1"), roff));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

pub fn completions(ctx: &Context, shell: Shell) -> Result<Outcome> {
    let script = String::from_utf8(completion(shell)).context("the completion script is not UTF-8")?;
    let doc = CompletionsView { shell: shell.to_string(), script: &script };
    Ok(ctx.printer.answer(&Lines { doc, lines: vec![script.trim_end().to_owned()], notes: Vec::new() })?)
}

pub fn man(ctx: &Context, dir: &Path) -> Result<Outcome> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let pages = man_pages()?;
    for (name, roff) in &pages {
        let path = dir.join(name);
        fs::write(&path, roff).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let files: Vec<String> = pages.iter().map(|(name, _)| dir.join(name).display().to_string()).collect();
    let said = format!("Wrote {} man pages to {}.", pages.len(), dir.display());
    Ok(ctx.printer.answer(&Done::new(ManView { dir, files }, said))?)
}
