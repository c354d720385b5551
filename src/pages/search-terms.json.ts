import { atlas } from '../lib/data';

// The bilingual names of every glossary term, fetched by the search dialog on first use so a term
// typed in the other language also finds the page that explains it.
export function GET() {
  const terms = atlas.glossary.map(({ zh, en }) => ({ zh, en }));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
}
