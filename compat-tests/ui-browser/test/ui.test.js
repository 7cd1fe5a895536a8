'use strict';
// The auditor's walk through the web UI in real headless Chromium: search -> dataset -> graph -> job -> subject ->
// diff -> impact -> audit log, asserting what each page shows, axe-core on each, screenshots in target/screenshots/.
const assert = require('node:assert/strict');
const { after, before, test } = require('node:test');
const { startRegistry } = require('../../js-clients/test/support/registry.js');
const { launch, screenshot, assertAccessible } = require('./browser.js');
const { seed, ORDERS_BREAKING } = require('./seed.js');

let registry;
let browser;
let page;

before(async () => {
  registry = await startRegistry();
  await seed(registry.url);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
});

after(async () => {
  if (browser) await browser.close();
  if (registry) await registry.stop();
});

const text = (selector) => page.locator(selector).innerText();

test('search finds subjects, datasets and jobs; the keyboard reaches the skip link first', async () => {
  await page.goto(`${registry.url}/ui?q=orders`);
  assert.match(await text('#subjects'), /orders-value/);
  assert.match(await text('#datasets'), /orders/);
  assert.match(await text('#jobs'), /orders_enricher/);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await screenshot(page, '1-search');
  await assertAccessible(page, 'search');
});

test('dataset: contract and version, consumer, drift with its field, quality assertion', async () => {
  await page.locator('#datasets a', { hasText: /^orders$/ }).first().click();
  await page.waitForURL(/\/ui\/dataset/);
  assert.match(await text('#contract'), /orders-value/);
  assert.match(await text('#contract-versions'), /1, 2/);
  assert.match(await text('#drift'), /amount/);
  assert.match(await text('#drift'), /decimal\(10,2\)/);
  assert.match(await text('#consumers'), /orders_enricher/);
  assert.match(await text('#runs'), /orders-value v2/);
  assert.match(await text('#quality'), /expect_column_values_to_not_be_null/);
  await screenshot(page, '2-dataset');
  await assertAccessible(page, 'dataset');
});

