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

function csvCell(text: string): string {
  // A leading =, +, - or @ would run as a formula in spreadsheet apps.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: PlainTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
