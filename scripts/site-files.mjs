import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site paths of the built pages (`/zh/glossary/`, `/en/404.html`), without the redirecting root. */
export function builtPagesList(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ['_astro', 'pagefind'].includes(name) ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dist)
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .filter((path) => path !== '/')
    .sort();
}
