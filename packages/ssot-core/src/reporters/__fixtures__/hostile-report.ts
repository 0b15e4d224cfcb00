/**
 * The sample report with hostile strings wherever the model carries text from the workspace or the
 * registry: entry and project names, tier names, file names, matched text, fixes, commands and
 * failures. The escaping tests render it and look for anything that escaped its context.
 */
import type { WorkspaceReport } from '../../report/report-model';
import { sampleReport } from './sample-report';

export const SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_ENTRY = `Evil${SCRIPT}"'\`&|`;
export const HOSTILE_PROJECT = '@acme/ui"\'><img src=x onerror=alert(2)>';
export const HOSTILE_TIER = 'Tier <b>1</b> & "best"';
export const HOSTILE_FILE = 'apps/web/src/<script>alert(3)</script>|a`b`&c d#e%.ts';
export const HOSTILE_TEXT = "`${'</code><script>alert(4)</script>'}` | x";
export const HOSTILE_FIX = 'use [it](javascript:alert(5)) **now** ``` <script>alert(6)</script> &amp;';
export const HOSTILE_OWNER = '@evil"\'><svg onload=alert(8)>|`';
export const HOSTILE_COMMAND = 'nx run evil:ssot-check ```\n<script>alert(7)</script>';

/** A deep copy of the sample with the first entry, project, tier and file made hostile. */
export function makeHostileReport(): WorkspaceReport {
  const report: WorkspaceReport = structuredClone(sampleReport);
  const [entry] = report.entries;
  const oldName = entry.name;
  entry.name = HOSTILE_ENTRY;
  entry.location = HOSTILE_FILE;
  entry.impact = `${SCRIPT} "quoted" 'single' \`tick\` & more`;
  entry.ownerProject = HOSTILE_PROJECT;
  entry.tier = HOSTILE_TIER;
  entry.topBypassing[0].project = HOSTILE_PROJECT;
  for (const site of entry.bypassSites) {
    site.entry = HOSTILE_ENTRY;
    site.file = HOSTILE_FILE;
    site.text = HOSTILE_TEXT;
    site.project = HOSTILE_PROJECT;
  }
  report.tiers[0].name = HOSTILE_TIER;
  report.tiers[0].entries = report.tiers[0].entries.map((name) => (name === oldName ? HOSTILE_ENTRY : name));
  report.projects[0].name = HOSTILE_PROJECT;
  const item = report.actionItems.find((candidate) => candidate.entry === oldName);
  if (item) {
    item.entry = HOSTILE_ENTRY;
    item.fix = HOSTILE_FIX;
    item.files[0].file = HOSTILE_FILE;
    item.projects[0].project = HOSTILE_PROJECT;
    item.validate = [HOSTILE_COMMAND];
    // Rank it first so that every capped list (top 3, top 5, top 10) shows it.
    report.actionItems = [item, ...report.actionItems.filter((other) => other !== item)].map((other, index) => ({ ...other, rank: index + 1 }));
  }
  for (const goal of report.goals) if (goal.subject === oldName) goal.subject = HOSTILE_ENTRY;
  report.goals[0].subject = HOSTILE_ENTRY;
  report.failures.push(`${HOSTILE_ENTRY}: coverage fell since ${SCRIPT}`);
  report.diagnostics.workspace[0].message = `project pattern ${SCRIPT} of ${HOSTILE_ENTRY} matches none of the 6 projects`;
  report.diagnostics.workspace[0].path = `$.entries[0].projects['${SCRIPT}']`;
  const group = report.diagnostics.files.find((candidate) => candidate.code === 'file-too-large');
  if (group) Object.assign(group, { code: HOSTILE_TEXT, places: [{ ...group.places[0], file: HOSTILE_FILE, message: HOSTILE_FIX }, ...group.places.slice(1)] });
  report.trend.points[0].commit = SCRIPT;
  // What a run could not see: a file not analysed, a kept item and a format-1 baseline, all hostile.
  const skipped = report.projects.find((project) => project.notAnalysed);
  if (skipped?.notAnalysed) {
    skipped.name = HOSTILE_PROJECT;
    skipped.notAnalysed[0] = { file: HOSTILE_FILE, reason: HOSTILE_TEXT };
  }
  const kept = report.baseline?.keptItems?.[0];
  if (kept) Object.assign(kept, { project: HOSTILE_PROJECT, entry: HOSTILE_ENTRY, file: HOSTILE_FILE, text: HOSTILE_TEXT, reason: HOSTILE_TEXT });
  const upgrade = report.diagnostics.files.find((group) => group.code === 'baseline-format-1')?.places[0];
  if (upgrade) Object.assign(upgrade, { project: HOSTILE_PROJECT, file: HOSTILE_FILE, message: HOSTILE_FIX });
  // Who owns it: an owner in the rollups, the owner matrix and an action item; the entry in the matrices' columns.
  report.ownership.owners[0].name = HOSTILE_OWNER;
  report.ownership.tags[0].name = HOSTILE_TIER;
  report.ownership.files[HOSTILE_FILE] = [HOSTILE_OWNER];
  report.matrices.owners.rows[0] = HOSTILE_OWNER;
  report.matrices.projects.rows[0] = HOSTILE_PROJECT;
  for (const matrix of [report.matrices.owners, report.matrices.projects]) matrix.columns = matrix.columns.map((name) => (name === oldName ? HOSTILE_ENTRY : name));
  report.actionItems[0].owners[0].owner = HOSTILE_OWNER;
  return report;
}
