# Sourced by scripts/bench-web.sh --setup: publishes evaluation runs of the demo city for 2016–2024 so
# that /dashboard, /towns/... and /api/results/... have stored results to read. The default plan runs for
# no year on the demo data (collective_income_per_village is missing for the units without villages), so
# the plan is narrowed to indicators every demo town reports (see docs/evaluation.md, Indicator explorer).
# the demo accounts and the default plan appear once the demo has loaded, after the server answers
for _ in $(seq 1 300); do
  curl -sf -o /dev/null -u analyst:demo-2026 "$base/api/evaluations/plans/default" && break
  sleep 1
done
plan_json='{"code":"default","name":"默认评价方案 Default plan","frameworkCode":"default",
 "indicators":["park_concentration_rate","urbanisation_rate","community_residence_rate","services_share",
  "green_coverage","gdp_per_construction_land","scale_operation_share","income_ratio","pension_coverage",
  "medical_coverage","registered_unemployment_rate","tap_water_coverage","gas_coverage"],
 "normalisation":"MIN_MAX","indicatorWeighting":"ENTROPY","groupWeighting":"EQUAL","aggregation":"ARITHMETIC",
 "areaCode":"320582000000"}'
curl -sf -u analyst:demo-2026 -X PUT -H 'Content-Type: application/json' -d "$plan_json" \
  "$base/api/evaluations/plans/default" >/dev/null || { echo "plan not saved:" >&2;
  curl -s -u analyst:demo-2026 -X PUT -H 'Content-Type: application/json' -d "$plan_json" "$base/api/evaluations/plans/default" >&2; exit 1; }
for y in $(seq 2016 2024); do
  answer=$(curl -s -u analyst:demo-2026 -X POST "$base/api/evaluations/plans/default/runs?period=$y" || true)
  id=$(sed -n 's/^{"id":\([0-9]*\).*/\1/p' <<<"$answer" | head -1)
  [[ -n $id ]] || { echo "run $y failed: ${answer:0:300}" >&2; continue; }
  curl -sf -u analyst:demo-2026 -X POST "$base/api/evaluations/runs/$id/publish" >/dev/null
done
