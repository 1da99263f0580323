-- The mix, decided by a per-thread counter over a cycle of 20 requests:
--   8 x GET /api/v1/auth/me          (admin)      40 %  } reads 80 %
--   8 x GET /api/v1/users/{id}       (manager)    40 %  }
--   3 x GET /api/v1/users?page=1&size=20 (manager) 15 %   list
--   1 x POST /api/v1/users           (admin)       5 %   write, unique usernames as in create.lua
--   wrk ... -s bench/wrk/mix.lua http://host:port -- <admin token> <manager token> <user id> <prefix> <password>
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

local counter, created = 0, 0
local me, byId, list, createHeaders, prefix, password

function init(args)
    local admin = { ["Authorization"] = "Bearer " .. args[1], ["Accept"] = "application/json" }
    local manager = { ["Authorization"] = "Bearer " .. args[2], ["Accept"] = "application/json" }
    me = wrk.format("GET", "/api/v1/auth/me", admin)
    byId = wrk.format("GET", "/api/v1/users/" .. args[3], manager)
    list = wrk.format("GET", "/api/v1/users?page=1&size=20", manager)
    createHeaders = {
        ["Authorization"] = "Bearer " .. args[1],
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }
    prefix = args[4]
    password = args[5]
end

function request()
    local slot = counter % 20
    counter = counter + 1
    if slot == 0 then
        created = created + 1
        local body = string.format('{"username":"%s%dx%d","password":"%s"}', prefix, tid, created, password)
        return wrk.format("POST", "/api/v1/users", createHeaders, body)
    elseif slot <= 3 then
        return list
    elseif slot <= 11 then
        return me
    else
        return byId
    end
end
