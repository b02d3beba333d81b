#!/usr/bin/env bash
# JMH benchmark of the national-scale evaluation chain (engine-analysis):
# normalise + entropy weights + tree aggregation + TOPSIS + coupling coordination + ranks + Theil,
# at four sizes (units x indicators). Results: engine/target/jmh-national.json and the console.
# Usage: scripts/bench-national.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -o -q test-compile -pl engine
mvn -B -ntp -o -q dependency:build-classpath -pl engine -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt  # relative to engine/
CP="engine/target/test-classes:engine/target/classes:$(cat engine/target/bench-classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main NationalChainBenchmark -rf json -rff engine/target/jmh-national.json "$@"
