// Measures the app on a generated full day: from giving the folder to `ready` in headless
// Chromium, with the time of each stage and the tab's peak memory. Prints figures; asserts nothing.
// The day (about 5 million rows, three expiries) is generated once into bench/data/.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { openNodeDatabase } from '../src/db/node';
import { type DayRequest, generateDay } from '../src/sample/generate';
import { writeShards } from '../src/sample/shards';

const ROOT = join(import.meta.dirname, '..');
const DAY: DayRequest = {
  underlying: 'NIFTY',
  tradeDate: '2026-01-13',
  expiries: ['2026-01-13', '2026-01-20', '2026-01-27'],
  spotOpen: 25870,
  strikeStep: 50,
  strikesEachSide: 30,
  seed: 5_000_000,
  quoteRate: 0.6,
  bursts: [
    { at: '10:02:15', seconds: 40, direction: 'down' },
    { at: '13:10:00', seconds: 30, direction: 'up' },
  ],
  feedGaps: [{ at: '12:30:00', seconds: 45 }],
};
const SHARDS = 12;
const FOLDER = join(ROOT, 'bench', 'data', 'day-5m');

async function ensureDay(): Promise<void> {
  const done = join(FOLDER, 'done');
  if (existsSync(done)) return;
  const folder = join(FOLDER, DAY.tradeDate, DAY.underlying);
  mkdirSync(folder, { recursive: true });
  const columns = generateDay(DAY);
  const paths = Array.from({ length: SHARDS }, (_, i) => join(folder, `part-${String(i).padStart(2, '0')}.parquet`));
  await writeShards(await openNodeDatabase(), columns, 'by-expiry-and-type', paths);
  writeFileSync(done, `${columns.length} rows\n`);
}

function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const stat = statSync(join(folder, name));
    if (stat.isFile() && name.endsWith('.parquet')) {
      files++;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

/** Resident memory of the browser's renderer processes (the tab and its engine worker), MB. */
function rendererMb(): number {
  const out = execSync('ps -eo rss=,args=', { encoding: 'utf8' });
  return Math.round(
    out
      .split('\n')
      .filter((line) => line.includes('chromium') && line.includes('--type=renderer'))
      .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]), 0) / 1024,
  );
}

async function main(): Promise<void> {
  await ensureDay();
  const { files, bytes } = folderSize(FOLDER);
  console.log(
    `day: ${readdirSync(FOLDER).includes('done') ? 'cached' : 'new'}, ${files} files, ${(bytes / 1e6).toFixed(0)} MB`,
  );
  execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4180', '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4180/');
    await page.waitForSelector('[data-status=idle]');
    const stages: [string, number][] = [];
    let peak = rendererMb();
    const t0 = performance.now();
    await page.getByTestId('open-folder').setInputFiles(FOLDER);
    for (let status = 'loading'; status === 'loading' || status === 'idle'; ) {
      status = (await page.getByTestId('app').getAttribute('data-status')) ?? '';
      const stage =
        (await page
          .locator('.progress span')
          .textContent({ timeout: 50 })
          .catch(() => null)) ?? '';
      const label = stage.replace(/ \(\d+\/\d+\)$/, '').replace(/^Inspecting .*/, 'Inspecting files');
      if (label && stages.at(-1)?.[0] !== label) stages.push([label, performance.now() - t0]);
      peak = Math.max(peak, rendererMb());
      await new Promise((r) => setTimeout(r, 100));
    }
    const total = performance.now() - t0;
    console.log(`status: ${await page.getByTestId('app').getAttribute('data-status')}`);
    stages.forEach(([label, at], i) => {
      const end = stages[i + 1]?.[1] ?? total;
      console.log(`  ${label.padEnd(44)} ${((end - at) / 1000).toFixed(2)} s`);
    });
    console.log(`drop to ready: ${(total / 1000).toFixed(2)} s; tab peak memory (renderer RSS): ${peak} MB`);
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
