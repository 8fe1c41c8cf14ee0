//! Cross-checks against an independent implementation: oathtool (OATH Toolkit).

use std::process::Command as Process;

use rand::{Rng, RngCore};
use tfa::core::otp::{hotp, totp, Algorithm, Params};
use tfa::core::seed::Seed;

use crate::env::TestEnv;

pub fn oathtool(args: &[&str]) -> String {
    let out = Process::new("oathtool")
        .args(args)
        .output()
        .expect("oathtool must be installed for this test (Debian package `oathtool`; .ci/run installs it)");
    assert!(out.status.success(), "oathtool {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8").trim().to_owned()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn totp_matches_oathtool_for_random_seeds_times_and_parameters() {
    let mut rng = rand::thread_rng();
    let algorithms = [(Algorithm::Sha1, "sha1"), (Algorithm::Sha256, "sha256"), (Algorithm::Sha512, "sha512")];
    for case in 0..150 {
        let mut key = vec![0u8; rng.gen_range(10..=64)];
        rng.fill_bytes(&mut key);
        let (algorithm, name) = algorithms[case % 3];
        let digits = rng.gen_range(6..=8u8);
        let period = [30u32, 60, 15, 1, 90][case % 5];
        let time: u64 = rng.gen_range(0..4_000_000_000);
        let ours = totp(&Seed::from_bytes(key.clone()), Params { algorithm, digits }, period, time);
        let theirs = oathtool(&[
            &format!("--totp={name}"),
            "-d",
            &digits.to_string(),
            "-s",
            &format!("{period}s"),
            "-N",
            &format!("@{time}"),
            &hex(&key),
        ]);
        assert_eq!(ours, theirs, "case {case}: {name} digits={digits} period={period} time={time} key={}", hex(&key));
    }
}

#[test]
fn hotp_matches_oathtool_for_random_seeds_and_counters() {
    let mut rng = rand::thread_rng();
    for case in 0..100 {
        let mut key = vec![0u8; rng.gen_range(10..=40)];
        rng.fill_bytes(&mut key);
        let digits = rng.gen_range(6..=8u8);
        let counter: u64 = if case % 2 == 0 { rng.gen_range(0..100) } else { rng.gen_range(0..u64::from(u32::MAX)) };
        let ours = hotp(&Seed::from_bytes(key.clone()), Params { algorithm: Algorithm::Sha1, digits }, counter);
        let theirs = oathtool(&["-d", &digits.to_string(), "-c", &counter.to_string(), &hex(&key)]);
        assert_eq!(ours, theirs, "case {case}: digits={digits} counter={counter} key={}", hex(&key));
    }
}

/// The whole path: a seed imported through `enroll --secret-stdin`, sealed,
/// unsealed, and turned into codes by `tfa code`, against oathtool.
#[test]
fn enrolled_seeds_give_oathtool_codes_through_the_binary() {
    let env = TestEnv::new();
    let cases = [
        ("a", &["totp"][..], "--totp=sha1", "30s", "6"),
        ("b", &["totp", "--algorithm", "sha256", "--digits", "8", "--period", "60"], "--totp=sha256", "60s", "8"),
        ("c", &["totp", "--algorithm", "sha512", "--digits", "7", "--period", "45"], "--totp=sha512", "45s", "7"),
    ];
    for (name, extra, mode, step, digits) in cases {
        let seed = Seed::generate().to_base32().to_lowercase();
        let mut args = vec!["enroll", name];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--secret-stdin", "--no-confirm"]);
        let out = env.run_stdin(&args, &format!("{seed}\n"));
        assert_eq!(crate::env::code(&out), 0, "{}", crate::env::stderr(&out));
        for time in [0u64, 59, 1_111_111_109, 1_700_000_000, 2_000_000_000] {
            let theirs =
                oathtool(&[mode, "-b", "-d", digits, "-s", step, "-N", &format!("@{time}"), &seed.to_uppercase()]);
            assert_eq!(env.code_at(name, time), theirs, "{name} at {time}");
        }
    }
    let seed = Seed::generate().to_base32();
    let out = env.run_stdin(&["enroll", "h", "hotp", "--counter", "41", "--secret-stdin", "--no-confirm"], &seed);
    assert_eq!(crate::env::code(&out), 0, "{}", crate::env::stderr(&out));
    assert_eq!(env.ok(&["code", "h"]).trim(), oathtool(&["-b", "-c", "41", &seed]));
    let next = oathtool(&["-b", "-c", "43", &seed]);
    assert_eq!(env.json(&["verify", "h", &next], 0)["offset"], 2);
    assert_eq!(env.ok(&["code", "h"]).trim(), oathtool(&["-b", "-c", "44", &seed]));
}
