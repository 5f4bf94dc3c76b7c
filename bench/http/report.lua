-- wrk reporter: one line per run with requests/s, p50, p95, p99 and error counts.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("%9.0f req/s   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   %d requests, %d errors (non-2xx/3xx: %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors, summary.errors.status))
end
