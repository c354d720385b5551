import { describe, expect, it } from 'vitest';
import { langFromPath, localizedUrl, pageUrl, refUrl } from './routing';

describe('pageUrl', () => {
  it('maps index to the language root and other slugs to folders', () => {
    expect(pageUrl('zh', 'index')).toBe('/zh/');
    expect(pageUrl('en', 'os-image-types')).toBe('/en/os-image-types/');
  });
});

describe('langFromPath', () => {
  it('reads the first segment', () => {
    expect(langFromPath('/zh/glossary/')).toBe('zh');
    expect(langFromPath('/en/')).toBe('en');
    expect(langFromPath('/')).toBeUndefined();
    expect(langFromPath('/fr/x/')).toBeUndefined();
  });
});

describe('localizedUrl', () => {
  it('keeps page, query and hash', () => {
    expect(localizedUrl('/zh/compare/?kinds=vm-image#dim-kernel', 'en')).toBe('/en/compare/?kinds=vm-image#dim-kernel');
    expect(localizedUrl('/en/os-image-types/#cloud-image', 'zh')).toBe('/zh/os-image-types/#cloud-image');
  });
  it('keeps the origin of a full URL', () => {
    expect(localizedUrl('https://example.org/en/glossary/?q=x', 'zh')).toBe('https://example.org/zh/glossary/?q=x');
  });
  it('sends paths outside the language folders to the start page', () => {
    expect(localizedUrl('/', 'zh')).toBe('/zh/');
    expect(localizedUrl('/nowhere?x=1', 'en')).toBe('/en/?x=1');
  });
  it('is idempotent for the same language', () => {
    expect(localizedUrl('/zh/choose/?s=hpc', 'zh')).toBe('/zh/choose/?s=hpc');
  });
});

describe('refUrl', () => {
  it('resolves slug#section references', () => {
    expect(refUrl('zh', 'os-image-types#vm-image')).toBe('/zh/os-image-types/#vm-image');
    expect(refUrl('en', 'glossary')).toBe('/en/glossary/');
  });
});
