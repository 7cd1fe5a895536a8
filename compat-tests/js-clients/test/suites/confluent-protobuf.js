'use strict';
// @confluentinc/schemaregistry: Protobuf with an import registered as a reference, REST calls and serde. The serde
// classes exchange schemas as base64 FileDescriptorProto: they read with ?format=serialized and auto-register
// descriptors instead of .proto text, as Confluent's server supports.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { create, toJson } = require('@bufbuild/protobuf');
const { confluent, confluentClient, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const { orderDesc, messageRegistry } = require('../support/proto-descriptors');
const f = require('../support/fixtures');
const { ProtobufSerializer, ProtobufDeserializer, SerdeType } = confluent;

const TOPIC = 'js-confluent-orders-proto';
const SUBJECT = `${TOPIC}-value`;
const COMMON_SUBJECT = 'js-confluent-acme-common';
const REFS = [{ name: f.COMMON_IMPORT, subject: COMMON_SUBJECT, version: 1 }];
const proto = (schema, references) => ({ schemaType: 'PROTOBUF', schema, references });
const orderJson = { id: 'o-7', total: { currency: 'EUR', units: '1250' }, items: ['apple', 'pear'] };
const newOrder = () => create(orderDesc, { id: 'o-7', total: { currency: 'EUR', units: 1250n }, items: ['apple', 'pear'] });

module.exports = (registry) => describe('@confluentinc/schemaregistry Protobuf with references', () => {
  let orderId;

  it('registers .proto text importing another registered file and reads the reference back', async () => {
    const client = confluentClient(registry);
    const common = await client.registerFullResponse(COMMON_SUBJECT, proto(f.COMMON_PROTO));
    assert.equal(common.version, 1);
    orderId = await client.register(SUBJECT, proto(f.ORDER_PROTO, REFS));
    assert.notEqual(orderId, common.id);

    const fresh = confluentClient(registry);
    const latest = await fresh.getLatestSchemaMetadata(SUBJECT);
    assert.equal(latest.id, orderId);
    assert.equal(latest.schemaType, 'PROTOBUF');
    assert.deepEqual(latest.references, REFS);
    assert.match(latest.schema, /import "acme\/common\.proto";/);
    const byId = await confluentClient(registry).getBySubjectAndId(SUBJECT, orderId);
    assert.deepEqual(byId.references, REFS);
    assert.equal(await confluentClient(registry).getId(SUBJECT, proto(f.ORDER_PROTO, REFS)), orderId);
  });

  it('compatibility: a new field passes, a changed field type is refused with HTTP 409', async () => {
    const client = confluentClient(registry);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, proto(f.ORDER_PROTO_WITH_NOTE, REFS)), true);
    assert.equal(await client.testSubjectCompatibility(SUBJECT, proto(f.ORDER_PROTO_ID_AS_INT, REFS)), false);
    await rejectsWithStatus(client.register(SUBJECT, proto(f.ORDER_PROTO_ID_AS_INT, REFS)), 409);
    assert.deepEqual(await client.getAllVersions(SUBJECT), [1]);
  });

  it('a referenced version cannot be deleted while referenced (422 / 42206)', async () => {
    const client = confluentClient(registry);
    await rejectsWithStatus(client.deleteSubjectVersion(COMMON_SUBJECT, 1), 422, 42206);
    await rejectsWithStatus(client.deleteSubject(COMMON_SUBJECT), 422, 42206);
  });

  it('serializer (latest version) writes, a fresh deserializer reads the schema by id as a FileDescriptorProto',
    async () => {
      const serializer = new ProtobufSerializer(confluentClient(registry), SerdeType.VALUE,
        { useLatestVersion: true, registry: messageRegistry() });
      const bytes = await serializer.serialize(TOPIC, newOrder());
      assert.equal(wireSchemaId(bytes), orderId);

      const deserializer = new ProtobufDeserializer(confluentClient(registry), SerdeType.VALUE, {});
      const decoded = await deserializer.deserialize(TOPIC, bytes);
      assert.deepEqual(toJson(orderDesc, decoded), orderJson);
    });

  it('serializer auto-registers the file and its import as base64 FileDescriptorProto, a fresh reader decodes',
    async () => {
      const topic = 'js-confluent-orders-auto';
      const serializer = new ProtobufSerializer(confluentClient(registry), SerdeType.VALUE,
        { autoRegisterSchemas: true, registry: messageRegistry() });
      const bytes = await serializer.serialize(topic, newOrder());

      const client = confluentClient(registry);
      const latest = await client.getLatestSchemaMetadata(`${topic}-value`);
      assert.equal(wireSchemaId(bytes), latest.id);
      // The import was registered under a subject named after the file, and is referenced by that name.
      assert.deepEqual(latest.references, [{ name: 'acme/common.proto', subject: 'acme/common.proto', version: 1 }]);
      assert.equal((await client.getLatestSchemaMetadata('acme/common.proto')).schemaType, 'PROTOBUF');

      const decoded = await new ProtobufDeserializer(confluentClient(registry), SerdeType.VALUE, {})
        .deserialize(topic, bytes);
      assert.deepEqual(toJson(orderDesc, decoded), orderJson);
    });
});
