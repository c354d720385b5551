// Offline reading starts as background work: a few seconds after the page has loaded, when the
// browser is idle, so it never competes with the first paint or the reader's first interaction and
// adds nothing to a first visit before then (src/scripts/offline-worker.ts does the rest).
const start = () => void import('./offline-worker').then((m) => m.register());
addEventListener('load', () => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start) : start()), 3000), { once: true });
