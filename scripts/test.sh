#!/usr/bin/env bash
# Runs every test: the engine, the application on H2 and PostgreSQL, and the browser tests.
# Makes sure what the tests need is there first: PostgreSQL, the code lists, Chromium. Maven comes from
# ./mvnw (the version the build is tested with, downloaded once into ~/.m2/wrapper).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
scripts/fetch-divisions.sh
scripts/fetch-map-data.sh
# fonts-wqy-microhei: a CJK font, so that the browser tests' screenshots show Chinese, not boxes
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -qi wqy; then
  echo "installing Chromium, ChromeDriver and a CJK font from Debian's packages" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null) \
    || echo "warning: could not install Chromium; browser tests will be skipped" >&2
fi
exec ./mvnw -B -ntp verify "$@"
