/**
 * The data the page's explorer drills down to, embedded once as compact JSON: every string once in
 * a table, the sites as parallel arrays of numbers (one array per field), the files with their
 * project and owners. Rows are built in the browser only for the view that is opened, so 50,000
 * sites cost a few bytes each and no DOM until someone looks at them.
 */
import type { WorkspaceReport } from '../../report/report-model';
import type { DetailedSite, SiteDetails } from '../../report/site-details';
import { compareStrings } from '../../result/fingerprint';
import { buildMatrixData, type MatrixData } from './matrix-data';

/** Set by the suppress work on `Site`; read here when present so the page shows it, reason included. */
type Suppression = { by: string; reason?: string; line: number };
type ShownSite = DetailedSite & { suppressed?: Suppression };

/** Flags of `sites.x`. */
export const SITE_FLAGS = { bypass: 1, exempt: 2, known: 4, fresh: 8 } as const;

export interface ExplorerData {
  /** True when every site is here; false: only the bypass sites of report.json (no details were given). */
  all: boolean;
  commit: string | null;
  /** The checked link template, or null. */
  link: string | null;
  /** The string table: every other string field is an index into it. */
  s: string[];
  /** SSOT names (indexes), in the report's order. */
  entries: number[];
  /** Per file: path, project, and its owners (indexes into `ownerSets`). */
  files: { path: number[]; project: number[]; owners: number[] };
  ownerSets: number[][];
  /** One array per field, one slot per site, sorted by file, line, column. */
  sites: { f: number[]; l: number[]; c: number[]; e: number[]; t: number[]; k: number[]; p: number[]; x: number[] };
  /** Fix per (entry, kind): `[entry, kind, fix]` string indexes. */
  fixes: [number, number, number][];
  /** Suppressed sites: site index → `[by, reason or -1, line]`. */
  suppressed: Record<number, [number, number, number]>;
  /** The counts of the coverage matrices' cells, which the page shows on hover or focus. */
  matrices: MatrixData;
}

/** Without the executor's details (a report rendered from report.json alone): the bypass sites, each with its action item's fix. */
function fromReport(report: WorkspaceReport): SiteDetails {
  const fixOf = new Map(report.actionItems.map((item) => [item.entry, item.fix]));
  const sites = report.entries.flatMap((entry) => entry.bypassSites.map((site): DetailedSite => {
    const fix = fixOf.get(entry.name);
    return fix === undefined ? site : { ...site, fix };
  }));
  return { sites, owners: report.ownership.files };
}

export function buildExplorerData(report: WorkspaceReport, details: SiteDetails | undefined, linkTemplate: string | undefined): ExplorerData {
  const { sites: given, owners } = details ?? fromReport(report);
  // By place: the file view lists its sites in this order.
  const sites = [...given].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.entry, b.entry));
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const id = (value: string): number => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      indexOf.set(value, index);
    }
    return index;
  };
  const files: ExplorerData['files'] = { path: [], project: [], owners: [] };
  const fileIndex = new Map<string, number>();
  const ownerSets: number[][] = [];
  const ownerSetIndex = new Map<string, number>();
  const noOwner = ['(no owner)'];
  const fileOf = (site: ShownSite): number => {
    let index = fileIndex.get(site.file);
    if (index !== undefined) return index;
    const names = owners[site.file] ?? noOwner;
    const key = names.join('\0');
    let set = ownerSetIndex.get(key);
    if (set === undefined) {
      set = ownerSets.push(names.map(id)) - 1;
      ownerSetIndex.set(key, set);
    }
    index = files.path.push(id(site.file)) - 1;
    files.project.push(id(site.project));
    files.owners.push(set);
    fileIndex.set(site.file, index);
    return index;
  };
  const entries = report.entries.map((entry) => id(entry.name));
  const columns: ExplorerData['sites'] = { f: [], l: [], c: [], e: [], t: [], k: [], p: [], x: [] };
  const fixes = new Map<string, [number, number, number]>();
  const suppressed: ExplorerData['suppressed'] = {};
  (sites as readonly ShownSite[]).forEach((site, index) => {
    columns.f.push(fileOf(site));
    columns.l.push(site.line);
    columns.c.push(site.column);
    columns.e.push(id(site.entry));
    columns.t.push(id(site.text));
    columns.k.push(id(site.kind));
    columns.p.push(site.pattern === undefined ? -1 : id(site.pattern));
    const bypass = site.side === 'bypass';
    columns.x.push((bypass ? SITE_FLAGS.bypass : 0) | (site.exempt ? SITE_FLAGS.exempt : 0) | (site.known === true ? SITE_FLAGS.known : 0) | (site.known === false ? SITE_FLAGS.fresh : 0));
    if (site.fix !== undefined && !fixes.has(`${site.entry}\0${site.kind}`)) fixes.set(`${site.entry}\0${site.kind}`, [id(site.entry), id(site.kind), id(site.fix)]);
    if (site.suppressed) suppressed[index] = [id(site.suppressed.by), site.suppressed.reason === undefined ? -1 : id(site.suppressed.reason), site.suppressed.line];
  });
  return {
    all: details !== undefined,
    commit: report.commit ?? null,
    link: linkTemplate ?? null,
    s: strings,
    entries,
    files,
    ownerSets,
    sites: columns,
    fixes: [...fixes.values()],
    suppressed,
    matrices: buildMatrixData(report.matrices),
  };
}

/**
 * The JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\u003c`… so no
 * string can close the block or open a comment, and U+2028/2029 escaped for old parsers. Still valid JSON.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
