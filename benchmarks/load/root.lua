-- GET / (Confluent's liveness no-op answering {}): the HTTP stack's own ceiling on this machine, for comparison.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup
function response(status) common.count(status == 200) end
done = common.done
