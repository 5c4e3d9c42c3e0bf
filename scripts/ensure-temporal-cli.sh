#!/usr/bin/env bash
# Makes the pinned Temporal CLI (dev server + UI) available and prints its path on stdout.
# Order: $TEMPORAL_CLI, `temporal` on PATH, a cached build, else `go install` into the cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [[ -n "${TEMPORAL_CLI:-}" ]]; then
  [[ -x "$TEMPORAL_CLI" ]] || die "TEMPORAL_CLI=$TEMPORAL_CLI is not an executable file"
  echo "$TEMPORAL_CLI"; exit 0
fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi

dir="$DUBAN_CACHE/temporal-cli-$TEMPORAL_CLI_VERSION"
bin="$dir/temporal"
if [[ -x "$bin" ]]; then echo "$bin"; exit 0; fi

command -v go >/dev/null 2>&1 || die "no Temporal CLI found and no Go toolchain to build it.
  Install one of: the Temporal CLI (https://docs.temporal.io/cli, then put 'temporal' on PATH or set TEMPORAL_CLI),
  or Go >= 1.23 so that this script can run: go install github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION"

log "building Temporal CLI v$TEMPORAL_CLI_VERSION with go install (first time only, a few minutes) ..."
mkdir -p "$dir"
start=$(date +%s)
# -buildvcs=false: the module cache is not a VCS checkout.
if ! (cd "$dir" && GOBIN="$dir" GOFLAGS=-buildvcs=false go install "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION" >&2); then
  die "go install github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION failed (see above)"
fi
log "Temporal CLI built in $(( $(date +%s) - start ))s: $bin"
echo "$bin"
