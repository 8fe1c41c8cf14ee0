#!/usr/bin/env bash
# A sign-in through PAM, whole process (`pamtester SERVICE root
# authenticate`), in one hyperfine run:
#   - pam_permit.so, the floor: libpam and pamtester alone;
#   - pam_google_authenticator.so, accepting a fresh code and rewriting its
#     secret file (its replay state);
#   - pam_tfa.so (release build), accepting a fresh code and committing its
#     replay state (one durable write).
# Every run types the next HOTP code of one shared seed (its counter in a
# file), so both modules accept and persist on every run; the floor runs the
# same shell and oathtool, so the extra cost of each module is its time
# minus the floor's.
# Usage: sudo benches/pam.sh   (needs root, hyperfine, pamtester, oathtool,
#   libpam-google-authenticator; writes /etc/pam.d/tfa-bench-* and removes them)
#   RUNS=300 JSON=file.json set the runs and keep hyperfine's JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-300}
cargo build --release --quiet -p pam_tfa
cargo build --release --quiet --bin tfa
target=${CARGO_TARGET_DIR:-$PWD/target}
so=$target/release/libpam_tfa.so
tfa=$target/release/tfa
dir=$(mktemp -d)
chmod 700 "$dir"
trap 'rm -rf "$dir" /etc/pam.d/tfa-bench-permit /etc/pam.d/tfa-bench-ga /etc/pam.d/tfa-bench-tfa' EXIT

hex=3132333435363738393031323334353637383930
b32=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
# tfa: an HOTP app with the seed, at counter 1; the lockout out of reach.
export TFA_DB=$dir/tfa.db TFA_KEY_FILE=$dir/key
printf 'otpauth://hotp/root?secret=%s&counter=1\n' "$b32" | "$tfa" import uris - --account root -q >/dev/null
"$tfa" policy --backoff-after 1000000000 --hard-lock-at 2000000000 >/dev/null
# google-authenticator: the same seed in HOTP mode, counter 1.
printf '%s\n" HOTP_COUNTER 1\n" WINDOW_SIZE 3\n' "$b32" > "$dir/ga"
chmod 400 "$dir/ga"

printf 'auth required pam_permit.so\naccount required pam_permit.so\n' > /etc/pam.d/tfa-bench-permit
printf 'auth required pam_google_authenticator.so secret=%s user=root\naccount required pam_permit.so\n' "$dir/ga" \
    > /etc/pam.d/tfa-bench-ga
printf 'auth required %s db=%s key_file=%s\naccount required pam_permit.so\n' "$so" "$dir/tfa.db" "$dir/key" \
    > /etc/pam.d/tfa-bench-tfa

# Each module's counter: the next code to type.
for m in permit ga tfa; do echo 1 > "$dir/counter-$m"; done
run() {
    echo "c=\$(cat $dir/counter-$1); echo \$((c + 1)) > $dir/counter-$1; oathtool -c \$c $hex | pamtester tfa-bench-$1 root authenticate >/dev/null 2>&1"
}
# One check first: every module accepts its first code.
for m in permit ga tfa; do sh -c "$(run "$m")" || { echo "pam.sh: the $m module refused a fresh code" >&2; exit 1; }; done

hyperfine -N --warmup 10 --runs "$runs" ${JSON:+--export-json "$JSON"} \
    --command-name "pam_permit.so (floor)" "sh -c '$(run permit)'" \
    --command-name "pam_google_authenticator.so" "sh -c '$(run ga)'" \
    --command-name "pam_tfa.so" "sh -c '$(run tfa)'"

# Every run was accepted: the counters moved on by every run.
echo "counters after: permit $(cat "$dir/counter-permit"), ga $(cat "$dir/counter-ga"), tfa $(cat "$dir/counter-tfa")"
"$tfa" log root --json | grep -c '"action":"pam","outcome":"ok"' | sed 's/^/pam_tfa accepted: /'
