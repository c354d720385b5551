import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardText, cardTree, clip, ogImageUrl, tableRows, type Card } from './og-card';

describe('ogImageUrl', () => {
  it('maps every kind of page path to one image', () => {
    expect(ogImageUrl('/')).toBe('/og/index.png');
    expect(ogImageUrl('/404')).toBe('/og/404.png');
    expect(ogImageUrl('/404.html')).toBe('/og/404.png');
    expect(ogImageUrl('/zh/')).toBe('/og/zh/index.png');
    expect(ogImageUrl('/en/glossary/')).toBe('/og/en/glossary.png');
    expect(ogImageUrl('/en/404/')).toBe(ogImageUrl('/en/404.html'));
    expect(ogImageUrl('/zh/compare/preset/container-vs-vm/')).toBe('/og/zh/compare/preset/container-vs-vm.png');
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text with an ellipsis, CJK counting double', () => {
    expect(clip('Kernel', 10)).toBe('Kernel');
    expect(clip('Shared kernel and more', 10)).toBe('Shared ker…');
    expect(clip('共享宿主机内核', 6)).toBe('共享宿…');
  });
});

describe('cards', () => {
  const table: Card = {
    type: 'table',
    lang: 'en',
    site: 'Image Atlas',
    group: 'Tools',
    title: 'Containers vs VMs',
    alt: 'Link preview',
    corner: 'Aspect',
    columns: ['Container image', 'VM image'],
    rows: [{ label: 'Kernel', cells: ['shared', 'own'] }],
    more: '+ 3 more aspects',
  };
  it('is 1200×630 and draws every character it lists', () => {
    const tree = cardTree(table);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const drawn = JSON.stringify(tree);
    for (const word of ['Containers vs VMs', 'Container image', 'Kernel', 'shared', '+ 3 more aspects']) expect(drawn).toContain(word);
    for (const char of 'Kernel shared own Aspect') expect(cardText(table)).toContain(char);
  });
  it('has fewer rows for six narrow columns', () => {
    expect(tableRows(6)).toBeLessThan(tableRows(2));
  });
});
