#!/usr/bin/env bash
# Heap of reading an XLSX upload (docs/benchmarks.md, "Data: XLSX heap"; issue 9, item 8).
# Writes a wide data file of about KB kilobytes (default 1024) under app/target/bench, then reads it
# RUNS times (default 3) with the streaming reader (XlsxReader) and with POI's user model (the reader
# before it): the live heap while the workbook is open and read, allocation and time; then the smallest
# -Xmx (of 8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512 MB) with which each reads the file.
# Usage: scripts/bench-xlsx-heap.sh [KB] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
kb="${1:-1024}"
runs="${2:-3}"
./mvnw -B -ntp -q -o -pl app -am test-compile org.apache.maven.plugins:maven-dependency-plugin:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="app/target/test-classes:app/target/classes:$(cat app/target/bench-classpath.txt)"
mkdir -p app/target/bench
f=app/target/bench/heap-${kb}k.xlsx
bench() { local xmx="$1"; shift; java -XX:+UseSerialGC "$xmx" -cp "$CP" org.tongchou.app.data.XlsxHeapBench "$@"; }
bench -Xmx1g make "$f" "$kb"
for mode in stream usermodel; do
  for i in $(seq "$runs"); do bench -Xmx1g "$mode" "$f"; done
  for mb in 8 16 24 32 48 64 96 128 192 256 384 512; do
    if bench -Xmx${mb}m "$mode" "$f" >/dev/null 2>&1; then echo "RESULT mode=$mode smallest-Xmx=${mb}m"; break; fi
  done
done
