/** Export a visible table (header row + body rows of plain text) as Markdown or CSV. */
export interface PlainTable {
  caption?: string;
  header: string[];
  rows: string[][];
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').trim() || ' ';
}

export function toMarkdown(table: PlainTable): string {
  const lines = [
    `| ${table.header.map(markdownCell).join(' | ')} |`,
    `| ${table.header.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
  return (table.caption ? `**${markdownCell(table.caption)}**\n\n` : '') + lines.join('\n') + '\n';
}

/**
 * A cell a spreadsheet app could run as a formula: `=`, `+`, `-` or `@` (or their full-width forms
 * `＝＋－＠`, which some apps normalise) first, after any whitespace, control or invisible characters.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(text) || /^[\t\r]/.test(text);
}

function csvCell(text: string): string {
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: PlainTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
