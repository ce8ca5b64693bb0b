// Web benchmark: the gzipped size of the built JavaScript (target ≤ 300 KB) and the time to render
// the Overblik board with 100 places in headless Chromium (target < 100 ms). Run after `make web`:
//   node bench/run.mjs        (from web/)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/helpers.mjs';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');

const assets = join(web, 'dist', 'assets');
let jsBytes = 0;
let jsGzip = 0;
for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
  const content = readFileSync(join(assets, file));
  jsBytes += content.length;
  jsGzip += gzipSync(content, { level: 9 }).length;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`bundle: ${kb(jsBytes)} KB JavaScript, ${kb(jsGzip)} KB gzipped (target ≤ 300 KB) ${jsGzip <= 300 * 1024 ? 'OK' : 'OVER'}`);

execFileSync('npx', ['vite', 'build', '--config', join(web, 'bench', 'vite.config.ts')], { cwd: web, stdio: 'inherit' });
const benchDist = join(web, 'bench', 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const browser = await launch();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  // Serve bench/dist from an in-memory origin (module scripts do not load from file://).
  await page.route('http://bench.invalid/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '') || 'board.html';
    route.fulfill({ path: join(benchDist, path), contentType: types[extname(path)] ?? 'application/octet-stream' });
  });
  page.on('pageerror', (error) => console.error(error));
  await page.goto('http://bench.invalid/board.html');
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const ms = (value) => value.toFixed(1);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  await page.evaluate(() => window.warmUp());
  let before = await threadTime();
  const first = await page.evaluate(() => window.renderBoard(1));
  const firstCpu = (await threadTime()) - before;
  const runs = 20;
  before = await threadTime();
  const warm = await page.evaluate((n) => window.renderBoard(n), runs);
  const warmCpu = ((await threadTime()) - before) / runs;
  const ok = first.timings[0] < 100 ? 'OK' : 'OVER';
  console.log(`board with 100 places, first render (React already started): ${ms(first.timings[0])} ms wall (React ${ms(first.reactOnly[0])} ms), ${ms(firstCpu)} ms main-thread CPU (target < 100 ms) ${ok}`);
  console.log(`board with 100 places, next ${runs} renders: median ${ms(median(warm.timings))} ms wall, ${ms(warmCpu)} ms main-thread CPU on average`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (wall-clock times grow with the load)`);
} finally {
  await browser.close();
}
