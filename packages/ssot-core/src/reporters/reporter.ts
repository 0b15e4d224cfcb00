import type { WorkspaceReport } from '../report/report-model';

/** What the caller decides for a rendering; every field has a safe default. */
export interface ReporterOptions {
  /** ANSI colours in the terminal summary. The caller decides (a TTY, no `NO_COLOR`), never the reporter. */
  color?: boolean;
}

/** A reporter is a pure function of the report: same input, byte-identical output (SPEC §7). */
export type Reporter = (report: WorkspaceReport, options?: ReporterOptions) => string;
