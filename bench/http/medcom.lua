-- wrk script for bench/http/medcom_bench: every request one MedCom HospitalNotification with a new
-- message id, the CPR number taken in turn from a list. args: template file, CPR list file, token,
-- and a run name that keeps message ids apart between runs (a repeated id is only a "duplicate").
local template, cprs, token, run
local counter = 0
local threads_started = 0
thread_number = 0  -- set per thread by setup()

function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_number", threads_started)
end

function init(args)
  template = io.open(args[1]):read("*a")
  cprs = {}
  for line in io.lines(args[2]) do
    if #line > 0 then cprs[#cprs + 1] = line end
  end
  token = args[3]
  run = args[4]
end

function request()
  counter = counter + 1
  local cpr = cprs[(counter % #cprs) + 1]
  local id = string.format("bench-%s-%d-%d", run, thread_number, counter)
  local body = template:gsub("MESSAGE_ID", id):gsub("CPR_DIGITS", cpr):gsub("EPISODE_ID", "bench-ep-" .. cpr)
  return wrk.format("POST", "/api/v1/interop/medcom/hospital-notifications",
    { ["Content-Type"] = "application/fhir+json", ["Authorization"] = "Bearer " .. token }, body)
end
