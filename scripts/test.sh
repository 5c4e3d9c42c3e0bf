#!/usr/bin/env bash
# `npm test`: installs what is missing (node modules, Temporal CLI, Java test server), then
# typechecks, lints and runs every vitest suite against real Temporal servers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
TEMPORAL_CLI="$(bash scripts/ensure-temporal-cli.sh)"
DUBAN_TEST_SERVER="$(bash scripts/ensure-test-server.sh)"
export TEMPORAL_CLI DUBAN_TEST_SERVER
npx tsc --noEmit
npx eslint .
npx vitest run "$@"
