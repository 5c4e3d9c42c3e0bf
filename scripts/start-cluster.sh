#!/usr/bin/env bash
# `npm run start:cluster`: builds or finds what the native cluster needs, then runs it in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
DUBAN_PG_BIN="$(bash scripts/ensure-postgres.sh)"
DUBAN_CLUSTER_BIN="$(bash scripts/ensure-temporal-server.sh)"
# the UI is a convenience: without a build of it the cluster still runs, and says so
DUBAN_UI_DIR="$(bash scripts/ensure-temporal-ui.sh || echo '')"
export DUBAN_PG_BIN DUBAN_CLUSTER_BIN DUBAN_UI_DIR
exec npx tsx worker/cluster.ts "$@"
