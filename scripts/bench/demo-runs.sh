# Sourced by scripts/bench-web.sh --setup: waits until `serve --demo` has loaded the demo city and
# published the default plan's runs (2016–2024; 2025 is in review on purpose), so the dashboard pages are
# measured on exactly what a user of `./tongchou serve --demo` sees. The demo loads after the server
# starts answering. The sign-in page lists the demo accounts once they exist (polled without signing
# in: failed sign-ins would be throttled), then the runs list is polled in a signed-in session.
want=${BENCH_DEMO_RUNS:-9}
for _ in $(seq 1 600); do
  curl -s "$base/login" | grep -q 'id="demo-accounts"' && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
runs_jar="$work/runs-cookies"
runs_csrf=$(curl -s -c "$runs_jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$runs_jar" -c "$runs_jar" -o /dev/null -d "username=analyst&password=demo-2026&_csrf=$runs_csrf" "$base/login"
for _ in $(seq 1 600); do
  count=$(curl -s -b "$runs_jar" -H 'Accept: application/json' "$base/api/results/plans/default/runs" \
    | grep -o '"published":true' | wc -l || true)
  [[ $count -ge $want ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
[[ $count -ge $want ]] || { echo "the demo published $count runs, not $want" >&2; tail -20 "$work/server.log" >&2; exit 1; }
echo "# demo: $count published runs of the default plan" >&2
