#!/usr/bin/env bash
# The PostgreSQL store beside the SQLite one, on the same machine, durable on
# both (SQLite synchronous = FULL; PostgreSQL as the server is set, fsync and
# synchronous_commit on by default: the script prints them):
#   1. whole-process `tfa verify`, accepted and refused, one hyperfine run with
#      every command side by side: SMALL (1,000) accounts, each with an active
#      TOTP app, plus one HOTP account "hotp0"; every accepted run checks the
#      same HOTP code, its counter put back before each run (SQLite: a fresh
#      copy of the store and its WAL, as benches/verify.sh; PostgreSQL: one
#      UPDATE through psql), so every run accepts and writes. Beside them,
#      `tfa --version` (the start) and the PostgreSQL runs with
#      SSL_CERT_FILE naming an empty file (what the connection costs without
#      loading the system's CA bundle);
#   2. `tfa verify --batch` throughput: LINES (100,000) lines over ACCOUNTS
#      (10,000) accounts, as benches/batch.sh (40 % right codes, made as the
#      lines are read), peak RSS;
#   3. concurrent clients, CLIENTS ("1 2 4 8 16") at once:
#      a. each client a loop of whole-process `tfa verify NAME CODE`, each call
#         on an account of its own with its current code (so each accepts and
#         writes), for SECS (4) seconds; verifies per second over all clients,
#         median and p95 latency of a call (bash's $EPOCHREALTIME around it,
#         so the fork and exec are in it); PostgreSQL also with no CA bundle;
#      b. N `verify --batch` processes at once, each on its own slice of the
#         ACCOUNTS accounts, CLINES (20,000) lines in all.
# Both backends get their own stores, made by examples/big_store (ACCOUNTS
# for the batches, then 3 x levels x SECS x 1,000 more for the clients' loops,
# each call on an account no call before it used).
# Usage: PG=postgres://USER@HOST:PORT benches/postgres.sh
#   (needs hyperfine, oathtool, psql; the user may create databases: the
#   script makes two, tfa_bench_*_PID, and drops them at the end)
#   SMALL=, ACCOUNTS=, LINES=, CLIENTS=, SECS=, CLINES=, RUNS= (hyperfine, 100)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin tfa --example big_store
target=${CARGO_TARGET_DIR:-$PWD/target}
tfa=$target/release/tfa big=$target/release/examples/big_store
pg=${PG:?set PG=postgres://USER@HOST:PORT}
small=${SMALL:-1000} accounts=${ACCOUNTS:-10000} lines=${LINES:-100000}
clients=${CLIENTS:-1 2 4 8 16} secs=${SECS:-4} clines=${CLINES:-20000}
levels=$(wc -w <<<"$clients")
per_level=$((secs * 1000))                  # accounts each level's loops may use, at most
loop_accounts=$((3 * levels * per_level))  # three runs of the levels: SQLite, PostgreSQL twice
dir=$(mktemp -d)
tag=tfa_bench_$$
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
    for db in small big; do psql_ "$pg/postgres" -c "DROP DATABASE IF EXISTS ${tag}_$db WITH (FORCE)" || true; done
    rm -rf "$dir"
}
trap cleanup EXIT
export TFA_KEY_FILE=$dir/key
: > "$dir/empty.pem"
now_us() { echo "${EPOCHREALTIME/./}"; }
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

echo "PostgreSQL: $(psql_ "$pg/postgres" -Atc 'SHOW server_version') fsync=$(psql_ "$pg/postgres" -Atc 'SHOW fsync')" \
    "synchronous_commit=$(psql_ "$pg/postgres" -Atc 'SHOW synchronous_commit') ssl=$(psql_ "$pg/postgres" -Atc 'SHOW ssl'); $(nproc) cores $(load)"
for db in small big; do psql_ "$pg/postgres" -c "CREATE DATABASE ${tag}_$db"; done
lite_small=$dir/small.db pg_small=$pg/${tag}_small
lite_big=$dir/big.db pg_big=$pg/${tag}_big

# ---- 1. Whole process ----------------------------------------------------
for db in "$lite_small" "$pg_small"; do
    "$big" build "$db" "$TFA_KEY_FILE" "$small" 0
    secret=$("$tfa" --db "$db" --json enroll hotp0 hotp --label key 2>/dev/null | sed 's/.*"secret":"\([A-Z2-7]*\)".*/\1/')
    "$tfa" --db "$db" -q confirm hotp0 "$(oathtool -c 0 -b "$secret")" >/dev/null
