#!/usr/bin/env bash
# The national census rankings of docs/national.md, from the census file in ../shared/reference/census
# and the code lists in data/cache (scripts/fetch-divisions.sh 2.0.0 2.4.0 2.7.0):
#   1. propose the crosswalk of census codes onto the code lists (data/census/crosswalk-proposed.csv);
#   2. apply the reviewed edits of scripts/census-crosswalk-edits.csv (rows that replace proposed rows,
#      method MANUAL: 2010 counties merged before the 2016 list, which no list records);
#   3. import: rankings, Theil decompositions and set-aside figures in data/census/.
# Usage: scripts/census-national.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-data/census}"
mkdir -p "$out"
./tongchou census crosswalk -o "$out/crosswalk-proposed.csv"
# replace each proposed row whose year and census code an edit names
awk -F, 'NR==FNR { if (FNR > 1) edit[$1 "," $2] = $0; next }
         FNR == 1 || !(($1 "," $2) in edit) { print; next }
         { print edit[$1 "," $2] }' scripts/census-crosswalk-edits.csv "$out/crosswalk-proposed.csv" > "$out/crosswalk.csv"
echo "edited rows: $(($(wc -l < scripts/census-crosswalk-edits.csv) - 1))" >&2
./tongchou census import --crosswalk "$out/crosswalk.csv" -o "$out"
