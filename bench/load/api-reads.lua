-- Reads through the JSON API with an API token (Authorization: Bearer), as a script reads:
--   LOAD_API_READ  "claim": GET /api/claims/{id} of a random claim among LOAD_CLAIMS;
--                  "list":  GET /api/claims?status=OPEN&admin1=Province+NN&size=50, a random province each request
--   LOAD_BEARER    the token (read scope)
dofile("bench/load/common.lua")
local claims = tonumber(os.getenv("LOAD_CLAIMS") or "100000")
local provinces = tonumber(os.getenv("LOAD_PROVINCES") or "30")
local mode = os.getenv("LOAD_API_READ") or "claim"

wrk.headers["Cookie"] = nil
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("LOAD_BEARER"), "LOAD_BEARER is needed")
wrk.headers["Accept"] = "application/json"

function init(args)
    seed()
    ok, bad = 0, 0
end

function request()
    if mode == "list" then
        return wrk.format("GET", string.format("/api/claims?status=OPEN&admin1=Province+%02d&size=50",
            math.random(0, provinces - 1)))
    end
    return wrk.format("GET", "/api/claims/" .. math.random(1, claims))
end

function response(status, headers, body)
    if status == 200 then ok = ok + 1 else bad = bad + 1 end
end
