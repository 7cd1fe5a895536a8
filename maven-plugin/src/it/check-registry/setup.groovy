def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
registry.start()
def v1 = '{"type":"record","name":"Order","namespace":"acme","fields":[{"name":"id","type":"string"}]}'
def v2 = '{"type":"record","name":"Order","namespace":"acme","fields":[{"name":"id","type":"string"},{"name":"email","type":"string","default":"unknown"}]}'
registry.call('PUT', '/config/orders-value', [compatibility: 'BACKWARD_TRANSITIVE'])
registry.call('POST', '/subjects/orders-value/versions', [schema: v1])
registry.call('POST', '/subjects/orders-value/versions', [schema: v2])
assert registry.call('GET', '/subjects/orders-value/versions') == [1, 2]
// Lineage: two jobs read topic orders, which the registry binds to orders-value by its naming rule. The Spark job
// writes payments.enriched (bound to payments.enriched-value), a subject team payments owns by prefix: its owner.
registry.call('PUT', '/api/v1/security/teams/payments', [prefixes: ['payments.']], 'application/json')
registry.jobReads('spark', 'orders-enricher', 'SPARK', 'orders', ['payments.enriched'])
registry.jobReads('airflow', 'daily_revenue', 'AIRFLOW', 'orders')
return true
