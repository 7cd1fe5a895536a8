'use strict';
// Fresh client instances: every new instance starts with empty caches, so an id written by one client is really
// looked up over HTTP by the next one.
const assert = require('node:assert/strict');
const confluent = require('@confluentinc/schemaregistry');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

function confluentClient(registry) {
  return new confluent.SchemaRegistryClient({ baseURLs: [registry.url], maxRetries: 1, cacheCapacity: 100 });
}

function kafkajsClient(registry, options) {
  return new SchemaRegistry({ host: registry.url, retry: { retries: 0 } }, options);
}

/** Asserts that the promise rejects with an HTTP error of the given status (and error_code when given). */
async function rejectsWithStatus(promise, status, errorCode) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.status, status, `expected HTTP ${status}, got ${error.status}: ${error.message}`);
    if (errorCode !== undefined && error.errorCode !== undefined) {
      assert.equal(error.errorCode, errorCode, error.message);
    }
    return true;
  });
}

/** Reads the schema id from Confluent's wire format: magic byte 0, then a big-endian int32. */
function wireSchemaId(bytes) {
  assert.equal(bytes[0], 0, 'magic byte');
  return bytes.readInt32BE(1);
}

module.exports = { confluent, confluentClient, kafkajsClient, rejectsWithStatus, wireSchemaId };
