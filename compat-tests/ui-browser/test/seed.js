'use strict';
// The scenario's data: contracts over the REST API, then real Spark and Airflow OpenLineage events (the fixtures of
// lineage/ and registry-service/) with their times moved to now, so the contracts are in force when they ran. The
// Spark run reads kafka://broker:9092/orders with `amount` as decimal(10,2) where the contract says double: a drift.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../..');
const SPARK = path.join(ROOT, 'lineage/src/test/resources/open_lineage/event_full_spark_run.json');
const AIRFLOW = path.join(ROOT, 'registry-service/src/test/resources/lineage/airflow');

const avro = (fields) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields });
const CUSTOMER = { name: 'customer', type: { type: 'record', name: 'Customer', fields: [{ name: 'email', type: 'string' }] } };
const ORDERS_V1 = avro([{ name: 'id', type: 'long' }, CUSTOMER, { name: 'amount', type: 'double' }]);
const ORDERS_V2 = avro([{ name: 'id', type: 'long' }, CUSTOMER, { name: 'amount', type: 'double' },
  { name: 'currency', type: 'string', default: 'EUR' }]);
/** A proposed orders-value: `id` becomes a string, which BACKWARD readers cannot decode. */
const ORDERS_BREAKING = JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields: [
  { name: 'id', type: 'string' }, CUSTOMER, { name: 'amount', type: 'double' },
  { name: 'currency', type: 'string', default: 'EUR' }] }, null, 2);

const payments = (fields) => JSON.stringify({ type: 'record', name: 'Payment', namespace: 'shop', fields });
const PAYMENTS_V1 = payments([{ name: 'id', type: 'long' }, { name: 'method', type: 'string' }]);
const PAYMENTS_V2 = payments([{ name: 'id', type: 'string' }, { name: 'method', type: 'string' },
  { name: 'note', type: 'string' }]);

async function call(url, method, body) {
  const response = await fetch(url, { method, headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function event(url, file, at) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  json.eventTime = new Date(at).toISOString();
  await call(`${url}/api/v1/lineage`, 'POST', json);
}

async function seed(url) {
  await call(`${url}/subjects/orders-value/versions`, 'POST', { schema: ORDERS_V1 });
  await call(`${url}/subjects/orders-value/versions`, 'POST', { schema: ORDERS_V2 });
  // payments-value v2 breaks v1: registered under NONE, then the subject goes back to BACKWARD.
  await call(`${url}/subjects/payments-value/versions`, 'POST', { schema: PAYMENTS_V1 });
  await call(`${url}/config/payments-value`, 'PUT', { compatibility: 'NONE' });
  await call(`${url}/subjects/payments-value/versions`, 'POST', { schema: PAYMENTS_V2 });
  await call(`${url}/config/payments-value`, 'PUT', { compatibility: 'BACKWARD' });
  await new Promise((r) => setTimeout(r, 50));
  const now = Date.now();
  await event(url, SPARK, now);
  let at = now;
  for (const name of ['dag_run_start', 'task_sql_start', 'task_sql_complete']) {
    await event(url, path.join(AIRFLOW, `${name}.json`), (at += 1000));
  }
}

module.exports = { seed, ORDERS_BREAKING };
