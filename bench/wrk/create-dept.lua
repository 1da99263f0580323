-- POST /api/v1/depts under the root, each request a new name: <prefix><thread>x<counter>. A write
-- with no password hashing: one row and its domain event in one transaction, then the event
-- published (the outbox's cost is what this measures beside POST /users).
--   wrk ... -s bench/wrk/create-dept.lua http://host:port/api/v1/depts -- <admin token> <prefix>
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

local counter = 0
local prefix, headers

function init(args)
    headers = {
        ["Authorization"] = "Bearer " .. args[1],
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }
    prefix = args[2]
end

function request()
    counter = counter + 1
    local body = string.format('{"parentId":"01936f6e-0000-7000-8000-0000000000d1","name":"%s%dx%d"}',
        prefix, tid, counter)
    return wrk.format("POST", nil, headers, body)
end
