#!/usr/bin/env bash
# `tfa verify --batch` throughput: LINES lines (1,000,000) over ACCOUNTS
# accounts (100,000, each with an active TOTP app, 5 audit events each),
# about 40 % right codes (accepted once, then replayed) and 60 % wrong
# (made by examples/big_store as they are read, so the right ones stay right),
# every group committed with synchronous = FULL before it is answered;
# peak memory from /usr/bin/time -v. Beside it, the same checks in PyOTP
# with nothing kept (benches/pyotp_reference.py), if PYOTP_PYTHON names a
# python with pyotp installed.
# Usage: benches/batch.sh   (ACCOUNTS=, LINES=, KEEP=dir to keep the files)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin tfa --example big_store
target=${CARGO_TARGET_DIR:-$PWD/target}
tfa=$target/release/tfa big=$target/release/examples/big_store
accounts=${ACCOUNTS:-100000} lines=${LINES:-1000000}
dir=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$dir"' EXIT
rm -f "$dir"/batch.db*
"$big" build "$dir/batch.db" "$dir/key" "$accounts" $((accounts * 5))
sync
# The lines are made as they are read (through a pipe), so a right code is
# still in its step when tfa reads it, however long the run.
/usr/bin/time -v "$tfa" --db "$dir/batch.db" --key-file "$dir/key" verify --batch \
    < <("$big" lines "$accounts" "$lines") > "$dir/answers.jsonl" 2> "$dir/time.txt"
wall=$(grep 'Elapsed (wall clock)' "$dir/time.txt" | awk '{print $NF}')
secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
echo "tfa verify --batch: $lines lines in $wall ($(awk -v n="$lines" -v s="$secs" 'BEGIN { printf "%.0f", n / s }') codes/s), peak RSS $(grep 'Maximum resident' "$dir/time.txt" | awk '{print $NF}') KiB"
grep -o '"reason":[^,]*' "$dir/answers.jsonl" | sort | uniq -c
if [ -n "${PYOTP_PYTHON:-}" ]; then
    /usr/bin/time -v "$PYOTP_PYTHON" benches/pyotp_reference.py < <("$big" lines "$accounts" "$lines") > "$dir/pyotp.jsonl" 2> "$dir/time-py.txt"
    echo "pyotp, nothing kept: $(grep 'Elapsed (wall clock)' "$dir/time-py.txt" | awk '{print $NF}'), peak RSS $(grep 'Maximum resident' "$dir/time-py.txt" | awk '{print $NF}') KiB"
    grep -o '"reason": [^,]*' "$dir/pyotp.jsonl" | sort | uniq -c
fi
