import groovy.json.JsonSlurper

def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
try {
    def log = new File(basedir, 'build.log').text
    def builds = log.split(/Scanning for projects/).toList().tail()
    assert builds.size() == 2

    // 1: the level and both versions come from the registry; only version 1 is broken.
    assert builds[0].contains('orders-value (src/main/avro/orders.avsc): INCOMPATIBLE under BACKWARD_TRANSITIVE, compared with v1, v2')
    assert builds[0].contains('READER_FIELD_MISSING_DEFAULT_VALUE at /fields/email')
    assert builds[0].contains('breaks v1 BACKWARD')
    assert !builds[0].contains('breaks v2')
    assert !(builds[0] =~ /(?m)^\s+at [\w.$]+ ?\(/)
    def report = new JsonSlurper().parse(new File(basedir, 'target/contracts/report.json'))
    def orders = report.subjects[0]
    assert orders.levelSource == 'registry'
    assert orders.findings*.againstVersion.unique() == [1]
    assert report.baseline == "registry ${registry.url}"

    // Downstream impact from the lineage API, with each job's owning team, in the log and the reports.
    assert builds[0] =~ /\[ERROR\]   downstream: breaks .*`orders-enricher` \(Spark, owned by payments\)/
    assert builds[0] =~ /\[ERROR\]   downstream: breaks .*`daily_revenue` \(Airflow, owner unknown\)/
    assert builds[0].contains('[ERROR] teams to notify: payments (1 job), owner unknown (1 job)')
    assert orders.consumers*.name as Set == ['orders-enricher', 'daily_revenue'] as Set
    assert orders.consumers.find { it.name == 'orders-enricher' }.owners == ['payments']
    assert report.teamsToNotify == [payments: 1, 'owner unknown': 1]
    def md = new File(basedir, 'target/contracts/report.md').text
    assert md.contains('**Downstream:** breaks ')
    assert md.contains('`orders-enricher` (Spark, owned by payments)') && md.contains('`daily_revenue` (Airflow, owner unknown)')
    assert md.contains('**Teams to notify:** payments (1 job), owner unknown (1 job)')

    // 2: nothing listens there: a one-line execution error naming the URL, no stack trace.
    def dead = new File(basedir, '.mvn/maven.config').text.find(/deadRegistryUrl=(\S+)/) { all, url -> url }
    assert builds[1] =~ /\[ERROR\] Failed to execute goal .*:check .*: Schema registry unreachable: connection refused to \Q${dead}\E/
    assert builds[1].contains('MojoExecutionException')
    assert !(builds[1] =~ /(?m)^\s+at [\w.$]+ ?\(/)

    // The check never writes to the registry.
    assert registry.call('GET', '/subjects/orders-value/versions') == [1, 2]
} finally {
    registry.stop()
}
return true
