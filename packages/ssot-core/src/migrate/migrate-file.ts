import ts from 'typescript';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import type { FileFacts } from '../scan/file-facts';
import { getParseDiagnostics, scriptKindOf } from '../scan/syntax';
import { FileEdits } from './file-edits';
import type { Fix, FixContext, MigrationEnvironment } from './fix-context';
import { findShadowedGlobals } from './find-shadowed-globals';
import type { FileChange, MigrationStep } from './migration-plan';

/** A site with the entry it belongs to and the fix that handles it. */
export interface PlannedSite {
  site: Site;
  entry: NormalizedEntry;
  fix: Fix;
}

/**
 * One file: decide every site against the original text (no decision sees another's edit), take
 * the non-overlapping edits, apply them with ts-morph, and check the result still parses.
 */
export function migrateFile(
  env: MigrationEnvironment,
  file: string,
  sites: readonly PlannedSite[],
  entries: readonly NormalizedEntry[],
  // The file as the host has it, unless the caller holds a newer text (an editor's unsaved buffer) and its facts.
  { text, facts }: { text: string | undefined; facts: FileFacts | undefined } = readFile(env, file),
): { steps: MigrationStep[]; change?: FileChange } {
  if (text === undefined || !facts) return { steps: sites.map((s) => toStep(s, 'refused', 'the file cannot be read or parsed')) };
  if (facts.syntaxError) {
    const { line, column } = facts.syntaxError;
    return { steps: sites.map((s) => toStep(s, 'refused', `the file has a syntax error at ${line}:${column}; fix it first`)) };
  }
  const sourceFile = env.project.openFile(file, text);
  try {
    const context: FixContext = { env, file, sourceFile, facts };
    const edits = new FileEdits();
    const steps: MigrationStep[] = [];
    for (const planned of sites) {
      const decision = planned.fix.decide(planned.site, planned.entry, context);
      if (decision.status === 'refused') steps.push(toStep(planned, 'refused', decision.reason));
      else if (!edits.take(decision.text, decision.imports)) steps.push(toStep(planned, 'refused', 'another fix in this file edits the same code or name; run the generator again'));
      else steps.push(toStep(planned, 'applied', decision.replacement));
    }
    steps.push(...findShadowedGlobals(context, entries));
    if (edits.isEmpty) return { steps };
    edits.apply(sourceFile);
    const after = (text.startsWith('\uFEFF') ? '\uFEFF' : '') + sourceFile.getFullText();
    if (after === text) return { steps };
    if (getParseDiagnostics(ts.createSourceFile(file, after, ts.ScriptTarget.Latest, false, scriptKindOf(file))).length > 0) {
      const reason = 'the edited file would not parse (a bug in migrate: please report it); the file is left as is';
      return { steps: steps.map((step) => (step.status === 'applied' ? { ...withoutReplacement(step), status: 'refused', reason } : step)) };
    }
    return { steps, change: { file, before: text, after } };
  } finally {
    env.project.closeFile(sourceFile, file);
  }
}

function readFile(env: MigrationEnvironment, file: string): { text: string | undefined; facts: FileFacts | undefined } {
  const text = env.index.host.readFile(file);
  return { text, facts: env.index.takeFacts(file).facts };
}

function toStep({ site, entry, fix }: PlannedSite, status: MigrationStep['status'], detail: string): MigrationStep {
  const step: MigrationStep = { entry: entry.name, fix: fix.kind, file: site.file, line: site.line, column: site.column, text: site.text, status };
  if (status === 'applied') step.replacement = detail;
  else step.reason = detail;
  return step;
}

function withoutReplacement({ replacement: _replacement, ...step }: MigrationStep): MigrationStep {
  return step;
}
