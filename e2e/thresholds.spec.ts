import { expect, type Page, test } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 768 } });

const ready = (page: Page) =>
  expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });

async function openLiquidity(page: Page) {
  await page.locator('summary', { hasText: 'Thresholds' }).click();
  await page.getByTestId('threshold-group-liquidity').click();
  return page.getByTestId('threshold-liquidity-min_duration_s');
}

test('a liquidity threshold changes the liquidity events alone, and is kept over a reload', async ({ page }) => {
  await page.goto('/?sample');
  await ready(page);
  const list = page.getByTestId('events-list');
  const vacuums = list.locator('li[data-kind="vacuum"]');
  const bursts = list.locator('li[data-kind="burst"]');
  const planted = await vacuums.count();
  const burstCount = await bursts.count();
  expect(planted).toBeGreaterThan(0); // the sample plants a vacuum before the 10:02 fall

  // min 2 s -> 22,502 s: no event lasts longer than the session (22,501 s), so none is left
  const least = await openLiquidity(page);
  await expect(least).toHaveValue('2');
  await expect(least).toBeInViewport(); // the panel fits a 1366 x 768 screen
  const panel = page.locator('.thresholds .menu-items');
  const box = await panel.boundingBox();
  expect(box && [box.x >= 0, box.x + box.width <= 1366, box.y + box.height <= 768]).toEqual([true, true, true]);
  await least.fill('22502');
  await least.press('Enter');
  await expect(vacuums).toHaveCount(0);
  await ready(page);
  await expect(list.locator('li[data-kind="sweep"], li[data-kind="pull"]')).toHaveCount(0);
  await expect(bursts).toHaveCount(burstCount); // the bursts' thresholds did not change
  expect(await page.evaluate(() => localStorage.getItem('market-truth.thresholds.v1'))).toBe(
    '{"NIFTY":{"0":{"liquidity":{"minDurationS":22502}}}}',
  );

  // a value that makes no sense is refused next to its field, and nothing changes
  const hard = page.getByTestId('threshold-liquidity-hard_ratio');
  await hard.fill('0.9');
  await hard.press('Enter');
  await expect(page.getByTestId('threshold-error-liquidity-hard_ratio')).toHaveText(
    'hard_ratio must not be above soft_ratio (0.8), not 0.9; not applied',
  );

  await page.reload();
  await ready(page);
  await expect(vacuums).toHaveCount(0);
  await expect(await openLiquidity(page)).toHaveValue('22502');

  // back to the default: the planted events return
  await least.fill('2');
  await least.press('Enter');
  await expect(vacuums).toHaveCount(planted);
  await ready(page);
  expect(await page.evaluate(() => localStorage.getItem('market-truth.thresholds.v1'))).toBe('{}');
});
