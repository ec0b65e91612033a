#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the booking server's tests and benchmark, on loopback only.
#   scripts/pg-test-cluster.sh start   # prints DATABASE_URL=… (initdb on first start)
#   scripts/pg-test-cluster.sh stop    # stops it and deletes its files
#   scripts/pg-test-cluster.sh url     # prints the URL if it is running
# Needs Debian's postgresql package (`apt-get install -y postgresql`, PostgreSQL 15) and root
# (initdb refuses to run as root, so it runs as the postgres user). Port: PG_TEST_PORT (8632).
# fsync is off: the data is thrown away, and the tests measure the server, not the disk.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PG_TEST_PORT:-8632}"
state=".tmp/pg-test-cluster-$port"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
url="postgres://postgres@127.0.0.1:$port/postgres"

as_postgres() { su postgres -s /bin/sh -c "$1"; }

running() { [ -f "$state" ] && as_postgres "$bin/pg_ctl -D $(cat "$state")/data status" >/dev/null 2>&1; }

case "${1:-}" in
  start)
    if [ -z "$bin" ]; then
      echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
      exit 1
    fi
    if running; then
      echo "DATABASE_URL=$url"
      exit 0
    fi
    mkdir -p .tmp
    dir="$(mktemp -d /tmp/borger-pg.XXXXXX)"
    chown postgres:postgres "$dir"
    echo "$dir" >"$state"
    as_postgres "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N" >"$dir/initdb.log"
    as_postgres "$bin/pg_ctl -D $dir/data -l $dir/log -w -o \"-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200\" start" >/dev/null
    echo "DATABASE_URL=$url"
    ;;
  stop)
    if [ -f "$state" ]; then
      dir="$(cat "$state")"
      as_postgres "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true
      rm -rf "$dir" "$state"
    fi
    ;;
  url)
    running && echo "$url"
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
