-- PUT /api/v1/users/{id} {"nickname":...,"version":v}: each thread updates its own share of the
-- users listed in <ids file> (lines "<id> <version>"), round robin, and keeps each user's version
-- from the answers (response()), so no request is refused as a version conflict. With a few
-- thousand users per thread, the same user is never in flight twice.
--   wrk ... -s bench/wrk/update.lua http://host:port -- <admin token> <ids file> <threads>
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

local ids, versions, count, position, counter = {}, {}, 0, 0, 0
local headers

function init(args)
    headers = {
        ["Authorization"] = "Bearer " .. args[1],
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }
    local share = tonumber(args[3])
    local line_number = 0
    for line in io.lines(args[2]) do
        line_number = line_number + 1
        if line_number % share == tid - 1 then
            local id, version = line:match("(%S+)%s+(%d+)")
            count = count + 1
            ids[count] = id
            versions[id] = tonumber(version)
        end
    end
end

function request()
    position = position % count + 1
    counter = counter + 1
    local id = ids[position]
    local body = string.format('{"nickname":"bench %d-%d","version":%d}', tid, counter, versions[id])
    return wrk.format("PUT", "/api/v1/users/" .. id, headers, body)
end

function response(status, headers, body)
    if status == 200 then
        local id = body:match('"id":"([^"]+)"')
        local version = body:match('"version":(%d+)')
        if id and version then
            versions[id] = tonumber(version)
        end
    end
end
