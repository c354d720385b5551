import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { unwrapDefaultColour } from './shiki-default-colour';

const options = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false } as const;
const render = (code: string, lang: string, transformers: (typeof unwrapDefaultColour)[] = []) =>
  codeToHtml(code, { ...options, lang, transformers });
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('unwrapDefaultColour', () => {
  it('unwraps only the spans in the default colours and keeps the text', async () => {
    const code = '{\n  "schemaVersion": 2,\n  "mediaType": "application/vnd.oci.image.index.v1+json"\n}';
    const before = await render(code, 'json');
    const after = await render(code, 'json', [unwrapDefaultColour]);
    expect(text(after)).toBe(text(before));
    expect(after.length).toBeLessThan(before.length);
    const [, light, dark] = /<pre[^>]*--shiki-light:(#\w+);--shiki-dark:(#\w+)/.exec(after)!;
    expect(after.toLowerCase()).not.toContain(`<span style="--shiki-light:${light};--shiki-dark:${dark}">`);
    // Every coloured token survives, in the same order.
    const coloured = (html: string) =>
      [...html.matchAll(/<span style="([^"]+)">([^<]*)<\/span>/g)].filter(([, style]) => !style!.toLowerCase().startsWith(`--shiki-light:${light}`)).map((m) => m[0]);
    expect(coloured(after)).toEqual(coloured(before));
  });

  it('leaves spans with more than a colour (italics, say) alone', async () => {
    const transformer = unwrapDefaultColour;
    const span = { type: 'element', tagName: 'span', properties: { style: '--shiki-light:#0E1116;--shiki-dark:#F0F3F6;--shiki-light-font-style:italic' }, children: [{ type: 'text' }] };
    const plain = { type: 'element', tagName: 'span', properties: { style: '--shiki-light:#0E1116;--shiki-dark:#F0F3F6' }, children: [{ type: 'text' }] };
    const line = { type: 'element', tagName: 'span', properties: { class: 'line' }, children: [span, plain] };
    const pre = { type: 'element', properties: { style: '--shiki-light:#0e1116;--shiki-dark:#f0f3f6;overflow-x:auto' }, children: [{ type: 'element', children: [line] }] };
    transformer.pre(pre);
    expect(line.children).toEqual([span, { type: 'text' }]);
  });
});
