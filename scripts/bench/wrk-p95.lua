-- wrk script: reports the latency percentiles the benchmark records (p50, p95, p99), in milliseconds,
-- and the number of non-2xx/3xx answers (a benchmark of error pages would be meaningless).
-- The session cookie and the Accept header come from the environment (set by scripts/bench-web.sh:
-- the pages answer text/html, the /api/ paths application/json and would answer 406 to text/html).
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "text/html"
wrk.headers["Accept-Encoding"] = "gzip"

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d non2xx=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.0f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
