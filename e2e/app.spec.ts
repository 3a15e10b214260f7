import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { price } from '../src/format';
import { DAMAGED, FAILING_FOLDER, FOLDER, MANY_FOLDER, MANY_SHARDS, SPARSE_FOLDER, UNREADABLE } from './fixtures';

/** Types a time into the jump box and presses Enter. */
async function jumpTo(page: Page, time: string): Promise<void> {
  await page.getByTestId('jump').fill(time);
  await page.getByTestId('jump').press('Enter');
}

async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
}

test('loads the sample, plays, seeks to a burst and exports the features CSV', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  // while it loads, the progress takes the landing page's place
  await expect(page.getByTestId('loading-panel')).toContainText(/Generating the sample day|Inspecting|Computing/);
  await expect(page.getByTestId('loading-panel').getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('loading-panel')).toHaveCount(0);
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveText(['NIFTY/2026-01-13 (12 files)']);
  await expect(page.getByTestId('clock')).toHaveText('09:15:00');

  await page.getByTestId('speed').selectOption('600');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('clock')).not.toHaveText('09:15:00');
  await page.getByTestId('play').click();

  // the sample's first injected burst is down at 10:02:15
  const first = page.getByTestId('bursts-table').locator('tbody tr').first();
  await expect(first).toContainText('▼ down'); // the word is there for screen readers
  const start = (await first.locator('td').nth(1).textContent()) ?? '';
  await first.click();
  await expect(page.getByTestId('clock')).toHaveText(start);
  await expect(page.getByTestId('current-burst')).toHaveText(/^BURST #1 ▼ down -\d+\.\d\d pts, 1 of \d+ s$/);
  expect(start >= '10:02:00' && start <= '10:03:00').toBe(true);
  // with the mouse off the charts, the legends read the playhead's second, as the panel does
  const legend = page.getByTestId('spot-chart').locator('.u-legend .u-series');
  await expect(legend.first().locator('.u-value')).toHaveText(start);
  const spotInLegend = (await legend.nth(1).locator('.u-value').textContent()) ?? '';
  expect(spotInLegend).toMatch(/^\d{2},\d{3}\.\d{2}$/);
  await expect(page.getByTestId('state-panel')).toContainText(`spot ${spotInLegend}`);

  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-features-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe('features_NIFTY_2026-01-13.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv.length).toBe(22_502);
  expect(csv[0]).toBe(
    'underlying,trade_date,ts,spot,spot_observed,spot_age_s,ret_1s,rv_10,rv_120,rv_ratio,vel_10,accel_10,' +
      'burst_id,atm_strike,strike_step,expiry,dte_days,dte_bucket,ce_bid,ce_ask,ce_mid,ce_spread,ce_bid_qty,' +
      'ce_ask_qty,ce_bid_depth5,ce_ask_depth5,ce_volume,ce_observed,ce_age_s,pe_bid,pe_ask,pe_mid,pe_spread,' +
      'pe_bid_qty,pe_ask_qty,pe_bid_depth5,pe_ask_depth5,pe_volume,pe_observed,pe_age_s,volume_all,' +
      'rv_60,rv_300,er_star_300,range_z_300,vr_600,chop_second,chop_id,forward,atm_iv,iv_smooth,d_iv_60,iv_z,' +
      'fear_id,regime,regime_in',
  );
  const rows = csv.slice(1).map((line) => line.split(','));
  expect(rows[0]!.slice(0, 3)).toEqual(['NIFTY', '2026-01-13', '2026-01-13 09:15:00']);
  expect(rows[22_500]![2]).toBe('2026-01-13 15:30:00');
  // the first row has no return, no rv: NULL is an empty field, never 0
  expect([rows[0]![6], rows[0]![7], rows[0]![8]]).toEqual(['', '', '']);
  // expiry day: dte 0, bucket '0', step 50; booleans as true/false
  expect([rows[0]![14], rows[0]![15], rows[0]![16], rows[0]![17]]).toEqual(['50.0', '2026-01-13', '0', '0']);
  expect(['true', 'false']).toContain(rows[0]![4]);
  // the burst the table jumped to covers its start second in the export
  const startRow = rows.find((r) => r[2] === `2026-01-13 ${start}`)!;
  expect(startRow[12]).toBe('1');
  // the 45 s feed gap at 12:30:00: spot is carried, unobserved, ageing
  const gap = rows.find((r) => r[2] === '2026-01-13 12:30:30')!;
  expect([gap[4], Number(gap[5]) >= 30]).toEqual(['false', true]);
  expect(Number(gap[3])).toBeGreaterThan(0);
});

