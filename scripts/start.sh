#!/usr/bin/env bash
# `npm start`: installs what is missing, then runs the embedded stack in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
TEMPORAL_CLI="$(bash scripts/ensure-temporal-cli.sh)"
export TEMPORAL_CLI
exec npx tsx worker/dev.ts "$@"
