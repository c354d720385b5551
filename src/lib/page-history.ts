/**
 * Page history from git, at build time: when a page last changed (either language's file), when it
 * first appeared, and whether one language's file changed after its twin's last change (the twin is
 * then "outdated", the Kubernetes and Lunaria practice). Git runs through an injected runner, so the
 * logic is tested on a temporary repository; without usable history (no git, a tarball, a shallow
 * clone whose dates would all be the clone's) every answer is "unknown" and the page shows none.
 */
import { execFileSync } from 'node:child_process';
import { languages, otherLang, type Lang } from '../i18n';
import { oneLanguageCommits } from '../site-config';

/** Runs git with these arguments: its output, or undefined when it fails or exits non-zero. */
export type GitRunner = (args: string[]) => string | undefined;

export function gitRunner(cwd: string): GitRunner {
  return (args) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  };
}

/**
 * A commit whose subject contains this changes one language only on purpose (a wording fix with
 * nothing to carry over, or bringing a page up to its twin): it counts for "Last updated" but does
 * not make the twin outdated.
 */
export const ONE_LANGUAGE_MARK = '[one-language]';

interface Change {
  commit: string;
  date: Date;
  oneLanguage: boolean;
}

export interface FileHistory {
  /** Newest change first. */
  changes: Change[];
}

export interface PageHistory {
  /** The last change to either language's file. */
  updated?: Date;
  /** The first commit of this language's file. */
  published?: Date;
  /** The twin changed after this file's last change. */
  outdated: boolean;
}

/**
 * Reads history through one runner, once per file. `oneLanguageCommits`: commits made before the
 * mark existed that were reviewed as changing one language only (full hashes).
 */
export function historyReader(git: GitRunner, oneLanguageCommits: readonly string[] = []) {
  const usable = git(['rev-parse', '--is-shallow-repository'])?.trim() === 'false';
  const files = new Map<string, FileHistory | undefined>();

  function fileHistory(file: string): FileHistory | undefined {
    if (!usable) return undefined;
    if (!files.has(file)) {
      const log = git(['log', '--follow', '--format=%H %ct %s', '--', file]) ?? '';
      const changes = log
        .split('\n')
        .filter(Boolean)
        .map((line): Change => {
          const [commit = '', seconds = '0', ...subject] = line.split(' ');
          const oneLanguage = subject.join(' ').includes(ONE_LANGUAGE_MARK) || oneLanguageCommits.includes(commit);
          return { commit, date: new Date(Number(seconds) * 1000), oneLanguage };
        });
      files.set(file, changes.length > 0 ? { changes } : undefined);
    }
    return files.get(file);
  }

  /** The last change that the twin should follow (one-language commits left out). */
  const lastShared = (history: FileHistory) => history.changes.find((change) => !change.oneLanguage);

  /** Whether `later` comes after `earlier` in history (a descendant), not merely at a later clock time. */
  const after = (later: Change, earlier: Change) =>
    later.commit !== earlier.commit && git(['merge-base', '--is-ancestor', earlier.commit, later.commit]) !== undefined;

  function pageHistory(file: string, twinFile: string): PageHistory {
    const own = fileHistory(file);
    const twin = fileHistory(twinFile);
    const dates = [own?.changes[0]?.date, twin?.changes[0]?.date].filter((date): date is Date => date !== undefined);
    // Any change of this file brings it up to date; only the twin's shared changes call for one.
    const ownLast = own?.changes[0];
    const twinLast = twin && lastShared(twin);
    return {
      updated: dates.length > 0 ? new Date(Math.max(...dates.map(Number))) : undefined,
      published: own?.changes.at(-1)?.date,
      outdated: ownLast !== undefined && twinLast !== undefined && after(twinLast, ownLast),
    };
  }

  return { usable, pageHistory };
}

let site: ReturnType<typeof historyReader> | undefined;
/** The site's own history, read once per build from the project's repository. */
export const siteHistory = () => (site ??= historyReader(gitRunner(process.cwd()), oneLanguageCommits));

/** The file of a page in a language (pages are content/docs/<lang>/<slug>.mdx). */
export const pageFile = (lang: Lang, slug: string) => `content/docs/${lang}/${slug}.mdx`;

/** Pages (as `lang/slug`) whose twin changed after them, for the build's report. */
export function outdatedTwins(slugs: string[], reader: ReturnType<typeof historyReader>): string[] {
  return slugs.flatMap((slug) =>
    languages.filter((lang) => reader.pageHistory(pageFile(lang, slug), pageFile(otherLang(lang), slug)).outdated).map((lang) => `${lang}/${slug}`),
  );
}

/** "Last updated" in the page's language, in UTC so that the date does not depend on the build machine. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The "Edit this page" address: the repository's edit URL (config) with the file's path, or none. */
export function editUrl(base: string | undefined, file: string): string | undefined {
  if (!base) return undefined;
  return `${base.replace(/\/+$/, '')}/${file}`;
}
