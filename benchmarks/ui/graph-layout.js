'use strict';
// The lineage graph page's drawing alone, in Debian's headless Chromium: graph.js and Cytoscape.js as the service
// ships them, the page's HTML and CSS, and a synthetic lineage answer of N nodes (jobs reading two datasets each and
// writing two of their own, like benchmarks/lineage/graph.sh) served by the browser itself, so no service, database or
// network is in the figure. Reports navigation to interactive and graph.js's own phases (JSON to elements, Cytoscape.js,
// node list) per size.
//   node benchmarks/ui/graph-layout.js [sizes, default 200,375,500] [pages per size, default 15]
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const modules = process.env.UI_BROWSER_MODULES || path.join(root, 'compat-tests/ui-browser/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));

const [sizes = '200,375,500', pages = '15'] = process.argv.slice(2);
const ui = path.join(root, 'registry-service/src/main/resources/META-INF/resources/ui');
const jar = fs.readdirSync(path.join(process.env.HOME, '.m2/repository/org/webjars/npm/cytoscape'))[0];
const cytoscape = require('node:child_process').execFileSync('unzip', ['-p', path.join(process.env.HOME,
  `.m2/repository/org/webjars/npm/cytoscape/${jar}/cytoscape-${jar}.jar`),
  `META-INF/resources/webjars/cytoscape/${jar}/dist/cytoscape.min.js`], { maxBuffer: 1 << 24 });

function lineage(n) {
  let seed = 11;
  const random = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const nodes = [];
  const datasets = [];
  const dataset = (i) => {
    const node = { id: `dataset:file:/g/bench/${i}`, type: 'DATASET', data: { namespace: 'file', name: `/g/bench/${i}`,
      subject: i % 3 ? `bench-${i}-value` : null, contractVersion: i % 3 ? 1 + (i % 4) : null,
      drift: i % 17 ? [] : [{ fieldPath: 'amount', kind: 'TYPE_CHANGED', runId: `run-${i >> 1}`, direction: 'OUTPUT' }] },
      outEdges: [] };
    nodes.push(node);
    datasets.push(node);
    return node;
  };
  for (let i = 0; i < 8; i++) dataset(i);
  for (let j = 0; nodes.length < n; j++) {
    const job = { id: `job:load:g-bench-${j}`, type: 'JOB', data: { namespace: 'load', name: `g-bench-${j}`,
      latestRunId: `run-${j}` }, outEdges: [] };
    for (const input of [datasets[random(datasets.length)], datasets[random(datasets.length)]]) {
      input.outEdges.push({ origin: input.id, destination: job.id });
    }
    nodes.push(job);
    for (let k = 0; k < 2 && nodes.length < n; k++) {
      const output = dataset(datasets.length);
      job.outEdges.push({ origin: job.id, destination: output.id });
    }
  }
  return JSON.stringify({ graph: nodes });
}

const html = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>graph ${n}</title>
<link rel="stylesheet" href="/ui/ui.css"></head><body><main>
<button type="button" id="fit">Fit</button>
<div id="graph" data-node="dataset:file:/g/bench/0" data-depth="3"></div><p id="graph-status">Loading</p>
<table id="nodes"><tbody></tbody></table></main>
<script src="/cytoscape.min.js"></script><script src="/ui/graph.js"></script></body></html>`;

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const n of sizes.split(',').map(Number)) {
      const body = lineage(n);
      await page.unroute('**/*');
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/graph') return route.fulfill({ contentType: 'text/html', body: html(n) });
        if (url.pathname === '/cytoscape.min.js') return route.fulfill({ contentType: 'text/javascript', body: cytoscape });
        if (url.pathname === '/api/v1/lineage') return route.fulfill({ contentType: 'application/json', body });
        const file = path.join(ui, path.basename(url.pathname));
        return fs.existsSync(file)
          ? route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) })
          : route.fulfill({ status: 404, body: '' });
      });
      const runs = [];
      for (let p = 0; p < Number(pages) + 2; p++) {
        await page.goto('http://graph.bench/graph');
        await page.waitForSelector('body.graph-ready', { timeout: 60000 });
        const m = await page.evaluate(() => ({ ...document.getElementById('graph').dataset }));
        if (p >= 2) runs.push(m);
      }
      const median = (key) => {
        const v = runs.map((r) => Number(r[key])).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
        return v.length ? v[v.length >> 1] : '-';
      };
      console.log(`${n} nodes (${runs[0].edges} edges), ${runs.length} pages: navigation to interactive median`
        + ` ${median('sinceNavigationMs')} ms; graph.js phases median: fetch ${median('fetchMs')} ms, elements ${median('elementsMs')} ms,`
        + ` Cytoscape.js (styles, layout, fit) ${median('drawMs')} ms, node list ${median('listMs')} ms, total ${median('readyMs')} ms`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
