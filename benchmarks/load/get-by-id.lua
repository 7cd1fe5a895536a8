-- GET /schemas/ids/{id}, cycling over ids 1..MAX_ID (seeded by run.sh); each thread starts at its own offset.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local max_id = tonumber(os.getenv("MAX_ID") or "1000")
local n = 0

setup = common.setup
function init() n = (tid or 0) * 4099 end

function request()
  n = n + 1
  return wrk.format("GET", "/schemas/ids/" .. ((n % max_id) + 1))
end

function response(status) common.count(status == 200) end
done = common.done
