-- wrk: log-in attempts with a wrong password for the administrator, one loop per connection.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local attempt = 0
request = function()
  attempt = attempt + 1
  return wrk.format(nil, "/api/v1/session", nil, '{"username":"admin","password":"wrong-guess-' .. attempt .. '"}')
end
