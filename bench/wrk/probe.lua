-- A light, paced GET with a bearer token, to watch one endpoint's latency while another load runs:
-- every connection waits <delay ms> (default 10) before each request, so -c4 asks for at most
-- ~400 req/s whatever the server's state. wrk's latency does not include the wait.
--   wrk -t1 -c4 -d20s --latency -s bench/wrk/probe.lua <url> -- <token> [delay ms]
local pause = 10

function init(args)
    wrk.headers["Authorization"] = "Bearer " .. args[1]
    wrk.headers["Accept"] = "application/json"
    if args[2] then pause = tonumber(args[2]) end
end

function delay()
    return pause
end
