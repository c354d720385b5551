import { describe, expect, it } from 'vitest';
import { scriptSafeJson, structuredData } from './structured-data';

const article = {
  title: 'Glossary',
  url: 'https://example.org/en/glossary/',
  language: 'en',
  siteName: 'Image Atlas',
  siteUrl: 'https://example.org/en/',
};

describe('structuredData', () => {
  it('gives the breadcrumb trail and the article with its language and dates', () => {
    const data = structuredData(
      [
        { name: 'Reference', url: 'https://example.org/en/#site-map' },
        { name: 'Glossary', url: 'https://example.org/en/glossary/' },
      ],
      { ...article, published: new Date('2026-11-01T12:00:00Z'), modified: new Date('2026-12-01T08:00:00Z') },
    ) as { '@graph': Array<Record<string, unknown>> };
    const [trail, page] = data['@graph'];
    expect(trail).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Reference' }, { position: 2, name: 'Glossary', item: 'https://example.org/en/glossary/' }] });
    expect(page).toMatchObject({ '@type': 'TechArticle', inLanguage: 'en', datePublished: '2026-11-01T12:00:00.000Z', dateModified: '2026-12-01T08:00:00.000Z' });
  });

  it('leaves out the dates it does not know and an empty trail', () => {
    const data = structuredData([], article) as { '@graph': Array<Record<string, unknown>> };
    expect(data['@graph']).toHaveLength(1);
    expect(data['@graph'][0]).not.toHaveProperty('dateModified');
  });
});

describe('scriptSafeJson', () => {
  it('cannot end the script element it sits in', () => {
    const json = scriptSafeJson({ headline: '</script><script>alert(1)</script> <!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> <!--' });
  });
});
