/** Speak a message through the page's single polite status region, without moving focus. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers repeat identical messages.
  requestAnimationFrame(() => (region.textContent = message));
}

export function announcerText(key: 'copied' | 'copyFailed'): string {
  return document.getElementById('announcer')?.dataset[key] ?? '';
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How long a copy control shows "Copied" (or "Copy failed") before its label comes back. */
export const FEEDBACK_MS = 2000;
const restore = new WeakMap<HTMLElement, () => void>();

/** The control's own label says what happened for a moment; its width is held so nothing jumps. */
function flash(control: HTMLElement, state: 'done' | 'failed', text: string): void {
  restore.get(control)?.();
  const label = control.querySelector<HTMLElement>('[data-copy-label]') ?? control;
  const before = label.textContent ?? '';
  const width = control.style.minWidth;
  control.style.minWidth = `${control.getBoundingClientRect().width}px`;
  label.textContent = text;
  control.dataset.copyState = state;
  const timer = window.setTimeout(() => undo(), FEEDBACK_MS);
  const undo = () => {
    clearTimeout(timer);
    label.textContent = before;
    control.style.minWidth = width;
    delete control.dataset.copyState;
    restore.delete(control);
  };
  restore.set(control, undo);
}

/** Without clipboard access: the text is shown, selected, in a dialog to copy by hand. */
function showManualCopy(text: string): void {
  const dialog = document.getElementById('copy-fallback') as HTMLDialogElement | null;
  const field = dialog?.querySelector('textarea');
  if (!dialog || !field) return;
  field.value = text;
  if (!dialog.open) dialog.showModal();
  field.focus();
  field.select();
}

/**
 * Every copy control on the site goes through here: copy, then say so twice — on the control itself
 * ("Copied" for about two seconds) and in the live region (`done`, a full sentence). On failure the
 * control says so, the region explains, and the text is offered to copy by hand.
 */
export async function copyWithFeedback(control: HTMLElement, text: string, done: string): Promise<boolean> {
  const dialog = document.getElementById('copy-fallback');
  const copied = await copyText(text);
  if (copied) {
    flash(control, 'done', dialog?.dataset.done ?? '');
    announce(done);
  } else {
    flash(control, 'failed', dialog?.dataset.failed ?? '');
    announce(announcerText('copyFailed'));
    showManualCopy(text);
  }
  return copied;
}
