/**
 * Shared rules for interactive state kept in the query string: ids are language-neutral, unknown or
 * malformed values are dropped and reported (as plain text, never HTML), and parsing never throws.
 */
import { fill } from './text';

/** Longest value echoed back to the reader in a notice. */
const ECHO_LIMIT = 40;
/** Longest raw parameter we look at; anything longer is cut before parsing. */
export const PARAM_LIMIT = 2000;

/** Most ignored items a notice lists; the rest are counted ("and 3 more"). */
export const NOTICE_ITEMS = 5;

/**
 * A short, printable rendering of untrusted input for a notice (textContent only). Invisible format
 * characters (bidi overrides and isolates, zero-width spaces and joiners, BOM: Unicode category Cf)
 * are removed, so a URL cannot reorder the notice into a fake sentence; control characters show as �.
 */
export function echo(value: string): string {
  const printable = stripInvisible(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  const chars = [...printable];
  return chars.length > ECHO_LIMIT ? `${chars.slice(0, ECHO_LIMIT).join('')}…` : printable;
}

export function stripInvisible(text: string): string {
  return text.replace(/\p{Cf}/gu, '');
}

/**
 * The ignored items (already `echo`ed by the parsers) for a notice: at most `NOTICE_ITEMS`, then
 * `more` filled with how many were left out.
 */
export function noticeList(items: readonly string[], separator: string, more: string): string {
  const shown = items.slice(0, NOTICE_ITEMS).map(stripInvisible);
  const hidden = items.length - shown.length;
  return shown.join(separator) + (hidden > 0 ? `${separator}${fill(more, { n: hidden })}` : '');
}

/** The raw `key=value` pairs of a query string, still percent-encoded; empty parts are skipped. */
function rawPairs(search: string): Array<[string, string]> {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query
    .slice(0, PARAM_LIMIT * 8)
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const [rawKey = '', ...rest] = part.split('=');
      return [rawKey, rest.join('=')];
    });
}

/** URLSearchParams that tolerates broken percent-encoding and absurd lengths. */
export function readParams(search: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [rawKey, rawValue] of rawPairs(search)) {
    params.append(safeDecode(rawKey).slice(0, 64), safeDecode(rawValue).slice(0, PARAM_LIMIT));
  }
  return params;
}

function safeDecode(text: string): string {
  return decodeLeniently(text.replace(/\+/g, ' '));
}

/** decodeURIComponent that never throws: valid escapes are decoded, broken ones kept as written. */
export function decodeLeniently(spaced: string): string {
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Decode the valid escapes and keep the broken ones as written.
    return spaced.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

export interface IdListResult {
  ids: string[];
  ignored: string[];
}

/**
 * Read a comma-separated list of ids, keeping known ones in first-seen order. Unknown values and
 * duplicates are reported in `ignored`. `Object.hasOwn`-style checks keep `__proto__` & co. out.
 */
export function parseIdList(raw: string | null, known: readonly string[]): IdListResult {
  const ids: string[] = [];
  const ignored: string[] = [];
  if (raw === null) return { ids, ignored };
  for (const value of raw.split(',')) {
    const id = value.trim();
    if (!id) continue;
    if (!known.includes(id)) ignored.push(echo(id));
    else if (ids.includes(id)) ignored.push(echo(id));
    else ids.push(id);
  }
  return { ids, ignored };
}

/** Query string from ordered pairs, skipping empty values; commas stay readable. */
export function buildQuery(pairs: Array<[string, string | undefined]>): string {
  const parts = pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * Names of the parameters whose raw value has broken percent-encoding (`%E0%A4%A`). `readParams`
 * keeps such values as written; a tool that must not act on garbled text can ignore and report them.
 */
export function brokenParams(search: string): string[] {
  const broken: string[] = [];
  for (const [rawKey, rawValue] of rawPairs(search)) {
    try {
      decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      broken.push(safeDecode(rawKey).slice(0, 64));
    }
  }
  return broken;
}

/**
 * Take the named parameters out of a query string and leave every other part exactly as written
 * (no re-encoding, so `kinds=a,b` stays readable). For the language switch: a tool's free text is
 * written in one language and would match nothing in the other. Empty values are not reported.
 */
export function withoutParams(search: string, names: readonly string[]): { search: string; dropped: Array<[string, string]> } {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const kept: string[] = [];
  const dropped: Array<[string, string]> = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const [rawKey = '', ...rest] = part.split('=');
    const key = safeDecode(rawKey);
    if (!names.includes(key)) kept.push(part);
    else if (safeDecode(rest.join('=')).trim()) dropped.push([key, safeDecode(rest.join('=')).slice(0, PARAM_LIMIT)]);
  }
  return { search: kept.length > 0 ? `?${kept.join('&')}` : '', dropped };
}
