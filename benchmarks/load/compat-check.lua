-- POST /compatibility/subjects/{subject}/versions/latest with the body in BODY_FILE (a compatible evolution of the
-- typical record registered by run.sh); a response counts as expected when it is 200 and says is_compatible true.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/vnd.schemaregistry.v1+json"

setup = common.setup

function response(status, _, body)
  common.count(status == 200 and body:find('"is_compatible":%s*true') ~= nil)
end
done = common.done
