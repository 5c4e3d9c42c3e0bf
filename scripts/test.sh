#!/usr/bin/env bash
# `npm test`: installs what is missing (node modules, Temporal CLI, Java test server, the native cluster's
# PostgreSQL programs, Temporal server and UI), then typechecks, lints and runs every vitest suite against
# real Temporal servers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
TEMPORAL_CLI="$(bash scripts/ensure-temporal-cli.sh)"
DUBAN_TEST_SERVER="$(bash scripts/ensure-test-server.sh)"
DUBAN_PG_BIN="$(bash scripts/ensure-postgres.sh)"
DUBAN_CLUSTER_BIN="$(bash scripts/ensure-temporal-server.sh)"
DUBAN_UI_DIR="$(bash scripts/ensure-temporal-ui.sh)"
export TEMPORAL_CLI DUBAN_TEST_SERVER DUBAN_PG_BIN DUBAN_CLUSTER_BIN DUBAN_UI_DIR
npx tsc --noEmit
npx eslint .
npx vitest run "$@"
