'use strict';
// @kafkajs/confluent-schema-registry: Avro, including a named type registered under its own subject and referenced.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { SchemaType, COMPATIBILITY } = require('@kafkajs/confluent-schema-registry');
const { kafkajsClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');

const SUBJECT = 'js-kafkajs-users-value';
const user = {
  type: 'record',
  name: 'User',
  namespace: 'com.example.kafkajs',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int' },
  ],
};
const userWithEmail = { ...user, fields: [...user.fields, { name: 'email', type: ['null', 'string'], default: null }] };
const userAgeAsString = { ...user, fields: [user.fields[0], { name: 'age', type: 'string' }] };

const money = {
  type: 'record', name: 'Money', namespace: 'com.example.kafkajs',
  fields: [{ name: 'currency', type: 'string' }, { name: 'units', type: 'long' }],
};
const invoice = {
  type: 'record', name: 'Invoice', namespace: 'com.example.kafkajs',
  fields: [{ name: 'number', type: 'string' }, { name: 'total', type: 'com.example.kafkajs.Money' }],
};
const avro = (schema, references) => ({ type: SchemaType.AVRO, schema: JSON.stringify(schema), references });

module.exports = (registry) => describe('@kafkajs/confluent-schema-registry Avro', () => {
  let v1;

  it('registers, encodes and decodes through fresh clients', async () => {
    v1 = await kafkajsClient(registry).register(user, { subject: SUBJECT });
    const bytes = await kafkajsClient(registry).encode(v1.id, { name: 'Ada', age: 36 });
    assert.equal(wireSchemaId(bytes), v1.id);
    assert.deepEqual({ ...(await kafkajsClient(registry).decode(bytes)) }, { name: 'Ada', age: 36 });
  });

  it('a first registration sets the subject level the client asked for, which later registrations check', async () => {
    const subject = 'js-kafkajs-full';
    await kafkajsClient(registry).register(user, { subject, compatibility: COMPATIBILITY.FULL });
    // The client compares its wanted level with GET /config/{subject} before registering again.
    await assert.rejects(kafkajsClient(registry).register(userWithEmail, { subject }), /Compatibility does not match/);
    const v2 = await kafkajsClient(registry).register(userWithEmail, { subject, compatibility: COMPATIBILITY.FULL });
    assert.equal(await kafkajsClient(registry).getLatestSchemaId(subject), v2.id);
  });

  it('evolves compatibly, refuses an incompatible change with HTTP 409, decodes old data with a newer reader', async () => {
    const v2 = await kafkajsClient(registry).register(userWithEmail, { subject: SUBJECT });
    assert.notEqual(v2.id, v1.id);
    await rejectsWithStatus(kafkajsClient(registry).register(userAgeAsString, { subject: SUBJECT }), 409);

    const client = kafkajsClient(registry);
    assert.equal(await client.getLatestSchemaId(SUBJECT), v2.id);
    assert.equal(await client.getRegistryId(SUBJECT, 1), v1.id);
    assert.equal(await client.getRegistryId(SUBJECT, 'latest'), v2.id);
    assert.equal(await client.getRegistryIdBySchema(SUBJECT, user), v1.id);

    const old = await kafkajsClient(registry).encode(v1.id, { name: 'Grace', age: 85 });
    const read = await kafkajsClient(registry).decode(old, { [SchemaType.AVRO]: { readerSchema: userWithEmail } });
    assert.deepEqual({ ...read }, { name: 'Grace', age: 85, email: null });
  });

  it('a schema referencing a named type registered under another subject', async () => {
    const moneyId = (await kafkajsClient(registry).register(avro(money), { subject: 'js-kafkajs-money' })).id;
    const refs = [{ name: 'com.example.kafkajs.Money', subject: 'js-kafkajs-money', version: 1 }];
    const invoiceId = (await kafkajsClient(registry).register(avro(invoice, refs), { subject: 'js-kafkajs-invoice' })).id;
    assert.notEqual(invoiceId, moneyId);

    const value = { number: 'INV-1', total: { currency: 'EUR', units: 990 } };
    const bytes = await kafkajsClient(registry).encode(invoiceId, value);
    const decoded = await kafkajsClient(registry).decode(bytes);
    assert.deepEqual(JSON.parse(JSON.stringify(decoded)), value);
  });
});