test('keys jump between bursts (the only kind shown), and a threshold change recomputes bursts without reloading files', async ({
  page,
}) => {
  await loadSample(page);
  const rows = page.getByTestId('bursts-table').locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const starts = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent ?? ''));
  // [ and ] go through the events of the kinds shown: bursts alone here
  for (const kind of ['vacuum', 'sweep', 'pull', 'fear', 'upside_vol_bid', 'chop']) {
    await page.getByTestId(`event-kind-${kind}`).click();
  }
  await page.keyboard.press(']');
  await expect(page.getByTestId('clock')).toHaveText(starts[0]!);
  await page.keyboard.press(']');
  await expect(page.getByTestId('clock')).toHaveText(starts[1]!);
  await page.keyboard.press('[');
  await expect(page.getByTestId('clock')).toHaveText(starts[0]!);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const [h, m, s] = starts[0]!.split(':').map(Number);
  const later = h! * 3600 + m! * 60 + s! + 59;
  const two = (n: number) => String(n).padStart(2, '0');
  await expect(page.getByTestId('clock')).toHaveText(
    `${two(Math.floor(later / 3600))}:${two(Math.floor(later / 60) % 60)}:${two(later % 60)}`,
  );

  // k_hard so high that no second is hard: no bursts; then back to the default
  await page.locator('summary', { hasText: 'Thresholds' }).click();
  await page.getByTestId('threshold-k_hard').fill('1000');
  await page.getByTestId('threshold-k_hard').press('Enter');
  await expect(rows).toHaveCount(0);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready');
  await page.getByText('Reset all').click();
  await expect(rows).toHaveCount(count);
});

test('opens a folder with a bad file and a non-Parquet file, names both, and still gets ready', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  const problems = page.getByTestId('file-problems').locator('li');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'no-strike.parquet' })).toContainText(
    "missing required column 'strike' What to do: write it with the input schema (see 'Which files?').",
  );
  await expect(problems.filter({ hasText: 'readme.txt' })).toHaveText(
    '1 file not ending in .parquet skipped: readme.txt',
  );
  await expect(page.getByTestId('problems').locator('summary')).toHaveText('2 files not used: show');
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveText([
    'BANKNIFTY/2026-01-13 (8 files)',
    'NIFTY/2026-01-13 (12 files)',
  ]);
  await expect(page.getByTestId('dataset-select')).toHaveValue('BANKNIFTY/2026-01-13');
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('state-panel')).toContainText(
    'NIFTY 2026-01-13 · expiry 2026-01-13 · expiry day · DTE 0',
  );
  await expect(page.getByTestId('state-panel')).toContainText('step 50');
  // the strike step is the user's to set: the dataset is recomputed with it, and empty restores it
  await page.getByTestId('strike-step').fill('100');
  await page.getByTestId('strike-step').press('Enter');
  await expect(page.getByTestId('state-panel')).toContainText('step 100');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('strike-step').fill('');
  await page.getByTestId('strike-step').press('Enter');
  await expect(page.getByTestId('state-panel')).toContainText('step 50');
});

test('a reload with the URL state lands on the same second', async ({ page }) => {
  await loadSample(page);
  await jumpTo(page, '10:27:01');
  await expect(page.getByTestId('clock')).toHaveText('10:27:01');
  await page.getByTestId('speed').selectOption('120');
  await expect(page).toHaveURL(/dataset=NIFTY\/2026-01-13.*t=10:27:01.*speed=120/);
  await page.reload();
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('dataset-select')).toHaveValue('NIFTY/2026-01-13');
  await expect(page.getByTestId('clock')).toHaveText('10:27:01');
  await expect(page.getByTestId('speed')).toHaveValue('120');
});

