// The truth table of the computed days (spec 14): a cell, the events behind it played on their
// day, and the table's files.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FOLDER } from './fixtures';

test('the truth table: a cell, its playlist into playback, and the export', async ({ page }) => {
  test.setTimeout(300_000); // two days computed, then one of them again for playback
  const app = page.getByTestId('app');
  await page.goto('/');
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  // ready after a drop of many days: every day's compact results and the truth table computed
  await expect(app).toHaveAttribute('data-status', 'ready', { timeout: 240_000 });
  await expect(page.getByTestId('days')).toHaveAttribute('data-study-status', 'done');
  await page.getByTestId('days-view-truth').click();
  await page.getByLabel('Underlying').selectOption('NIFTY');
  await page.getByTestId('truth-metric').selectOption('vacuum_per_hour');

  // one day: every figure lacks its interval, and says so
  const table = page.getByTestId('truth-table');
  const cell = table.locator('td[data-cell="0|09:45|all"]');
  await expect(cell).toHaveAttribute('data-few', 'true');
  await expect(cell).toHaveAttribute(
    'title',
    /no interval \(fewer than 5 days, or 10 values\); n \d+; 0\.50 h over 1 day/,
  );
  const perHour = Number(await cell.textContent());
  await cell.locator('button').click();

  // the playlist holds every vacuum that started in the bucket: the rate times its half hour
  const rows = page.getByTestId('playlist').locator('li');
  const count = await rows.count();
  expect(count).toBe(Math.round(perHour * 0.5));
  expect(count).toBeGreaterThan(1);
  const times = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-ts') ?? ''));
  expect(times.every((t) => t >= '2026-01-13 09:45:00' && t < '2026-01-13 10:15:00')).toBe(true);
  await expect(rows.first()).toHaveAttribute('data-dataset', 'NIFTY/2026-01-13');
  await expect(rows.first()).toHaveAttribute('data-kind', 'vacuum');

  // next steps into playback: the day opens at the event's second, then the one after
  await page.getByTestId('playlist-next').click();
  await expect(page.getByTestId('dataset-select')).toHaveValue('NIFTY/2026-01-13');
  await expect(app).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('clock')).toHaveText((times[0] as string).slice(11));
  await page.getByTestId('playlist-next').click();
  await expect(page.getByTestId('clock')).toHaveText((times[1] as string).slice(11));
  await page.getByTestId('playlist-previous').click();
  await expect(page.getByTestId('clock')).toHaveText((times[0] as string).slice(11));

  // the event study of the same events: one line each, on spot and on the straddle
  await page.getByTestId('event-study-toggle').click();
  await expect(page.getByTestId('event-study-spot')).toHaveAttribute('data-events', String(count));
  await expect(page.getByTestId('event-study-straddle')).toHaveAttribute('data-events', String(count));
  await expect(page.getByTestId('event-study-spot').locator('canvas')).toBeVisible();
  await page.getByTestId('event-study-toggle').click();
  await expect(rows).toHaveCount(count);

  // the two days side by side: one cursor, the playback clock's, at the same x on both charts
  await page.getByTestId('days-view-side').click();
  const charts = page.getByTestId('side-by-side-chart');
  await expect(charts).toHaveCount(2);
  await expect(charts.locator('canvas').first()).toBeVisible();
  const [h, m, s] = (times[0] as string).slice(11).split(':').map(Number) as [number, number, number];
  const fromOpen = ((h - 9) * 3600 + (m - 15) * 60 + s) / 60;
  const cursors = () => charts.evaluateAll((figures) => figures.map((f) => f.querySelector('div')?.dataset.cursor));
  expect(await cursors()).toEqual([fromOpen.toFixed(4), fromOpen.toFixed(4)]);
  // by time to expiry: the first day's (BANKNIFTY's) minutes left at that second, on both charts
  await page.getByLabel('Align the days by').selectOption('expiry');
  const [left, right] = await cursors();
  expect(left).toBe(right);
  expect(Number(left)).toBeLessThan(-375);
  await page.getByLabel('Align the days by').blur(); // the keys are the page's, not the select's
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number((await cursors())[0]) - Number(left)).toBeCloseTo(1 / 60, 3);
  await page.getByTestId('days-view-truth').click();

  // the table as CSV: the same count in the same cell; the config names every file of the day
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-truth-csv').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('truth_NIFTY_2026-01-13_2026-01-13.csv');
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
  const lines = csv.trimEnd().split('\n');
  const header = (lines[0] as string).split(',');
  expect(header.slice(0, 6)).toEqual(['underlying', 'dte_bucket', 'tod_bucket', 'regime_in', 'days', 'seconds']);
  const row = lines.map((l) => l.split(',')).find((f) => f.slice(0, 4).join('|') === 'NIFTY|0|09:45|all');
  expect(Number(row?.[header.indexOf('vacuum')])).toBe(count);
  expect(Number(row?.[header.indexOf('seconds')])).toBe(1800);
  const [configDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-truth-config').click(),
  ]);
  expect(configDownload.suggestedFilename()).toBe('truth_NIFTY_2026-01-13_2026-01-13.config.json');
  const config = JSON.parse(readFileSync((await configDownload.path()) ?? '', 'utf8'));
  expect(config.tod_bucket_starts[0]).toBe('09:15:00');
  expect(config.bootstrap_seed).toBe(20240101);
  expect(config.files.length).toBeGreaterThan(1);
  for (const file of config.files) {
    expect(file.path).toContain('NIFTY');
    expect(file.footer_sha256).toMatch(/^[0-9a-f]{64}$/);
  }

  // after a reload the same folder's days are read from this browser's cache: the same table
  await page.reload();
  await page.getByTestId('open-folder').setInputFiles(FOLDER);
  await expect(app).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('days')).toHaveAttribute('data-study-status', 'done');
  await expect(page.getByTestId('days')).toHaveAttribute('data-cached', '2');
  await expect(page.getByTestId('days')).toContainText('2 kept in this browser from before');
  await page.getByTestId('days-view-truth').click();
  await page.getByLabel('Underlying').selectOption('NIFTY');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-truth-csv').click()]);
  expect(readFileSync((await again.path()) ?? '', 'utf8')).toBe(csv);
});
