import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] orders-value (src/main/avro/orders.avsc): INCOMPATIBLE under BACKWARD')
assert log.contains('READER_FIELD_MISSING_DEFAULT_VALUE at /fields/email')
assert log.contains('payments-value (src/main/avro/payments/payments.avsc): COMPATIBLE')
assert log.contains('Incompatible schema changes: 2 subjects: 1 incompatible')
// A clean failure: a MojoFailureException, no stack trace.
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/)
assert !log.contains('IllegalStateException')

def report = new JsonSlurper().parse(new File(basedir, 'target/contracts/report.json'))
assert report.verdict == 'FAILED'
def orders = report.subjects.find { it.subject == 'orders-value' }
assert orders.status == 'INCOMPATIBLE'
def finding = orders.findings.find { it.ruleId == 'READER_FIELD_MISSING_DEFAULT_VALUE' }
assert finding != null
assert finding.file == 'src/main/avro/orders.avsc'
assert finding.againstLabel == 'orders.avsc'
assert finding.fixHint
assert report.subjects.find { it.subject == 'payments-value' }.status == 'COMPATIBLE'

def md = new File(basedir, 'target/contracts/report.md').text
assert md.contains('`READER_FIELD_MISSING_DEFAULT_VALUE`')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/contracts/TEST-contracts.xml'))
assert junit.testcase.failure.find { it.@type == 'READER_FIELD_MISSING_DEFAULT_VALUE' }.size() == 1
assert junit.testcase.find { it.@classname == 'contracts.payments-value' }.failure.size() == 0
return true
