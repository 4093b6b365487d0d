-- The claim list, filtered by status and province, 50 rows: a random province of LOAD_PROVINCES each request.
dofile("bench/load/common.lua")
local provinces = tonumber(os.getenv("LOAD_PROVINCES") or "30")
local status = os.getenv("LOAD_LIST_STATUS") or "OPEN"

function init(args)
    seed()
end

function request()
    local p = math.random(0, provinces - 1)
    return wrk.format("GET", string.format("/claims?status=%s&admin1=Province+%02d&size=50", status, p))
end
