def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] customers-value (src/main/json/customers.json): INCOMPATIBLE under BACKWARD')
assert log.contains('REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL at #/properties/email')
assert log.contains('invoices-value (src/main/json/invoices.json): COMPATIBLE')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/)
return true
