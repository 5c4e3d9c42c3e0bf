#!/usr/bin/env bash
# Installs node_modules with `npm ci` when they are missing or older than package-lock.json.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."

stamp=node_modules/.duban-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then exit 0; fi

log "installing node modules from package-lock.json ..."
# npm >= 11.6 writes lockfiles without other platforms' optional binaries (npm/cli#8669), and then
# `npm ci` refuses them; `npm install --no-save` installs the same locked versions and writes nothing.
if ! npm ci --no-audit --no-fund --loglevel=error >/tmp/duban-npm-ci.log 2>&1; then
  if grep -q 'can only install packages when your package.json and package-lock.json' /tmp/duban-npm-ci.log; then
    npm install --no-save --no-audit --no-fund --loglevel=error >&2 || die "npm install failed (see above)"
  else
    cat /tmp/duban-npm-ci.log >&2; die "npm ci failed (see above)"
  fi
fi
echo "$want" > "$stamp"
