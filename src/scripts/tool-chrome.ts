// What both tools share around their result: the sticky bar's height (for the sticky table header and
// #fragment scrolling), the settings panel that the edit control opens and closes, and the Export menu.
const WIDE = '(min-width: 64rem)';

export interface ToolChrome {
  setOpen(open: boolean, moveFocus?: boolean): void;
}

export function initToolChrome(root: HTMLElement, { openWhenWide = false } = {}): ToolChrome {
  const bar = root.querySelector<HTMLElement>('[data-tool-bar]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-panel-toggle]');
  const panel = root.querySelector<HTMLElement>('[data-tool-panel]');
  const result = root.querySelector<HTMLElement>('.tool-result');
  const exportMenu = root.querySelector<HTMLDetailsElement>('[data-export]');

  if (bar) {
    const measure = () => document.documentElement.style.setProperty('--tool-bar-h', `${bar.offsetHeight}px`);
    new ResizeObserver(measure).observe(bar);
    measure();
  }

  const setOpen = (open: boolean, moveFocus = true) => {
    if (!toggle || !panel) return;
    toggle.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
    root.toggleAttribute('data-panel-open', open);
    if (!moveFocus) return;
    if (open) {
      // On a phone the sheet covers the lower screen: bring the result's top up under the bar first.
      const top = result?.getBoundingClientRect().top ?? 0;
      if (!matchMedia(WIDE).matches && (top < 0 || top > window.innerHeight * 0.4)) result?.scrollIntoView({ block: 'start' });
      panel.querySelector<HTMLElement>('.tool-panel-title')?.focus({ preventScroll: true });
    } else toggle.focus();
  };
  toggle?.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  panel?.querySelector('[data-panel-close]')?.addEventListener('click', () => setOpen(false));
  panel?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target as Element).closest('input[type="search"]')) setOpen(false);
  });
  if (openWhenWide && matchMedia(WIDE).matches) setOpen(true, false);

  if (exportMenu) {
    const close = () => (exportMenu.open = false);
    exportMenu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && exportMenu.open) {
        close();
        exportMenu.querySelector('summary')?.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!exportMenu.contains(event.target as Node)) close();
    });
    exportMenu.addEventListener('focusout', (event) => {
      if (!exportMenu.contains(event.relatedTarget as Node | null)) close();
    });
  }
  return { setOpen };
}

