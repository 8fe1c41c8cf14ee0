#!/usr/bin/env bash
# Whole-process time of `tfa verify`, in one hyperfine run:
#   - an accepted code (each run on a fresh copy of a one-account store, so
#     every run accepts and writes, never a replay),
#   - a refused code on a one-account store and on a 1,000,000-account store
#     (the refusal is written and synced too: an audit event and the failure
#     count; the lockout is set out of reach so every run does the same work),
#   - `oathtool --totp -w 1`, which keeps no state, as the yardstick.
# Usage: benches/verify.sh   (needs hyperfine, oathtool and python3)
#   BASELINE=path/to/an/older/tfa adds its accepted and refused runs to the
#   same hyperfine run (on its own stores), to compare two builds as ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
tfa=$PWD/target/release/tfa
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export TFA_KEY_FILE=$dir/key

secret=$("$tfa" --db "$dir/one.db" enroll alice totp --no-confirm --json -q | sed 's/.*"secret":"\([A-Z2-7]*\)".*/\1/')
"$tfa" --db "$dir/one.db" policy --backoff-after 1000000000 --hard-lock-at 2000000000 >/dev/null

# The big store: the same alice, and a million other accounts.
cp "$dir/one.db" "$dir/million.db"
python3 - "$dir/million.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executemany("INSERT INTO accounts (name, created_at) VALUES (?, 0)", ((f"user{i:07d}",) for i in range(1_000_000)))
db.commit()
PY

baseline=()
if [ -n "${BASELINE:-}" ]; then
    "$BASELINE" --db "$dir/old.db" enroll alice totp --no-confirm -q >/dev/null
    "$BASELINE" --db "$dir/old.db" policy --backoff-after 1000000000 --hard-lock-at 2000000000 >/dev/null
    old_code=$("$BASELINE" --db "$dir/old.db" code alice)
    old_wrong=$(( (10#$old_code + 500000) % 1000000 )); old_wrong=$(printf '%06d' "$old_wrong")
    baseline=(
        --command-name "baseline verify, accepted (1 account)"
        --prepare "cp $dir/old.db $dir/old-fresh.db" "$BASELINE --db $dir/old-fresh.db verify alice $old_code"
        --command-name "baseline verify, refused (1 account)" --prepare "true" "$BASELINE --db $dir/old.db verify alice $old_wrong"
    )
fi

code=$("$tfa" --db "$dir/one.db" code alice)
wrong=$(( (10#$code + 500000) % 1000000 )); wrong=$(printf '%06d' "$wrong")
hyperfine --shell=none --warmup 10 --runs "${RUNS:-300}" -i --export-markdown "${OUT:-/dev/stdout}" ${JSON:+--export-json "$JSON"} \
    --command-name "tfa verify, accepted (1 account)" \
    --prepare "cp $dir/one.db $dir/fresh.db" "$tfa --db $dir/fresh.db verify alice $code" \
    --command-name "tfa verify, refused (1 account)" --prepare "true" "$tfa --db $dir/one.db verify alice $wrong" \
    --command-name "tfa verify, refused (1,000,000 accounts)" --prepare "true" "$tfa --db $dir/million.db verify alice $wrong" \
    "${baseline[@]}" \
    --command-name "oathtool --totp -w 1" --prepare "true" "oathtool --totp -w 1 -b $secret $code"
