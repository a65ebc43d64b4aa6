#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: its own folder under /tmp, a free port on 127.0.0.1, a random password.
#
#   eval "$(tests/postgres/cluster.sh start)"   start one; exports CHATASSISTANT_TEST_POSTGRES (a connection string)
#                                               and CHATASSISTANT_TEST_POSTGRES_DIR (its folder)
#   tests/postgres/cluster.sh env               prints those exports again for the cluster last started here
#   tests/postgres/cluster.sh stop              stops it and deletes its folder ($CHATASSISTANT_TEST_POSTGRES_DIR, else the last started)
#   tests/postgres/cluster.sh run CMD ARGS...   start, run CMD with the variables set, always stop; exits with CMD's status
#
# Installs Debian's postgresql with apt-get when no initdb is found (as root; a fresh Debian 12 has none). The server
# never runs as root: when run as root the cluster belongs to the 'postgres' user the package creates (or to a system
# user 'chatassistant-test'). Only the export lines go to standard output; everything else goes to standard error.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
last_file="$here/.last-cluster"
log() { printf 'cluster.sh: %s\n' "$*" >&2; }

find_bin() {
  local dir
  # The newest installed major version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and this is not root: install it first (sudo apt-get install postgresql)."
    exit 1
  fi
  log "installing Debian's postgresql (apt-get)"
  # The package would create and start a 'main' cluster on port 5432: the tests need none, so none is created.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = off" > /etc/postgresql-common/createcluster.d/chatassistant-test.conf
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

pick_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    owner=$(id -un)
  elif id postgres >/dev/null 2>&1; then
    owner=postgres
  else
    id chatassistant-test >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin chatassistant-test
    owner=chatassistant-test
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

exports() {
  cat "$1/env"
}

start() {
  local bin dir password port tries
  bin=$(find_bin) || { install_postgres; bin=$(find_bin) || { log "initdb still not found after installing postgresql"; exit 1; }; }
  pick_owner
  dir=$(mktemp -d /tmp/chatassistant-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$dir/password"
  [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir/password"
  log "initdb in $dir ($bin, owner $owner)"
  (cd / && as_owner "$bin/initdb" -D "$dir/data" -U chatassistant --auth=scram-sha-256 --pwfile="$dir/password" \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1) || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }

  for tries in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    port_free "$port" || continue
    if (cd / && as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB" start >&2); then
      {
        echo "export CHATASSISTANT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=chatassistant;Password=$password;Database=postgres'"
        echo "export CHATASSISTANT_TEST_POSTGRES_DIR='$dir'"
      } > "$dir/env"
      echo "$bin" > "$dir/bin"
      echo "$dir" > "$last_file"
      log "PostgreSQL listening on 127.0.0.1:$port"
      exports "$dir"
      return 0
    fi
    log "start on port $port failed (attempt $tries), trying another"
  done
  tail -20 "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
}

stop() {
  local dir=${1:-${CHATASSISTANT_TEST_POSTGRES_DIR:-}}
  [ -z "$dir" ] && [ -f "$last_file" ] && dir=$(cat "$last_file")
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    log "no cluster to stop"
    return 0
  fi
  pick_owner
  if [ -f "$dir/data/postmaster.pid" ]; then
    (cd / && as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2) || log "pg_ctl stop failed"
  fi
  rm -rf "$dir"
  [ -f "$last_file" ] && [ "$(cat "$last_file")" = "$dir" ] && rm -f "$last_file"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  env)
    [ -f "$last_file" ] && [ -f "$(cat "$last_file")/env" ] || { log "no cluster started here"; exit 1; }
    exports "$(cat "$last_file")" ;;
  run)
    shift
    [ $# -gt 0 ] || { log "usage: cluster.sh run CMD ARGS..."; exit 2; }
    eval "$(start)"
    trap 'stop "$CHATASSISTANT_TEST_POSTGRES_DIR"' EXIT
    set +e
    "$@"
    status=$?
    set -e
    exit $status ;;
  *) echo "usage: $0 start|stop|env|run CMD ARGS..." >&2; exit 2 ;;
esac
