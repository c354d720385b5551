// Interaction timing on the comparison explorer, for `npm run bench`: 4× CPU slowdown, 1280×800,
// the settings panel open, 20 clicks on its filter checkboxes (three kinds, two topics),
// each toggled and toggled back. Every click is one Event Timing interaction; its duration runs from
// the input to the next frame painted after the handlers (what INP measures). Reported: the worst
// and the median of the 20, against the issue-14 target of 100 ms for the worst.

export const interactionBudgetMs = 100;
const CLICKS = 20;

export async function benchInteraction(browser, origin, path = '/en/compare/') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__interactions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        const before = window.__interactions.get(entry.interactionId) ?? 0;
        window.__interactions.set(entry.interactionId, Math.max(before, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.locator('[data-ready]').first().waitFor();
  await page.locator('[data-panel-toggle]').first().click();
  const client = await context.newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const targets = [...(await page.locator('input[name="kind"]').all()).slice(1, 4), ...(await page.locator('input[name="topic"]').all()).slice(0, 2)];
  await page.evaluate(() => window.__interactions.clear());
  for (let i = 0; i < CLICKS; i++) {
    await targets[Math.floor(i / 2) % targets.length].click();
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(500);
  const durations = await page.evaluate(() => [...window.__interactions.values()]);
  await context.close();
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    path,
    count: durations.length,
    worst: sorted.at(-1) ?? null,
    median: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null,
  };
}
