#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests (PostgreSQL backend).
#
#   eval "$(bash .ci/postgres.sh)"     # sets STORYLINE_TEST_PG for this shell
#
# Idempotent: installs Debian's postgresql only when no server binary is found,
# initialises a cluster only once (in $STORYLINE_PG_DATA, default /tmp/storyline-pg),
# and reuses a server already answering on 127.0.0.1:$STORYLINE_PG_PORT (default 5432).
# Diagnostics go to stderr; the only line on stdout is the `export` to eval. The same
# line is also written to $STORYLINE_PG_ENV (default /tmp/storyline-pg.env).
# Runs as root (CI does): the server itself runs as the `postgres` user.
set -euo pipefail

PORT="${STORYLINE_PG_PORT:-5432}"
DATA="${STORYLINE_PG_DATA:-/tmp/storyline-pg}"
ENV_FILE="${STORYLINE_PG_ENV:-/tmp/storyline-pg.env}"
url() { echo "postgresql://postgres@127.0.0.1:${PORT}/postgres"; }

log() { echo "postgres.sh: $*" >&2; }

announce() {
    echo "export STORYLINE_TEST_PG=$(url)" > "$ENV_FILE"
    echo "export STORYLINE_TEST_PG=$(url)"
}

find_bindir() {
    # newest installed major version; Debian keeps server binaries out of PATH
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ready() { pg_isready -q -h 127.0.0.1 -p "$PORT" -U postgres 2>/dev/null; }
# a server we can use: answers, and lets postgres in without a password
usable() { psql -d "$(url)" -Atqc 'SELECT 1' >/dev/null 2>&1; }

BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/postgres" ]; then
    log "no PostgreSQL server found; installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q postgresql >&2
    BINDIR="$(find_bindir)"
fi
[ -x "$BINDIR/postgres" ] || { log "PostgreSQL install failed: no postgres binary under /usr/lib/postgresql"; exit 1; }

# pg_ctl/initdb refuse to run as root, so everything runs as the postgres user
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# our own server may already run, started earlier on another port: look there first
if [ -f "$DATA/postmaster.pid" ] && as_pg "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    PORT="$(sed -n 4p "$DATA/postmaster.pid")"
fi

# Reuse a usable server; skip ports held by one we cannot use (e.g. the cluster Debian's
# package starts, which asks for a password over TCP) and start ours on the first free one.
for _ in 1 2 3 4 5; do
    if usable; then
        log "a server already answers on 127.0.0.1:${PORT}; reusing it"
        announce
        exit 0
    fi
    ready || break
    log "port ${PORT} is held by a server that refuses passwordless postgres; trying the next"
    PORT=$((PORT + 1))
done

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ ! -s "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    mkdir -p "$DATA"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DATA"; fi
    chmod 700 "$DATA"
    # trust auth on loopback only: a test server, never exposed beyond 127.0.0.1
    as_pg "$BINDIR/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

start_server() {
    # a pid file left by a killed server blocks the start; drop it once no server owns it
    if [ -f "$DATA/postmaster.pid" ] && ! as_pg "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        rm -f "$DATA/postmaster.pid"
    fi
    # fsync off: a throwaway test server, speed matters more than surviving a power cut
    as_pg "$BINDIR/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p ${PORT} -k /tmp -c fsync=off -c full_page_writes=off" \
        start >&2
}

log "starting the server on 127.0.0.1:${PORT}"
if ! start_server; then
    # a server killed a moment ago may still be exiting: wait, then try once more
    sleep 3
    start_server || { log "server failed to start; log follows"; tail -n 30 "$DATA/server.log" >&2; exit 1; }
fi

for _ in $(seq 1 60); do
    if usable; then
        log "ready"
        announce
        exit 0
    fi
    sleep 1
done
log "server did not become ready within 60 s; log follows"
tail -n 30 "$DATA/server.log" >&2
exit 1
