#!/usr/bin/env bash
# Builds the pinned Temporal server and its SQL tool for the native cluster (once, cached) and prints their folder.
# Order: $DUBAN_CLUSTER_BIN, a cached build, else `go install` of both from the Go module proxy.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [[ -n "${DUBAN_CLUSTER_BIN:-}" ]]; then
  [[ -x "$DUBAN_CLUSTER_BIN/temporal-server" && -x "$DUBAN_CLUSTER_BIN/temporal-sql-tool" ]] \
    || die "DUBAN_CLUSTER_BIN=$DUBAN_CLUSTER_BIN has no temporal-server and temporal-sql-tool"
  echo "$DUBAN_CLUSTER_BIN"; exit 0
fi

dir="$DUBAN_CACHE/temporal-server-$TEMPORAL_SERVER_VERSION"
ready() { [[ -x "$dir/temporal-server" && -x "$dir/temporal-sql-tool" ]]; }
if ready; then echo "$dir"; exit 0; fi
go_build_lock "$dir"
if ready; then echo "$dir"; exit 0; fi

log "building Temporal server v$TEMPORAL_SERVER_VERSION and its SQL tool with go install (first time only, ~5 min) ..."
start=$(date +%s)
built="$(go_install "$dir" "go.temporal.io/server/cmd/server@v$TEMPORAL_SERVER_VERSION" "go.temporal.io/server/cmd/tools/sql@v$TEMPORAL_SERVER_VERSION")"
mkdir -p "$dir"
# the names the server images use, so that deploy/temporal/setup-schema.sh calls the same program in both
mv "$built/sql" "$dir/temporal-sql-tool"
mv "$built/server" "$dir/temporal-server"
rm -rf "$built"
log "Temporal server built in $(( $(date +%s) - start ))s: $dir"
echo "$dir"
