'use strict';
// @confluentinc/schemaregistry data contracts: one subject holding two major versions (compatibilityGroup), config
// default metadata, getLatestWithMetadata, and a serializer pinned to a major version with useLatestWithMetadata.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { confluent, confluentClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const { AvroSerializer, AvroDeserializer, SerdeType } = confluent;

const TOPIC = 'js-contracts-payments';
const SUBJECT = `${TOPIC}-value`;
const record = (fields) => ({ type: 'record', name: 'Payment', namespace: 'com.example.contracts', fields });
const major1 = record([{ name: 'id', type: 'string' }, { name: 'cents', type: 'long' }]);
// Not BACKWARD compatible with major1: 'amount' has no default.
const major2 = record([{ name: 'id', type: 'string' }, { name: 'amount', type: 'string' }]);
const avro = (schema, major) => ({
  schemaType: 'AVRO',
  schema: JSON.stringify(schema),
  ...(major ? { metadata: { properties: { major } } } : {}),
});

module.exports = (registry) => describe('@confluentinc/schemaregistry data contracts', () => {
  let major1Id;

  it('a compatibility group lets one subject hold a breaking major version; config metadata is layered in', async () => {
    const client = confluentClient(registry);
    await client.updateConfig(SUBJECT, { compatibilityGroup: 'major', defaultMetadata: { properties: { owner: 'payments' } } });
    assert.equal((await confluentClient(registry).getConfig(SUBJECT)).compatibilityGroup, 'major');

    const first = await client.registerFullResponse(SUBJECT, avro(major1, '1'));
    major1Id = first.id;
    assert.deepEqual(first.metadata, { properties: { major: '1', owner: 'payments' } });
    // Without metadata the draft inherits major 1 and is judged against it.
    await rejectsWithStatus(confluentClient(registry).register(SUBJECT, avro(major2)), 409, 40901);
    const second = await confluentClient(registry).registerFullResponse(SUBJECT, avro(major2, '2'));
    assert.equal(second.version, 2);
    assert.notEqual(second.id, major1Id);
  });

  it('getLatestWithMetadata finds the newest version of each major, 40403 and 40401 otherwise', async () => {
    const one = await confluentClient(registry).getLatestWithMetadata(SUBJECT, { major: '1' });
    assert.equal(one.version, 1);
    assert.equal(one.id, major1Id);
    assert.equal(one.metadata.properties.owner, 'payments');
    const two = await confluentClient(registry).getLatestWithMetadata(SUBJECT, { major: '2', owner: 'payments' });
    assert.equal(two.version, 2);
    assert.deepEqual(JSON.parse(two.schema).fields.map((f) => f.name), ['id', 'amount']);
    await rejectsWithStatus(confluentClient(registry).getLatestWithMetadata(SUBJECT, { major: '3' }), 404, 40403);
    await rejectsWithStatus(confluentClient(registry).getLatestWithMetadata('js-contracts-none', { major: '1' }),
      404, 40401);
  });

  it('a serializer pinned with useLatestWithMetadata writes with that major version', async () => {
    const serializer = new AvroSerializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestWithMetadata: { major: '1' } });
    const payment = { id: 'p-1', cents: 1250 };
    const bytes = await serializer.serialize(TOPIC, { ...payment });
    assert.equal(wireSchemaId(bytes), major1Id);
    const decoded = await new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, {}).deserialize(TOPIC, bytes);
    assert.equal(decoded.id, 'p-1');
    assert.equal(Number(decoded.cents), 1250);
  });
});
