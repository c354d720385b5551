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
