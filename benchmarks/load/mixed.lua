-- Mixed load for soak.sh: of every 20 requests, 16 read a schema by id (ids 1..MAX_ID), 2 register a new schema under
-- a new subject, 2 check the compatibility of BODY_FILE against bench-order-value's latest version.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local max_id = tonumber(os.getenv("MAX_ID") or "1000")
local run = os.getenv("RUN") or tostring(os.time())
local headers = { ["Content-Type"] = "application/vnd.schemaregistry.v1+json" }
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
local check_body = f:read("*a")
f:close()
local template = '{"schema":"{\\"type\\":\\"record\\",\\"name\\":\\"Soak\\",\\"namespace\\":\\"bench.soak\\",'
  .. '\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"string\\"},{\\"name\\":\\"f_%s\\",\\"type\\":\\"long\\"}]}"}'
local n = 0

setup = common.setup
function init() n = (tid or 0) * 7919 end

function request()
  n = n + 1
  local slot = n % 20
  if slot == 0 or slot == 10 then
    local key = run .. "_" .. (tid or 0) .. "_" .. n
    return wrk.format("POST", "/subjects/soak-" .. key .. "/versions", headers, string.format(template, key))
  elseif slot == 5 or slot == 15 then
    return wrk.format("POST", "/compatibility/subjects/bench-order-value/versions/latest", headers, check_body)
  end
  return wrk.format("GET", "/schemas/ids/" .. ((n % max_id) + 1))
end

function response(status) common.count(status == 200) end
done = common.done
