/** Block-level pieces of the Markdown report: tables, capped-list notes, section trimming. */

export type Align = 'left' | 'right';

/** A GFM table; cells are already escaped (they may hold `<code>` or emphasis of ours). */
export function table(header: string[], rows: string[][], align: Align[] = []): string {
  const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Under a capped list, where it was cut and where the rest is: `_…and 3 more action items not shown (the first 10 of 13 are above; report.html and report.json have them all)._`. */
export function leftOut(total: number, shown: number, what: string): string[] {
  const rest = total - shown;
  return rest > 0 ? [`_…and ${rest} more ${what} not shown (the first ${shown} of ${total} are above; report.html and report.json have them all)._`] : [];
}

/** Drops trailing blank lines, so sections join with exactly one blank line. */
export function trimBlank(lines: string[]): string[] {
  const copy = [...lines];
  while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
  return copy;
}
