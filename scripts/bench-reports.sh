#!/usr/bin/env bash
# Benchmark of the briefing pack on the demo city (docs/benchmarks.md, section "Reports: the briefing pack").
# Loads the demo into an in-memory H2 database in a JVM limited to 512 MB of heap (-Xmx512m), then times the
# report model, the pack as PDF, DOCX and XLSX, the bulletin, the pack in all three formats from the stored
# run, and from a fresh run (evaluation with its robustness of 1,000 replications, publication, three
# documents); medians of ROUNDS rounds after as many warm-up rounds, and the peak heap while making documents.
# Needs the code lists in data/cache (scripts/fetch-divisions.sh) and a CJK font (fonts-wqy-microhei).
# Usage: scripts/bench-reports.sh [ROUNDS] [PERIOD]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
period="${2:-2024}"
uptime
./mvnw -B -ntp -q verify -pl app -am -Dtest=ReportBench -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
  -DargLine="-Xmx512m" -Dspring.profiles.active=test-h2 -Dbench.rounds="$rounds" -Dbench.period="$period" >/dev/null \
  || { echo "benchmark failed; see app/target/surefire-reports" >&2; exit 3; }
grep -h "^RESULT" app/target/surefire-reports/org.tongchou.app.reports.ReportBench-output.txt
