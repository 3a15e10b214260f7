import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
}

const PLANTED = ['burst', 'vacuum', 'sweep', 'fear', 'chop'];

test('the sample shows each planted kind of event in the list and on the chart; a click seeks, the legend hides a kind', async ({
  page,
}) => {
  await loadSample(page);
  const list = page.getByTestId('events-list');
  for (const kind of PLANTED) await expect(list.locator(`li[data-kind="${kind}"]`).first()).toBeVisible();
  const lanes = page.getByTestId('spot-chart');
  for (const kind of PLANTED.filter((k) => k !== 'burst')) {
    await expect(lanes).toHaveAttribute('data-events', new RegExp(`\\b${kind}:\\d+`));
  }

  // the fear spike of the 10:02 fall: a click takes the playhead to its start
  const fear = list.locator('li[data-kind="fear"]').first();
  const start = (await fear.locator('span').nth(1).textContent()) ?? '';
  expect(start >= '10:02:00' && start < '10:04:00').toBe(true);
  await fear.click();
  await expect(page.getByTestId('clock')).toHaveText(start);

  // the legend hides vacuums from the list and the chart, and keeps that over a reload
  await page.getByTestId('event-kind-vacuum').click();
  await expect(page.getByTestId('event-kind-vacuum')).toHaveAttribute('aria-pressed', 'false');
  await expect(list.locator('li[data-kind="vacuum"]')).toHaveCount(0);
  await expect(lanes).not.toHaveAttribute('data-events', /vacuum/);

  // with chop alone shown, ] goes to the chop pocket
  for (const kind of ['burst', 'sweep', 'pull', 'fear', 'upside_vol_bid']) {
    await page.getByTestId(`event-kind-${kind}`).click();
  }
  await expect(list.locator('li')).toHaveCount(await list.locator('li[data-kind="chop"]').count());
  const chop = (await list.locator('li[data-kind="chop"] span').nth(1).textContent()) ?? '';
  await page.getByTestId('jump').fill('09:30:00');
  await page.getByTestId('jump').press('Enter');
  await expect(page.getByTestId('clock')).toHaveText('09:30:00');
  await page.getByTestId('jump').blur(); // keys typed into the jump box are the box's
  await page.keyboard.press(']');
  await expect(page.getByTestId('clock')).toHaveText(chop);

  await page.reload();
  await loadSample(page);
  await expect(page.getByTestId('event-kind-vacuum')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('event-kind-chop')).toHaveAttribute('aria-pressed', 'true');
});

test('exports the second layer tables under their spec names, with a header even when empty', async ({ page }) => {
  await loadSample(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  for (const table of ['fear', 'chop', 'liquidity', 'regimes']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${table}-csv`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${table}_NIFTY_2026-01-13.csv`);
    const lines = readFileSync((await download.path()) ?? '', 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.length).toBeGreaterThan(1);
    if (table === 'regimes') expect(lines.length).toBe(377); // a header and 376 minutes
    if (table === 'fear')
      expect(lines[0]).toBe(
        'event_id,kind,start_ts,end_ts,duration_s,iv_before,iv_peak,d_iv_peak,peak_z,spot_move_bps,straddle_before,straddle_peak,dte_days,dte_bucket,tod_bucket',
      );
  }
  const [ladder] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-ladder-parquet').click(),
  ]);
  expect(ladder.suggestedFilename()).toBe('ladder_NIFTY_2026-01-13.parquet');
});
