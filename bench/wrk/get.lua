-- GET the URL given to wrk with a bearer token: wrk ... -s bench/wrk/get.lua <url> -- <token>
-- The request is formatted once per thread (no request() function), so wrk stays on its fast path.
function init(args)
    wrk.headers["Authorization"] = "Bearer " .. args[1]
    wrk.headers["Accept"] = "application/json"
end
