//! pam_tfa.so end to end: loaded by libpam through pamtester, from a
//! service file each test writes in /etc/pam.d, and through OpenSSH's sshd
//! with keyboard-interactive sign-in. Writing /etc/pam.d needs root (CI has
//! it). Without root the tests say so and pass, unless TFA_REQUIRE_ROOT_TESTS
//! is set, as `.ci/run` sets it, so CI never skips them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tfa::auth::{backup_codes, checklist, enroll, lockout, resync, Auth};
use tfa::core::backup_code::{self, BackupCode, Salt};
use tfa::core::method::{MethodKind, Status};
use tfa::core::otp::{self, Algorithm, App, Params, TotpState};
use tfa::core::seed::Seed;
use tfa::store::events;
use tfa::store::support::Line;
use tfa::store::{Open, Store};

const PARAMS: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs()
}

/// Whether the tests that need root may run here.
fn as_root() -> bool {
    if rustix::process::geteuid().is_root() {
        return true;
    }
    assert!(
        std::env::var_os("TFA_REQUIRE_ROOT_TESTS").is_none(),
        "the PAM tests need root (they write /etc/pam.d), and TFA_REQUIRE_ROOT_TESTS is set"
    );
    eprintln!("skipped: the PAM tests need root to write /etc/pam.d");
    false
}

/// The module built from this source. `cargo test` builds the library only as
/// an rlib for the tests, never the cdylib, so the test asks cargo for it
/// (once per test binary): a fresh clone has none, and an old one would be stale.
fn module() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().expect("test path");
            let profile_dir = exe.parent().and_then(Path::parent).expect("target dir");
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let mut build = Command::new(cargo);
            build.args(["build", "--package", "pam_tfa", "--lib"]);
            if profile_dir.ends_with("release") {
                build.arg("--release");
            }
            let status = build.current_dir(env!("CARGO_MANIFEST_DIR")).status().expect("run cargo to build pam_tfa.so");
            assert!(status.success(), "cargo could not build pam_tfa.so");
            let so = profile_dir.join("libpam_tfa.so");
            assert!(so.exists(), "{} is missing after cargo build", so.display());
            so
        })
        .clone()
}

