import { test as bareTest } from '@playwright/test';
import { test, expect } from './fixtures';

// Every page that reads state from the URL, opened with hostile query strings and fragments: nothing
// may execute, nothing may throw (the fixture fails on uncaught errors, console errors and CSP
// violations), and where input was ignored the reader is told so.
const queries = [
  '?kinds=<img src=x onerror=window.__pwned=1>&q=<script>window.__pwned=1</script>',
  '?s=javascript:window.__pwned=1&sort=javascript:alert(1)',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1&kinds=__proto__,constructor,toString',
  '?s=__proto__:3,hasOwnProperty&rows=__proto__&topics=prototype',
  '?q=%E0%A4%A&kinds=%ZZ&s=%&x=%%',
  // As long as a URL can get before servers refuse it (Node: 16 KB of headers; nginx: 8 KB lines).
  `?q=${'A'.repeat(3_000)}&kinds=${'vm-image,'.repeat(300)}&s=${'hpc:3,'.repeat(200)}`,
  '?preset="><svg onload=window.__pwned=1>&diff=<b>yes</b>',
  '?s=hpc:NaN,production:Infinity,security:-1&dir=sideways&only=%00',
];
const fragments = ['#<img src=x onerror=window.__pwned=1>', '#javascript:alert(1)', '#%E0%A4%A', '#dim-__proto__', `#${'x'.repeat(5_000)}`];

const toolNotice = {
  compare: 'comparison-explorer .cmp-notice',
  choose: '[data-notice]',
} as const;

for (const lang of ['zh', 'en'] as const) {
  for (const [tool, noticeSelector] of Object.entries(toolNotice)) {
    // One test per query: the tool pages are heavy, and each test must stay short on a loaded machine.
    queries.forEach((query, index) => {
      test(`${lang}/${tool}: hostile query string ${index + 1} is ignored with a notice`, async ({ page }) => {
        page.on('dialog', (dialog) => {
          throw new Error(`a dialog opened: ${dialog.message()}`);
        });
        await page.goto(`/${lang}/${tool}/${query}`);
        await expect(page.locator('table').first()).toBeVisible();
        await expect(page.locator(noticeSelector)).toBeVisible();
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
        await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
        // Never a silently empty table: rows, or a visible message that the filter matches none.
        const rows = await page.locator('main tbody tr:not([hidden])').count();
        if (rows === 0) await expect(page.locator('[data-no-rows]')).toBeVisible();
      });
    });
  }

  // One test per page, so that each stays short on a loaded machine.
  for (const path of [`/${lang}/`, `/${lang}/os-image-types/`, `/${lang}/compare/`, `/${lang}/choose/`]) {
    test(`${path}: hostile fragments do nothing`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      for (const fragment of fragments) {
        await page.goto(`${path}${fragment}`);
        await expect(page.locator('h1')).toBeVisible();
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      }
    });
  }

  test(`${lang}: a notice lists at most five ignored items, without bidi or zero-width characters`, async ({ page }) => {
    const more = { zh: /另有 \d+ 项/, en: /and \d+ more/ }[lang];
    const junk = Array.from({ length: 40 }, (_, i) => `x${i}=1`).join('&');
    // U+202E reverses the text after it; U+200B and U+2066 are invisible.
    const tricks = encodeURIComponent('\u202Eevil\u200B\u2066');
    for (const [tool, selector] of Object.entries(toolNotice)) {
      await page.goto(`/${lang}/${tool}/?${tricks}=${tricks}&${junk}`);
      const text = (await page.locator(selector).textContent()) ?? '';
      expect(text, tool).toMatch(more);
      expect(text.match(/x\d+/g)?.length ?? 0, tool).toBeLessThanOrEqual(5);
      expect(text, tool).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/);
      expect(text.length, tool).toBeLessThan(600);
    }
  });

  test(`${lang}: a search arrival with a broken fragment still marks the words`, async ({ page }) => {
    const path = `/${lang}/os-image-types/`;
    await page.addInitScript((saved) => sessionStorage.setItem('atlas-highlight', saved), JSON.stringify({ path, words: ['kernel', '内核'] }));
    await page.goto(`${path}#%E0%A4%A`);
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
  });
}

// Bare tests: these provoke violations on purpose, which the shared fixture would count as failures.
// The page is served with an inline script injected into its HTML (as a stored-XSS would), once with
// the policy header and once with the header removed, as on a host that ignores _headers, where only
// the <meta> copy of the policy protects it.
for (const source of ['header', 'meta'] as const) {
  bareTest(`the ${source} policy blocks injected inline script and markup assigned as a string`, async ({ page }) => {
    const path = '/en/os-image-types/';
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      if (source === 'meta') delete headers['content-security-policy'];
      const body = (await response.text()).replace('</body>', '<script>window.__injected = 1</script></body>');
      await route.fulfill({ response, headers, body });
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    });
    const response = await page.goto(path);
    const header = response?.headers()['content-security-policy'];
    if (source === 'header') {
      bareTest.expect(header).toContain("script-src 'self'");
      bareTest.expect(/script-src[^;]*'unsafe-inline'/.test(header ?? '')).toBe(false);
    } else bareTest.expect(header).toBeUndefined();
    await bareTest.expect(page.locator('h1')).toBeVisible();

    const result = await page.evaluate(() => {
      const div = document.createElement('div');
      let markup = 'assigned';
      try {
        div.innerHTML = '<img src=x onerror="window.__pwned = 1">';
      } catch (error) {
        markup = String(error);
      }
      return { injected: (window as unknown as { __injected?: number }).__injected, markup, children: div.childElementCount };
    });
    bareTest.expect(result.injected).toBeUndefined();
    bareTest.expect(result.markup).toContain('TrustedHTML');
    bareTest.expect(result.children).toBe(0);
    // Violation reports are queued as tasks: wait for both.
    await bareTest
      .expect(async () => bareTest.expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
        bareTest.expect.arrayContaining(['script-src-elem', 'require-trusted-types-for']),
      ))
      .toPass({ timeout: 5_000 });
  });
}
