// Offline reading, loaded by src/scripts/register-sw.ts well after the page is idle: register the
// language's service worker (scripts/service-worker.mjs), which then saves the language's pages and
// search index in the background. Not on Save-Data or a cellular connection. When a new version is
// waiting, a polite notice offers to reload. `data-offline` on <html> says what
// happened ("registered" or "skipped"), for the tests.
type Connection = { saveData?: boolean; type?: string };
type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypes = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };

/**
 * register() is a Trusted Types sink: the site's one policy, `atlas-sw` (public/_headers), lets
 * through exactly the two service-worker URLs and nothing else.
 */
function workerUrl(lang: string): string {
  const url = `/${lang}/sw.js`;
  const factory = (window as Window & { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('atlas-sw', {
    createScriptURL: (value) => {
      if (!/^\/(zh|en)\/sw\.js$/.test(value)) throw new TypeError(`Not a service worker of this site: ${value}`);
      return value;
    },
  });
  return policy.createScriptURL(url) as string;
}

export function register(): void {
  const lang = /^\/(zh|en)\//.exec(location.pathname)?.[1];
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  const state = document.documentElement.dataset;
  if (!lang || !('serviceWorker' in navigator) || connection?.saveData || connection?.type === 'cellular') {
    state.offline = 'skipped';
    return;
  }
  navigator.serviceWorker.register(workerUrl(lang), { scope: `/${lang}/` }).then(
    (registration?: ServiceWorkerRegistration) => {
      // Some environments (automation that blocks workers) resolve without a registration.
      if (!registration) {
        state.offline = 'skipped';
        return;
      }
      state.offline = 'registered';
      const waiting = () => {
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration);
      };
      waiting();
      registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', waiting));
    },
    () => (state.offline = 'skipped'), // no offline copy (private mode, blocked storage): the site works as before
  );
}

// The polite "Updated — reload" notice: shown when a new service worker (a new deployment) is
// waiting. It never reloads by itself; "Reload" lets the new version take over, then reloads.
function offerUpdate(registration: ServiceWorkerRegistration): void {
  const template = document.querySelector<HTMLTemplateElement>('#sw-update');
  if (!template || document.querySelector('.sw-update')) return;
  const notice = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const text = notice.querySelector('[data-text]')!;
  const message = text.textContent ?? '';
  text.textContent = '';
  notice.querySelector('button')!.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  // Styled here, not in every page's CSS: most visits never show it.
  Object.assign(notice.style, {
    position: 'fixed',
    insetInlineEnd: '1rem',
    bottom: '1rem',
    zIndex: '50',
    display: 'flex',
    gap: '0.75rem',
    alignItems: 'center',
    padding: '0.6rem 0.8rem',
    border: '1px solid var(--border)',
    borderRadius: '0.5rem',
    background: 'var(--bg-soft)',
    color: 'var(--fg)',
  });
  document.body.append(notice);
  // Filled after insertion, so the status region announces it.
  requestAnimationFrame(() => (text.textContent = message));
}
