import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

// On a phone no table cell stacks Chinese text one character per line (最/小/化): the table scrolls
// instead. Each cell's lines are counted from the layout (one client rect per line of text).
const html = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const withTables = builtPages().filter((path) => path.startsWith('/zh/') && html(path).includes('<table'));

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the Chinese pages with tables are all checked', () => {
  expect(withTables.length).toBeGreaterThanOrEqual(8);
});

for (const path of withTables) {
  test(`no table cell on ${path} wraps a Chinese word character by character`, async ({ page }) => {
    await page.goto(path);
    const cells = await page.locator('main table').evaluateAll((tables) =>
      tables.flatMap((table) =>
        [...table.querySelectorAll<HTMLElement>('th, td')]
          .filter((cell) => cell.getClientRects().length > 0)
          .map((cell) => {
            // Per line (rounded top): how many characters it shows, and how many of them are Chinese.
            const lines = new Map<number, { all: number; cjk: number }>();
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            let text = '';
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement!.closest('.sr-only, [hidden]')) continue;
              const value = node.textContent ?? '';
              text += value;
              for (let i = 0; i < value.length; i += 1) {
                if (!value[i]!.trim()) continue;
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (!rect) continue;
                const line = lines.get(Math.round(rect.top)) ?? { all: 0, cjk: 0 };
                line.all += 1;
                if (/[\u3400-\u9fff]/.test(value[i]!)) line.cjk += 1;
                lines.set(Math.round(rect.top), line);
              }
            }
            const all = [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
            // A line holding one Chinese character and at most one mark.
            const lonely = all.map((line) => line.cjk === 1 && line.all <= 2);
            return {
              text: text.trim().slice(0, 40),
              lines: all.length,
              cjk: all.reduce((sum, line) => sum + line.cjk, 0),
              chars: all.reduce((sum, line) => sum + line.all, 0),
              // Two such lines in a row: the text is stacking character by character.
              stacked: lonely.some((alone, i) => alone && lonely[i + 1]),
            };
          }),
      ),
    );
    expect(cells.filter((c) => c.cjk > 0).length).toBeGreaterThan(5);
    for (const cell of cells.filter((c) => c.lines >= 2)) {
      const what = `"${cell.text}": ${cell.chars} characters on ${cell.lines} lines`;
      expect(cell.stacked, what).toBe(false);
      // All-Chinese text: the character count must be well above the line count (最/小/化 is 3 on 3).
      if (cell.cjk === cell.chars) expect(cell.cjk / cell.lines, what).toBeGreaterThanOrEqual(2);
    }
  });
}
