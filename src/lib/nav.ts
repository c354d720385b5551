import nav from '../../content/nav.json';

export type NavGroupId = 'start' | 'concepts' | 'containers' | 'tools' | 'reference';
export interface NavGroup {
  id: NavGroupId;
  pages: string[];
}

export const navGroups = nav.groups as NavGroup[];
/** Every page slug in reading order. */
export const navSlugs: string[] = navGroups.flatMap((group) => group.pages);

/** Previous and next page in reading order. */
export function neighbours(slug: string, order: readonly string[] = navSlugs): { prev?: string; next?: string } {
  const index = order.indexOf(slug);
  if (index < 0) return {};
  const prev = order[index - 1];
  const next = order[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
