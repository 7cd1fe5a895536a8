import groovy.json.JsonSlurper

// The three builds append to one build.log, in order.
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects/).toList().tail()
assert builds.size() == 3

// 1: -Dcontracts.skip=true judges nothing.
assert builds[0].contains('contracts: check skipped (contracts.skip)')
assert builds[0].contains('BUILD SUCCESS')
assert !builds[0].contains('READER_FIELD_MISSING_DEFAULT_VALUE')

// 2: -Dcontracts.failOnIncompatible=false reports the break as warnings and passes.
assert builds[1].contains('[WARNING] orders-value (src/main/avro/orders.avsc): INCOMPATIBLE')
assert builds[1].contains('[WARNING]   READER_FIELD_MISSING_DEFAULT_VALUE at /fields/email')
assert !builds[1].contains('[ERROR]')
assert builds[1].contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/contracts/report.json'))
assert report.verdict == 'FAILED'
assert report.subjects[0].findings*.ruleId.contains('READER_FIELD_MISSING_DEFAULT_VALUE')

// 3: the goal prefix resolves (mvn contracts:validate) and the schema parses.
assert builds[2].contains('contracts-maven-plugin:' + pluginVersion + ':validate')
assert builds[2].contains('contracts: 1 schemas valid')
assert builds[2].contains('BUILD SUCCESS')
return true