test('graph: datasets and jobs with the contract version, drift marked on node and edge, click-through', async () => {
  await page.getByRole('link', { name: 'Lineage graph' }).click();
  await page.waitForSelector('body.graph-ready', { timeout: 15000 });
  const graph = await page.evaluate(() => {
    const cy = window.lineageGraph;
    return { nodes: cy.nodes().length, driftNodes: cy.nodes('[drift = "yes"]').map((n) => n.id()),
      driftEdges: cy.edges('[drift = "yes"]').length, labels: cy.nodes().map((n) => n.data('label')) };
  });
  assert.ok(graph.nodes >= 3, `nodes: ${graph.nodes}`);
  assert.deepEqual(graph.driftNodes, ['dataset:kafka://broker:9092:orders']);
  assert.equal(graph.driftEdges, 1);
  assert.ok(graph.labels.includes('orders (v2)'), graph.labels.join(' | '));
  assert.match(await text('#nodes'), /amount \(TYPE_MISMATCH\)/);
  await screenshot(page, '3-graph');
  await assertAccessible(page, 'graph');
  // A click on the Spark job's node opens its page.
  const at = await page.evaluate(() => {
    const node = window.lineageGraph.nodes().filter((n) => n.data('kind') === 'JOB'
      && n.data('label').startsWith('orders_enricher.'))[0];
    const box = window.lineageGraph.container().getBoundingClientRect();
    return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForURL(/\/ui\/job/);
});

test('job: runs with states and durations, parent Spark application, inputs and outputs', async () => {
  assert.match(await text('h1'), /orders_enricher\.execute_insert/);
  assert.match(await text('#parent'), /orders_enricher/);
  assert.match(await text('#parent'), /Spark application/);
  assert.match(await text('#inputs'), /orders/);
  assert.match(await text('#outputs'), /\/data\/enriched/);
  assert.match(await text('#runs'), /COMPLETE/);
  await screenshot(page, '4-job');
  await assertAccessible(page, 'job');
  // The Airflow task: parent DAG, a run of one second from START to COMPLETE.
  await page.goto(`${registry.url}/ui/job?ns=default&name=orders_daily.load_orders_daily`);
  assert.match(await text('#parent'), /orders_daily.*Airflow DAG/s);
  assert.match(await text('#runs'), /COMPLETE/);
  assert.match(await text('#runs'), /1\.0 s/);
  assert.match(await text('#runs'), /START → COMPLETE/);
  await assertAccessible(page, 'airflow job');
});

test('subject: versions with time, level, highlighted schema, bound dataset and who reads it', async () => {
  await page.goto(`${registry.url}/ui/dataset?ns=${encodeURIComponent('kafka://broker:9092')}&name=orders`);
  await page.locator('#contract a').click();
  await page.waitForURL(/\/ui\/subject/);
  assert.match(await text('h1'), /orders-value/);
  assert.equal(await text('#level'), 'BACKWARD');
  assert.equal(await page.locator('#versions tbody tr').count(), 2);
  assert.match(await text('#versions'), /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  assert.match(await text('#schema-text'), /"currency"/);
  assert.ok(await page.locator('#schema-text.hljs .hljs-attr').count() > 0, 'schema highlighted');
  assert.match(await text('#bound-datasets'), /orders/);
  assert.match(await text('#readers'), /orders_enricher/);
  await screenshot(page, '5-subject');
  await assertAccessible(page, 'subject');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.top').isVisible(), false, 'print hides the header');
  assert.equal(await page.locator('#versions').isVisible(), true);
  await screenshot(page, '5-subject-print');
  await page.emulateMedia({ media: 'screen' });
});

test('diff: two versions side by side with the engine findings (rule id, sentence, fix hint) on their lines', async () => {
  await page.goto(`${registry.url}/ui/subject?s=payments-value`);
  await page.getByRole('link', { name: 'Compare versions' }).click();
  await page.waitForURL(/\/ui\/diff/);
  assert.match(await text('#verdict'), /breaks BACKWARD compatibility with version 1/);
  const findings = await text('#findings');
  assert.match(findings, /READER_FIELD_MISSING_DEFAULT_VALUE/);
  assert.match(findings, /note/);
  const flagged = await page.locator('#diff tr.flagged').allInnerTexts();
  assert.ok(flagged.some((row) => /"note"/.test(row) && /READER_FIELD_MISSING_DEFAULT_VALUE/.test(row)),
    flagged.join('\n'));
  assert.ok(await page.locator('#diff td.added').count() > 0);
  await screenshot(page, '6-diff');
  await assertAccessible(page, 'diff');
  // Another pair through the form: v1 against itself finds nothing.
  await page.selectOption('#to', '1');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL(/to=1/);
  assert.match(await text('#verdict'), /finds nothing that breaks/);
});

test('impact: a proposed schema gets the verdict at the level and the downstream jobs it would break', async () => {
  await page.goto(`${registry.url}/ui/impact?s=orders-value`);
  assert.equal(await text('#level'), 'BACKWARD');
  await page.fill('#schema', ORDERS_BREAKING);
  await page.getByRole('button', { name: 'Check impact' }).click();
  await page.waitForSelector('#verdict');
  assert.match(await text('#verdict'), /Incompatible at BACKWARD/);
  assert.match(await text('#findings'), /id/);
  assert.match(await text('#downstream'), /orders_enricher/);
  assert.ok(await page.locator('#proposed tr.flagged').count() > 0, 'a finding marked on the proposed text');
  await screenshot(page, '7-impact');
  await assertAccessible(page, 'impact');
});

test('audit log: the seeded changes and the hash chain verified', async () => {
  await page.goto(`${registry.url}/ui/audit`);
  const main = await text('main');
  assert.match(main, /schema\.register/);
  assert.match(main, /The hash chain verifies/);
  await screenshot(page, '8-audit');
  await assertAccessible(page, 'audit');
});

test('an unknown subject is a 404 page, not the API JSON', async () => {
  const response = await page.goto(`${registry.url}/ui/subject?s=no-such-subject`);
  assert.equal(response.status(), 404);
  assert.match(await text('.problem'), /no-such-subject/);
  await assertAccessible(page, 'not found');
});
