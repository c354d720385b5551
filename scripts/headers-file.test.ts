import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, metaPolicy, parseHeaderRules, patternMatches, sitePolicy } from './headers-file.mjs';

const sample = `# comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'; report-uri /csp
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('parseHeaderRules / headersFor', () => {
  const rules = parseHeaderRules(sample);

  it('reads rules in order with their headers', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*']);
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });

  it('applies /* to paths with newlines and control characters', () => {
    for (const path of ['/en/compare/\n', '/\r\n/x', '/\u0000', '/', '/a/b.c']) {
      expect(headersFor(rules, path).map(([name]) => name)).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
    }
  });

  it('adds the more specific rule where it matches, and only there', () => {
    expect(headersFor(rules, '/_astro/app.js').map(([name]) => name)).toContain('Cache-Control');
    expect(headersFor(rules, '/_astrox/app.js').map(([name]) => name)).not.toContain('Cache-Control');
    expect(patternMatches('/_astro/*', '/_astro/\n')).toBe(true);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeaderRules('  X-Test: 1')).toThrow('_headers');
  });
});

describe('metaPolicy', () => {
  it('drops the directives a <meta> policy cannot carry and keeps the rest in order', () => {
    expect(metaPolicy(sitePolicy(parseHeaderRules(sample)))).toBe("default-src 'self'; script-src 'self'");
  });

  it('keeps the script policy of the real public/_headers intact', () => {
    const csp = sitePolicy(parseHeaderRules(readFileSync('public/_headers', 'utf8')));
    const meta = metaPolicy(csp);
    expect(meta).toContain(/script-src [^;]+/.exec(csp)![0]);
    expect(meta).not.toContain('frame-ancestors');
  });
});
