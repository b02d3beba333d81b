-- wrk script: reports the latency percentiles the benchmark records (p50, p95, p99), in milliseconds,
-- the number of non-2xx/3xx answers and of answers other than 200 (a redirect to /login would mean the
-- session was lost: the figures of such a run are meaningless).
-- The session cookie and the Accept header come from the environment (set by scripts/bench-web.sh:
-- the pages answer text/html, the /api/ paths application/json and would answer 406 to text/html).
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "text/html"
wrk.headers["Accept-Encoding"] = "gzip"

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

not200 = 0
response = function(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end

done = function(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("not200") end
  io.write(string.format("requests=%d errors=%d non2xx=%d not200=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.0f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, bad, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
