import { describe, expect, it } from 'vitest';
import { aliasFor, corrections, isCodeLike, normalizeQuery, oneEditAway, parseQuery, splitRun, startsAWord, type Term } from './search-query';

const show = (terms: Term[]) => terms.map((t) => (t.kind === 'run' ? `[${t.text}]` : t.longer ? `${t.text}+${t.longer.text}` : t.text) + (t.weight < 1 ? '?' : ''));

describe('normalizeQuery', () => {
  it('folds full-width spaces and quotes and caps the length', () => {
    expect(normalizeQuery('  “Docker\u3000镜像”  ')).toBe('Docker 镜像');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(200);
  });
});

describe('parseQuery', () => {
  it('joins the single characters the browser segmenter cuts technical words into', () => {
    expect(show(parseQuery('镜像签名', 'zh-CN'))).toEqual(['[镜像]', '签名']);
    expect(show(parseQuery('内核', 'zh-CN'))).toEqual(['[内核]']);
  });
  it('gives a lone character to the word beside it, as a longer form that only ranks', () => {
    expect(show(parseQuery('虚拟机快照', 'zh-CN'))).toEqual(['虚拟+虚拟机', '快照']);
    expect(show(parseQuery('多阶段构建', 'zh-CN'))).toEqual(['阶段+多阶段', '[构建]']);
  });
  it('drops particles and keeps question words as optional', () => {
    expect(show(parseQuery('镜像和容器的区别', 'zh-CN'))).toEqual(['[镜像]', '容器', '区别?']);
    expect(show(parseQuery('why does my container run as root', 'en'))).toEqual(['why?', 'does?', 'my?', 'container', 'run', 'as?', 'root']);
  });
  it('splits mixed scripts and keeps hyphenated and dotted words whole', () => {
    expect(show(parseQuery('Docker镜像', 'zh-CN'))).toEqual(['docker', '[镜像]']);
    expect(show(parseQuery('cloud-init .dockerignore', 'en'))).toEqual(['cloud-init', 'dockerignore']);
  });
  it('searches one character or letter only when it is the whole query', () => {
    expect(show(parseQuery('镜', 'zh-CN'))).toEqual(['镜']);
    expect(show(parseQuery('k', 'en'))).toEqual(['k']);
    expect(show(parseQuery('docker -p 80', 'en'))).toEqual(['docker']);
  });
  it('marks terms that stand next to each other with adjacent slots', () => {
    const [a, b] = parseQuery('镜像签名', 'zh-CN');
    expect(b!.slot).toBe(a!.slot + 2);
    const [c, d] = parseQuery('image signing', 'en');
    expect(d!.slot).toBeGreaterThan(c!.slot + 1);
  });
});

describe('splitRun', () => {
  const site = new Set(['镜像', '更小', '镜像层', '写时']);
  const occurs = (piece: string) => site.has(piece);
  it('prefers two-character pieces over one long phrase', () => {
    expect(splitRun('镜像更小', (p) => occurs(p) || p === '镜像更小').pieces.map((p) => p.text)).toEqual(['镜像', '更小']);
  });
  it('keeps a longer piece rather than dropping a character', () => {
    expect(splitRun('镜像层', occurs).pieces.map((p) => p.text)).toEqual(['镜像层']);
  });
  it('counts stretches the site does not have as missing words, single characters not', () => {
    expect(splitRun('区块链', occurs)).toEqual({ pieces: [], missing: 1 });
    expect(splitRun('镜像库', occurs)).toEqual({ pieces: [{ text: '镜像', offset: 0 }], missing: 0 });
  });
});

describe('typos and prefixes', () => {
  it('finds words one edit away', () => {
    expect(oneEditAway('kernal', 'kernel')).toBe(true);
    expect(oneEditAway('registery', 'registry')).toBe(true);
    expect(oneEditAway('hypervisior', 'hypervisor')).toBe(true);
    expect(oneEditAway('kernle', 'kernel')).toBe(true);
    expect(oneEditAway('kernel', 'colonel')).toBe(false);
  });
  it('corrects only words of five or more letters', () => {
    const vocabulary = ['kernel', 'registry', 'run'];
    expect(corrections('kernal', vocabulary)).toEqual(['kernel']);
    expect(corrections('rum', vocabulary)).toEqual([]);
  });
  it('tells a prefix of an index word from a miss', () => {
    const vocabulary = ['image', 'images', 'kernel', 'price'].sort();
    expect(startsAWord('kern', vocabulary)).toBe(true);
    expect(startsAWord('pricing', vocabulary)).toBe(false);
    expect(startsAWord('zz', vocabulary)).toBe(false);
  });
});

describe('aliasFor', () => {
  const aliases: Array<[string, string]> = [
    ['内核', 'Kernel'],
    ['软件物料清单（SBOM）', 'Software bill of materials (SBOM)'],
  ];
  it('maps a term typed in the other language to this site’s name', () => {
    expect(aliasFor('kernel', aliases, 'zh')).toBe('内核');
    expect(aliasFor('内核', aliases, 'en')).toBe('Kernel');
    expect(aliasFor('sbom', aliases, 'zh')).toBe('软件物料清单');
  });
  it('returns nothing for this site’s own name or an unknown word', () => {
    expect(aliasFor('内核', aliases, 'zh')).toBeUndefined();
    expect(aliasFor('floppy', aliases, 'zh')).toBeUndefined();
  });
});

describe('isCodeLike', () => {
  it('recognises flags, paths and dotted names', () => {
    expect(isCodeLike('--rm')).toBe(true);
    expect(isCodeLike('/etc/passwd')).toBe(true);
    expect(isCodeLike('libc.so')).toBe(true);
    expect(isCodeLike('image signing')).toBe(false);
    expect(isCodeLike('cloud-init')).toBe(false);
  });
});
