/**
 * The Markdown report's parts about what a run could not see: the kept baseline items under the
 * summary's baseline line, files not analysed and baselines in format 1 under Diagnostics, and the
 * footnote for figures marked incomplete. Every string from the model is escaped.
 */
import type { WorkspaceReport } from '../../report/report-model';
import { baselineUpgrades, INCOMPLETE_MARK, INCOMPLETE_NOTE, keptGroups, notAnalysedByProject } from '../completeness';
import { plural } from '../format';
import { leftOut } from './blocks';
import { code, codeBlock, escapeMarkdown as md } from './escape';

/** Nested under the summary's baseline line: each reason with the check's words, then the first items. */
export function keptLines(report: WorkspaceReport): string[] {
  const lines: string[] = [];
  for (const group of keptGroups(report)) {
    lines.push(`  - ${md(group.heading)}`);
    for (const item of group.shown) lines.push(`    - ${code(item.file)} (${md(item.project)}): ${md(item.entry)} ${code(item.text)}`);
    if (group.rest > 0) lines.push(`    - _…and ${group.rest} more (all in report.json)_`);
  }
  return lines;
}

/** Below a table whose figures carry the mark: why (`\*` so the mark is never read as emphasis). */
export function incompleteNote(): string {
  return `${md(INCOMPLETE_MARK)} ${md(`${INCOMPLETE_NOTE[0].toUpperCase()}${INCOMPLETE_NOTE.slice(1)}`)}.`;
}

/** Diagnostics: the files not analysed per project, with their reason, counted apart from "files analysed". */
export function notAnalysedLines(report: WorkspaceReport): string[] {
  const { shown, rest, files } = notAnalysedByProject(report);
  if (shown.length === 0) return [];
  const lines = ['', `**Files not analysed**: ${plural(files, 'file')}, not counted in "files analysed"; their known bypasses are kept.`, ''];
  for (const project of shown) {
    const more = project.rest > 0 ? ` …and ${project.rest} more` : '';
    lines.push(`- ${md(project.project)} (${project.count}): ${project.shown.map((file) => `${code(file.file)} (${md(file.reason)})`).join(', ')}${more}`);
  }
  if (rest > 0) lines.push(`- _…and ${rest} more projects (all in report.json)_`);
  return lines;
}

/** Diagnostics: each baseline still in format 1, the check's message, and the commands that upgrade them. */
export function upgradeLines(report: WorkspaceReport): string[] {
  const { shown, rest } = baselineUpgrades(report);
  if (shown.length === 0) return [];
  return [
    '',
    `**Baselines in format 1**: ${plural(shown.length + rest, 'project')}; each still works, and its command upgrades it.`,
    '',
    ...shown.map(({ place }) => `- ${code(place.file)} (${md(place.project)}): ${md(place.message)}`),
    ...leftOut(shown.length + rest, shown.length, 'baselines in format 1'),
    '',
    codeBlock(shown.map((upgrade) => upgrade.command)),
  ];
}
