'use strict';
// @confluentinc/schemaregistry: Avro serializer and deserializer, compatibility, lookups by schema and by version.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { confluent, confluentClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const { AvroSerializer, AvroDeserializer, SerdeType } = confluent;

const TOPIC = 'js-confluent-orders';
const SUBJECT = `${TOPIC}-value`; // TopicNameStrategy, the fallback of the default AssociatedNameStrategy

const orderV1 = {
  type: 'record',
  name: 'Order',
  namespace: 'com.example.js',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'amount', type: 'double' },
    { name: 'items', type: { type: 'array', items: 'string' } },
  ],
};
// BACKWARD compatible: the new field has a default, so new readers can read old data.
const orderV2 = {
  ...orderV1,
  fields: [...orderV1.fields, { name: 'currency', type: 'string', default: 'EUR' }],
};
// BACKWARD incompatible: a new field without default cannot be filled when reading v2 data.
const orderIncompatible = {
  ...orderV1,
  fields: [...orderV2.fields, { name: 'customer', type: 'string' }],
};

const avro = (schema) => ({ schemaType: 'AVRO', schema: JSON.stringify(schema) });

module.exports = (registry) => describe('@confluentinc/schemaregistry Avro', () => {
  let v1Id;
  let v1Bytes;

  it('serializer auto-registers an inferred schema and a fresh deserializer reads the record by id', async () => {
    const topic = 'js-confluent-auto';
    const serializer = new AvroSerializer(confluentClient(registry), SerdeType.VALUE, { autoRegisterSchemas: true });
    const record = { id: 'a-1', qty: 3, tags: ['x', 'y'] };
    const bytes = await serializer.serialize(topic, { ...record });
    const registered = await confluentClient(registry).getLatestSchemaMetadata(`${topic}-value`);
    assert.equal(wireSchemaId(bytes), registered.id);
    assert.equal(JSON.parse(registered.schema).type, 'record');

    const deserializer = new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, {});
    assert.deepEqual({ ...(await deserializer.deserialize(topic, bytes)) }, record);
  });

  it('a registered schema serializes through the latest version and deserializes through a fresh client', async () => {
    v1Id = await confluentClient(registry).register(SUBJECT, avro(orderV1));
    assert.ok(Number.isInteger(v1Id) && v1Id > 0, String(v1Id));
    const serializer = new AvroSerializer(confluentClient(registry), SerdeType.VALUE, { useLatestVersion: true });
    const record = { id: 'o-1', amount: 12.5, items: ['apple', 'pear'] };
    v1Bytes = await serializer.serialize(TOPIC, { ...record });
    assert.equal(wireSchemaId(v1Bytes), v1Id);

    const deserializer = new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, {});
    assert.deepEqual({ ...(await deserializer.deserialize(TOPIC, v1Bytes)) }, record);
  });

  it('registering the same schema again is idempotent and a lookup finds it', async () => {
    const client = confluentClient(registry);
    assert.equal(await client.register(SUBJECT, avro(orderV1)), v1Id);
    const found = await confluentClient(registry).getIdFullResponse(SUBJECT, avro(orderV1));
    assert.equal(found.id, v1Id);
    assert.equal(found.version, 1);
    assert.equal(await confluentClient(registry).getVersion(SUBJECT, avro(orderV1)), 1);
  });

  it('the same schema under another subject keeps its id with that subject\'s own version', async () => {
    const client = confluentClient(registry);
    const other = await client.registerFullResponse('js-confluent-orders-copy', avro(orderV1));
    assert.equal(other.id, v1Id);
    assert.equal(other.version, 1);
  });

  it('compatibility: a field with a default is accepted, one without is refused with HTTP 409', async () => {
    const client = confluentClient(registry);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, avro(orderV2)), true);
    assert.equal(await client.testCompatibility(SUBJECT, 1, avro(orderV2)), true);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, avro(orderIncompatible)), false);

    const v2 = await client.registerFullResponse(SUBJECT, avro(orderV2));
    assert.equal(v2.version, 2);
    assert.notEqual(v2.id, v1Id);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, avro(orderIncompatible)), false);
    await rejectsWithStatus(client.register(SUBJECT, avro(orderIncompatible)), 409);
    assert.deepEqual(await confluentClient(registry).getAllVersions(SUBJECT), [1, 2]);
  });

  it('a reader on the latest version decodes old data with the default filled in', async () => {
    const reader = new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, { useLatestVersion: true });
    const decoded = await reader.deserialize(TOPIC, v1Bytes);
    assert.deepEqual({ ...decoded }, { id: 'o-1', amount: 12.5, items: ['apple', 'pear'], currency: 'EUR' });
  });

  it('latest and numbered versions, schema by id, subjects list', async () => {
    const client = confluentClient(registry);
    const latest = await client.getLatestSchemaMetadata(SUBJECT);
    assert.equal(latest.version, 2);
    assert.equal(latest.subject, SUBJECT);
    assert.deepEqual(JSON.parse(latest.schema), orderV2);

    const first = await client.getSchemaMetadata(SUBJECT, 1);
    assert.equal(first.id, v1Id);
    assert.deepEqual(JSON.parse(first.schema), orderV1);

    const byId = await confluentClient(registry).getBySubjectAndId(SUBJECT, v1Id);
    assert.deepEqual(JSON.parse(byId.schema), orderV1);

    const subjects = await client.getAllSubjects();
    assert.ok(subjects.includes(SUBJECT), JSON.stringify(subjects));
    assert.ok(subjects.includes('js-confluent-orders-copy'), JSON.stringify(subjects));
  });

  it('a schema guid written in a record header is read back through GET /schemas/guids/{guid}', async () => {
    const serializer = new AvroSerializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestVersion: true, schemaIdSerializer: confluent.HeaderSchemaIdSerializer });
    const headers = {};
    const record = { id: 'o-9', amount: 3.25, items: ['fig'], currency: 'USD' };
    const bytes = await serializer.serialize(TOPIC, { ...record }, headers);
    const latest = await confluentClient(registry).getLatestSchemaMetadata(SUBJECT);
    const header = headers[confluent.VALUE_SCHEMA_ID_HEADER];
    assert.equal(header[0], 1, 'magic byte of a guid header');
    assert.equal(new confluent.SchemaId('AVRO').stringifyUuid(header, 1), latest.guid);

    const deserializer = new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, {});
    assert.deepEqual({ ...(await deserializer.deserialize(TOPIC, bytes, headers)) }, record);
    const byGuid = await confluentClient(registry).getByGuid(latest.guid);
    assert.deepEqual(JSON.parse(byGuid.schema), orderV2);
    assert.equal(byGuid.guid, latest.guid);
    await rejectsWithStatus(confluentClient(registry).getByGuid('00000000-0000-0000-0000-000000000000'), 404, 40403);
  });

  it('unknown ids, subjects and versions answer 404 with Confluent error codes', async () => {
    const client = confluentClient(registry);
    await rejectsWithStatus(client.getBySubjectAndId(SUBJECT, 987654), 404, 40403);
    await rejectsWithStatus(client.getLatestSchemaMetadata('js-no-such-subject'), 404, 40401);
    await rejectsWithStatus(client.getSchemaMetadata(SUBJECT, 99), 404, 40402);
    await rejectsWithStatus(client.getId(SUBJECT, avro(orderIncompatible)), 404, 40403);
  });
});
