-- Shared by the wrk scripts: per-thread ids, a bound on the request count, status accounting and one RESULT line.
-- MAX_REQUESTS bounds each thread's responses (wrk's -d bounds the time).
local M = {}
local threads = {}
local max_requests = tonumber(os.getenv("MAX_REQUESTS") or "3000000")

function M.setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

-- Counts a response; `ok` says whether it is the expected one. Stops the thread after MAX_REQUESTS responses.
function M.count(ok)
  responses = (responses or 0) + 1
  if not ok then bad = (bad or 0) + 1 end
  if responses >= max_requests then wrk.thread:stop() end
end

function M.done(summary, latency)
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + (t:get("bad") or 0) end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT %s requests=%d seconds=%.1f req_per_s=%.0f p50_ms=%.2f p99_ms=%.2f unexpected=%d socket_errors=%d\n",
    os.getenv("NAME") or "run", summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad_total, errors))
end

return M
