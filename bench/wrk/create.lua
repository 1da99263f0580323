-- POST /api/v1/users, each request a new username: <prefix><thread>x<counter> (e.g. r1x42).
-- wrk threads have separate Lua states, so setup() (main state) numbers the threads and the
-- counter is per thread; the prefix must differ between runs on the same database.
--   wrk ... -s bench/wrk/create.lua http://host:port/api/v1/users -- <admin token> <prefix> <password>
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

local counter = 0
local prefix, password, headers

function init(args)
    headers = {
        ["Authorization"] = "Bearer " .. args[1],
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }
    prefix = args[2]
    password = args[3]
end

function request()
    counter = counter + 1
    local body = string.format('{"username":"%s%dx%d","password":"%s"}', prefix, tid, counter, password)
    return wrk.format("POST", nil, headers, body)
end
