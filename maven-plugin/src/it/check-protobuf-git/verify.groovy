import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('orders-value (src/main/proto/orders.proto): INCOMPATIBLE under BACKWARD, compared with main')
assert log.contains('refunds-value (src/main/proto/refunds.proto): NEW')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/)

def report = new JsonSlurper().parse(new File(basedir, 'target/contracts/report.json'))
assert report.baseline == 'git:main'
def orders = report.subjects.find { it.subject == 'orders-value' }
assert orders.schemaType == 'PROTOBUF'
def finding = orders.findings.find { it.ruleId == 'FIELD_WIRE_COMPATIBLE_TYPE' }
assert finding != null: "expected FIELD_WIRE_COMPATIBLE_TYPE in ${orders.findings*.ruleId}"
assert finding.path.contains('quantity')
assert finding.line == 8
assert log.contains("FIELD_WIRE_COMPATIBLE_TYPE at ${finding.path} (src/main/proto/orders.proto:8), breaks main")
// The imported file is a reference, not a subject of its own.
assert !report.subjects*.subject.contains('acme/money.proto')
assert report.subjects.find { it.subject == 'refunds-value' }.status == 'NEW'

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/contracts/TEST-contracts.xml'))
assert junit.testcase.failure.find { it.@type == 'FIELD_WIRE_COMPATIBLE_TYPE' }.size() == 1
return true
