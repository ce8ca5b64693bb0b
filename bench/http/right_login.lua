-- wrk: log-ins with the right password, round the demo users; each one hashes with argon2id.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local users = { "medarbejder", "leder", "afsnit", "myndighed", "projektleder", "evaluator" }
local attempt = 0
request = function()
  attempt = attempt + 1
  local user = users[attempt % #users + 1]
  return wrk.format(nil, "/api/v1/session", nil, '{"username":"' .. user .. '","password":"afklaring-demo"}')
end
