'use strict';
// @kafkajs/confluent-schema-registry: Protobuf with an import registered as a reference.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { SchemaType } = require('@kafkajs/confluent-schema-registry');
const { kafkajsClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const f = require('../support/fixtures');

const COMMON_SUBJECT = 'js-kafkajs-acme-common';
const ORDER_SUBJECT = 'js-kafkajs-orders-proto-value';
const proto = (schema, references) => ({ type: SchemaType.PROTOBUF, schema, references });
const order = { id: 'o-7', total: { currency: 'EUR', units: 1250 }, items: ['apple', 'pear'] };
// protobufjs renders int64 as a string in JSON.
const orderJson = { ...order, total: { ...order.total, units: '1250' } };

module.exports = (registry) => describe('@kafkajs/confluent-schema-registry Protobuf with references', () => {
  let commonId;
  let orderId;
  let refs;

  it('registers the imported file, then the importing file with a reference to it', async () => {
    commonId = (await kafkajsClient(registry).register(proto(f.COMMON_PROTO), { subject: COMMON_SUBJECT })).id;
    refs = [{ name: f.COMMON_IMPORT, subject: COMMON_SUBJECT, version: 1 }];
    orderId = (await kafkajsClient(registry).register(proto(f.ORDER_PROTO, refs), { subject: ORDER_SUBJECT })).id;
    assert.ok(orderId > 0 && commonId > 0 && orderId !== commonId, `${commonId} ${orderId}`);
  });

  it('encodes through one fresh client and decodes through another, both resolving the reference by id', async () => {
    const bytes = await kafkajsClient(registry).encode(orderId, order);
    assert.equal(wireSchemaId(bytes), orderId);
    const decoded = await kafkajsClient(registry).decode(bytes);
    assert.deepEqual(decoded.toJSON(), orderJson);
  });

  // (kafkajs looks a schema up without its references, so only the file without imports is looked up by schema.)
  it('lookups: latest id, id by version, id by schema', async () => {
    const client = kafkajsClient(registry);
    assert.equal(await client.getLatestSchemaId(ORDER_SUBJECT), orderId);
    assert.equal(await client.getRegistryId(ORDER_SUBJECT, 1), orderId);
    assert.equal(await client.getRegistryIdBySchema(COMMON_SUBJECT, proto(f.COMMON_PROTO)), commonId);
  });

  it('a compatible new field registers as version 2; changing a field type is refused with HTTP 409', async () => {
    const client = kafkajsClient(registry);
    const v2 = await client.register(proto(f.ORDER_PROTO_WITH_NOTE, refs), { subject: ORDER_SUBJECT });
    assert.notEqual(v2.id, orderId);
    assert.equal(await kafkajsClient(registry).getRegistryId(ORDER_SUBJECT, 2), v2.id);
    await rejectsWithStatus(client.register(proto(f.ORDER_PROTO_ID_AS_INT, refs), { subject: ORDER_SUBJECT }), 409);
    assert.equal(await kafkajsClient(registry).getLatestSchemaId(ORDER_SUBJECT), v2.id);

    // Data written with version 1 still decodes (by its own id) after version 2 exists.
    const bytes = await kafkajsClient(registry).encode(orderId, order);
    assert.deepEqual((await kafkajsClient(registry).decode(bytes)).toJSON(), orderJson);
  });
});
