-- POST /subjects/{subject}/versions with a schema never seen before on every request: the subject and a field name
-- carry RUN, the thread id and a per-thread counter, so each request registers a new schema under a new subject.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local run = os.getenv("RUN") or tostring(os.time())
local n = 0
local headers = { ["Content-Type"] = "application/vnd.schemaregistry.v1+json" }
local template = '{"schema":"{\\"type\\":\\"record\\",\\"name\\":\\"Event\\",\\"namespace\\":\\"bench.load\\",'
  .. '\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"string\\"},{\\"name\\":\\"at\\",\\"type\\":\\"long\\"},'
  .. '{\\"name\\":\\"f_%s\\",\\"type\\":\\"string\\"}]}"}'

setup = common.setup

function request()
  n = n + 1
  local key = run .. "_" .. (tid or 0) .. "_" .. n
  return wrk.format("POST", "/subjects/load-" .. key .. "/versions", headers, string.format(template, key))
end

function response(status) common.count(status == 200) end
done = common.done
