'use strict';
// The web UI's speed with many subjects and datasets (see pages.sh): registers SUBJECTS subjects, then times the
// search, subject, dataset and job pages (one client, sequential, after a warm-up; loopback, so the time is the
// server's plus a loopback round trip), and the depth-3 graph page in Debian's headless Chromium from navigation
// start to the graph drawn and clickable.
//   node benchmarks/ui/pages.js URL SUBJECTS GRAPH_PREFIX DATASETS [REQUESTS] [GRAPHS]
const path = require('node:path');
const { chromium } = require(path.resolve(__dirname, '../../compat-tests/ui-browser/node_modules/playwright-core'));

const [url, subjects, prefix, datasets, requests = '200', graphs = '20'] = process.argv.slice(2);
const N = Number(subjects);
const D = Number(datasets);
let seed = 7;
const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const subject = (i) => `bench-ui-${i}-value`;

async function registerAll() {
  let next = 0;
  const started = Date.now();
  async function worker() {
    for (let i = next++; i < N; i = next++) {
      const schema = JSON.stringify({ type: 'record', name: `R${i}`, namespace: 'bench',
        fields: [{ name: 'id', type: 'long' }, { name: 'name', type: 'string' }] });
      const r = await fetch(`${url}/subjects/${subject(i)}/versions`, { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ schema }) });
      if (!r.ok) throw new Error(`register ${i}: ${r.status} ${await r.text()}`);
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`registered ${N} subjects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function time(name, pathOf) {
  const ms = [];
  for (let q = 0; q < Number(requests) + 30; q++) {
    const t = process.hrtime.bigint();
    const r = await fetch(url + pathOf());
    const body = await r.text();
    const took = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 200) throw new Error(`${name}: ${r.status} ${body.slice(0, 300)}`);
    if (q >= 30) ms.push(took);
  }
  ms.sort((a, b) => a - b);
  const at = (p) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))].toFixed(1);
  console.log(`${name.padEnd(8)} ${requests} requests: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

async function graphPages(depth, count) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const ready = [];
    let nodes = 0;
    let most = 0;
    for (let g = 0; g < count + 3; g++) {
      const node = `dataset:file:/g/${prefix}/${random(D)}`;
      await page.goto(`${url}/ui/graph?depth=${depth}&node=${encodeURIComponent(node)}`);
      await page.waitForSelector('body.graph-ready', { timeout: 30000 });
      const m = await page.evaluate(() => ({ ms: Number(document.getElementById('graph').dataset.sinceNavigationMs),
        nodes: Number(document.getElementById('graph').dataset.nodes) }));
      if (g >= 3) { ready.push(m.ms); nodes += m.nodes; most = Math.max(most, m.nodes); }
    }
    ready.sort((a, b) => a - b);
    console.log(`graph depth=${depth} in Chromium, ${count} pages: navigation to interactive median ${ready[ready.length >> 1]} ms,`
      + ` p95 ${ready[Math.floor(ready.length * 0.95)]} ms, max ${ready[ready.length - 1]} ms; mean ${Math.round(nodes / count)}`
      + ` nodes, largest ${most}`);
  } finally {
    await browser.close();
  }
}

(async () => {
  await registerAll();
  await time('search', () => `/ui?q=${random(N)}`);
  await time('subject', () => `/ui/subject?s=${subject(random(N))}`);
  await time('dataset', () => `/ui/dataset?ns=file&name=${encodeURIComponent(`/g/${prefix}/${random(D)}`)}`);
  await time('job', () => `/ui/job?ns=load&name=${encodeURIComponent(`g-${prefix}-${random(D >> 1)}`)}`);
  await graphPages(3, Number(graphs));
  await graphPages(6, 5);
})().catch((e) => { console.error(e); process.exit(1); });
