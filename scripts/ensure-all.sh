#!/usr/bin/env bash
# Sourced by scripts/test.sh and scripts/start-cluster.sh: the one list of what duban runs on — node modules,
# then each tool's ensure-script (idempotent, cached under ~/.cache/duban) — with each path exported.
# `ensure_all` fails on any missing tool; `ensure_all --ui-optional` lets the UI be missing (exported empty).

# variable the path goes to, and the script that finds or builds it
DUBAN_ENSURE_LIST=(
  "TEMPORAL_CLI ensure-temporal-cli.sh"
  "DUBAN_TEST_SERVER ensure-test-server.sh"
  "DUBAN_PG_BIN ensure-postgres.sh"
  "DUBAN_CLUSTER_BIN ensure-temporal-server.sh"
  "DUBAN_UI_DIR ensure-temporal-ui.sh"
)

ensure_all() {
  local here entry var script value
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  bash "$here/ensure-deps.sh"
  for entry in "${DUBAN_ENSURE_LIST[@]}"; do
    read -r var script <<<"$entry"
    if [[ "$var" == DUBAN_UI_DIR && "${1:-}" == --ui-optional ]]; then
      # the UI is a convenience: without a build of it the cluster still runs, and says so
      value="$(bash "$here/$script" || echo '')"
    else
      value="$(bash "$here/$script")"
    fi
    printf -v "$var" '%s' "$value"
    export "${var?}"
  done
}
