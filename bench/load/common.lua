-- Shared by the load benchmark's wrk scripts (bench/load-bench.sh runs them from the repository root).
-- Settings come from the environment, because wrk's setup() runs before any script argument is seen:
--   LOAD_HOSTS  "127.0.0.1:18181,127.0.0.1:18182": wrk thread i connects to host ((i - 1) mod #hosts) + 1, so with
--               two instances and an even thread count each instance gets half of the connections
--   LOAD_COOKIE the Cookie header of a signed-in user (the pages are behind the login)

local threads = {}
local hosts = {}
for entry in string.gmatch(os.getenv("LOAD_HOSTS") or "", "[^,]+") do
    local host, port = string.match(entry, "^([^:]+):(%d+)$")
    table.insert(hosts, { host = host, port = port })
end

function setup(thread)
    table.insert(threads, thread)
    local n = #threads
    if #hosts > 0 then
        local h = hosts[((n - 1) % #hosts) + 1]
        thread.addr = wrk.lookup(h.host, h.port)[1]
    end
    thread:set("id", n)
end

-- the thread's random sequence differs from its siblings'
function seed()
    math.randomseed(os.time() * 1000 + (id or 0) * 7919)
end

if os.getenv("LOAD_COOKIE") then
    wrk.headers["Cookie"] = os.getenv("LOAD_COOKIE")
end

-- one machine-readable line; bench/load-bench.sh reads it
function done(summary, latency, requests)
    local ok, bad = 0, 0
    for _, t in ipairs(threads) do
        ok = ok + (t:get("ok") or 0)
        bad = bad + (t:get("bad") or 0)
    end
    local e = summary.errors
    local secs = summary.duration / 1e6
    io.write(string.format(
        "LOADRESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
            .. " non2xx3xx=%d socket_errors=%d timeouts=%d ok=%d bad=%d\n",
        summary.requests, secs, summary.requests / secs,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.status, e.connect + e.read + e.write, e.timeout, ok, bad))
end
