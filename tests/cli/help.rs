//! Help and usage: a command's own options first, the global ones apart, and
//! usage lines that do not depend on the environment.

use crate::env::{code, stderr, stdout, TestEnv};

#[test]
fn help_puts_the_commands_own_options_before_the_global_ones() {
    let env = TestEnv::new();
    for args in [&["help", "enroll"][..], &["enroll", "--help"], &["account", "passwd", "-h"], &["code", "-h"]] {
        let help = env.ok(args);
        let at = |text: &str| help.find(text).unwrap_or_else(|| panic!("{args:?}: no {text:?} in\n{help}"));
        let (options, global, delivery) = (at("\nOptions:\n"), at("\nGlobal options:\n"), at("\nDelivery:\n"));
        assert!(options < global && global < delivery, "{args:?}:\n{help}");
        for flag in ["--db <PATH>", "--key-file <PATH>", "--json", "--quiet", "--color", "--yes", "--source"] {
            let flag_at = at(flag);
            assert!(global < flag_at && flag_at < delivery, "{args:?}: {flag} not under Global options:\n{help}");
        }
        assert!(at("--delivery-command") > delivery, "{args:?}:\n{help}");
    }
    let enroll = env.ok(&["enroll", "--help"]);
    let global = enroll.find("\nGlobal options:\n").expect("heading");
    for own in ["--label", "--issuer", "--no-confirm", "--phone", "--address"] {
        assert!(enroll.find(own).is_some_and(|at| at < global), "{own} after the global options:\n{enroll}");
    }
}

#[test]
fn usage_errors_do_not_show_options_the_environment_set() {
    let env = TestEnv::new();
    // TestEnv sets TFA_DB and TFA_KEY_FILE; a deployment sets the delivery command too.
    let out = env
        .cmd(&["enroll"])
        .env("TFA_DELIVERY_COMMAND", "true")
        .env("TFA_DELIVERY_TIMEOUT", "5")
        .output()
        .expect("run");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("\nUsage: tfa enroll [OPTIONS] <NAME> <KIND>\n"), "{err}");
    assert!(!err.contains("--db") && !err.contains("--key-file") && !err.contains("--delivery"), "{err}");

    let out = env.run(&["checklist", "alice", "--all"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("\nUsage: tfa checklist [OPTIONS] [NAME]\n"), "{}", stderr(&out));
    let help = stdout(&env.run(&["enroll", "--help"]));
    assert!(help.contains("\nUsage: tfa enroll [OPTIONS] <NAME> <KIND>\n"), "{help}");
}
