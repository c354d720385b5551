// The `_headers` file (Netlify / Cloudflare Pages format) is the single source of the site's response
// headers: scripts/serve.mjs sends them, the nginx config and the pages' <meta> CSP are checked
// against them (scripts/check-csp.mjs), and the nginx smoke test compares what nginx sends.

/**
 * @typedef {{ pattern: string, headers: Array<[string, string]> }} HeaderRule
 */

/** Rules in file order: a path pattern on its own line, then indented `Name: value` lines. */
export function parseHeaderRules(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      if (colon < 0 || rules.length === 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Whether a rule's pattern covers a path. `*` matches anything, newlines and other control
 * characters included (a `%0a` in a URL must not slip past `/*`).
 */
export function patternMatches(pattern, path) {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers for one path: every matching rule in order, a later value replacing an earlier one. */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const byName = new Map();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) byName.set(name.toLowerCase(), [name, value]);
  }
  return [...byName.values()];
}

/** The Content-Security-Policy every page gets (the `/*` rule). */
export function sitePolicy(rules) {
  const csp = headersFor(rules, '/*').find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!csp) throw new Error('_headers: the /* rule has no Content-Security-Policy');
  return csp;
}

/** Directives a <meta http-equiv> policy cannot carry: browsers ignore them there (CSP Level 3, §3.3). */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** The same policy for a `<meta http-equiv="Content-Security-Policy">`: header-only directives dropped. */
export function metaPolicy(csp) {
  return csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0].toLowerCase()))
    .join('; ');
}
