import type { Lang } from '../i18n';
import type { Source } from '../schemas/atlas';
import { refUrl } from './routing';

/**
 * Where a source article is described: for now the concept page built on it. The one place to change
 * when the sources page exists (`${pageUrl(lang, 'sources')}#article-${source.id}`).
 */
export function sourceHref(lang: Lang, source: Pick<Source, 'id' | 'page'>): string {
  return refUrl(lang, source.page);
}