test('opens on the sample with ?sample, in IST whatever the machine time zone', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto('/?sample');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('clock')).toHaveText('09:15:00');
  // hovering the chart's left edge shows the first second in the legend, in IST
  const plot = page.getByTestId('spot-chart').locator('.u-over');
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await expect(page.getByTestId('spot-chart')).toContainText('09:15:0');
  await context.close();
});

test('a drop of many days computes them all, and each day shows the bursts its summary counted', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  // ready: the selected day, and every day's summary and truth table
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 180_000 });
  await expect(page.getByTestId('days')).toHaveAttribute('data-study-status', 'done');
  await expect(page.getByTestId('days')).toContainText('computed 2/2 days');
  const rows = page.getByTestId('days-table').locator('tbody tr');
  await expect(rows.locator('td:first-child')).toHaveText(['BANKNIFTY/2026-01-13', 'NIFTY/2026-01-13']);
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('2026-01-13');
  await expect(rows.nth(1).locator('td').nth(2)).toHaveText("0 ('0')");
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-days-csv').click()]);
  expect(download.suggestedFilename()).toBe('days_2026-01-13_2026-01-13.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv.map((line) => line.split(',').slice(0, 2).join(' '))).toEqual([
    'underlying trade_date',
    'BANKNIFTY 2026-01-13',
    'NIFTY 2026-01-13',
  ]);
  const shownBursts = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[3]?.textContent));
  expect(csv.slice(1).map((line) => line.split(',')[8])).toEqual(shownBursts);
  for (const key of ['NIFTY/2026-01-13', 'BANKNIFTY/2026-01-13']) {
    const row = page.locator(`tr[data-day="${key}"]`);
    const bursts = Number(await row.locator('td').nth(3).textContent());
    expect(bursts).toBeGreaterThan(0);
    await row.click();
    await expect(page.getByTestId('dataset-select')).toHaveValue(key);
    await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
    await expect(page.getByTestId('bursts-table').locator('tbody tr')).toHaveCount(bursts);
  }
});

test('a day of 200 shards and damaged ones gets ready, names the damaged shards, and leaves the day before as it was', async ({
  page,
}) => {
  test.setTimeout(300_000); // four days computed, one of them from 200 shards
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready');
  const before = await exportFeatures(page);

  await page.getByTestId('open-folder').setInputFiles(MANY_FOLDER);
  // ready once the 200-shard day is studied too
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 180_000 });
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-12');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('state-panel')).toContainText('NIFTY 2026-01-12');
  await expect(page.getByTestId('dataset-select').locator('option', { hasText: 'NIFTY/2026-01-12' })).toHaveText(
    `NIFTY/2026-01-12 (${MANY_SHARDS} files)`,
  );
  const damaged = page.getByTestId('file-problems').locator('li', { hasText: DAMAGED });
  await expect(damaged).toContainText('could not be read');
  const unreadable = page.getByTestId('file-problems').locator('li', { hasText: UNREADABLE });
  await expect(unreadable).toContainText('could not be read when its pages were');
  await expect(page.getByTestId('missing-files')).toContainText(
    `NIFTY/2026-01-12 is computed without 1 of its files, which could not be read: ${await unreadable.locator('code').textContent()}`,
  );
  await expect(page.getByTestId('bursts-table')).toContainText('▲ up'); // the sample's burst at 13:20

  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  expect(await exportFeatures(page)).toBe(before);
});

async function exportFeatures(page: Page): Promise<string> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-features-csv').click(),
  ]);
  await page.locator('summary', { hasText: 'Export' }).click();
  return readFileSync((await download.path()) ?? '', 'utf8');
}

test('a day that fails shows its error and nothing of the day shown before', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('state-panel')).toBeVisible();
  await page.getByTestId('open-folder').setInputFiles(FAILING_FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-20');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'error');
  await expect(page.getByRole('alert')).toHaveText('NIFTY/2026-01-20: no option expiry on or after the trade date');
  await expect(page.getByTestId('state-panel')).toHaveCount(0);
  await expect(page.getByTestId('bursts-table')).toHaveCount(0);
  await expect(page.locator('summary', { hasText: 'Export' })).toHaveCount(0);
});

