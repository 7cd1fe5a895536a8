-- GET /subjects?offset=N&limit=100 at random offsets over SUBJECTS subjects: one page of the subject list.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local subjects = tonumber(os.getenv("SUBJECTS") or "1000")

setup = common.setup
function init() math.randomseed(os.time() + (tid or 0)) end

function request()
  return wrk.format("GET", "/subjects?offset=" .. math.random(0, math.max(0, subjects - 100)) .. "&limit=100")
end

function response(status) common.count(status == 200) end
done = common.done
