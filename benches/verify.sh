#!/usr/bin/env bash
# Whole-process time of `tfa verify`, in one hyperfine run:
#   - an accepted code (each run on a fresh copy of a one-account store and
#     its WAL, so every run accepts and writes, never a replay),
#   - a refused code on a one-account store and on a store of 1,000,000
#     accounts, each with an active TOTP app, and 5,000,000 audit events
#     (the refusal is written and synced too: an audit event and the failure
#     count; the lockout is set out of reach so every run does the same work),
#   - `oathtool --totp -w 1`, accepted and refused, which keeps no state, as the yardstick.
# Both stores are made by examples/big_store (seeds sealed by tfa's own code).
# Usage: benches/verify.sh   (needs hyperfine and oathtool)
#   ACCOUNTS=100000 EVENTS=500000 for a smaller big store; BIG=path reuses one
#   (made with the same KEY); BASELINE=path/to/an/older/tfa adds its runs on
#   the one-account store.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin tfa --example big_store
target=${CARGO_TARGET_DIR:-$PWD/target}
tfa=$target/release/tfa big=$target/release/examples/big_store
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export TFA_KEY_FILE=${KEY:-$dir/key}

"$big" build "$dir/one.db" "$TFA_KEY_FILE" 1 0
million=${BIG:-$dir/million.db}
[ -n "${BIG:-}" ] || "$big" build "$million" "$TFA_KEY_FILE" "${ACCOUNTS:-1000000}" "${EVENTS:-5000000}"
secret=$("$big" seed 0)
code=$("$tfa" --db "$dir/one.db" code user0000000)
wrong=$(( (10#$code + 500000) % 1000000 )); wrong=$(printf '%06d' "$wrong")
# A refusal first, so each store has its WAL as it has between runs.
"$tfa" --db "$dir/one.db" verify user0000000 "$wrong" >/dev/null 2>&1 || true
"$tfa" --db "$million" verify user0000000 "$wrong" >/dev/null 2>&1 || true

baseline=()
if [ -n "${BASELINE:-}" ]; then
    # With its WAL, which holds the account (tfa keeps the WAL between runs).
    cp "$dir/one.db" "$dir/old.db"; cp "$dir/one.db-wal" "$dir/old.db-wal"
    baseline=(
        --command-name "baseline verify, accepted (1 account)"
        --prepare "sh -c 'cp $dir/old.db $dir/old-fresh.db; cp $dir/old.db-wal $dir/old-fresh.db-wal'" "$BASELINE --db $dir/old-fresh.db verify user0000000 $code"
        --command-name "baseline verify, refused (1 account)" --prepare "true" "$BASELINE --db $dir/old.db verify user0000000 $wrong"
    )
fi

# The table goes to a file first: hyperfine truncates an export to /dev/stdout
# when stdout is a redirected file.
hyperfine --shell=none --warmup 10 --runs "${RUNS:-300}" -i --export-markdown "$dir/hyperfine.md" ${JSON:+--export-json "$JSON"} \
    --command-name "tfa verify, accepted (1 account)" \
    --prepare "sh -c 'cp $dir/one.db $dir/fresh.db; cp $dir/one.db-wal $dir/fresh.db-wal'" "$tfa --db $dir/fresh.db verify user0000000 $code" \
    --command-name "tfa verify, refused (1 account)" --prepare "true" "$tfa --db $dir/one.db verify user0000000 $wrong" \
    --command-name "tfa verify, refused (1,000,000 accounts)" --prepare "true" "$tfa --db $million verify user0000000 $wrong" \
    "${baseline[@]}" \
    --command-name "oathtool --totp -w 1, accepted" --prepare "true" "oathtool --totp -w 1 -b $secret $code" \
    --command-name "oathtool --totp -w 1, refused" --prepare "true" "oathtool --totp -w 1 -b $secret $wrong"
cat "$dir/hyperfine.md"
