// The two builds append to one build.log, in order.
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects/).toList().tail()
assert builds.size() == 2

// 1: a wrong directory does not turn the gate off silently: the build fails naming where it looked.
assert builds[0] =~ /\[ERROR\] Failed to execute goal .*:check .*: contracts: no schema files found/
assert builds[0].contains('src/main/schemas')
assert builds[0].contains('failIfNoSchemas')
assert builds[0].contains('BUILD FAILURE')

// 2: -Dcontracts.failIfNoSchemas=false warns and passes.
assert builds[1].contains('[WARNING] contracts: no schema files found')
assert builds[1].contains('BUILD SUCCESS')
return true