done
# Each store has its own HOTP seed; `tfa code` shows the next code without moving the counter.
hotp_code() { "$tfa" --db "$1" --json code hotp0 | sed 's/.*"code":"\([0-9]*\)".*/\1/'; }
lite_hotp=$(hotp_code "$lite_small") pg_hotp=$(hotp_code "$pg_small")
pg_hotp_id=$(psql_ "$pg_small" -Atc "SELECT m.id FROM methods m JOIN accounts a ON a.id = m.account_id WHERE a.name = 'hotp0'")
pg_counter=$(psql_ "$pg_small" -Atc "SELECT counter FROM methods WHERE id = $pg_hotp_id")
totp=$("$tfa" --db "$lite_small" code user0000000)
wrong=$(( (10#$totp + 500000) % 1000000 )); wrong=$(printf '%06d' "$wrong")
# A refusal first, so the SQLite store has its WAL as it has between runs.
for db in "$lite_small" "$pg_small"; do "$tfa" --db "$db" verify user0000000 "$wrong" >/dev/null 2>&1 || true; done
cp "$lite_small" "$dir/one.db"; cp "$lite_small-wal" "$dir/one.db-wal"
echo; echo "## 1. Whole-process verify, $small accounts $(load)"; echo
nocert="env SSL_CERT_FILE=$dir/empty.pem"
# hyperfine's own report on stderr, its table here after it (an export to
# /dev/stdout would truncate a file that stdout is redirected to).
hyperfine --shell=none --warmup 5 --runs "${RUNS:-100}" -i --export-markdown "$dir/hyperfine.md" ${JSON:+--export-json "$JSON"} \
    --command-name "tfa --version (the start)" --prepare "true" "$tfa --version" \
    --command-name "SQLite: verify, accepted" \
    --prepare "sh -c 'cp $dir/one.db $dir/fresh.db; cp $dir/one.db-wal $dir/fresh.db-wal'" "$tfa --db $dir/fresh.db verify hotp0 $lite_hotp" \
    --command-name "SQLite: verify, refused" --prepare "true" "$tfa --db $lite_small verify user0000000 $wrong" \
    --command-name "PostgreSQL: verify, accepted" \
    --prepare "psql -X -q $pg_small -c 'UPDATE methods SET counter = $pg_counter WHERE id = $pg_hotp_id'" "$tfa --db $pg_small verify hotp0 $pg_hotp" \
    --command-name "PostgreSQL: verify, refused" --prepare "true" "$tfa --db $pg_small verify user0000000 $wrong" \
    --command-name "PostgreSQL, no CA bundle: verify, accepted" \
    --prepare "psql -X -q $pg_small -c 'UPDATE methods SET counter = $pg_counter WHERE id = $pg_hotp_id'" "$nocert $tfa --db $pg_small verify hotp0 $pg_hotp" \
    --command-name "PostgreSQL, no CA bundle: verify, refused" --prepare "true" "$nocert $tfa --db $pg_small verify user0000000 $wrong" \
    --command-name "PostgreSQL, no CA bundle: methods (read only)" --prepare "true" "$nocert $tfa --db $pg_small methods user0000000" >&2
cat "$dir/hyperfine.md"
ok="SELECT action || ' ' || outcome || ': ' || count(*) FROM events WHERE account = 'hotp0' GROUP BY action, outcome ORDER BY 1"
echo; echo "hotp0's events: SQLite, the last fresh copy: $(sqlite3 "$dir/fresh.db" "$ok" | paste -sd ' ');" \
    "PostgreSQL: $(psql_ "$pg_small" -Atc "$ok" | paste -sd ' ')"

# ---- the big stores --------------------------------------------------------
total=$((accounts + loop_accounts))
for db in "$lite_big" "$pg_big"; do
    t0=$(now_us); "$big" build "$db" "$TFA_KEY_FILE" "$total" $((accounts * 5)); t1=$(now_us)
    echo "built $total accounts, $((accounts * 5)) events: $(awk -v t=$((t1 - t0)) 'BEGIN { printf "%.1f", t / 1e6 }') s"
done
sync

# ---- 3a. Concurrent whole-process verifies ---------------------------------
# One client: reads `NAME CODE` lines, verifies each until the deadline,
# writes "MICROSECONDS EXIT" per call.
client() {
    local db=$1 codes=$2 deadline=$3 out=$4 name code t0 t1 rc
    exec 3>"$out"
    while read -r name code; do
        t0=$(now_us)
        (( t0 < deadline )) || break
        rc=0; "$tfa" --db "$db" verify "$name" "$code" >/dev/null 2>&1 || rc=$?
        t1=$(now_us)
        echo "$((t1 - t0)) $rc" >&3
    done < "$codes"
    exec 3>&-
}
echo; echo "## 3a. Concurrent clients, each a loop of whole-process \`tfa verify\` (accepted, an account each), $secs s a level"; echo
echo "| backend | clients | verifies | verifies/s | median ms | p95 ms | not accepted |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
base=$accounts
for backend in SQLite PostgreSQL "PostgreSQL, no CA bundle"; do
    [ "$backend" = SQLite ] && db=$lite_big || db=$pg_big
    cert=${SSL_CERT_FILE:-}
    [ "$backend" = "PostgreSQL, no CA bundle" ] && cert=$dir/empty.pem
    for c in $clients; do
        rm -f "$dir"/lat.* "$dir"/codes.*
        "$big" codes "$base" "$per_level" > "$dir/codes"
        for ((k = 0; k < c; k++)); do awk -v c="$c" -v k="$k" 'NR % c == k' "$dir/codes" > "$dir/codes.$k"; done
        start=$(now_us); deadline=$((start + secs * 1000000))
        for ((k = 0; k < c; k++)); do
            ( [ -z "$cert" ] || export SSL_CERT_FILE=$cert; client "$db" "$dir/codes.$k" "$deadline" "$dir/lat.$k" ) &
        done
        wait
        end=$(now_us)
        cat "$dir"/lat.* | sort -n | awk -v c="$c" -v b="$backend" -v w=$((end - start)) '
            { lat[NR] = $1; if ($2 != 0) bad++ }
            END { n = NR; printf "| %s | %d | %d | %.0f | %.1f | %.1f | %d |\n", b, c, n, n / (w / 1e6),
                  lat[int((n + 1) / 2)] / 1000, lat[int(n * 0.95 + 0.999)] / 1000, bad }'
        base=$((base + per_level))
    done
done
load

# ---- 2. verify --batch ------------------------------------------------------
echo; echo "## 2. \`tfa verify --batch\`, $lines lines over $accounts accounts $(load)"; echo
echo "| backend | time | codes/s | user + sys CPU of tfa | peak RSS | answers |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
for backend in SQLite PostgreSQL; do
    [ "$backend" = SQLite ] && db=$lite_big || db=$pg_big
    t0=$(now_us)
    /usr/bin/time -f "%U %S %M" -o "$dir/time.txt" "$tfa" --db "$db" verify --batch \
        < <("$big" lines "$accounts" "$lines") > "$dir/answers.jsonl"
    t1=$(now_us)
    read -r user sys rss < "$dir/time.txt"
    answers=$(grep -o '"reason":[^,}]*' "$dir/answers.jsonl" | sort | uniq -c | awk '{ printf "%s%s %s", sep, $1, $2; sep = ", " }' | sed 's/"reason"://g; s/"//g; s/null/accepted/')
    awk -v b="$backend" -v n="$lines" -v w=$((t1 - t0)) -v u="$user" -v s="$sys" -v r="$rss" -v a="$answers" \
        'BEGIN { printf "| %s | %.1f s | %.0f | %.1f + %.1f s | %.0f MiB | %s |\n", b, w / 1e6, n / (w / 1e6), u, s, r / 1024, a }'
done

# ---- 3b. Concurrent verify --batch -------------------------------------------
echo; echo "## 3b. N \`verify --batch\` processes at once, each on its own slice of $accounts accounts, $clines lines in all $(load)"; echo
echo "| backend | processes | time | codes/s (all) |"
echo "| --- | ---: | ---: | ---: |"
for backend in SQLite PostgreSQL; do
    [ "$backend" = SQLite ] && db=$lite_big || db=$pg_big
    for c in $clients; do
        slice=$((accounts / c))
        t0=$(now_us)
        for ((k = 0; k < c; k++)); do
            "$tfa" --db "$db" verify --batch < <("$big" lines "$slice" $((clines / c)) $((k * slice))) > "$dir/batch.$k.jsonl" &
        done
        wait
        t1=$(now_us)
        n=$(cat "$dir"/batch.*.jsonl | wc -l); rm -f "$dir"/batch.*.jsonl
        awk -v b="$backend" -v c="$c" -v n="$n" -v w=$((t1 - t0)) 'BEGIN { printf "| %s | %d | %.1f s | %.0f |\n", b, c, w / 1e6, n / (w / 1e6) }'
    done
done
load
