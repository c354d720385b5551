// The site's data files, read from the repository at build time (the build runs in bench/starlight).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Text = { zh: string; en: string };
export type Lang = 'zh' | 'en';
const data = (file: string) => JSON.parse(readFileSync(join(process.cwd(), '../../content/data', file), 'utf8'));
export const langOf = (url: URL): Lang => (url.pathname.startsWith('/zh/') ? 'zh' : 'en');
export const kinds: { id: string; name: Text }[] = data('kinds.json');
export const table = (id: string): { title: Text; kinds: string[]; rows: { label: Text; cells: Record<string, Text> }[] } => data(`tables/${id}.json`);
export const ratings: { title: Text; types: string[]; scenarios: { label: Text; ratings: Record<string, number> }[] } = data('scenario-ratings.json');
export const tableIds = ['os-image-types', 'system-vs-application', 'container-vs-vm', 'image-vs-container', 'app-image-vs-system-image', 'security-updates-customization'];
