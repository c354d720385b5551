import { describe, expect, it } from 'vitest';
import { fragmentWords } from './search-data';
import { extractPage, recordFields, recordHtml, separatorPositions, spaceHan } from './search-records';
import { latinTokens, latinWords } from './search-vocabulary';

const page = `<html><body><nav>Sidebar</nav><main><article class="prose" data-pagefind-body data-search-kind="concept">
<h1 data-keywords="does an image contain an OS · 镜像有操作系统吗">Images and the OS</h1>
<details class="toc" data-pagefind-ignore="all"><summary>On this page</summary></details>
<p>Intro <strong>text</strong>.</p>
<div class="heading"><h2 id="kernel" data-keywords="内核 Kernel">Kernel <code>vmlinuz</code></h2><a class="heading-anchor" data-pagefind-ignore="all">#</a></div>
<p>The kernel drives hardware.</p>
<ul><li>One item</li><li>Two <span class="sr-only">hidden label</span>items</li></ul>
<figure class="code-block"><figcaption data-pagefind-ignore="all">bash</figcaption><pre><code>uname -r</code></pre></figure>
<figure class="diagram ls"><ol><li>scratch</li></ol></figure>
<div class="heading"><h3 id="sub">Sub part</h3></div>
<table><caption>Caption</caption><tr><th>Row</th><td>Cell</td></tr></table>
<scenario-chooser><h3 id="tool-title">Ranking</h3><button>Sort</button><p>Tool text</p></scenario-chooser>
<p hidden>Never shown</p><span aria-hidden="true">★</span>
</article></main><footer>Footer</footer></body></html>`;

describe('extractPage', () => {
  const extracted = extractPage(page)!;
  it('reads the title, kind and keywords, and splits sections at headings with ids', () => {
    expect(extracted.title).toBe('Images and the OS');
    expect(extracted.kind).toBe('concept');
    expect(extracted.keywords).toEqual(['does an image contain an OS', '镜像有操作系统吗']);
    expect(extracted.sections.map((s) => s.id)).toEqual(['', 'kernel', 'sub']);
  });
  it('sorts visible text into prose, aux and code, and leaves out hidden, ignored and control text', () => {
    const [intro, kernel, sub] = extracted.sections;
    expect(intro).toMatchObject({ heading: 'Images and the OS', prose: ['Intro text.'] });
    expect(kernel).toMatchObject({ heading: 'Kernel vmlinuz', keywords: ['内核 Kernel'], prose: ['The kernel drives hardware.', 'One item', 'Two items'], code: ['uname -r'], aux: ['scratch'] });
    expect(sub).toMatchObject({ ancestors: ['Kernel vmlinuz'], aux: ['Caption', 'Row', 'Cell', 'Ranking', 'Tool text'] });
    const all = JSON.stringify(extracted);
    for (const hidden of ['Sidebar', 'On this page', 'hidden label', 'Never shown', '★', 'Sort', 'Footer', '#', 'bash']) expect(all).not.toContain(`"${hidden}`);
  });
  it('returns null for a page without an indexed article', () => {
    expect(extractPage('<html><body><article><p>404</p></article></body></html>')).toBeNull();
  });
});

describe('records', () => {
  it('spaces Chinese characters apart and leaves Latin words whole', () => {
    expect(spaceHan('用Docker构建镜像（OCI）')).toBe('用 Docker 构 建 镜 像 （OCI）');
  });
  it('lays fields out in order, separated, each with its weight', () => {
    const extracted = extractPage(page)!;
    const html = recordHtml('en', recordFields(extracted, extracted.sections[1]!));
    expect(html).toMatch(/^<html lang="en"><body><span data-pagefind-weight="7">Kernel vmlinuz<\/span> ␞ <span data-pagefind-weight="5">内 核 Kernel<\/span> ␞ <span data-pagefind-weight="2">Images and the OS/);
    expect(html).toContain('The kernel drives hardware. ¶ One item ¶ Two items');
  });
  it('finds the separators in Pagefind’s stored words, Chinese or not', () => {
    expect(separatorPositions('Kernel ␞ kw ␞ ctx words ␞ prose ␞ ␞ code')).toEqual([1, 3, 6, 8, 9]);
    expect(fragmentWords('内 \u200B核 \u200B␞ \u200Bx')).toEqual(['内 ', '核 ', '␞ ', 'x']);
    expect(separatorPositions('内 \u200B核 \u200B␞ \u200Bx')).toEqual([2]);
  });
});

describe('vocabulary', () => {
  it('normalises Latin words as Pagefind does, with the parts of compound words', () => {
    expect(latinTokens('Copy-on-write, x86_64 镜像 Docker.')).toEqual(['copyonwrite', 'copy', 'on', 'write', 'x86_64', 'x86', '64', 'docker']);
    expect(latinWords(['Docker docker 42 a'])).toEqual(['docker']);
  });
});
