-- Review writes through the JSON API (PUT /api/claims/{id}/reviews/mine): with HTTP Basic every request verifies a
-- bcrypt hash; with an API token (Bearer) it costs a SHA-256. One connection per thread (wrk -tN -cN), each its own
-- reviewer (a script).
--   LOAD_API_WRITERS file of "username<TAB>Basic <base64>" or "username<TAB>Bearer crb_..." lines, one per connection
--   LOAD_WRITE_LOG   optional: a directory for one log per reviewer, as writes.lua writes it ("S <claim> <seq>
--                    <rating>" when a request is made, "A <status>" when its answer arrives; 200 or 201 = saved), the
--                    rationale naming the reviewer and seq, so that the stored reviews can be checked against it
--   LOAD_CLAIMS, LOAD_WRITE_POOL as writes.lua
dofile("bench/load/common.lua")

function init(args)
    seed()
    local n = 0
    for line in io.lines(os.getenv("LOAD_API_WRITERS")) do
        n = n + 1
        if n == id then user, auth = string.match(line, "^([^\t]+)\t(.+)$") end
    end
    assert(auth, "no API writer line " .. id .. " in " .. os.getenv("LOAD_API_WRITERS"))
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
    local logs = os.getenv("LOAD_WRITE_LOG")
    if logs then
        log = io.open(logs .. "/" .. user .. ".log", "w")
        log:setvbuf("line")
    end
    seq, ok, bad = 0, 0, 0
end

function request()
    seq = seq + 1
    local c = pool[math.random(#pool)]
    local rating = math.random(1, 5)
    if log then log:write(string.format("S %d %d %d\n", c, seq, rating)) end
    local body = string.format(
        '{"rating":%d,"rationale":"load write %s seq %d rating %d: two outlets agree","tags":["GOOD_SOURCES"]}',
        rating, user, seq, rating)
    return wrk.format("PUT", "/api/claims/" .. c .. "/reviews/mine", nil, body)
end

function response(status, headers, body)
    if log then log:write("A " .. status .. "\n") end
    if status == 200 or status == 201 then ok = ok + 1 else bad = bad + 1 end
end
