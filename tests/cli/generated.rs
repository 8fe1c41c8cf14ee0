//! The committed completions and man pages must match cli.rs.

use std::fs;
use std::path::Path;

use clap_complete::Shell;

const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "tfa.bash"),
    (Shell::Zsh, "_tfa"),
    (Shell::Fish, "tfa.fish"),
    (Shell::Elvish, "tfa.elv"),
    (Shell::PowerShell, "_tfa.ps1"),
];

fn check(path: &Path, want: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("TFA_UPDATE_GENERATED").is_some() {
        fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
        fs::write(path, want).expect("write generated file");
    } else if fs::read(path).ok().as_deref() != Some(want) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        check(&root.join("completions").join(file), &tfa::commands::completion(shell), &mut stale);
    }
    let pages = tfa::commands::man_pages().expect("man pages");
    let names: Vec<_> = pages.iter().map(|(name, _)| name.clone()).collect();
    for (name, roff) in &pages {
        check(&root.join("man").join(name), roff, &mut stale);
    }
    for entry in fs::read_dir(root.join("man")).expect("man/ exists").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if names.contains(&name) {
            continue;
        }
        if std::env::var_os("TFA_UPDATE_GENERATED").is_some() {
            fs::remove_file(entry.path()).expect("remove stale man page");
        } else {
            stale.push(format!("man/{name} (no such command any more)"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `TFA_UPDATE_GENERATED=1 cargo test --test cli generated`"
    );
    assert!(names.contains(&"tfa-account-add.1".to_owned()) && names.contains(&"tfa-verify.1".to_owned()));
}
