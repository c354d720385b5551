/**
 * Structured data (JSON-LD) for a page: its breadcrumb trail (group › page) and the page as a
 * TechArticle with its language and dates. Emitted as a data block (`<script type="application/ld+json">`),
 * which browsers never run, so it needs no CSP hash.
 */
export interface Crumb {
  name: string;
  url: string;
}

export interface ArticleFacts {
  title: string;
  url: string;
  language: string;
  siteName: string;
  siteUrl: string;
  published?: Date;
  modified?: Date;
}

export function structuredData(crumbs: Crumb[], article: ArticleFacts): object {
  const day = (date?: Date) => date?.toISOString();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      ...(crumbs.length > 0
        ? [
            {
              '@type': 'BreadcrumbList',
              itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
            },
          ]
        : []),
      {
        '@type': 'TechArticle',
        headline: article.title,
        url: article.url,
        inLanguage: article.language,
        ...(article.published ? { datePublished: day(article.published) } : {}),
        ...(article.modified ? { dateModified: day(article.modified) } : {}),
        isPartOf: { '@type': 'WebSite', name: article.siteName, url: article.siteUrl },
      },
    ],
  };
}

/** JSON safe inside a <script> element: no `<` can close it or open a comment. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
