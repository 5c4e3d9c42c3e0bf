#!/usr/bin/env bash
# `npm run start:cluster`: builds or finds what the native cluster needs (scripts/ensure-all.sh), then runs it in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-all.sh
ensure_all --ui-optional
exec npx tsx worker/cluster.ts "$@"
