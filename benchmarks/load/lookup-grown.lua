-- POST /subjects/grow-<i>-value (lookup: "is this schema registered under this subject?") with the text of a random
-- seeded version (growth.sh seeds SUBJECTS subjects of VERSIONS versions); expected: 200 with that version's id.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local subjects = tonumber(os.getenv("SUBJECTS") or "1000")
local versions = tonumber(os.getenv("VERSIONS") or "10")
local headers = { ["Content-Type"] = "application/vnd.schemaregistry.v1+json" }
local template = '{"schema":"{\\"type\\":\\"record\\",\\"name\\":\\"Grow\\",\\"namespace\\":\\"bench.grow\\",'
  .. '\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"string\\"},{\\"name\\":\\"f_%d_%d\\",\\"type\\":\\"long\\"}]}"}'

setup = common.setup
function init() math.randomseed(os.time() + (tid or 0)) end

function request()
  local i, v = math.random(1, subjects), math.random(1, versions)
  return wrk.format("POST", "/subjects/grow-" .. i .. "-value", headers, string.format(template, i, v))
end

function response(status) common.count(status == 200) end
done = common.done
