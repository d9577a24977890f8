// Drives Debian's Chromium through geowire's map (playwright-core, no
// downloaded browser): load the map, filter, click an event, see its
// evidence highlighted; open the article with injection attempts and
// check that nothing executes. Usage: node browser.mjs URL OUTDIR.
// Prints one JSON line of results; exits 1 on the first failed check.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const results = { checks: [] };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let page;
function check(name, ok, detail) {
  results.checks.push({ name, ok: !!ok, detail });
  if (!ok) throw new Error('check failed: ' + name + (detail !== undefined ? ': ' + JSON.stringify(detail) : ''));
}
try {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [], external = [];
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  await page.route('**/*', (r) => {
    const u = new URL(r.request().url());
    if (u.protocol !== 'data:' && u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') {
      external.push(u.href);
      return r.abort();
    }
    return r.continue();
  });

  // 1. The map loads: basemap outlines, markers or clusters, list, histogram.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-loaded]', { timeout: 20000 });
  await page.waitForSelector('body[data-basemap="ready"]', { timeout: 20000 });
  const loaded = Number(await page.getAttribute('body', 'data-loaded'));
  check('events loaded', loaded > 10, loaded);
  check('basemap outlines drawn', (await page.locator('.leaflet-overlay-pane path').count()) > 100);
  check('markers or clusters shown', (await page.locator('.ev-marker, .marker-cluster').count()) > 0);
  check('histogram drawn', (await page.locator('#histogram .bin').count()) > 3);
  await page.screenshot({ path: join(outDir, 'map.png') });

  // 2. Filter by type: one protest.
  await page.selectOption('#f-type', 'PROTEST');
  await page.click('#f-apply');
  await page.waitForFunction(() => document.querySelectorAll('#list li').length === 1, null, { timeout: 10000 });
  check('filter leaves one event', (await page.locator('#list li').count()) === 1);

  // 3. Click it: fields, evidence highlighted in the article, claims, sources.
  await page.click('#list li');
  await page.waitForSelector('#article mark.active', { timeout: 10000 });
  check('trigger highlighted', (await page.textContent('#article mark.active')) === 'marched');
  await page.click('#detail tr[data-field="actor"]');
  check('actor evidence highlighted', (await page.textContent('#article mark.active')) === 'Thousands of protesters');
  check('claim with verdict', (await page.textContent('#claims')).includes('unverifiable'));
  await page.screenshot({ path: join(outDir, 'event-evidence.png') });

  // 4. A clustered event lists all the sources of its cluster.
  await page.selectOption('#f-type', 'ASSAULT');
  await page.fill('#f-q', 'Belaya');
  await page.click('#f-apply');
  await page.waitForFunction(() => document.querySelectorAll('#list li').length === 2, null, { timeout: 10000 });
  await page.click('#list li >> nth=1');
  await page.waitForSelector('#cluster-sources li >> nth=1', { timeout: 10000 });
  check('cluster sources', (await page.locator('#cluster-sources li').count()) === 2);
  check('claim distance shown', (await page.textContent('#claims')).includes('4299.4 km'));

  // 5. The hostile article: its markup shows as text, nothing runs.
  await page.selectOption('#f-type', '');
  await page.fill('#f-q', '');
  await page.fill('#f-actor', 'russian');
  await page.click('#f-apply');
  await page.waitForFunction(() => document.querySelectorAll('#list li').length === 1, null, { timeout: 10000 });
  await page.click('#list li');
  await page.waitForSelector('#article', { timeout: 10000 });
  await page.waitForTimeout(500);
  check('no injected script ran', await page.evaluate(() => window.__xss === undefined));
  check('no injected element', await page.evaluate(() => document.querySelectorAll('img[src="x"], #side script, #map script, a[href^="javascript:"]').length === 0));
  check('title shown as text', (await page.textContent('#detail .title')).includes('<script>window.__xss=1</script>'));
  check('article markup shown as text', (await page.textContent('#article')).includes('<img src=x onerror='));
  check('list shows actor as text', (await page.textContent('#list li')).includes('<img src=x'));
  await page.screenshot({ path: join(outDir, 'hostile-article.png') });

  check('no page errors or CSP violations', problems.length === 0, problems);
  check('no request left localhost', external.length === 0, external);
  results.ok = true;
} catch (e) {
  results.ok = false;
  results.error = String(e && e.message || e);
  if (page) await page.screenshot({ path: join(outDir, 'failure.png') }).catch(() => {});
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
process.exit(results.ok ? 0 : 1);
