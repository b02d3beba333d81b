# Sourced by scripts/bench-web.sh --setup: waits until `serve --demo` has loaded the demo city and
# published the default plan's runs (2016–2024; 2025 is in review on purpose), so the dashboard pages are
# measured on exactly what a user of `./tongchou serve --demo` sees. The demo loads after the server
# starts answering; this polls the runs list (HTTP Basic here only: setup is not measured).
want=${BENCH_DEMO_RUNS:-9}
for _ in $(seq 1 600); do
  count=$(curl -s -u analyst:demo-2026 -H 'Accept: application/json' "$base/api/results/plans/default/runs" \
    | grep -o '"published":true' | wc -l || true)
  [[ $count -ge $want ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
[[ $count -ge $want ]] || { echo "the demo published $count runs, not $want" >&2; tail -20 "$work/server.log" >&2; exit 1; }
echo "# demo: $count published runs of the default plan" >&2
