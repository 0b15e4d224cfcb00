import type { WorkspaceReport } from '../report/report-model';
import type { SiteDetails } from '../report/site-details';

/** What the caller decides for a rendering; every field has a safe default. */
export interface ReporterOptions {
  /** ANSI colours in the terminal summary. The caller decides (a TTY, no `NO_COLOR`), never the reporter. */
  color?: boolean;
  /** report.html: every site of the reported code, for the drill-down; without it the page drills down to the bypass sites of report.json. */
  details?: SiteDetails;
  /** report.html: a checked http(s) URL with `{file}`, `{line}`, `{commit}` (see `checkLinkTemplate`) that makes every place a link. */
  linkTemplate?: string;
}

/** A reporter is a pure function of the report: same input, byte-identical output (SPEC §7). */
export type Reporter = (report: WorkspaceReport, options?: ReporterOptions) => string;
