'use strict';
// One packaged registry-service for the whole run, driven by Confluent's real JavaScript clients. Each suite uses
// its own subjects, so the suites do not depend on each other's data.
const { describe, before, after } = require('node:test');
const { startRegistry } = require('./support/registry');

const registry = { url: undefined };
let service;

describe('registry-service with real Confluent JavaScript clients', () => {
  before(async () => {
    service = await startRegistry();
    registry.url = service.url;
  });
  after(async () => {
    if (service) await service.stop();
  });

  require('./suites/confluent-avro')(registry);
  require('./suites/confluent-admin')(registry);
  require('./suites/confluent-protobuf')(registry);
  require('./suites/confluent-data-contracts')(registry);
  require('./suites/confluent-json')(registry);
  require('./suites/kafkajs-avro')(registry);
  require('./suites/kafkajs-protobuf')(registry);
});

// A second packaged registry of its own, secured; started and stopped by the suite.
require('./suites/secured')();
