def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
try {
    def log = new File(basedir, 'build.log').text
    def builds = log.split(/Scanning for projects/).toList().tail()
    assert builds.size() == 3
    // 1: a reader's user:password (userInfoConfig): the registry's version 1 is the baseline.
    assert builds[0].contains('orders-value (src/main/avro/orders.avsc): COMPATIBLE')
    // 2: no credentials: the registry's 401, said in one line.
    assert builds[1].contains('401')
    assert !(builds[1] =~ /(?m)^\s+at [\w.$]+ ?\(/)
    // 3: a bearer token of the issuer, configured as Confluent's clients name it.
    assert builds[2].contains('orders-value (src/main/avro/orders.avsc): COMPATIBLE')
    // The registry said at start that it is secured.
    assert new File(basedir, 'registry.log').text.contains('SECURED')
} finally {
    registry.stop()
}
return true
