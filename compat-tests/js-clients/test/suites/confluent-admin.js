'use strict';
// @confluentinc/schemaregistry: config (global and per subject), soft and permanent deletes of versions and subjects.
const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');
const { confluent, confluentClient, rejectsWithStatus } = require('../support/clients');
const { AvroSerializer, AvroDeserializer, SerdeType, Compatibility } = confluent;

const record = (fields) => ({ type: 'record', name: 'Payment', namespace: 'com.example.js', fields });
const avro = (schema) => ({ schemaType: 'AVRO', schema: JSON.stringify(schema) });
const base = record([{ name: 'id', type: 'string' }, { name: 'cents', type: 'long' }]);
const withRequiredField = record([...base.fields, { name: 'payer', type: 'string' }]);
const withoutCents = record([{ name: 'id', type: 'string' }]);

module.exports = (registry) => describe('@confluentinc/schemaregistry config and deletes', () => {
  after(async () => {
    await confluentClient(registry).updateDefaultCompatibility(Compatibility.BACKWARD);
  });

  it('the global default is BACKWARD and can be changed and read back', async () => {
    const client = confluentClient(registry);
    assert.equal(await client.getDefaultCompatibility(), Compatibility.BACKWARD);
    assert.equal(await client.updateDefaultCompatibility(Compatibility.FULL_TRANSITIVE), Compatibility.FULL_TRANSITIVE);
    assert.equal(await confluentClient(registry).getDefaultCompatibility(), Compatibility.FULL_TRANSITIVE);
    assert.equal((await client.getDefaultConfig()).compatibilityLevel, Compatibility.FULL_TRANSITIVE);
    assert.equal(await client.updateDefaultCompatibility(Compatibility.BACKWARD), Compatibility.BACKWARD);
  });

  it('a subject level overrides the global one and changes what compatibility accepts', async () => {
    const subject = 'js-admin-forward';
    const client = confluentClient(registry);
    await client.register(subject, avro(base));
    // BACKWARD (global): a new field without default is refused.
    assert.equal(await client.testSubjectCompatibility(subject, avro(withRequiredField)), false);

    assert.equal(await client.updateCompatibility(subject, Compatibility.FORWARD), Compatibility.FORWARD);
    assert.equal(await confluentClient(registry).getCompatibility(subject), Compatibility.FORWARD);
    assert.equal((await client.getConfig(subject)).compatibilityLevel, Compatibility.FORWARD);
    // FORWARD: old readers ignore the new field, but they cannot read data lacking 'cents'.
    assert.equal(await client.testSubjectCompatibility(subject, avro(withRequiredField)), true);
    assert.equal(await client.testSubjectCompatibility(subject, avro(withoutCents)), false);
    assert.equal((await client.registerFullResponse(subject, avro(withRequiredField))).version, 2);
    await rejectsWithStatus(client.register(subject, avro(withoutCents)), 409);

    const updated = await client.updateConfig(subject, { compatibility: Compatibility.NONE });
    assert.equal(updated.compatibility, Compatibility.NONE);
    assert.equal((await client.registerFullResponse(subject, avro(withoutCents))).version, 3);
  });

  it('soft then permanent deletes of a version and of a subject, with Confluent error codes', async () => {
    const subject = 'js-admin-deletes';
    const client = confluentClient(registry);
    await client.updateCompatibility(subject, Compatibility.NONE);
    const ids = [];
    for (const schema of [base, withRequiredField, withoutCents]) ids.push(await client.register(subject, avro(schema)));
    assert.deepEqual(await client.getAllVersions(subject), [1, 2, 3]);

    // Soft delete of version 1: hidden, still readable with deleted=true, a second soft delete is 40406.
    assert.equal(await client.deleteSubjectVersion(subject, 1), 1);
    assert.deepEqual(await confluentClient(registry).getAllVersions(subject), [2, 3]);
    await rejectsWithStatus(confluentClient(registry).getSchemaMetadata(subject, 1), 404, 40402);
    assert.equal((await confluentClient(registry).getSchemaMetadata(subject, 1, true)).id, ids[0]);
    await rejectsWithStatus(confluentClient(registry).deleteSubjectVersion(subject, 1), 404, 40406);
    // Permanent delete needs the soft delete first (40407 otherwise).
    await rejectsWithStatus(confluentClient(registry).deleteSubjectVersion(subject, 2, true), 404, 40407);
    assert.equal(await confluentClient(registry).deleteSubjectVersion(subject, 1, true), 1);
    await rejectsWithStatus(confluentClient(registry).getSchemaMetadata(subject, 1, true), 404, 40402);

    // Data written with version 3 stays readable by id after the subject is soft-deleted.
    const topic = 'js-admin-deletes-topic';
    await client.register(`${topic}-value`, avro(withoutCents));
    const bytes = await new AvroSerializer(confluentClient(registry), SerdeType.VALUE, { useLatestVersion: true })
      .serialize(topic, { id: 'p-9' });

    assert.deepEqual(await client.deleteSubject(subject), [2, 3]);
    assert.equal((await confluentClient(registry).getAllSubjects()).includes(subject), false);
    await rejectsWithStatus(confluentClient(registry).getLatestSchemaMetadata(subject), 404, 40401);
    await rejectsWithStatus(confluentClient(registry).deleteSubject(subject), 404, 40404);
    assert.deepEqual(await client.deleteSubject(`${topic}-value`), [1]);
    const decoded = await new AvroDeserializer(confluentClient(registry), SerdeType.VALUE, {}).deserialize(topic, bytes);
    assert.deepEqual({ ...decoded }, { id: 'p-9' });

    assert.deepEqual(await confluentClient(registry).deleteSubject(subject, true), [2, 3]);
    await rejectsWithStatus(confluentClient(registry).getAllVersions(subject), 404, 40401);
    await rejectsWithStatus(confluentClient(registry).deleteSubject(subject, true), 404, 40401);
  });
});
