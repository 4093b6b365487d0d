-- Review writes through the claim page's form, as a browser sends them: POST /claims/{id}/review with the
-- session cookie, the CSRF cookie and the same token as a form field. Run with as many threads as connections
-- (wrk -tN -cN): a wrk thread has one Lua state for all its connections and response() does not say which
-- request it answers, so only with one connection per thread is each connection its own signed-in reviewer
-- whose writes are strictly one after the other, and the log below pairs every answer with its request.
--   LOAD_WRITERS   file of "username<TAB>Cookie header<TAB>CSRF token" lines, one per connection
--   LOAD_WRITE_LOG directory for one log per reviewer: "S <claim> <seq> <rating>" when a request is made,
--                  "A <status>" when its answer arrives (303 = saved)
--   LOAD_CLAIMS    claims in the database; LOAD_WRITE_POOL how many reviewable claims the writes go to (500)
dofile("bench/load/common.lua")

local function reviewable(c)
    -- the generator's status: OPEN when (c * 37) mod 20 < 8, PROPOSED when < 10, otherwise published (frozen)
    return (c * 37) % 20 < 10
end

local function encode(s)
    return (string.gsub(s, "[^%w%-%._~]", function(ch) return string.format("%%%02X", string.byte(ch)) end))
end

function init(args)
    seed()
    local n = 0
    for line in io.lines(os.getenv("LOAD_WRITERS")) do
        n = n + 1
        if n == id then
            user, cookie, token = string.match(line, "^([^\t]+)\t([^\t]+)\t([^\t]+)$")
        end
    end
    assert(user, "no writer line " .. id .. " in " .. os.getenv("LOAD_WRITERS"))
    wrk.headers["Cookie"] = cookie
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    token = encode(token)
    -- the same pool in every thread, so reviewers meet on the same claims
    local claims = tonumber(os.getenv("LOAD_CLAIMS") or "100000")
    local size = tonumber(os.getenv("LOAD_WRITE_POOL") or "500")
    pool, seen = {}, {}
    local k = 0
    while #pool < size and k < 10 * claims do
        k = k + 1
        local c = 1 + (k * 7919) % claims
        if reviewable(c) and not seen[c] then
            seen[c] = true
            table.insert(pool, c)
        end
    end
    log = io.open(os.getenv("LOAD_WRITE_LOG") .. "/" .. user .. ".log", "w")
    log:setvbuf("line")
    seq, ok, bad = 0, 0, 0
end

function request()
    seq = seq + 1
    local c = pool[math.random(#pool)]
    local rating = math.random(1, 5)
    log:write(string.format("S %d %d %d\n", c, seq, rating))
    local body = "csrf-token=" .. token .. "&rating=" .. rating
        .. "&rationale=" .. encode(string.format("load write %s seq %d rating %d: two outlets agree", user, seq, rating))
        .. "&tags=GOOD_SOURCES"
    return wrk.format("POST", "/claims/" .. c .. "/review", nil, body)
end

function response(status, headers, body)
    log:write("A " .. status .. "\n")
    if status == 303 then ok = ok + 1 else bad = bad + 1 end
end
