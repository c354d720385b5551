// Search timing on a slow phone profile, for `npm run bench` (issue 13). Kept apart from the page
// measurements so it can move as a unit.
//
// Profile: 1.6 Mbps down, 750 kbps up, 150 ms round trip, 4× CPU slowdown (Chrome DevTools Protocol).
// Scenario per language, in a fresh browser context: open a page, wait until it is idle, move to
// the search button and click it, type the first query at 100 ms per key (Chinese: five pinyin
// keys through the input method, then the commit), then replace it with a second query the same
// way. Time runs from the last keystroke (the last `input` event) to the first result on screen.
// Bytes are what the network carried from the click until the results showed, and until it had been
// idle for one second (excerpts, and after the first search the rest of the index in the background).

export const searchBudgets = { firstMs: 500, secondMs: 300 };

const PROFILE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const QUERIES = {
  zh: [
    { pinyin: 'neihe', text: '内核' },
    { pinyin: 'jingxiangcangku', text: '镜像仓库' },
  ],
  en: [{ text: 'kernel' }, { text: 'registry' }],
};

/** Waits until no request has been open for `quietMs` (at most `limitMs`). */
export async function idle(page, since, quietMs = 1000, limitMs = 20_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const last = since.last();
    if (since.pending() === 0 && Date.now() - last >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Bytes on the wire per request (CDP Network events), and when the network last did anything. */
export function byteCounter(client) {
  const open = new Map();
  let bytes = 0;
  let last = Date.now();
  const files = [];
  client.on('Network.requestWillBeSent', ({ requestId, request }) => {
    open.set(requestId, request.url);
    last = Date.now();
  });
  client.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const url = open.get(requestId);
    if (open.delete(requestId)) {
      bytes += encodedDataLength;
      if (process.env.BENCH_VERBOSE) files.push(`${(encodedDataLength / 1024).toFixed(1).padStart(6)} KB ${new URL(url).pathname}`);
    }
    last = Date.now();
  });
  client.on('Network.loadingFailed', ({ requestId }) => {
    open.delete(requestId);
    last = Date.now();
  });
  const take = () => {
    if (files.length) console.log(files.splice(0).join('\n'));
    const taken = bytes;
    bytes = 0;
    return taken;
  };
  return { take, peek: () => bytes, pending: () => open.size, last: () => last };
}

async function type(page, client, query) {
  if (!query.pinyin) return page.keyboard.type(query.text, { delay: 100 });
  for (let i = 1; i <= query.pinyin.length; i++) {
    const text = query.pinyin.slice(0, i);
    await client.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
    await page.waitForTimeout(100);
  }
  await client.send('Input.insertText', { text: query.text });
}

/** Milliseconds from the last input event to the first result for `text` on screen. */
async function latency(page, text) {
  return page.evaluate(
    (text) =>
      new Promise((resolve) => {
        const check = () => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          if (status.includes(text) && document.querySelector('#search-results a')) {
            resolve(Math.round(performance.now() - window.__lastInput));
            return true;
          }
          return false;
        };
        if (check()) return;
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );
}

export async function benchSearch(browser, origin) {
  const rows = [];
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => document.addEventListener('input', () => (window.__lastInput = performance.now()), true));
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    await client.send('Network.emulateNetworkConditions', PROFILE);
    await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const counter = byteCounter(client);
    await page.goto(`${origin}/${lang}/os-image-types/`, { waitUntil: 'load' });
    await idle(page, counter);
    counter.take();
    const [first, second] = QUERIES[lang];
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').waitFor();
    await type(page, client, first);
    const firstMs = await latency(page, first.text);
    const firstShown = counter.peek();
    await idle(page, counter);
    const firstBytes = counter.take();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await type(page, client, second);
    const secondMs = await latency(page, second.text);
    const secondShown = counter.peek();
    await idle(page, counter);
    const secondBytes = counter.take();
    rows.push({ lang, first: first.text, firstMs, firstShown, firstBytes, second: second.text, secondMs, secondShown, secondBytes });
    await context.close();
  }
  return rows;
}

export function searchTable(rows, kb) {
  const failures = [];
  const lines = [
    '| search (1.6 Mbps, 150 ms RTT, 4× CPU) | first query | ms after last key | KB when shown / when idle | second query | ms after last key | KB when shown / when idle |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const over = [];
    if (r.firstMs > searchBudgets.firstMs) over.push(`first ${r.firstMs} ms > ${searchBudgets.firstMs} ms`);
    if (r.secondMs > searchBudgets.secondMs) over.push(`second ${r.secondMs} ms > ${searchBudgets.secondMs} ms`);
    if (over.length) failures.push(`${r.lang} search: ${over.join(', ')}`);
    lines.push(`| /${r.lang}/ | ${r.first} | ${r.firstMs} | ${kb(r.firstShown)} / ${kb(r.firstBytes)} | ${r.second} | ${r.secondMs} | ${kb(r.secondShown)} / ${kb(r.secondBytes)} |`);
  }
  return { lines, failures };
}
