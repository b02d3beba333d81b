#!/usr/bin/env bash
# Benchmark of a run's robustness on the demo city (docs/benchmarks.md, section "Evaluation: robustness").
# Loads the demo into an in-memory H2 database and times the plan evaluation, the robustness analysis with
# 1,000 replications (as a run makes it, and on one thread) and a whole run; medians of ROUNDS rounds after
# as many warm-up rounds. Needs the code lists in data/cache (scripts/fetch-divisions.sh).
# Usage: scripts/bench-robustness.sh [ROUNDS] [PERIOD]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
period="${2:-2024}"
uptime
mvn -B -ntp -q verify -pl app -am -Dtest=RobustnessBench -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
  -Dspring.profiles.active=test-h2 -Dbench.rounds="$rounds" -Dbench.period="$period" >/dev/null \
  || { echo "benchmark failed; see app/target/surefire-reports" >&2; exit 3; }
grep -h "^RESULT" app/target/surefire-reports/org.tongchou.app.evaluation.RobustnessBench-output.txt
