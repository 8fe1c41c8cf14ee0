#!/usr/bin/env bash
# How long a single `tfa verify` (refused, on an account of its own) waits
# while a `verify --batch` runs on the same PostgreSQL store: 25 calls, their
# median, p90 and max. A batch group holds the store's write lock.
# Usage: benches/postgres_wait.sh BATCH_TFA DB_URL KEY   (a store made by
#   `big_store build DB_URL KEY 2000 0`, its lockout out of reach; BATCH_TFA
#   runs the batch, /bin/true for none; target/release/tfa runs the verifies)
set -u
cd "$(dirname "$0")/.."
tfa=$1 db=$2 key=$3
target/release/examples/big_store lines 2000 60000 | $tfa --db "$db" --key-file "$key" verify --batch > /dev/null 2>&1 &
bp=$!
sleep 1
lat=()
for i in $(seq 1 25); do
  s=$(date +%s%N); target/release/tfa --db "$db" --key-file "$key" verify user0001999 000000 >/dev/null 2>&1; e=$(date +%s%N)
  lat+=($(( (e - s) / 1000000 )))
done
kill $bp 2>/dev/null; wait $bp 2>/dev/null
printf '%s\n' "${lat[@]}" | sort -n | awk '{a[NR]=$1} END {print "median", a[int(NR/2)+1], "ms; p90", a[int(NR*0.9)], "ms; max", a[NR], "ms"}'
