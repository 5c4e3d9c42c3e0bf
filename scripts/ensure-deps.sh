#!/usr/bin/env bash
# Installs node_modules with `npm ci` when they are missing or older than package-lock.json.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."

stamp=node_modules/.duban-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then exit 0; fi

log "installing node modules (npm ci) ..."
npm ci --no-audit --no-fund --loglevel=error >&2 || die "npm ci failed (see above)"
echo "$want" > "$stamp"
