def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
try {
    def log = new File(basedir, 'build.log').text
    def builds = log.split(/Scanning for projects/).toList().tail()
    assert builds.size() == 4
    builds.each { assert it.contains('BUILD SUCCESS') }

    // 1: set-compatibility, global and per subject.
    assert builds[0].contains('contracts: global level: compatibility BACKWARD')
    assert builds[0].contains('contracts: orders-value: compatibility FULL')
    assert registry.call('GET', '/config/orders-value').compatibilityLevel == 'FULL'

    // 2: the referenced subject is registered before its referrer, which references the version just registered.
    def first = builds[1]
    assert first.indexOf('customers-value: registered as version 1') < first.indexOf('orders-value: registered as version 1')
    assert first.contains('payments-value: registered as version 1')
    def order = registry.call('GET', '/subjects/orders-value/versions/1')
    assert order.references == [[name: 'acme.Customer', subject: 'customers-value', version: 1]]
    assert registry.call('GET', '/subjects/payments-value/versions/1').schemaType == 'PROTOBUF'

    // 3: registering again changes nothing.
    assert builds[2].contains('orders-value: already registered as version 1')
    assert builds[2].contains('nothing to do')
    assert !builds[2].contains('registered as version 2')
    ['orders-value', 'customers-value', 'payments-value'].each {
        assert registry.call('GET', "/subjects/${it}/versions") == [1]
    }

    // 4: the check against the registry: the same schemas, judged with the references resolved.
    assert builds[3].contains('orders-value (src/main/avro/order.avsc): COMPATIBLE under FULL, compared with v1')
    assert builds[3].contains('payments-value (src/main/proto/payment.proto): COMPATIBLE under BACKWARD, compared with v1')
} finally {
    registry.stop()
}
return true