/// A private store and key, and the PAM service files written for it. The
/// store is a SQLite file, or, when `TFA_TEST_PG` names a PostgreSQL server
/// (as in CI's second run), a database of its own there.
struct Fixture {
    dir: tempfile::TempDir,
    services: Vec<PathBuf>,
    db: PathBuf,
    /// The server's URL and the database made on it, dropped with the fixture.
    pg: Option<(String, String)>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        for s in &self.services {
            let _ = fs::remove_file(s);
        }
        if let Some((server, name)) = &self.pg {
            let _ = pg_admin(server).batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

fn pg_admin(server: &str) -> postgres::Client {
    postgres::Client::connect(server, postgres::NoTls).unwrap_or_else(|e| panic!("TFA_TEST_PG={server}: {e}"))
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let (db, pg) = match std::env::var("TFA_TEST_PG").ok().filter(|url| !url.is_empty()) {
            Some(server) => {
                static NEXT: AtomicUsize = AtomicUsize::new(0);
                let name = format!("tfa_pam_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
                pg_admin(&server).batch_execute(&format!("CREATE DATABASE {name}")).expect("create a database");
                let (base, _) = server.split_once('?').unwrap_or((&server, ""));
                let url = format!("{}/{name}", base.rsplit_once('/').map_or(base, |(host, _)| host));
                (PathBuf::from(url), Some((server, name)))
            }
            None => (dir.path().join("tfa.db"), None),
        };
        Store::open(&db, &dir.path().join("key"), Open::Create).expect("store");
        Fixture { dir, services: Vec::new(), db, pg }
    }

    fn db(&self) -> PathBuf {
        self.db.clone()
    }

    fn store(&self) -> Store {
        Store::open(&self.db(), &self.dir.path().join("key"), Open::Existing).expect("store")
    }

    fn args(&self) -> String {
        format!("db={} key_file={}", self.db().display(), self.dir.path().join("key").display())
    }

    /// Writes /etc/pam.d/NAME with these auth lines, then `account required pam_permit.so`.
    fn service(&mut self, auth_lines: &[String]) -> String {
        // Unique across the tests this process runs at once.
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!("tfa-test-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let path = Path::new("/etc/pam.d").join(&name);
        let mut text: String = auth_lines.iter().map(|l| format!("{l}\n")).collect();
        text.push_str("account required pam_permit.so\n");
        fs::write(&path, text).expect("write the service file");
        self.services.push(path);
        name
    }

    /// The usual stack: pam_tfa alone, with these extra arguments.
    fn tfa_service(&mut self, extra: &str) -> String {
        let line = format!("auth required {} {} {extra}", module().display(), self.args());
        self.service(&[line])
    }

    fn enroll_totp(&self, name: &str) -> Seed {
        let seed = Seed::generate();
        let store = self.store();
        let auth = Auth::new(&store, None, None);
        let app = App::Totp { params: PARAMS, period: 30, window: 1, state: TotpState::default() };
        enroll::app(&auth, name, None, app, &seed, Status::Active, now()).expect("enroll");
        seed
    }

    fn backup_codes(&self, name: &str) -> Vec<BackupCode> {
        let mut rng = rand::rngs::OsRng;
        let (salt, codes): (Salt, Vec<BackupCode>) = backup_code::generate_set(&mut rng, 2);
        let hashes: Vec<_> = codes.iter().map(|c| c.hash(&salt)).collect();
        let store = self.store();
        backup_codes::replace(&Auth::new(&store, None, None), name, &salt, &hashes, now()).expect("codes");
        codes
    }

    fn events(&self, name: &str) -> Vec<events::Logged> {
        events::list(self.store().conn(), Some(name), 0).expect("events")
    }
}

/// pamtester SERVICE USER authenticate, with `stdin` typed at the prompt.
fn pamtester(service: &str, user: &str, items: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new("pamtester");
    for item in items {
        cmd.args(["-I", item]);
    }
    let mut child = cmd
        .args([service, user, "authenticate"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pamtester must be installed (Debian package pamtester; .ci/run installs it)");
    // The module may fail before it asks: then nobody reads what is typed.
    let _ = child.stdin.take().expect("stdin").write_all(stdin.as_bytes());
    child.wait_with_output().expect("pamtester")
}

fn said(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A code of this seed that is fresh for at least a few seconds.
fn code_now(seed: &Seed) -> String {
    let t = now();
    if 30 - t % 30 < 4 {
        std::thread::sleep(Duration::from_secs(30 - t % 30));
    }
    otp::totp(seed, PARAMS, 30, now())
}

fn other_than(code: &str) -> String {
    let n: u32 = code.parse().expect("digits");
    format!("{:06}", (n + 1) % 1_000_000)
}

#[test]
fn right_wrong_replayed_and_backup_codes() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("alice");
    let codes = f.backup_codes("alice");
    let service = f.tfa_service("");
    let rhost = ["rhost=203.0.113.9"];

    let code = code_now(&seed);
    let out = pamtester(&service, "alice", &rhost, &format!("{}\n", other_than(&code)));
    assert!(!out.status.success(), "a wrong code: {}", said(&out));
    let out = pamtester(&service, "alice", &rhost, &format!("{code}\n"));
    assert!(out.status.success(), "the right code: {}", said(&out));
    let out = pamtester(&service, "alice", &rhost, &format!("{code}\n"));
    assert!(!out.status.success(), "a replayed code: {}", said(&out));
    assert!(said(&out).contains("already used"), "{}", said(&out));

    let backup = codes[0].to_string();
    assert!(pamtester(&service, "alice", &rhost, &format!("{backup}\n")).status.success());
    assert!(!pamtester(&service, "alice", &rhost, &format!("{backup}\n")).status.success());

    // Every attempt is in the audit log, as `pam`, from PAM_RHOST; never a code.
    let pam: Vec<_> = f.events("alice").into_iter().filter(|e| e.action == "pam").collect();
    let outcomes: Vec<_> = pam.iter().map(|e| e.outcome.as_str()).collect();
    assert_eq!(outcomes, ["refused", "ok", "refused", "ok", "refused"]);
    assert!(pam.iter().all(|e| e.source.as_deref() == Some("203.0.113.9")));
    assert!(pam.iter().all(|e| e.reason.as_deref().is_none_or(|r| !r.contains(&code))));
}

/// The service status, while set, is said at the prompt, to every user
/// alike, so it tells no one which names have an account (issue 10).
#[test]
fn the_service_status_is_said_at_sign_in() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("dee");
    let store = f.store();
    let auth = Auth::new(&store, None, None);
    checklist::set_line(&auth, Line::Status, Some("SMS to the UK delayed"), now()).expect("status");
    let service = f.tfa_service("");
    let out = pamtester(&service, "dee", &[], &format!("{}\n", code_now(&seed)));
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("Service status: SMS to the UK delayed"), "{}", said(&out));
    let out = pamtester(&service, "nobody", &[], "123456\n");
    assert!(!out.status.success());
    assert!(said(&out).contains("Service status: SMS to the UK delayed"), "{}", said(&out));
}

/// A phone resynced 3 minutes fast, then set to automatic time: its code is
/// older than the last accepted, and is not called used (issue 10, finding 1).
#[test]
fn a_code_older_than_the_last_is_not_called_used() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("cy");
    let store = f.store();
    let auth = Auth::new(&store, None, None);
    let account = auth.account("cy").expect("account");
    let t = now();
    let (c1, c2) = (otp::totp(&seed, PARAMS, 30, t + 150), otp::totp(&seed, PARAMS, 30, t + 180));
    let resynced = resync::attempt(&auth, &account, None, &c1, &c2, 3600, t).expect("resync");
    assert!(resynced.accepted(), "{resynced:?}");
    let service = f.tfa_service("");
    let out = pamtester(&service, "cy", &[], &format!("{}\n", code_now(&seed)));
    assert!(!out.status.success());
    assert!(said(&out).contains("older than the last one accepted"), "{}", said(&out));
    assert!(!said(&out).contains("already used"), "{}", said(&out));
}

#[test]
fn a_lockout_is_max_tries_and_counts_with_the_cli() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("bob");
    let store = f.store();
    let auth = Auth::new(&store, None, None);
    lockout::change_policy(&auth, |p| tfa::core::lockout::Policy { backoff_after: 2, base_delay: 600, ..p }, now())
        .expect("policy");
    checklist::set_line(&auth, Line::Support, Some("IT desk, ext. 100"), now()).expect("support contact");
    let service = f.tfa_service("");
    let code = code_now(&seed);
    // A refusal says no more than a name without an account gets: no count
    // of tries left, which only an account has.
    let out = pamtester(&service, "bob", &[], &format!("{}\n", other_than(&code)));
    assert!(!out.status.success());
    assert!(said(&out).contains("Refused: wrong code.") && !said(&out).contains("left"), "{}", said(&out));
    let out = pamtester(&service, "bob", &[], &format!("{}\n", other_than(&code)));
    assert!(!out.status.success());
    let out = pamtester(&service, "bob", &[], &format!("{code}\n"));
    assert!(!out.status.success());
    // pam_strerror(PAM_MAXTRIES).
    assert!(said(&out).contains("maximum number of retries"), "{}", said(&out));
    assert!(said(&out).contains("try again in"), "{}", said(&out));
    // During the wait a backup code still works, and the person is told whom to ask.
    assert!(
        said(&out).contains("backup code") && said(&out).contains("Need help? IT desk, ext. 100"),
        "{}",
        said(&out)
    );
}

#[test]
fn nullok_lets_other_modules_decide_only_for_users_without_a_way_in() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("carol");
    let permit = "auth required pam_permit.so".to_owned();
    let tfa = |extra: &str| format!("auth required {} {} {extra}", module().display(), f.args());
    let (with, without) = (tfa("nullok"), tfa(""));
    let nullok = f.service(&[with, permit.clone()]);
    let strict = f.service(&[without, permit.clone()]);

