import { SsotConfigError } from '../errors';
import type { FileHost } from '../workspace/file-host';
import { joinPath } from '../workspace/paths';
import { isCountedBypass } from './compute-totals';
import { compareStrings } from './fingerprint';
import type { BaselineItem, KeptBaselineItem, Site } from './project-result.generated';

/** Each project keeps its known bypasses in its own folder, so teams never conflict on one file. */
export const BASELINE_FILE_NAME = 'ssot-baseline.txt';

/** The format `serializeBaseline` writes; format 1 (no version line) is still read and compared. */
export const BASELINE_FORMAT = 2;

export type BaselineFormat = 1 | 2;

/** A baseline as read: its format and its items, files workspace-relative whatever the format. */
export interface BaselineFile {
  format: BaselineFormat;
  items: BaselineItem[];
}

export function getBaselinePath(projectRoot: string): string {
  return joinPath(projectRoot, BASELINE_FILE_NAME);
}

/** An item; in format 2, `\tformat-1` after the text marks an item that keeps a format-1 fingerprint. */
const LINE = /^([0-9a-f]{16})\t([^\t]+)\t([^\t]+)\t(".*?")(\tformat-1)?$/;
const FORMAT_LINE = /^# ssot-baseline format (\d+)\s*$/;

/**
 * Reads a baseline: `#` comments (one of them `# ssot-baseline format 2`; none means format 1), then
 * one item per line, `fingerprint<TAB>entry<TAB>file<TAB>"text"` (the text JSON-quoted, so it stays on
 * one line). Files are workspace-relative, like every path ssot prints (the format-2 fingerprint
 * uses the file relative to the project, so a project that moves keeps its items). A damaged file
 * is refused, never read as empty.
 */
export function parseBaselineFile(text: string, file: string, regenerate: string): BaselineFile {
  const items: BaselineItem[] = [];
  if (text.trim() === '') {
    // What this tool writes always has its header: an empty file was truncated or emptied by hand.
    throw new SsotConfigError(
      [{ file, path: 'line 1', expected: 'the header and items that ssot-baseline writes', found: 'an empty file', line: 1, column: 1 }],
      `The baseline ${file} is empty (a baseline always has its header; was it truncated?). Restore it from version control, or regenerate it with: ${regenerate}`,
    );
  }
  // A byte-order mark (an editor's) and CRLF endings (git autocrlf) are not damage.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const format = readFormat(lines, file, regenerate);
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    let itemText: unknown;
    try {
      itemText = match ? JSON.parse(match[4]) : undefined;
    } catch {
      itemText = undefined;
    }
    if (!match || typeof itemText !== 'string') {
      throw new SsotConfigError(
        [{ file, path: `line ${index + 1}`, expected: 'fingerprint<TAB>entry<TAB>file<TAB>"text"', found: JSON.stringify(line.slice(0, 80)), line: index + 1, column: 1 }],
        `The baseline ${file} is damaged at line ${index + 1} (expected fingerprint<TAB>entry<TAB>file<TAB>"text"). Restore it from version control, or regenerate it with: ${regenerate}`,
      );
    }
    const item: BaselineItem = { fingerprint: match[1], entry: match[2], file: match[3], text: itemText };
    if (format === 1 || match[5] !== undefined) item.format = 1;
    items.push(item);
  });
  return { format, items };
}

/** The items of a baseline, files workspace-relative (`parseBaselineFile` also gives its format). */
export function parseBaseline(text: string, file: string, regenerate: string): BaselineItem[] {
  return parseBaselineFile(text, file, regenerate).items;
}

function readFormat(lines: string[], file: string, regenerate: string): BaselineFormat {
  for (const [index, line] of lines.entries()) {
    const match = FORMAT_LINE.exec(line);
    if (!match) continue;
    const format = Number(match[1]);
    if (format === 1 || format === 2) return format;
    throw new SsotConfigError(
      [{ file, path: `line ${index + 1}`, expected: `baseline format 1 or ${BASELINE_FORMAT}`, found: `format ${match[1]}`, line: index + 1, column: 1 }],
      `The baseline ${file} is in format ${match[1]}, written by a newer ssot. Upgrade ssot, or regenerate it with: ${regenerate}`,
    );
  }
  return 1;
}

/** Format 2: the version line, what the file is and how to regenerate it, then the sorted items. */
export function serializeBaseline(project: string, items: BaselineItem[], regenerate: string): string {
  const header = [
    `# ssot-baseline format ${BASELINE_FORMAT}`,
    `# ssot baseline of project "${project}": known bypass sites, one per line: fingerprint, entry, file, text.`,
    '# The fingerprint keys on entry, file, enclosing declaration, text and the normalised line, never on the line number.',
    `# New bypasses not listed here fail ssot-check for entries with enforce "error". Regenerate with: ${regenerate}`,
  ];
  const body = [...items]
    .sort(compareItems)
    .map((item) => `${item.fingerprint}\t${item.entry}\t${item.file}\t${JSON.stringify(item.text)}${item.format === 1 ? '\tformat-1' : ''}`);
  return `${[...header, ...body].join('\n')}\n`;
}

/**
 * The baseline items of this run: every bypass site that is neither exempt nor suppressed, plus the items kept because
 * their file was not analysed (SPEC §7: an update never drops what it could not see).
 */
export function toBaselineItems(sites: Site[], kept: KeptBaselineItem[] = []): BaselineItem[] {
  const current = sites.filter(isCountedBypass).map(({ fingerprint, entry, file, text }) => ({ fingerprint, entry, file, text }));
  // A kept item keeps its fingerprint's format: a format-1 one cannot be recomputed while its file is not analysed.
  return [...current, ...kept.map(({ reason: _reason, ...item }) => item)];
}

export function readBaseline(host: FileHost, file: string, regenerate: string): BaselineFile | undefined {
  const text = host.readFile(file);
  return text === undefined ? undefined : parseBaselineFile(text, file, regenerate);
}

export function compareItems(a: BaselineItem, b: BaselineItem): number {
  return compareStrings(a.file, b.file) || compareStrings(a.entry, b.entry) || compareStrings(a.text, b.text) || compareStrings(a.fingerprint, b.fingerprint);
}
