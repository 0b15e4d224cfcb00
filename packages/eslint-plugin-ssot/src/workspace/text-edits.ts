/** One replacement in a text: offsets `[start, end)` of the old text, and the new text. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/**
 * The edits that turn `before` into `after` where a fix changed the text at `siteOffset` and
 * maybe also above it (the import it added or merged): the smallest single edit, split in two
 * when the unchanged code between the import and the site can be found again in `after`, so the
 * editor replaces two small spans instead of everything between them.
 */
export function diffAroundSite(before: string, after: string, siteOffset: number): TextEdit[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const whole: TextEdit = { range: [start, before.length - end], text: after.slice(start, after.length - end) };
  if (siteOffset <= start) return [whole];
  const kept = before.slice(start, siteOffset);
  const changed = after.slice(start, after.length - end);
  const at = changed.indexOf(kept);
  if (at < 0) return [whole];
  const edits: TextEdit[] = [
    { range: [start, start], text: changed.slice(0, at) },
    { range: [siteOffset, before.length - end], text: changed.slice(at + kept.length) },
  ];
  return edits.filter((edit) => edit.text !== '' || edit.range[0] !== edit.range[1]);
}
