import { describe, expect, it } from 'vitest';
import { pruneInlineCss, selectorTokens } from './prune-css.mjs';

describe('selectorTokens', () => {
  it('splits text into the words a selector may name', () => {
    expect(selectorTokens('<a class="cell-note x_1" href="#k">')).toEqual(expect.arrayContaining(['a', 'class', 'cell-note', 'x_1', 'href', 'k']));
  });

  it('adds the attribute a script sets through dataset', () => {
    const tokens = selectorTokens('button.dataset.copyState = "done"; el.dataset.ready = "";');
    expect(tokens).toEqual(expect.arrayContaining(['data-copy-state', 'data-ready', 'done']));
  });
});

describe('pruneInlineCss', () => {
  const css = '.used{color:red}.unused{color:blue}[data-open] .menu{display:block}:root[data-theme=dark]{color-scheme:dark}@media print{.unused{display:none}.used{color:#000}}';
  const html = `<html><head><style>${css}</style></head><body><p class="used">x</p><div class="menu"></div></body></html>`;

  it('keeps rules the page or its scripts can match, and the theme', async () => {
    const out = await pruneInlineCss(html, "panel.toggleAttribute('data-open', true)");
    const style = /<style>([\s\S]*)<\/style>/.exec(out)![1]!;
    expect(style).toContain('.used{color:red}');
    expect(style).toContain('[data-open] .menu');
    expect(style).toContain('data-theme=dark');
    expect(style).not.toContain('.unused');
    expect(out).toContain('<p class="used">x</p>');
  });

  it('drops a state rule no script can produce', async () => {
    const out = await pruneInlineCss(html, '');
    expect(out).not.toContain('[data-open]');
  });

  it('leaves a page without <style> as it is', async () => {
    expect(await pruneInlineCss('<p class="a">x</p>', '')).toBe('<p class="a">x</p>');
  });
});
