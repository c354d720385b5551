import type { AstroIntegration } from 'astro';
import { readFile, readdir, rename, rmdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages } from '../i18n';
import { navSlugs } from '../lib/nav';
import { parseJsonFile } from '../lib/json-file';
import { caveatIndex, checkCaveats } from '../lib/caveats';
import { checkParity, type SourcePage } from '../lib/parity';
import { AtlasDataError, DATA_DIR, validateAtlasData } from '../lib/validate-data';
import { outdatedTwins, siteHistory } from '../lib/page-history';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Read every data file as JSON, keyed by its path relative to the project root. */
export async function readDataFiles(root: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const path of await listFiles(join(root, DATA_DIR))) {
    if (!path.endsWith('.json')) continue;
    const key = relative(root, path);
    files[key] = parseJsonFile(await readFile(path, 'utf8'), key);
  }
  return files;
}

export async function readSourcePages(root: string): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for (const lang of languages) {
    const dir = join(root, 'content/docs', lang);
    for (const path of existsSync(dir) ? await listFiles(dir) : []) {
      if (!/\.mdx?$/.test(path)) continue;
      pages.push({
        file: relative(root, path),
        lang,
        slug: relative(dir, path).replace(/\.mdx?$/, ''),
        source: await readFile(path, 'utf8'),
      });
    }
  }
  return pages;
}

/**
 * Refuses to build when a page lacks its twin, twins' section or caveat ids differ, a data file is
 * invalid or a cell note points to a caveat that does not exist in both languages,
 * puts each language's 404 page where static hosts look for it (`/zh/404.html`), and reports the
 * pages whose twin changed after them (outdated twins, from git history).
 */
export default function atlas(): AstroIntegration {
  return {
    name: 'image-atlas',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const pages = await readSourcePages(root);
        const problems = [...checkParity(pages, languages, navSlugs), ...checkCaveats(pages)];
        try {
          validateAtlasData(await readDataFiles(root), navSlugs, caveatIndex(pages));
        } catch (error) {
          if (!(error instanceof AtlasDataError) || problems.length === 0) throw error;
          problems.push(...error.problems);
        }
        if (problems.length > 0) throw new Error(`Content check failed (translation parity, caveats, data):\n  - ${problems.join('\n  - ')}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const history = siteHistory();
        if (!history.usable) logger.info('Outdated twins: not checked (no git history: a tarball or a shallow clone)');
        else {
          const outdated = outdatedTwins(navSlugs, history);
          logger.info(`Outdated twins (the other language changed later): ${outdated.length === 0 ? 'none' : outdated.join(', ')}`);
        }
        const out = fileURLToPath(dir);
        for (const lang of languages) {
          const built = join(out, lang, '404', 'index.html');
          if (!existsSync(built)) continue;
          await rename(built, join(out, lang, '404.html'));
          await rmdir(join(out, lang, '404'));
        }
      },
    },
  };
}
