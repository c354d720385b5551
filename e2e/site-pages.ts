import { join } from 'node:path';
import { builtPagesList } from '../scripts/site-files.mjs';

/** Every built HTML page as a site path (/zh/glossary/, /en/404.html, …), except the redirecting root. */
export function builtPages(): string[] {
  return builtPagesList(join(process.cwd(), 'dist'));
}
