// Pagefind writes its ready-made search UIs next to the index. The site has its own search dialog
// (src/scripts/search.ts) and its own result highlighter, so those bundles (and their innerHTML
// calls) are deleted before precompression instead of being shipped unused.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../dist/pagefind/', import.meta.url).pathname;
const unused = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [`${name}.js`, `${name}.css`]);
unused.push('pagefind-highlight.js');
const removed = unused.filter((name) => existsSync(join(dir, name)));
for (const name of removed) rmSync(join(dir, name));
console.log(`prune-pagefind: removed ${removed.length} unused file(s)${removed.length ? ` (${removed.join(', ')})` : ''}`);