test('invalid thresholds, kept or imported, change nothing and say why', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('market-truth.thresholds.v1', 'null');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await loadSample(page);
  await expect(page.getByTestId('notice')).toContainText(
    'The thresholds kept in this browser were invalid and are reset',
  );
  await page.locator('summary', { hasText: 'Thresholds' }).click();
  await expect(page.getByTestId('threshold-k_hard')).toHaveValue('2.5');

  await page.locator('input[type=file][accept=".json"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"NIFTY":{"0":{"kHard":-1,"k_soft":2}}}'),
  });
  await expect(page.getByTestId('threshold-errors')).toContainText(
    'bad.json: NIFTY.0.kHard: must be a number > 0, not -1',
  );
  await expect(page.getByTestId('threshold-errors')).toContainText(
    "NIFTY.0.k_soft: unknown threshold; did you mean 'kSoft'?",
  );
  await expect(page.getByTestId('threshold-k_hard')).toHaveValue('2.5');
  expect(await page.evaluate(() => localStorage.getItem('market-truth.thresholds.v1'))).toBeNull();

  // each value that makes no sense is refused next to its field, and nothing is kept
  const refusals: [string, string, string][] = [
    ['k_hard', '1', 'k_hard must not be below k_soft (1.5), not 1; not applied'],
    ['k_soft', '0', 'k_soft must be a number > 0, not 0; not applied'],
    ['rv_floor', '-2e-5', 'rv_floor must be a number > 0, not -0.00002; not applied'],
    ['min_move', 'abc', 'min_move type a number; not applied'],
    ['merge_gap_s', '2.5', 'merge_gap_s must be a whole number >= 0, not 2.5; not applied'],
    ['min_duration_s', '0', 'min_duration_s must be a whole number >= 1, not 0; not applied'],
  ];
  for (const [field, typed, reason] of refusals) {
    await page.getByTestId(`threshold-${field}`).fill(typed);
    await page.getByTestId(`threshold-${field}`).press('Enter');
    await expect(page.getByTestId(`threshold-error-${field}`)).toHaveText(reason);
    await expect(page.getByTestId(`threshold-${field}`)).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await page.evaluate(() => localStorage.getItem('market-truth.thresholds.v1'))).toBeNull();
  await expect(page.getByTestId('state-panel')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('an engine that traps is replaced by a fresh one, and the days compute as before', async ({ page }) => {
  test.setTimeout(300_000); // three days computed, one of them twice
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  const before = await exportFeatures(page);

  const trap = await page.evaluate(() =>
    (window as unknown as { trapEngineForTest: () => Promise<string> }).trapEngineForTest(),
  );
  // the stack overflow surfaces as one of several wasm traps, depending on where it runs out
  expect(trap).toMatch(/memory access out of bounds|bad_cast|function signature mismatch|unreachable/);

  await page.getByTestId('dataset-select').selectOption('BANKNIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await page.getByTestId('dataset-select').selectOption('NIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  expect(await exportFeatures(page)).toBe(before);
});

test('a day polled once a minute says it is sparse and marks every burst sparse; the sample does not', async ({
  page,
}) => {
  await loadSample(page);
  await expect(page.getByTestId('spot-coverage')).toContainText(' · every 1 s');
  await expect(page.getByTestId('quality-banner')).toHaveCount(0);
  await expect(page.getByTestId('bursts-table').locator('tbody tr[data-sparse="true"]')).toHaveCount(0);

  await page.getByTestId('open-folder').setInputFiles(SPARSE_FOLDER);
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await page.getByTestId('dataset-select').selectOption('BANKNIFTY/2026-01-13');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('quality-banner')).toContainText('Sparse data: spot is observed in 1.7% of seconds');
  await expect(page.getByTestId('spot-coverage')).toContainText('spot seen 1.7% · every 60 s');
  const rows = page.getByTestId('bursts-table').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.and(page.locator('[data-sparse="false"]'))).toHaveCount(0);
  // marked sparse, the table still fits its panel: no column is cut off
  const bursts = page.locator('section.bursts');
  expect(await bursts.evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
});

test('the help lists every key and closes on Escape and on a click outside it', async ({ page }) => {
  await loadSample(page);
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(help).toContainText('close this help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await help.click({ position: { x: 5, y: 5 } });
  await expect(help).toHaveCount(0);
  await page.keyboard.press('?');
  await help.locator('.overlay-box').click();
  await expect(help).toBeVisible();
});

test('a link opened before its files says what to open; the jump box refuses a time outside the session', async ({
  page,
}) => {
  await page.goto('/?dataset=NIFTY/2026-01-13&t=12:34:56');
  await expect(page.getByTestId('link-waiting')).toHaveText(
    'Open the files of NIFTY/2026-01-13 to return to 12:34:56.',
  );
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('clock')).toHaveText('12:34:56');
  await jumpTo(page, '16:00');
  await expect(page.getByTestId('jump-error')).toHaveText(
    '16:00 is outside the session (09:15:00-15:30:00 IST): nothing to show there',
  );
  await expect(page.getByTestId('clock')).toHaveText('12:34:56');
  await jumpTo(page, '10:00');
  await expect(page.getByTestId('clock')).toHaveText('10:00:00');
  await expect(page.getByTestId('jump-error')).toHaveCount(0);
});

test("the day summary gives spot's open, high, low and last as the exported features have them", async ({ page }) => {
  await loadSample(page);
  const spots = (await exportFeatures(page))
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[3])
    .filter((v) => v !== '')
    .map(Number);
  const [open, last] = [spots[0]!, spots.at(-1)!];
  const [high, low] = [Math.max(...spots), Math.min(...spots)];
  const change = last - open;
  await expect(page.getByTestId('day-summary')).toContainText(
    `O ${price(open)} H ${price(high)} L ${price(low)} C ${price(last)} · range ${price(high - low)} · ` +
      `${change > 0 ? '+' : ''}${price(change)} (${change > 0 ? '+' : ''}${((100 * change) / open).toFixed(2)}%) · bursts ▲ 1 ▼ 2`,
  );
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`at ${width}x${height} the clock, the burst line, the overview and the bursts table are on screen without scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await loadSample(page);
    for (const id of ['clock', 'current-burst', 'day-summary', 'overview', 'follow'])
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('bursts-table').locator('tbody tr').last()).toBeInViewport();
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  });
}

/** Drags the mouse from one point to another in steps, as a hand does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

const plusSeconds = (clock: string, seconds: number): string =>
  new Date(Date.parse(`1970-01-01T${clock}Z`) + seconds * 1000).toISOString().slice(11, 19);

/** Plays at 60x from a few seconds before the view's right edge until the clock is past it, then pauses. */
async function playPastTheRightEdge(page: Page): Promise<{ to: string }> {
  const to = (await page.getByTestId('spot-chart').getAttribute('data-to')) ?? '';
  await jumpTo(page, plusSeconds(to, -5));
  await page.getByTestId('play').click();
  await expect.poll(async () => ((await page.getByTestId('clock').textContent()) ?? '') > to).toBe(true);
  await page.getByTestId('play').click();
  return { to };
}

test('the overview shows the zoom, pans the charts, follows playback when asked, and frames a burst', async ({
  page,
}) => {
  await loadSample(page);
  const spot = page.getByTestId('spot-chart');
  const rv = page.getByTestId('rv-chart');
  const window = page.getByTestId('overview').getByTestId('zoom-window');
  await expect(spot).toHaveAttribute('data-from', '09:15:00');
  const whole = (await window.boundingBox())!;

  // a drag across the spot chart zooms every chart, and the overview's window shrinks to it
  const plot = (await spot.locator('.u-over').boundingBox())!;
  const y = plot.y + plot.height / 2;
  await drag(page, { x: plot.x + plot.width * 0.4, y }, { x: plot.x + plot.width * 0.5, y });
  await expect(spot).not.toHaveAttribute('data-from', '09:15:00');
  const zoomed = (await window.boundingBox())!;
  expect(zoomed.width).toBeLessThan(whole.width / 5);
  const from = (await spot.getAttribute('data-from')) ?? '';
  await expect(rv).toHaveAttribute('data-from', from);

  // dragging the window pans the charts: later times, the same width
  const middle = { x: zoomed.x + zoomed.width / 2, y: zoomed.y + zoomed.height / 2 };
  await drag(page, middle, { x: middle.x + 100, y: middle.y });
  await expect(spot).not.toHaveAttribute('data-from', from);
  const panned = (await window.boundingBox())!;
  expect(panned.x).toBeGreaterThan(zoomed.x + 90);
  expect(Math.abs(panned.width - zoomed.width)).toBeLessThan(2);
  const pannedFrom = (await spot.getAttribute('data-from')) ?? '';
  expect(pannedFrom > from).toBe(true);
  await expect(rv).toHaveAttribute('data-from', pannedFrom);

  // follow on (the default): playing past the right edge turns the page
  await expect(page.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  const { to } = await playPastTheRightEdge(page);
  const followed = (await spot.getAttribute('data-from')) ?? '';
  expect(followed > pannedFrom).toBe(true);
  const clock = (await page.getByTestId('clock').textContent()) ?? '';
  expect(clock >= followed && clock <= ((await spot.getAttribute('data-to')) ?? '')).toBe(true);
  expect(followed < to).toBe(true); // a page, not a jump: the view starts before the old edge

  // follow off: the view stays where it is
  await page.getByTestId('follow').click();
  await expect(page.getByTestId('follow')).toHaveAttribute('aria-pressed', 'false');
  await playPastTheRightEdge(page);
  await expect(spot).toHaveAttribute('data-from', followed);

  // a burst from the table is framed: a minute before its start, the playhead at its start
  const second = page.getByTestId('bursts-table').locator('tbody tr').nth(1);
  await expect(second.locator('td').nth(1)).toHaveText('11:47:00');
  await second.click();
  await expect(page.getByTestId('clock')).toHaveText('11:47:00');
  await expect(spot).toHaveAttribute('data-from', '11:46:00');
  const framedTo = (await spot.getAttribute('data-to')) ?? '';
  expect(framedTo > '11:48:00' && framedTo < '11:49:00').toBe(true);

  // the framed burst's window, a few pixels wide on the overview, still pans when dragged
  const framed = (await window.boundingBox())!;
  const grab = { x: framed.x + framed.width / 2, y: framed.y + framed.height / 2 };
  await drag(page, grab, { x: grab.x + 40, y: grab.y });
  await expect(spot).not.toHaveAttribute('data-from', '11:46:00');
  expect(Math.abs((await window.boundingBox())!.width - framed.width)).toBeLessThan(2);

  // a click seeks; a double-click shows the whole day again and undoes its own first click's seek
  await spot.locator('.u-over').click({ position: { x: 40, y: 40 } });
  await expect(page.getByTestId('clock')).not.toHaveText('11:47:00');
  const clicked = (await page.getByTestId('clock').textContent()) ?? '';
  await spot.locator('.u-over').dblclick({ position: { x: 300, y: 40 } });
  await expect(spot).toHaveAttribute('data-from', '09:15:00');
  await expect(page.getByTestId('clock')).toHaveText(clicked);
  await expect(page.getByTestId('follow')).toHaveAttribute('aria-pressed', 'false');

  // with the whole day shown, a click on the overview seeks there (its window takes no press)
  const overview = (await page.getByTestId('overview').locator('.u-over').boundingBox())!;
  await page.mouse.click(overview.x + overview.width / 2, overview.y + overview.height / 2);
  await expect(page.getByTestId('clock')).toHaveText(/^12:2\d:\d\d$/);
});

for (const theme of ['dark', 'light'] as const) {
  test.describe(`with the system in ${theme} mode`, () => {
    test.use({ colorScheme: theme });

    test(`the ready screen has no serious or critical accessibility violation in the ${theme} theme`, async ({
      page,
    }) => {
      await loadSample(page);
      // a first visit follows the system's preference
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
      expect(serious).toEqual([]);
      // the toggle switches, and the choice outlives the visit
      await page.getByTestId('theme-toggle').click();
      const other = theme === 'dark' ? 'light' : 'dark';
      await expect(page.locator('html')).toHaveAttribute('data-theme', other);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', other);
    });
  });
}
