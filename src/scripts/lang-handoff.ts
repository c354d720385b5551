// The language switch hands the tools what it had to leave out of the address (their free text,
// which is written in one language), so the page in the other language can say so.
const KEY = 'atlas-lang-dropped';

export function rememberDropped(path: string, dropped: Array<[string, string]>): void {
  try {
    if (dropped.length === 0) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify({ path, dropped }));
  } catch {
    /* storage off: the page opens without the notice, and without the dropped text all the same */
  }
}

/** What the switch left out on the way to this page (read once), as `[name, value]` pairs. */
export function takeDropped(): Array<[string, string]> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { path?: unknown; dropped?: unknown } | null;
    sessionStorage.removeItem(KEY);
    if (saved?.path !== location.pathname || !Array.isArray(saved.dropped)) return [];
    return saved.dropped.filter(
      (pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
    );
  } catch {
    return [];
  }
}
