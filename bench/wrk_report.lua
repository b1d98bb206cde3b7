-- Printed by wrk at the end of a run, read by bench/run.py: one JSON line.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non_2xx = summary.errors.status
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.2f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, ' ..
    '"non_2xx": %d, "socket_errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non_2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
