#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on a loopback port and print its SQLAlchemy URL.
#   export LAPOR_TEST_PG_URL=$(tests/support/start_postgres.sh)
# Stop it with: pg_ctl -D "$(dirname of the printed data dir)" stop  (the dir is printed on stderr)
# Works as root by running the server as the "postgres" user (initdb refuses to run as root).
set -euo pipefail
# A free loopback port unless one is given: a cluster left running by an earlier run (or another
# service) must not make this one fail to start.
PORT="${LAPOR_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$BIN" ] || BIN="$(dirname "$(command -v pg_ctl)")"
DIR="${LAPOR_PG_DIR:-$(mktemp -d /tmp/lapor-pg.XXXXXX)}"
mkdir -p "$DIR"
RUN=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd -r -m postgres
  chown postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off" \
  start >/dev/null
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres lapor_test
echo "data dir: $DIR/data (stop: ${RUN[*]} $BIN/pg_ctl -D $DIR/data stop)" >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/lapor_test"
