// The app in headless Chromium: drop to ready (by stage, with the tab's peak memory), playback
// at 600x, and a threshold change. Everything is read from the page; nothing is asserted.
import { execSync } from 'node:child_process';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

/** Resident memory of the browser's renderer processes (the tab and its engine worker), MB. */
function rendererMb(): number {
  const out = execSync('ps -eo rss=,args=', { encoding: 'utf8' });
  const kb = out
    .split('\n')
    .filter((line) => line.includes('chromium') && line.includes('--type=renderer'))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]), 0);
  return Math.round(kb / 1024);
}

export interface LoadRun {
  seconds: number;
  stages: Record<string, number>;
  /** Each query's time summed over the engines (runQuery's performance measures), ms. */
  queriesMs: Record<string, number>;
  peakMb: number;
}

/**
 * Chromium on a browser profile of its own, kept in `profileDir`: a new folder is a first visit;
 * a profile that has run the app holds its cached files and the engine's compiled code, as a
 * returning user's browser does.
 */
export function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Gives the folder to the folder input and times each progress stage until `ready`. */
export async function dropToReady(page: Page, url: string, folder: string): Promise<LoadRun> {
  await page.goto(url);
  await page.waitForSelector('[data-status=idle]');
  const marks: [string, number][] = [];
  let peakMb = rendererMb();
  const t0 = performance.now();
  await page.getByTestId('open-folder').setInputFiles(folder);
  for (let status = 'idle'; status === 'loading' || status === 'idle'; ) {
    status = (await page.getByTestId('app').getAttribute('data-status')) ?? '';
    const text =
      (await page
        // the header's bar, or the panel in the landing page's place before the first day
        .locator('.progress span, [data-testid=loading-panel] h2')
        .first()
        .textContent({ timeout: 20 })
        .catch(() => null)) ?? '';
    const stage = text
      .replace(/ \([^)]*\)$/, '')
      .replace(/^Inspecting .*/, 'inspect')
      .replace(/^Computing [^:]*:? ?/, '');
    if (stage && marks.at(-1)?.[0] !== stage) marks.push([stage, performance.now() - t0]);
    peakMb = Math.max(peakMb, rendererMb());
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.waitForSelector('[data-testid=spot-chart] canvas');
  const seconds = (performance.now() - t0) / 1000;
  const stages: Record<string, number> = {};
  marks.forEach(([stage, at], i) => {
    stages[stage || 'compute'] = ((marks[i + 1]?.[1] ?? seconds * 1000) - at) / 1000;
  });
  const measures = (await page.evaluate(
    `performance.getEntriesByType('measure').map((m) => [m.name.replace(/^query /, ''), m.duration])`,
  )) as [string, number][];
  const queriesMs: Record<string, number> = {};
  for (const [name, ms] of measures) queriesMs[name] = Math.round((queriesMs[name] ?? 0) + ms);
  return { seconds, stages, queriesMs, peakMb };
}

export interface PlaybackRun {
  fps: number;
  longestTaskMs: number;
  queries: number;
  secondsReplayed: number;
}

/**
 * Plays at 600x for `seconds` of wall time: frame rate, longest main-thread task, queries run.
 * With `ladder`, the state panel shows the strike ladder, which then changes every frame.
 * Zoomed, the view is first framed on a burst (a few minutes wide) with follow on, so that the
 * charts turn a page several times a second.
 */
export async function playback(page: Page, seconds: number, zoomed = false, ladder = false): Promise<PlaybackRun> {
  await page.getByTestId(ladder ? 'state-pane-ladder' : 'state-pane-features').click();
  await page.keyboard.press('Home');
  if (zoomed) {
    await page.keyboard.press(']');
    await page.keyboard.press('Home');
    if ((await page.getByTestId('follow').getAttribute('aria-pressed')) !== 'true') await page.keyboard.press('f');
  }
  await page.getByTestId('speed').selectOption('600');
  // a string, not a function: tsx's helpers (__name) do not exist inside the page
  await page.evaluate(`
    window.bench = { frames: 0, longest: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.bench.longest = Math.max(window.bench.longest, entry.duration);
    }).observe({ type: 'longtask' });
    // one counter per run: a counter left from a run before stops when this one starts
    (function count(run) { if (window.bench !== run) return; run.frames++; requestAnimationFrame(() => count(run)); })(window.bench);
    performance.clearMarks('duckdb-query');
  `);
  const clock = async () => Date.parse(`1970-01-01T${await page.getByTestId('clock').textContent()}Z`) / 1000;
  const before = await clock();
  await page.getByTestId('play').click();
  await page.waitForTimeout(seconds * 1000);
  await page.getByTestId('play').click();
  const after = await clock();
  const { frames, longest, queries } = (await page.evaluate(
    `({ ...window.bench, queries: performance.getEntriesByName('duckdb-query').length })`,
  )) as { frames: number; longest: number; queries: number };
  return { fps: frames / seconds, longestTaskMs: longest, queries, secondsReplayed: after - before };
}

/**
 * From the Enter that applies a new k_hard to the first frame after the bursts are redrawn
 * (data-status back to ready), timed inside the page so that no browser round trip counts.
 */
export async function thresholdChange(page: Page, kHard: number): Promise<number> {
  await page.locator('summary', { hasText: 'Thresholds' }).click();
  const input = page.getByTestId('threshold-k_hard');
  await input.fill(String(kHard));
  await page.evaluate(`(() => {
    const input = document.querySelector('[data-testid=threshold-k_hard]');
    const app = document.querySelector('[data-testid=app]');
    window.change = new Promise((resolve) => {
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        const start = performance.now();
        let loading = false;
        new MutationObserver((_, observer) => {
          const status = app.getAttribute('data-status');
          loading ||= status === 'loading';
          if (!loading || status !== 'ready') return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }).observe(app, { attributes: true, attributeFilter: ['data-status'] });
      }, { capture: true, once: true });
    });
  })()`);
  await input.press('Enter');
  const ms = (await page.evaluate('window.change')) as number;
  await page.locator('summary', { hasText: 'Thresholds' }).click();
  return ms;
}

export interface ManyDaysRun {
  days: number;
  /** From the folder given to the first moment the study is done: every day's truth table computed. */
  tableSeconds: number;
  /** To `ready`: the selected day's screen too. */
  readySeconds: number;
  /** Days read from the browser's cache (OPFS) instead of computed. */
  cached: number;
  peakMb: number;
}

/** Gives a folder of many days to the folder input and times its study's end and `ready`. */
export async function dropManyDays(page: Page, url: string, folder: string): Promise<ManyDaysRun> {
  await page.goto(url);
  await page.waitForSelector('[data-status=idle]');
  const days = page.getByTestId('days');
  let peakMb = rendererMb();
  let tableSeconds = Number.NaN;
  const t0 = performance.now();
  await page.getByTestId('open-folder').setInputFiles(folder);
  for (;;) {
    const status = await page.getByTestId('app').getAttribute('data-status');
    const study = await days.getAttribute('data-study-status', { timeout: 20 }).catch(() => null);
    if (study === 'done' && Number.isNaN(tableSeconds)) tableSeconds = (performance.now() - t0) / 1000;
    if (study === 'error' || study === 'cancelled' || status === 'error') {
      throw new Error(`many days: ${status}, ${study}: ${await days.textContent()}`);
    }
    if (status === 'ready') break;
    peakMb = Math.max(peakMb, rendererMb());
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    days: await page.getByTestId('dataset-select').locator('option').count(),
    tableSeconds,
    readySeconds: (performance.now() - t0) / 1000,
    cached: Number(await days.getAttribute('data-cached')),
    peakMb,
  };
}
