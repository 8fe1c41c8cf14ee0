#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (TFA_TEST_PG).
#
#   eval "$(.ci/postgres.sh)"          start one; prints the export lines
#   .ci/postgres.sh stop "$TFA_TEST_PG_DIR"   stop it and remove its directory
#
# Uses the newest server under /usr/lib/postgresql/*/bin (Debian's postgresql
# package). initdb refuses to run as root, so as root the cluster belongs to
# the `postgres` user (created if missing). The cluster trusts every local
# connection, listens on 127.0.0.1 only, on the first free port from 54329,
# and keeps its socket in its own directory: it never touches a system cluster.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql)" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    as_user() { runuser -u "$user" -- "$@"; }
else
    user=$(id -un)
    as_user() { "$@"; }
fi

if [ "${1:-}" = stop ]; then
    dir=${2:?usage: postgres.sh stop DIR}
    # Only a directory this script made: never rm -rf anything else.
    if [ ! -f "$dir/tfa-test-cluster" ]; then
        echo "postgres.sh: $dir is not a test cluster made by postgres.sh" >&2
        exit 1
    fi
    as_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf -- "$dir"
    exit 0
fi
[ $# -eq 0 ] || { echo "usage: postgres.sh [stop DIR]" >&2; exit 2; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/tfa-pg.XXXXXX")
touch "$dir/tfa-test-cluster"
chown "$user" "$dir"
# The C locale: lower() folds ASCII only, as SQLite's NOCASE does.
if ! as_user "$bindir/initdb" -D "$dir/data" -A trust -U tfa -E UTF8 --locale=C --no-sync \
    >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -rf -- "$dir"
    exit 1
fi

# TLS, for the test of `sslmode=require` with `sslrootcert=`: a CA made for
# this cluster, and a server certificate it signed for 127.0.0.1.
ssl_opts=""
if command -v openssl >/dev/null 2>&1; then
    (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=tfa test CA" \
            -keyout ca.key -out ca.crt >/dev/null 2>&1
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr >/dev/null 2>&1
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt >/dev/null 2>&1
        chown "$user" server.key server.crt
        chmod 600 server.key
    )
    ssl_opts="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
fi

# Durability is not under test here: no fsync, for speed.
port=54329
while :; do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        if as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off $ssl_opts" \
            start >/dev/null 2>&1; then
            break
        fi
    fi
    port=$((port + 1))
    if [ "$port" -gt 54429 ]; then
        echo "postgres.sh: no free port in 54329-54429, or the server did not start:" >&2
        cat "$dir/server.log" >&2 2>/dev/null || true
        rm -rf -- "$dir"
        exit 1
    fi
done

printf 'export TFA_TEST_PG=%q\n' "postgres://tfa@127.0.0.1:$port/postgres"
printf 'export TFA_TEST_PG_DIR=%q\n' "$dir"
if [ -n "$ssl_opts" ]; then
    printf 'export TFA_TEST_PG_CA=%q\n' "$dir/ca.crt"
fi
