#!/usr/bin/env bash
# The national census rankings stored as evaluation runs on PostgreSQL, timed (docs/national.md, "Stored as evaluation runs"):
#   1. a fresh database (CENSUS_PG_DB, default tongchou_census_national) with the 2023 code list (province and county names
#      for the pages; the runs themselves need no unit of the database);
#   2. the reviewed crosswalk (scripts/census-national.sh: data/census/crosswalk.csv);
#   3. census rank --store --publish: both rankings computed on the engine's plan evaluation and stored as runs of the plans
#      census-2020 and census-change-2010-2020, with their robustness (timed by the command).
# Usage: scripts/census-rank.sh    (CENSUS_SETUP=0 keeps the database of an earlier run)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${CENSUS_PG_DB:-tongchou_census_national}"
export SPRING_PROFILES_ACTIVE=postgres
export TONGCHOU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
if [ "${CENSUS_SETUP:-1}" != 0 ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  ./tongchou import-divisions 2.7.0 --valid-from 2016-01-01
fi
[ -f data/census/crosswalk.csv ] || scripts/census-national.sh
/usr/bin/time -f "census rank --store: %e s wall, %M KB max resident" \
  ./tongchou census rank --crosswalk data/census/crosswalk.csv --store --publish
