-- Requests a mix of searches (words, a phrase, a stance filter, a date range), round robin.
local paths = {
  "/api/v1/search?q=troops", "/api/v1/search?q=%22prime%20minister%22", "/api/v1/search?q=president&stance=claimed",
  "/api/v1/search?q=virus&from=2020-03-01&to=2020-06-30", "/search?q=coronavirus", "/api/v1/search?q=election&type=claim"
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("%9.0f req/s   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   %d requests, %d errors\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
