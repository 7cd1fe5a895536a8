'use strict';
// Debian's Chromium, headless, driven by playwright-core (no browser is downloaded), and axe-core on a page.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../target/screenshots');

async function launch() {
  if (!fs.existsSync(EXECUTABLE)) {
    throw new Error(`${EXECUTABLE} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'] });
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core's WCAG 2 A/AA rules on the page: no serious or critical violation. */
async function assertAccessible(page, name) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3)
    .map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${name}`);
}

module.exports = { launch, screenshot, assertAccessible };
