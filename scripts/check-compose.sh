#!/usr/bin/env bash
# Validates docker-compose.yml with whichever Compose CLI is present (`docker compose` v2 or `docker-compose`).
# No engine is needed: `config` only parses, interpolates and checks the file.
set -euo pipefail
cd "$(dirname "$0")/.."
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-check-only}"
if docker compose version >/dev/null 2>&1; then exec docker compose config -q; fi
if command -v docker-compose >/dev/null 2>&1; then exec docker-compose config -q; fi
echo "no Compose CLI found (install docker-compose-plugin, or Debian's docker-compose)" >&2
exit 3
