#!/usr/bin/env bash
# The national census rankings of docs/national.md, from the census file in ../shared/reference/census
# and the code lists in data/cache (scripts/fetch-divisions.sh 2.0.0 2.4.0 2.7.0):
#   1. propose the crosswalk of census codes onto the code lists (data/census/crosswalk-proposed.csv);
#   2. the same with the reviewed edits of scripts/census-crosswalk-edits.csv (rows that replace proposed rows,
#      method MANUAL: 2010 counties merged before the 2016 list into a unit that kept its code, which no list
#      records, and 2020's 五台山风景名胜区) applied (data/census/crosswalk.csv);
#   3. import: rankings, Theil decompositions and set-aside figures in data/census/.
# Usage: scripts/census-national.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-data/census}"
mkdir -p "$out"
./tongchou census crosswalk -o "$out/crosswalk-proposed.csv"
./tongchou census crosswalk --edits scripts/census-crosswalk-edits.csv -o "$out/crosswalk.csv"
./tongchou census import --crosswalk "$out/crosswalk.csv" -o "$out"
