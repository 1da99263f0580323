-- POST /api/v1/auth/login with one user's (right) credentials, the same body every time:
--   wrk ... -s bench/wrk/login.lua http://host:port/api/v1/auth/login -- <username> <password>
-- Use the right password: wrong ones count as failures and lock the account.
function init(args)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json"
    wrk.body = string.format('{"username":"%s","password":"%s"}', args[1], args[2])
end
