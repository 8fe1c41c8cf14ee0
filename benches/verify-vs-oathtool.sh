#!/usr/bin/env bash
# Whole-process time of `tfa verify` (persisting replay state) beside
# `oathtool --totp -w 1` (which keeps none), in one hyperfine run.
# Usage: benches/verify-vs-oathtool.sh   (needs hyperfine and oathtool)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
tfa=$PWD/target/release/tfa
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export TFA_KEY_FILE=$dir/key
secret=$(TFA_DB=$dir/template.db "$tfa" enroll alice totp --no-confirm --json | sed 's/.*"secret":"\([A-Z2-7]*\)".*/\1/')
# Each timed run verifies a fresh copy of the store, so every run is an
# accepted code whose use is written and synced, never a replay.
code=$(TFA_DB=$dir/template.db "$tfa" code alice)
hyperfine --shell=none --warmup 5 --runs "${RUNS:-200}" --export-markdown "${OUT:-/dev/stdout}" \
    --prepare "cp $dir/template.db $dir/bench.db" \
    "$tfa --db $dir/bench.db verify alice $code" \
    "oathtool --totp -w 1 -b $secret $code"
