'use strict';
// @confluentinc/schemaregistry: JSON Schema serializer and deserializer (ajv validation on both sides), references
// between JSON subjects, compatibility with Confluent's difference names, drafts 7 and 2020-12.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { confluent, confluentClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const { JsonSerializer, JsonDeserializer, SerdeType } = confluent;

const TOPIC = 'js-confluent-json-customers';
const SUBJECT = `${TOPIC}-value`;

const customerV1 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Customer',
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string', maxLength: 40 },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['id'],
  additionalProperties: false,
};
// BACKWARD compatible: an optional property added to a closed object.
const customerV2 = { ...customerV1, properties: { ...customerV1.properties, email: { type: 'string' } } };
// BACKWARD incompatible: a required property without default added to a closed object.
const customerIncompatible = { ...customerV2, required: ['id', 'phone'],
  properties: { ...customerV2.properties, phone: { type: 'string' } } };

const json = (schema, references) => ({ schemaType: 'JSON', schema: JSON.stringify(schema), references });

module.exports = (registry) => describe('@confluentinc/schemaregistry JSON Schema', () => {
  let v1Id;
  let v1Bytes;

  it('a registered JSON schema validates, serializes and deserializes through fresh clients', async () => {
    v1Id = await confluentClient(registry).register(SUBJECT, json(customerV1));
    const serializer = new JsonSerializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestVersion: true, validate: true });
    const record = { id: 'c-1', name: 'Ada', tags: ['vip'] };
    v1Bytes = await serializer.serialize(TOPIC, record);
    assert.equal(wireSchemaId(v1Bytes), v1Id);

    const deserializer = new JsonDeserializer(confluentClient(registry), SerdeType.VALUE, { validate: true });
    assert.deepEqual(await deserializer.deserialize(TOPIC, v1Bytes), record);
  });

  it('the schema read back by id validates as registered: a record it forbids is refused by the serializer', async () => {
    const serializer = new JsonSerializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestVersion: true, validate: true });
    await assert.rejects(serializer.serialize(TOPIC, { name: 'no id' }));
    await assert.rejects(serializer.serialize(TOPIC, { id: 'c-2', unknown: true }));
    const byId = await confluentClient(registry).getBySubjectAndId(SUBJECT, v1Id);
    assert.equal(byId.schemaType, 'JSON');
    assert.deepEqual(JSON.parse(byId.schema), customerV1);
  });

  it('compatibility: an optional property is accepted, a required one without default is refused with 409', async () => {
    const client = confluentClient(registry);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, json(customerV2)), true);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, json(customerIncompatible)), false);
    const v2 = await client.registerFullResponse(SUBJECT, json(customerV2));
    assert.equal(v2.version, 2);
    await rejectsWithStatus(client.register(SUBJECT, json(customerIncompatible)), 409);
    assert.equal(await confluentClient(registry).getVersion(SUBJECT, json(customerV1)), 1);
  });

  it('a reader on the latest version reads data written with the first', async () => {
    const reader = new JsonDeserializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestVersion: true, validate: true });
    assert.deepEqual(await reader.deserialize(TOPIC, v1Bytes), { id: 'c-1', name: 'Ada', tags: ['vip'] });
  });

  it('a 2020-12 schema referencing another subject round-trips, the reference resolved by the client', async () => {
    const moneySubject = 'js-json-money';
    const money = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { cents: { type: 'integer' }, currency: { type: 'string', enum: ['EUR', 'USD'] } },
      required: ['cents', 'currency'],
    };
    await confluentClient(registry).register(moneySubject, json(money));
    const topic = 'js-confluent-json-invoices';
    const invoice = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { number: { type: 'string' }, total: { $ref: 'money.json' } },
      required: ['number', 'total'],
    };
    const refs = [{ name: 'money.json', subject: moneySubject, version: 1 }];
    const id = await confluentClient(registry).register(`${topic}-value`, json(invoice, refs));
    const latest = await confluentClient(registry).getLatestSchemaMetadata(`${topic}-value`);
    assert.deepEqual(latest.references, refs);

    const serializer = new JsonSerializer(confluentClient(registry), SerdeType.VALUE,
      { useLatestVersion: true, validate: true });
    const record = { number: 'INV-1', total: { cents: 1250, currency: 'EUR' } };
    const bytes = await serializer.serialize(topic, record);
    assert.equal(wireSchemaId(bytes), id);
    await assert.rejects(serializer.serialize(topic, { number: 'INV-2', total: { cents: 1, currency: 'GBP' } }));
    const deserializer = new JsonDeserializer(confluentClient(registry), SerdeType.VALUE, { validate: true });
    assert.deepEqual(await deserializer.deserialize(topic, bytes), record);
  });
});
