/** One replacement in a text: offsets `[start, end)` of the old text, and the new text. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/**
 * The one edit that turns `before` into `after`: everything between the first and the last
 * character that differ. A fix that adds an import and rewrites the site spans both; ESLint merges
 * a rule's several edits into one such span anyway, so splitting it would gain nothing.
 */
export function findSmallestEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}
