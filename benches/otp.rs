//! The pure code checks, without process or store: what a verify costs
//! before SQLite and the fsync. `cargo bench --bench otp`
use criterion::{criterion_group, criterion_main, Criterion};
use tfa::core::otp::{Algorithm, App, Params, TotpState};
use tfa::core::seed::Seed;

fn checks(c: &mut Criterion) {
    let seed = Seed::from_bytes(b"12345678901234567890".to_vec());
    let params = Params { algorithm: Algorithm::Sha1, digits: 6 };
    let now = 1_700_000_000;
    let totp = App::Totp { params, period: 30, window: 1, state: TotpState::default() };
    let right = totp.code(&seed, now);
    c.bench_function("totp_check/window_1/right", |b| b.iter(|| totp.check(&seed, now, &right)));
    c.bench_function("totp_check/window_1/wrong", |b| b.iter(|| totp.check(&seed, now, "000000")));
    // A wrong code is then looked for within ten minutes: 41 steps.
    c.bench_function("totp_refused_offset/600s/wrong", |b| b.iter(|| totp.refused_offset(&seed, now, "000000")));
    let hotp = App::Hotp { params, counter: 0 };
    c.bench_function("hotp_check/look_ahead_10/wrong", |b| b.iter(|| hotp.check(&seed, now, "000000")));
}

criterion_group!(benches, checks);
criterion_main!(benches);
