#!/bin/sh
# Creates and migrates Temporal's two PostgreSQL databases (persistence, SQL visibility); idempotent.
# Run by the native cluster (worker/cluster/) and by compose's temporal-schema job, with the same SQL_* env.
set -eu
tool="${TEMPORAL_SQL_TOOL:-temporal-sql-tool}"
export SQL_PLUGIN=postgres12
: "${SQL_HOST:?set SQL_HOST}" "${SQL_PORT:=5432}" "${SQL_USER:?set SQL_USER}" "${SQL_PASSWORD:?set SQL_PASSWORD}"
export SQL_HOST SQL_PORT SQL_USER SQL_PASSWORD

for pair in "${TEMPORAL_DB:-temporal}=postgresql/v12/temporal" "${VISIBILITY_DB:-temporal_visibility}=postgresql/v12/visibility"; do
  db="${pair%%=*}"
  schema="${pair#*=}"
  # CREATE DATABASE; one that exists is not an error
  "$tool" --db "$db" create-database
  # the versioning tables alone (version 0.0); an existing schema keeps its version
  "$tool" --db "$db" setup-schema -v 0.0
  # every versioned step up to this release's schema, from the copy embedded in the tool
  "$tool" --db "$db" update-schema --schema-name "$schema"
done