    // No account: nullok ignores (pam_permit decides); without nullok, refused.
    let out = pamtester(&nullok, "nobody", &[], "");
    assert!(out.status.success(), "{}", said(&out));
    assert!(!pamtester(&strict, "nobody", &[], "123456\n").status.success());
    // An account with a way in still needs its code under nullok.
    let code = code_now(&seed);
    assert!(!pamtester(&nullok, "carol", &[], &format!("{}\n", other_than(&code))).status.success());
    assert!(pamtester(&nullok, "carol", &[], &format!("{code}\n")).status.success());

    // An account whose factors a recovery retired is refused even with
    // nullok: its password alone must not be enough.
    {
        let store = f.store();
        let auth = Auth::new(&store, None, None);
        tfa::auth::recovery::change_policy(&auth, |_| tfa::core::recovery::Policy { wait: 0, checks: 0 }, now())
            .expect("policy");
        let r = tfa::auth::recovery::request(&auth, "carol", None, now()).expect("request");
        tfa::auth::recovery::complete(&auth, r.id, 3600, now()).expect("complete");
    }
    let out = pamtester(&nullok, "carol", &[], "123456\n");
    assert!(!out.status.success(), "a recovered account passed nullok: {}", said(&out));

    // A store that cannot be opened never passes, nullok or not.
    let missing =
        format!("auth required {} db=/nonexistent/tfa.db key_file=/nonexistent/key nullok", module().display());
    let broken = f.service(&[missing, permit]);
    let out = pamtester(&broken, "nobody", &[], "");
    assert!(!out.status.success());
    // pam_strerror(PAM_AUTHINFO_UNAVAIL).
    assert!(said(&out).contains("cannot retrieve authentication info"), "{}", said(&out));
}

