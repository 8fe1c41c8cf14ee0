//! Builds a large store for the benchmarks, and the input lines for
//! `verify --batch` (BENCHMARKS.md, `benches/verify.sh`, `benches/batch.sh`).
//!
//!   big_store build DB KEY ACCOUNTS EVENTS   accounts user0000000.. each with an active TOTP app
//!                                           (seeds sealed by tfa's own store code), EVENTS audit events
//!   big_store lines ACCOUNTS LINES [FIRST]   `NAME CODE` lines on stdout over ACCOUNTS accounts from FIRST (0):
//!                                           40 % the current code (accepted once, then replayed), 60 % wrong
//!   big_store codes FIRST COUNT              `NAME CODE`, the current code of each account FIRST..FIRST+COUNT
//!   big_store seed I                         the base32 seed of account I

use std::io::{BufWriter, Write};
use std::path::Path;

use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};
use tfa::core::method::Status;
use tfa::core::otp::{self, Algorithm, App, Params, TotpState};
use tfa::core::seed::Seed;
use tfa::store::methods::{self, NewApp};
use tfa::store::{Open, Store};

const PARAMS: Params = Params { algorithm: Algorithm::Sha1, digits: 6 };

fn seed(i: u64) -> Seed {
    Seed::from_bytes(Sha256::digest(format!("tfa bench seed {i}"))[..20].to_vec())
}

fn name(i: u64) -> String {
    format!("user{i:07}")
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs()
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let num = |i: usize| -> anyhow::Result<u64> { Ok(args.get(i).map(String::as_str).unwrap_or("0").parse()?) };
    match args.first().map(String::as_str) {
        Some("build") => build(Path::new(&args[1]), Path::new(&args[2]), num(3)?, num(4)?),
        Some("lines") => lines(num(1)?, num(2)?, num(3)?),
        Some("codes") => codes(num(1)?, num(2)?),
        Some("seed") => {
            println!("{}", seed(num(1)?).to_base32());
            Ok(())
        }
        _ => anyhow::bail!(
            "usage: big_store build DB KEY ACCOUNTS EVENTS | lines ACCOUNTS LINES [FIRST] | codes FIRST COUNT | seed I"
        ),
    }
}

fn build(db: &Path, key: &Path, accounts: u64, events: u64) -> anyhow::Result<()> {
    let store = Store::open(db, key, Open::Create)?;
    let key = store.key()?;
    let at = now() as i64;
    let tx = store.immediate()?;
    {
        let mut account = tx.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)")?;
        for i in 0..accounts {
            account.execute(tfa::params![i as i64 + 1, name(i), at])?;
            let app = App::Totp { params: PARAMS, period: 30, window: 1, state: TotpState::default() };
            let new = NewApp { account_id: i as i64 + 1, label: "phone", app, status: Status::Active };
            methods::insert_app(&tx, &key, &new, &seed(i), at)?;
        }
        let mut event = tx.prepare(
            "INSERT INTO events (at, account, method_id, action, outcome, reason, source) VALUES (?1, ?2, ?3, 'verify', ?4, ?5, NULL)",
        )?;
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for e in 0..events {
            let i = rng.gen_range(0..accounts.max(1));
            let ok = rng.gen_bool(0.8);
            let (outcome, reason) = if ok { ("ok", None) } else { ("refused", Some("wrong_code")) };
            event.execute(tfa::params![
                at - (events - e) as i64,
                name(i),
                ok.then_some(i as i64 + 1),
                outcome,
                reason
            ])?;
        }
    }
    tx.commit()?;
    if store.conn().is_postgres() {
        // The ids above were given, not drawn: move the identity past them,
        // so an account made later (`tfa enroll`) does not collide.
        store.conn().execute_batch(
            "SELECT setval(pg_get_serial_sequence('accounts', 'id'), GREATEST((SELECT max(id) FROM accounts), 1))",
        )?;
    }
    // Far out of reach: every line of a benchmark does the whole check.
    let policy = tfa::store::lockout::policy(store.conn())?;
    let policy = tfa::core::lockout::Policy { backoff_after: 1_000_000_000, hard_lock_at: 2_000_000_000, ..policy };
    tfa::store::lockout::set_policy(store.conn(), &policy)?;
    Ok(())
}

fn lines(accounts: u64, count: u64, first: u64) -> anyhow::Result<()> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for _ in 0..count {
        let i = first + rng.gen_range(0..accounts.max(1));
        let code = if rng.gen_bool(0.4) {
            // The time of each line as it is written: the pipe holds a line
            // back until tfa reads it, so a right code stays right however long the run.
            otp::totp(&seed(i), PARAMS, 30, now())
        } else {
            format!("{:06}", rng.gen_range(0..1_000_000))
        };
        writeln!(out, "{} {code}", name(i))?;
    }
    Ok(())
}

fn codes(first: u64, count: u64) -> anyhow::Result<()> {
    let now = now();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for i in first..first + count {
        writeln!(out, "{} {}", name(i), otp::totp(&seed(i), PARAMS, 30, now))?;
    }
    Ok(())
}
