import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('orders-value (src/main/avro/orders.avsc): COMPATIBLE under FULL_TRANSITIVE, compared with orders-value/v1.avsc, orders-value/v2.avsc')
assert log.contains('customers-value (src/main/avro/customers.avsc): NEW')

def report = new JsonSlurper().parse(new File(basedir, 'target/contracts/report.json'))
assert report.verdict == 'PASSED'
assert report.subjects*.subject as Set == ['orders-value', 'customers-value'] as Set
assert report.subjects.find { it.subject == 'orders-value' }.status == 'COMPATIBLE'
def fresh = report.subjects.find { it.subject == 'customers-value' }
assert fresh.status == 'NEW'
assert fresh.notes[0].contains('nothing to break')

def md = new File(basedir, 'target/contracts/report.md').text
assert md.startsWith('# Contract check: PASSED')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/contracts/TEST-contracts.xml'))
assert junit.@failures.text() == '0'
assert junit.testcase.size() == 2
return true
