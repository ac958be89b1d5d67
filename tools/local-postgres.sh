#!/usr/bin/env bash
# A local PostgreSQL server for trying a shared workspace (docs/shared-workspace.md), kept in a folder of
# its own; nothing is installed system-wide and nothing runs as root.
#
#   bash tools/local-postgres.sh start [DIR] [PORT]   # default ~/.emis-postgres, port 55432
#   bash tools/local-postgres.sh stop  [DIR]
#
# start creates the cluster the first time, with a role emis_app (password printed once, stored in
# DIR/emis_app.password, readable by you alone) that owns a database census, then starts the server on
# 127.0.0.1 and prints the commands to use it. Needs the PostgreSQL server binaries (initdb, pg_ctl,
# postgres): /usr/local/bin, /usr/lib/postgresql/NN/bin or the PATH (Debian/Ubuntu: apt-get install postgresql).
set -euo pipefail
action="${1:-start}"
dir="$(realpath -m "${2:-$HOME/.emis-postgres}")"
port="${3:-55432}"
bin=""
for d in "${EMIS_PG_BIN:-}" /usr/local/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV) $(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)"); do
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then bin="$d"; break; fi
done
if [[ -z "$bin" ]]; then
  echo "No PostgreSQL server binaries found (initdb, pg_ctl, postgres). On Debian or Ubuntu: sudo apt-get install postgresql" >&2
  exit 2
fi
# initdb and postgres refuse to run as root: as root, the cluster is nobody's.
as=()
if [[ "$(id -u)" == 0 ]]; then as=(runuser -u nobody --); fi
case "$action" in
  start)
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      mkdir -p "$dir"; chmod 700 "$dir"
      [[ ${#as[@]} -gt 0 ]] && chown nobody "$dir"
      password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
      # The cluster's superuser is reached only through the local socket of this folder; the workbench
      # connects as emis_app, by password, over TCP.
      "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
      # The role and its database, by single-user mode (psql is not needed); the password goes through a
      # pipe from the shell's own printf, never on a command line.
      printf '%s\n' "CREATE ROLE emis_app LOGIN PASSWORD '$password';" "CREATE DATABASE census OWNER emis_app;" \
        | "${as[@]}" "$bin/postgres" --single -D "$dir/data" postgres >/dev/null 2>&1
      "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
      umask 077; printf '%s\n' "$password" > "$dir/emis_app.password"
      [[ ${#as[@]} -gt 0 ]] && chown root "$dir/emis_app.password"
    elif ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    fi
    echo "PostgreSQL is running on 127.0.0.1:$port (data in $dir/data). To use the shared workspace:"
    echo "  export PGUSER=emis_app PGPASSWORD=\"\$(cat $dir/emis_app.password)\""
    echo "  emis import --db postgresql://127.0.0.1:$port/census sample-workbooks"
    echo "Stop it with: bash tools/local-postgres.sh stop $dir"
    ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -w stop
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2; exit 2 ;;
esac
