#!/usr/bin/env bash
# Builds the pinned Temporal UI server for the native cluster (once, cached) and prints its folder: the binary
# temporal-ui-server and config/docker.yaml, the env-driven config that the temporalio/ui image runs with.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dir="$DUBAN_CACHE/temporal-ui-$TEMPORAL_UI_VERSION"
ready() { [[ -x "$dir/temporal-ui-server" && -s "$dir/config/docker.yaml" ]]; }
if ready; then echo "$dir"; exit 0; fi
go_build_lock "$dir"
if ready; then echo "$dir"; exit 0; fi

module="github.com/temporalio/ui-server/v2"
log "building Temporal UI server v$TEMPORAL_UI_VERSION with go install (first time only, ~1 min) ..."
start=$(date +%s)
built="$(go_install "$dir" "$module/cmd/server@v$TEMPORAL_UI_VERSION")"
src="$(cd "$built" && go mod download -json "$module@v$TEMPORAL_UI_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[[ -s "$src/config/docker.yaml" ]] || die "no config/docker.yaml in $module@v$TEMPORAL_UI_VERSION ($src)"
mkdir -p "$dir/config"
cp "$src/config/docker.yaml" "$dir/config/docker.yaml"
mv "$built/server" "$dir/temporal-ui-server"
rm -rf "$built"
log "Temporal UI server built in $(( $(date +%s) - start ))s: $dir"
echo "$dir"
