import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editUrl, formatDate, gitRunner, historyReader, outdatedTwins, pageFile, type GitRunner } from './page-history';

// A temporary repository: commit 1 adds both languages of "intro" and "setup"; commit 2 changes the
// English intro only; commit 3 changes the Chinese setup only, marked as a one-language fix.
let repo: string;
const day = (n: number) => `2026-11-0${n}T12:00:00Z`;
function commit(files: Record<string, string>, message: string, date: string) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(repo, file, '..'), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message], { cwd: repo, env });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'atlas-history-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const both = (slug: string) => ({ [pageFile('en', slug)]: `${slug} v1`, [pageFile('zh', slug)]: `${slug} 一` });
  commit({ ...both('intro'), ...both('setup') }, 'Both pages in both languages', day(1));
  commit({ [pageFile('en', 'intro')]: 'intro v2' }, 'English intro rewritten', day(3));
  commit({ [pageFile('zh', 'setup')]: 'setup 二' }, 'Chinese wording fix [one-language]', day(5));
});

/** Then the Chinese intro catches up with the English one, marked as a one-language change. */
function catchUp() {
  commit({ [pageFile('zh', 'intro')]: 'intro 二' }, 'Chinese intro follows the English one [one-language]', day(7));
}
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('page history on a git repository', () => {
  it('dates a page by the last commit touching either language, and its first commit', () => {
    const reader = historyReader(gitRunner(repo));
    const zh = reader.pageHistory(pageFile('zh', 'intro'), pageFile('en', 'intro'));
    expect(zh.updated?.toISOString()).toBe('2026-11-03T12:00:00.000Z');
    expect(zh.published?.toISOString()).toBe('2026-11-01T12:00:00.000Z');
  });

  it('marks the twin that did not follow a change as outdated, and only that one', () => {
    const reader = historyReader(gitRunner(repo));
    expect(reader.pageHistory(pageFile('zh', 'intro'), pageFile('en', 'intro')).outdated).toBe(true);
    expect(reader.pageHistory(pageFile('en', 'intro'), pageFile('zh', 'intro')).outdated).toBe(false);
  });

  it('does not count a commit marked as a one-language change against the twin', () => {
    const reader = historyReader(gitRunner(repo));
    const en = reader.pageHistory(pageFile('en', 'setup'), pageFile('zh', 'setup'));
    expect(en.outdated).toBe(false);
    expect(en.updated?.toISOString()).toBe('2026-11-05T12:00:00.000Z');
    expect(outdatedTwins(['intro', 'setup'], reader)).toEqual(['zh/intro']);
  });

  it('does not count a commit listed as reviewed one-language change either', () => {
    const git = gitRunner(repo);
    const second = git(['log', '-1', '--format=%H', '--', pageFile('en', 'intro')])?.trim() ?? '';
    const reader = historyReader(git, [second]);
    expect(reader.pageHistory(pageFile('zh', 'intro'), pageFile('en', 'intro')).outdated).toBe(false);
  });
});

describe('catching up', () => {
  it('brings the older twin up to date without making the other outdated', () => {
    catchUp();
    const reader = historyReader(gitRunner(repo));
    expect(outdatedTwins(['intro', 'setup'], reader)).toEqual([]);
    expect(reader.pageHistory(pageFile('en', 'intro'), pageFile('zh', 'intro')).updated?.toISOString()).toBe('2026-11-07T12:00:00.000Z');
  });
});

describe('missing history', () => {
  const unknown = { updated: undefined, published: undefined, outdated: false };

  it('knows nothing outside a repository (a tarball)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    try {
      const reader = historyReader(gitRunner(outside));
      expect(reader.usable).toBe(false);
      expect(reader.pageHistory(pageFile('en', 'intro'), pageFile('zh', 'intro'))).toEqual(unknown);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('knows nothing in a shallow clone, whose dates would all be the clone’s', () => {
    const calls: string[][] = [];
    const shallow: GitRunner = (args) => {
      calls.push(args);
      return args[0] === 'rev-parse' ? 'true\n' : '';
    };
    const reader = historyReader(shallow);
    expect(reader.pageHistory(pageFile('en', 'intro'), pageFile('zh', 'intro'))).toEqual(unknown);
    expect(calls).toEqual([['rev-parse', '--is-shallow-repository']]);
  });

  it('knows nothing when git is not installed or a file has no commits', () => {
    expect(historyReader(() => undefined).pageHistory('a', 'b')).toEqual(unknown);
    const reader = historyReader(gitRunner(repo));
    expect(reader.pageHistory(pageFile('en', 'new-page'), pageFile('zh', 'new-page'))).toEqual(unknown);
  });
});

describe('formatting and the edit link', () => {
  it('formats the date for the page language, in UTC', () => {
    const date = new Date('2026-12-01T23:30:00Z');
    expect(formatDate(date, 'en')).toBe('December 1, 2026');
    expect(formatDate(date, 'zh-CN')).toBe('2026年12月1日');
  });

  it('links to the source file only when a repository URL is configured', () => {
    expect(editUrl(undefined, 'content/docs/en/intro.mdx')).toBeUndefined();
    expect(editUrl('', 'content/docs/en/intro.mdx')).toBeUndefined();
    expect(editUrl('https://example.org/atlas/edit/main/', 'content/docs/en/intro.mdx')).toBe('https://example.org/atlas/edit/main/content/docs/en/intro.mdx');
  });
});
