import { expect, type Page, test } from '@playwright/test';

async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
}

async function jumpTo(page: Page, time: string): Promise<void> {
  await page.getByTestId('jump').fill(time);
  await page.getByTestId('jump').press('Enter');
  await expect(page.getByTestId('clock')).toHaveText(time);
  await page.getByTestId('jump').blur(); // keys typed into the jump box are the box's
}

/** The ATM call's and put's bid and ask as the state panel's features show them (its 2nd and 3rd table bodies). */
async function atmQuotesInFeatures(page: Page): Promise<string[]> {
  await page.getByTestId('state-pane-features').click();
  const quotes: string[] = [];
  for (const body of [1, 2]) {
    const side = page.getByTestId('state-panel').locator('tbody').nth(body);
    for (const label of ['bid', 'ask']) {
      const row = side.locator('tr', { has: page.locator(`td:text-is("${label}")`) });
      quotes.push((await row.locator('td').nth(1).textContent()) ?? '');
    }
  }
  return quotes;
}

test('the strike ladder follows the clock and agrees with the ATM state; L switches it, a reload keeps it', async ({
  page,
}) => {
  await loadSample(page);
  for (const time of ['10:02:20', '11:47:10']) {
    await jumpTo(page, time);
    const quotes = await atmQuotesInFeatures(page);
    for (const quote of quotes) expect(quote).toMatch(/^\d/);
    await page.keyboard.press('l');
    const ladder = page.getByTestId('ladder-view');
    await expect(ladder.locator('tbody tr')).toHaveCount(11); // ATM +/- 5 strikes
    const atm = ladder.locator('tr[data-k="0"]');
    await expect(atm).toHaveClass(/\batm\b/);
    const cells = ['ce-bid', 'ce-ask', 'pe-bid', 'pe-ask'].map((cell) => atm.locator(`[data-cell="${cell}"]`));
    for (const [i, cell] of cells.entries()) await expect(cell).toHaveText(quotes[i] ?? '');
    // strikes fall by one step a row, from ATM + 5 steps at the top
    const strikes = await ladder.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.strike)));
    expect(strikes.slice(1).map((s, i) => (strikes[i] ?? 0) - s)).toEqual(new Array(10).fill(50));
    expect(await atm.getAttribute('data-strike')).toBe(String(strikes[5]));
    // every IV shown is a number of vol points or a dash, never 0
    for (const text of await ladder.locator('[data-cell$="-iv"]').allTextContents())
      expect(text).toMatch(/^(–|[1-9]\d*\.\d)$/);
  }

  // a minute on, the ladder is that second's
  const before = await page.getByTestId('ladder-view').innerText();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('clock')).toHaveText('11:48:10');
  await expect(page.getByTestId('ladder-view')).not.toHaveText(before);

  await page.reload();
  await loadSample(page);
  await expect(page.getByTestId('state-pane-ladder')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('ladder-view')).toBeVisible();
});

test('the ATM IV chart lanes the fear spikes; the depth chart carries the regime ribbon and its key', async ({
  page,
}) => {
  await loadSample(page);
  await expect(page.getByTestId('iv-chart')).toHaveAttribute('data-events', /\bfear:[1-9]/);
  await expect(page.getByTestId('depth-chart').locator('canvas')).toBeVisible();
  // the sample's bursts make volatile minutes, its chop stretch a chop regime; the open is warm-up
  const key = page.getByTestId('regime-key');
  for (const regime of ['volatile', 'warmup']) await expect(key.locator(`li[data-regime="${regime}"]`)).toBeVisible();
  await jumpTo(page, '10:02:20');
  await expect(page.getByTestId('current-regime')).toContainText('volatile');
  // the events list marks the events the playhead is inside: here the first burst
  const firstBurst = page.getByTestId('events-list').locator('li[data-kind="burst"]').first();
  await expect(firstBurst).toHaveClass(/\bactive\b/);
  await jumpTo(page, '09:16:00');
  await expect(page.getByTestId('current-regime')).toContainText('warm-up');
  await expect(firstBurst).not.toHaveClass(/\bactive\b/);
});

test('the ladder width N is set in the header: the day is computed again with N strikes each side, and kept', async ({
  page,
}) => {
  await loadSample(page);
  await page.getByTestId('state-pane-ladder').click();
  await expect(page.getByTestId('ladder-view').locator('tbody tr')).toHaveCount(11);
  await page.getByTestId('ladder-n').fill('3');
  await page.getByTestId('ladder-n').press('Enter');
  await expect(page.getByTestId('app')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('ladder-view').locator('tbody tr')).toHaveCount(7);
  // a width it cannot be is refused with the reason, and changes nothing
  await page.getByTestId('ladder-n').fill('0');
  await page.getByTestId('ladder-n').press('Enter');
  await expect(page.getByTestId('ladder-n')).toHaveAttribute('title', /whole number from 1 to 20/);
  await expect(page.getByTestId('ladder-view').locator('tbody tr')).toHaveCount(7);

  await page.reload();
  await loadSample(page);
  await expect(page.getByTestId('ladder-n')).toHaveValue('3');
  await expect(page.getByTestId('ladder-view').locator('tbody tr')).toHaveCount(7);
});
