import { SsotConfigError } from '../errors';
import type { FileHost } from '../workspace/file-host';
import { joinPath } from '../workspace/paths';
import { compareStrings } from './fingerprint';
import type { BaselineComparison, BaselineItem, Site } from './project-result.generated';

/** Each project keeps its known bypasses in its own folder, so teams never conflict on one file. */
export const BASELINE_FILE_NAME = 'ssot-baseline.txt';

export function getBaselinePath(projectRoot: string): string {
  return joinPath(projectRoot, BASELINE_FILE_NAME);
}

const LINE = /^([0-9a-f]{16})\t([^\t]+)\t([^\t]+)\t(".*")$/;

/**
 * Reads a baseline: `#` comments, then one item per line, `fingerprint<TAB>entry<TAB>file<TAB>"text"`
 * (the text JSON-quoted, so it stays on one line). A damaged file is refused, never read as empty.
 */
export function parseBaseline(text: string, file: string, regenerate: string): BaselineItem[] {
  const items: BaselineItem[] = [];
  if (text.trim() === '') {
    // What this tool writes always has its header: an empty file was truncated or emptied by hand.
    throw new SsotConfigError(
      [{ file, path: 'line 1', expected: 'the header and items that --update-baseline writes', found: 'an empty file', line: 1, column: 1 }],
      `The baseline ${file} is empty (a baseline always has its header; was it truncated?). Restore it from version control, or regenerate it with: ${regenerate}`,
    );
  }
  // A byte-order mark (an editor's) and CRLF endings (git autocrlf) are not damage.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
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
    items.push({ fingerprint: match[1], entry: match[2], file: match[3], text: itemText });
  });
  return items;
}

export function serializeBaseline(project: string, items: BaselineItem[], regenerate: string): string {
  const header = [
    `# ssot baseline of project "${project}": known bypass sites, one per line, keyed by fingerprint (entry, file, text, occurrence), not by line.`,
    `# New bypasses not listed here fail ssot-check for entries with enforce "error". Regenerate with: ${regenerate}`,
  ];
  const body = [...items].sort(compareItems).map((item) => `${item.fingerprint}\t${item.entry}\t${item.file}\t${JSON.stringify(item.text)}`);
  return `${[...header, ...body].join('\n')}\n`;
}

/** The baseline items of this run: every bypass site that is not exempt. */
export function toBaselineItems(sites: Site[]): BaselineItem[] {
  return sites.filter((site) => site.side === 'bypass' && !site.exempt).map(({ fingerprint, entry, file, text }) => ({ fingerprint, entry, file, text }));
}

/** Marks each bypass site known or new against the baseline, and lists the baseline items that are gone. */
export function compareWithBaseline(sites: Site[], items: BaselineItem[] | undefined, file: string): { sites: Site[]; baseline: BaselineComparison } {
  const known = new Set((items ?? []).map((item) => item.fingerprint));
  const present = new Set<string>();
  let knownCount = 0;
  let newCount = 0;
  const marked = sites.map((site) => {
    if (site.side !== 'bypass' || site.exempt) return site;
    present.add(site.fingerprint);
    if (known.has(site.fingerprint)) {
      knownCount += 1;
      return { ...site, known: true };
    }
    newCount += 1;
    return site;
  });
  const fixed = (items ?? []).filter((item) => !present.has(item.fingerprint)).sort(compareItems);
  return { sites: marked, baseline: { file, exists: items !== undefined, known: knownCount, new: newCount, fixed } };
}

export function readBaseline(host: FileHost, file: string, regenerate: string): BaselineItem[] | undefined {
  const text = host.readFile(file);
  return text === undefined ? undefined : parseBaseline(text, file, regenerate);
}

function compareItems(a: BaselineItem, b: BaselineItem): number {
  return compareStrings(a.file, b.file) || compareStrings(a.entry, b.entry) || compareStrings(a.text, b.text) || compareStrings(a.fingerprint, b.fingerprint);
}
