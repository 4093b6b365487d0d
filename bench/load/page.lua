-- The claim page of a random claim among LOAD_CLAIMS.
dofile("bench/load/common.lua")
local claims = tonumber(os.getenv("LOAD_CLAIMS") or "100000")

function init(args)
    seed()
end

function request()
    return wrk.format("GET", "/claims/" .. math.random(1, claims))
end
