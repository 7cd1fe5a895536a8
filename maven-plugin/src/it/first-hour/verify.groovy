def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
try {
    def log = new File(basedir, 'build.log').text

    // The gate, from a project of its own: the break, the level and where it came from, the downstream Spark job.
    assert log.contains('[ERROR] orders-value (src/main/avro/orders.avsc): INCOMPATIBLE under BACKWARD, compared with v1')
    assert log.contains('READER_FIELD_MISSING_DEFAULT_VALUE at /fields/customer_email')
    assert log.contains('fix: give `customer_email` a default')
    assert log.contains('level BACKWARD from the registry')
    assert log =~ /downstream: breaks .*orders_enricher/
    assert log.contains('BUILD FAILURE')

    // The lineage views answer what lineage/README.md shows for the example events.
    def drift = registry.call('GET', '/api/v1/drift?subject=orders-value')
    assert drift.totalCount == 2
    assert drift.drift*.fieldPath.sort() == ['amount', 'coupon']
    assert drift.drift*.status.unique() == ['OPEN']
    def graph = registry.call('GET', '/api/v1/lineage?nodeId=dataset:kafka://broker:9092:orders&depth=3')
    assert graph.graph*.id.contains('job:airflow:daily_revenue.load')
    def consumers = registry.call('GET', '/api/v1/contracts/subjects/orders-value/consumers')
    assert consumers.consumers[0].contractVersion == 1
} finally {
    registry.stop()
}
return true
