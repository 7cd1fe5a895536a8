'use strict';
// A secured registry (REGISTRY_AUTH_ADMIN_PASSWORD, an OIDC issuer of the test's own) driven by Confluent's clients
// with their own auth settings: basic.auth user info (a user, then an API key's id:secret) and a static bearer token.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SchemaRegistry, SchemaType } = require('@kafkajs/confluent-schema-registry');
const { confluent, rejectsWithStatus, wireSchemaId } = require('../support/clients');
const { startRegistry } = require('../support/registry');
const { createIssuer } = require('../support/issuer');
const { AvroSerializer, AvroDeserializer, SerdeType, SchemaRegistryClient } = confluent;

const ADMIN_PASSWORD = 'js-admin-secret';
const TEAM = 'js-team';
const schema = { type: 'record', name: 'Payment', namespace: 'com.example.secured',
  fields: [{ name: 'id', type: 'string' }, { name: 'cents', type: 'long' }] };
const avro = { schemaType: 'AVRO', schema: JSON.stringify(schema) };

module.exports = () => describe('a secured registry with Confluent clients (Basic, API key, bearer)', () => {
  let service;
  let issuer;
  let dir;

  const basic = (userInfo) => new SchemaRegistryClient({ baseURLs: [service.url], maxRetries: 1, cacheCapacity: 100,
    basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo } });
  const bearer = (token) => new SchemaRegistryClient({ baseURLs: [service.url], maxRetries: 1, cacheCapacity: 100,
    bearerAuthCredentials: { credentialsSource: 'STATIC_TOKEN', token, logicalCluster: 'lsrc-js',
      identityPoolId: 'pool-js' } });
  const asAdmin = async (method, url, body) => {
    const res = await fetch(`${service.url}${url}`, { method, body: body && JSON.stringify(body), headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}` } });
    const text = await res.text();
    assert.ok(res.status < 300, `${method} ${url}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-js-issuer-'));
    issuer = createIssuer(dir);
    service = await startRegistry({ REGISTRY_AUTH_ADMIN_PASSWORD: ADMIN_PASSWORD, ...issuer.env });
    await asAdmin('PUT', `/api/v1/security/teams/${TEAM}`, { prefixes: ['js-secured-'] });
    await asAdmin('PUT', '/api/v1/security/users/js-producer', { password: 'js-producer-pw', role: 'producer',
      team: TEAM });
    await asAdmin('PUT', '/api/v1/security/users/js-reader', { password: 'js-reader-pw', role: 'reader' });
  });
  after(async () => {
    if (service) await service.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a client without credentials 401 with error_code 40101', async () => {
    const anonymous = new SchemaRegistryClient({ baseURLs: [service.url], maxRetries: 1 });
    await rejectsWithStatus(anonymous.getAllSubjects(), 401, 40101);
    const res = await fetch(`${service.url}/subjects`);
    assert.match(res.headers.get('www-authenticate'), /^Basic realm="contract-registry"/);
  });

  it('basic.auth user info: a producer registers and serializes under its team, a reader reads only', async () => {
    const producer = basic('js-producer:js-producer-pw');
    const id = await producer.register('js-secured-payments-value', avro);
    const serializer = new AvroSerializer(producer, SerdeType.VALUE, { useLatestVersion: true });
    const bytes = await serializer.serialize('js-secured-payments', { id: 'p-1', cents: 1250 });
    assert.equal(wireSchemaId(bytes), id);

    const reader = basic('js-reader:js-reader-pw');
    const deserializer = new AvroDeserializer(reader, SerdeType.VALUE, {});
    const record = await deserializer.deserialize('js-secured-payments', bytes);
    assert.equal(record.id, 'p-1');
    await rejectsWithStatus(reader.register('js-secured-payments-value', avro), 403, 40301);
    await rejectsWithStatus(producer.register('someone-elses-value', avro), 403, 40301);
    await rejectsWithStatus(basic('js-reader:wrong-password').getAllSubjects(), 401, 40101);
  });

  it('an API key sent as basic.auth id:secret works in both clients until it is revoked', async () => {
    const key = await asAdmin('POST', '/api/v1/security/keys', { role: 'producer', team: TEAM,
      description: 'js compat' });
    const viaKey = basic(`${key.id}:${key.secret}`);
    const id = await viaKey.register('js-secured-keyed-value', avro);

    const kafkajs = new SchemaRegistry({ host: service.url, retry: { retries: 0 },
      auth: { username: key.id, password: key.secret } });
    const encoded = await kafkajs.encode(id, { id: 'k-1', cents: 5 });
    assert.deepEqual({ ...(await kafkajs.decode(encoded)) }, { id: 'k-1', cents: 5 });
    // kafkajs's register sets the subject's compatibility when the subject has none (PUT /config/{subject}), which
    // is the owner's to do (subject.manage); once the level is set, a producer key registers with it.
    await rejectsWithStatus(kafkajs.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) },
      { subject: 'js-secured-keyed-value' }), 403);
    await asAdmin('PUT', '/config/js-secured-keyed-value', { compatibility: 'BACKWARD' });
    const { id: again } = await kafkajs.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) },
      { subject: 'js-secured-keyed-value' });
    assert.equal(again, id);

    await asAdmin('DELETE', `/api/v1/security/keys/${key.id}`);
    await rejectsWithStatus(basic(`${key.id}:${key.secret}`).getAllSubjects(), 401, 40101);
  });

  it('a bearer token of the issuer carries its roles and team', async () => {
    const producer = bearer(issuer.token('js-ci', ['producer'], TEAM));
    const id = await producer.register('js-secured-bearer-value', avro);
    assert.ok(Number.isInteger(id) && id > 0);
    assert.deepEqual(await producer.getAllVersions('js-secured-bearer-value'), [1]);
    await rejectsWithStatus(producer.register('elsewhere-value', avro), 403, 40301);
    await rejectsWithStatus(bearer(issuer.token('js-ci', ['nothing'], TEAM)).getAllSubjects(), 401, 40101);
  });
});
