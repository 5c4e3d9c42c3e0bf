#!/usr/bin/env bash
# `npm test`: installs what is missing (scripts/ensure-all.sh: node modules, Temporal CLI, Java test server,
# the native cluster's PostgreSQL programs, Temporal server and UI), then typechecks, lints and runs every
# vitest suite against real Temporal servers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-all.sh
ensure_all
npx tsc --noEmit
npx eslint .
npx vitest run "$@"
