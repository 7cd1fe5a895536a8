// The READMEs' first steps: start the packaged service, register the contract (README "Try it", the same request
// curl sends), post the Spark example event kept in lineage/examples/.
import groovy.json.JsonOutput

def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
registry.start()
def order = '{"type":"record","name":"Order","fields":[{"name":"id","type":"long"},{"name":"amount","type":"double"}]}'
assert registry.call('POST', '/subjects/orders-value/versions', [schema: order]).version == 1
def examples = new File(supportDir, '../../../lineage/examples')
registry.call('POST', '/api/v1/lineage', new File(examples, 'spark-orders-enricher.json').text, 'application/json')
registry.call('POST', '/api/v1/lineage', new File(examples, 'airflow-daily-revenue.json').text, 'application/json')
return true
