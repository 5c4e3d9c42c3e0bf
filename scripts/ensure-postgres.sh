#!/usr/bin/env bash
# Finds PostgreSQL's server programs (initdb, pg_ctl) and prints their folder; installs Debian's package
# when they are missing and this is root on Debian. Only the programs: the cluster itself is the project's.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

find_bin() {
  local d
  for d in "${DUBAN_PG_BIN:-}" "/usr/lib/postgresql/$POSTGRES_MAJOR/bin" "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
    if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
  done
  return 1
}
if find_bin; then exit 0; fi
[[ -n "${DUBAN_PG_BIN:-}" ]] && die "DUBAN_PG_BIN=$DUBAN_PG_BIN has no initdb and pg_ctl"

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log "installing Debian's postgresql-$POSTGRES_MAJOR (its programs; duban runs a cluster of its own) ..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "postgresql-$POSTGRES_MAJOR" >&2 \
    || die "apt-get install postgresql-$POSTGRES_MAJOR failed (see above)"
  find_bin && exit 0
fi
die "no PostgreSQL server programs (initdb, pg_ctl) found: install PostgreSQL >= 12 (Debian: apt-get install postgresql-$POSTGRES_MAJOR), or set DUBAN_PG_BIN to the folder that has them"