#[test]
fn arguments_it_cannot_honour_fail_closed() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let seed = f.enroll_totp("dan");
    for bad in ["forward_pass", "secret=/home/${USER}/.google_authenticator", "grace_period=86400", "no_such_option"] {
        let service = f.tfa_service(bad);
        let out = pamtester(&service, "dan", &[], &format!("{}\n", code_now(&seed)));
        assert!(!out.status.success(), "{bad}: {}", said(&out));
    }
    // Mapped ones work: the prompt, and what tfa does anyway (no_increment_hotp).
    let service = f.tfa_service("[prompt=Code from your app: ] no_increment_hotp noskewadj");
    let out = pamtester(&service, "dan", &[], &format!("{}\n", code_now(&seed)));
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("Code from your app: "), "{}", said(&out));
}

#[test]
fn an_account_with_only_sent_codes_gets_one_sent_first() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let inbox = f.dir.path().join("inbox");
    let hook = f.dir.path().join("deliver.sh");
    fs::write(
        &hook,
        format!("#!/bin/sh\ncat > {}.tmp && mv {}.tmp {}\n", inbox.display(), inbox.display(), inbox.display()),
    )
    .expect("hook");
    fs::set_permissions(&hook, std::os::unix::fs::PermissionsExt::from_mode(0o700)).expect("chmod");
    {
        let store = f.store();
        let auth = Auth::new(&store, None, None);
        enroll::address(&auth, "erin", None, MethodKind::Sms, "+14155550123", Status::Active, now()).expect("sms");
    }
    let service = f.tfa_service(&format!("delivery={}", hook.display()));
    let mut child = Command::new("pamtester")
        .args([&service, "erin", "authenticate"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pamtester");
    // The code arrives through the hook while pamtester waits at the prompt.
    let start = Instant::now();
    let message = loop {
        if let Ok(text) = fs::read_to_string(&inbox) {
            break text;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no message was delivered");
        std::thread::sleep(Duration::from_millis(20));
    };
    let message: serde_json::Value = serde_json::from_str(&message).expect("message JSON");
    let code = message["code"].as_str().expect("code").to_owned();
    child.stdin.take().expect("stdin").write_all(format!("{code}\n").as_bytes()).expect("type");
    let out = child.wait_with_output().expect("pamtester");
    assert!(out.status.success(), "{}", said(&out));
    // Told where it went, masked.
    assert!(said(&out).contains("0123") && !said(&out).contains("4155550123"), "{}", said(&out));

    // A code that cannot go out, and no other way in: a dead end, with whom to ask.
    {
        let store = f.store();
        let auth = Auth::new(&store, None, None);
        checklist::set_line(&auth, Line::Support, Some("IT desk, ext. 100"), now()).expect("support");
        enroll::address(&auth, "fay", None, MethodKind::Sms, "+14155550124", Status::Active, now()).expect("sms");
    }
    let down = f.dir.path().join("down.sh");
    fs::write(&down, "#!/bin/sh\ncat >/dev/null\necho gateway down >&2\nexit 7\n").expect("hook");
    fs::set_permissions(&down, std::os::unix::fs::PermissionsExt::from_mode(0o700)).expect("chmod");
    let service = f.tfa_service(&format!("delivery={}", down.display()));
    let out = pamtester(&service, "fay", &[], "");
    assert!(!out.status.success());
    assert!(
        said(&out).contains("could not be sent") && said(&out).contains("Need help? IT desk, ext. 100"),
        "{}",
        said(&out)
    );
    assert!(!said(&out).contains("gateway down"), "{}", said(&out));
}

/// sshd on a loopback port, keyboard-interactive through pam_tfa.so; the
/// client (paramiko) answers the prompt, then runs a command. One test, as
/// sshd's PAM service file is one: three stores in turn, each put in place
/// by swapping the one `auth` line, as an operator would.
///   1. an app enrolled in tfa: a right code signs in, a replayed one not;
///   2. `tfa import google-authenticator --homes` of a file in GA's own
///      format: the phone's code signs in, and the step GA recorded as used
///      stays refused;
///   3. `tfa import oath-usersfile` of a pam_oath users file: its last code
///      (accepted by pam_oath) is refused, the phone's next code signs in.
#[test]
fn ssh_signs_in_through_pam_tfa_after_enrolling_or_importing() {
    if !as_root() {
        return;
    }
    let f = Fixture::new();
    let dir = f.dir.path().to_owned();
    // sshd's service is "sshd": its file is put back afterwards.
    let pam_file = Path::new("/etc/pam.d/sshd");
    let saved = fs::read(pam_file).ok();
    let _restore = Restore { path: pam_file.to_owned(), saved };
    let swap_line = |db: &Path, key: &Path| {
        let line = format!("auth required {} db={} key_file={}", module().display(), db.display(), key.display());
        fs::write(pam_file, format!("{line}\naccount required pam_permit.so\nsession required pam_permit.so\n"))
            .expect("write /etc/pam.d/sshd");
    };
    let (port, _sshd) = start_sshd(&dir);
    let signed_in =
        |out: &Output| out.status.success() && String::from_utf8_lossy(&out.stdout).contains("signed-in-as-root");

    // 1. Enrolled in tfa.
    let seed = f.enroll_totp("root");
    swap_line(&f.db(), &dir.join("key"));
    let code = code_now(&seed);
    let out = ssh(port, "root", &code);
    assert!(signed_in(&out), "{}", said(&out));
    let out = ssh(port, "root", &code);
    assert!(!signed_in(&out), "a replayed code must not sign in: {}", said(&out));

    // 2. A google-authenticator home, imported with the command line.
    let ga = tempfile::tempdir().expect("temp dir");
    let home = ga.path().join("home/root");
    fs::create_dir_all(&home).expect("home");
    let ga_seed = Seed::generate();
    let used = code_now(&ga_seed);
    let used_step = now() / 30;
    fs::write(
        home.join(".google_authenticator"),
        format!("{}\n\" WINDOW_SIZE 3\n\" DISALLOW_REUSE {used_step}\n\" TOTP_AUTH\n", ga_seed.to_base32()),
    )
    .expect("ga file");
    let (db, key) = (ga.path().join("tfa.db"), ga.path().join("key"));
    tfa_cli(&db, &key, &["import", "google-authenticator", "--homes", &ga.path().join("home").display().to_string()]);
    swap_line(&db, &key);
    let out = ssh(port, "root", &used);
    assert!(!signed_in(&out), "the step google-authenticator used stays used: {}", said(&out));
    let out = ssh(port, "root", &otp::totp(&ga_seed, PARAMS, 30, now() + 30));
    assert!(signed_in(&out), "the phone's code after the import: {}", said(&out));

    // 3. A pam_oath users file, imported with the command line.
    let oath = tempfile::tempdir().expect("temp dir");
    let oath_seed = Seed::generate();
    let hex: String = oath_seed.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
    let last = code_now(&oath_seed);
    let users = oath.path().join("users.oath");
    fs::write(&users, format!("HOTP/T30\troot\t-\t{hex}\t0\t{last}\t2026-01-01T00:00:00L\n")).expect("users file");
    let (db, key) = (oath.path().join("tfa.db"), oath.path().join("key"));
    tfa_cli(&db, &key, &["import", "oath-usersfile", &users.display().to_string()]);
    swap_line(&db, &key);
    let out = ssh(port, "root", &last);
    assert!(!signed_in(&out), "pam_oath's last code stays used: {}", said(&out));
    let out = ssh(port, "root", &otp::totp(&oath_seed, PARAMS, 30, now() + 30));
    assert!(signed_in(&out), "the phone's code after the import: {}", said(&out));
}

/// The tfa command line built beside the module (`cargo test --workspace`
/// builds it), on this store.
fn tfa_cli(db: &Path, key: &Path, args: &[&str]) {
    let exe = module().with_file_name("tfa");
    assert!(exe.exists(), "{} is missing: run the tests with cargo test --workspace", exe.display());
    let out = Command::new(&exe)
        .args(["--db", &db.display().to_string(), "--key-file", &key.display().to_string()])
        .args(args)
        .output()
        .expect("run tfa");
    assert!(out.status.success(), "tfa {args:?}: {}", said(&out));
}

/// sshd on a free loopback port, keyboard-interactive only, root allowed;
/// killed when the returned guard is dropped.
fn start_sshd(dir: &Path) -> (u16, Kill) {
    let host_key = dir.join("host_key");
    let status = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f", &host_key.display().to_string()])
        .status()
        .expect("ssh-keygen (Debian package openssh-client)");
    assert!(status.success());
    fs::create_dir_all("/run/sshd").expect("/run/sshd");
    let port = free_port();
    let config = dir.join("sshd_config");
    fs::write(
        &config,
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {}\nUsePAM yes\nKbdInteractiveAuthentication yes\n\
             PasswordAuthentication no\nPubkeyAuthentication no\nAuthenticationMethods keyboard-interactive\n\
             PermitRootLogin yes\nPidFile {}\n",
            host_key.display(),
            dir.join("sshd.pid").display()
        ),
    )
    .expect("sshd_config");
    let sshd = Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f", &config.display().to_string()])
        .stderr(Stdio::null())
        .spawn()
        .expect("sshd (Debian package openssh-server)");
    let guard = Kill(sshd);
    wait_for_port(port);
    (port, guard)
}

struct Restore {
    path: PathBuf,
    saved: Option<Vec<u8>>,
}

impl Drop for Restore {
    fn drop(&mut self) {
        match &self.saved {
            Some(bytes) => drop(fs::write(&self.path, bytes)),
            None => drop(fs::remove_file(&self.path)),
        }
    }
}

struct Kill(std::process::Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "sshd did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One SSH sign-in by paramiko, answering every prompt with `code`, then `echo`.
fn ssh(port: u16, user: &str, code: &str) -> Output {
    const CLIENT: &str = r#"
import sys, paramiko
port, user, code = int(sys.argv[1]), sys.argv[2], sys.stdin.readline().strip()
t = paramiko.Transport(("127.0.0.1", port))
t.start_client(timeout=20)
try:
    t.auth_interactive(user, lambda title, instructions, prompts: [code for _ in prompts])
except paramiko.AuthenticationException as e:
    print("refused:", e, file=sys.stderr)
    sys.exit(1)
chan = t.open_session()
chan.exec_command("echo signed-in-as-$(id -un)")
print(chan.makefile().read().decode().strip())
sys.exit(chan.recv_exit_status())
"#;
    // Debian's python3, which python3-paramiko is installed for.
    let mut child = Command::new("/usr/bin/python3")
        .args(["-c", CLIENT, &port.to_string(), user])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 with paramiko (Debian package python3-paramiko)");
    // The code on stdin, not argv.
    child.stdin.take().expect("stdin").write_all(format!("{code}\n").as_bytes()).expect("code");
    child.wait_with_output().expect("ssh client")
}

/// Issue 12's promise: a google-authenticator user's phone keeps working
/// after `tfa import google-authenticator` and swapping one line in
/// /etc/pam.d. The same file first signs in through
/// pam_google_authenticator itself (which records the step it accepted);
/// after the import and the swap, that code is refused by pam_tfa (the
/// replay state came along), the phone's next code and a scratch code work.
#[test]
fn a_google_authenticator_user_keeps_their_phone_after_import_and_one_line() {
    if !as_root() {
        return;
    }
    let mut f = Fixture::new();
    let home = f.dir.path().join("home/gina");
    fs::create_dir_all(&home).expect("home");
    let seed = Seed::generate();
    let ga_file = home.join(".google_authenticator");
    fs::write(
        &ga_file,
        format!(
            "{}\n\" RATE_LIMIT 3 30\n\" WINDOW_SIZE 3\n\" DISALLOW_REUSE\n\" TOTP_AUTH\n31415926\n27182818\n",
            seed.to_base32()
        ),
    )
    .expect("ga file");
    fs::set_permissions(&ga_file, std::os::unix::fs::PermissionsExt::from_mode(0o400)).expect("chmod");

    // Before: pam_google_authenticator accepts the phone's code.
    let before =
        f.service(&[format!("auth required pam_google_authenticator.so secret={} user=root", ga_file.display())]);
    let code = code_now(&seed);
    let out = pamtester(&before, "gina", &[], &format!("{code}\n"));
    assert!(out.status.success(), "pam_google_authenticator: {}", said(&out));
    assert!(fs::read_to_string(&ga_file).expect("read").contains("DISALLOW_REUSE "), "the used step is recorded");

    // The import, as `tfa import google-authenticator --homes` does it.
    let text = fs::read_to_string(&ga_file).expect("read");
    let entry = tfa::core::import::google_authenticator::parse(&text, "gina").expect("parse");
    let store = f.store();
    let auth = Auth::new(&store, None, None);
    let hashed = vec![tfa::auth::import::hash_scratch_codes(&auth, &entry, &mut || {}).expect("hash")];
    let input = tfa::auth::import::Input { file: ga_file.display().to_string(), entries: vec![entry] };
    tfa::auth::import::import(&auth, &[input], hashed, false, now()).expect("import");

    // After: the one line swapped.
    let after = f.tfa_service("");
    let out = pamtester(&after, "gina", &[], &format!("{code}\n"));
    assert!(!out.status.success(), "a code google-authenticator accepted is refused after the move: {}", said(&out));
    let next = otp::totp(&seed, PARAMS, 30, now() + 30);
    let out = pamtester(&after, "gina", &[], &format!("{next}\n"));
    assert!(out.status.success(), "the phone's next code: {}", said(&out));
    let out = pamtester(&after, "gina", &[], "31415926\n");
    assert!(out.status.success(), "a scratch code: {}", said(&out));
    assert!(!pamtester(&after, "gina", &[], "31415926\n").status.success(), "a scratch code works once");
}
