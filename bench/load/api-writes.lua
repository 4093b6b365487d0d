-- Review writes through the JSON API (PUT /api/claims/{id}/reviews/mine): with HTTP Basic every request verifies a
-- bcrypt hash; with an API token (Bearer) it costs a SHA-256. One connection per thread (wrk -tN -cN), each its own
-- reviewer (a script).
--   LOAD_API_WRITERS file of "Basic <base64>" or "Bearer crb_..." lines, one per connection; LOAD_CLAIMS,
--   LOAD_WRITE_POOL as writes.lua
dofile("bench/load/common.lua")

function init(args)
    seed()
    local n = 0
    for line in io.lines(os.getenv("LOAD_API_WRITERS")) do
        n = n + 1
        if n == id then auth = line end
    end
    assert(auth, "no API writer line " .. id)
    wrk.headers["Authorization"] = auth
    wrk.headers["Cookie"] = nil
    wrk.headers["Content-Type"] = "application/json"
    local claims = tonumber(os.getenv("LOAD_CLAIMS") or "100000")
    local size = tonumber(os.getenv("LOAD_WRITE_POOL") or "500")
    pool = {}
    local k = 0
    while #pool < size and k < 10 * claims do
        k = k + 1
        local c = 1 + (k * 7919) % claims
        if (c * 37) % 20 < 10 then table.insert(pool, c) end
    end
    ok, bad = 0, 0
end

function request()
    local c = pool[math.random(#pool)]
    local body = string.format('{"rating":%d,"rationale":"API load write: two outlets agree.","tags":["GOOD_SOURCES"]}',
        math.random(1, 5))
    return wrk.format("PUT", "/api/claims/" .. c .. "/reviews/mine", nil, body)
end

function response(status, headers, body)
    if status == 200 or status == 201 then ok = ok + 1 else bad = bad + 1 end
end
