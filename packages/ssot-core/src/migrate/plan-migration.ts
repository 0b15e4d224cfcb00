import { createCanonicalImports } from '../detectors/canonical-import';
import { SsotUsageError } from '../errors';
import { splitGlobalPath } from '../match/compile-entry';
import type { NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import { compareStrings } from '../result/fingerprint';
import { analyzeFiles } from '../stages/analyze-files';
import { compileRegistry } from '../stages/compile-registry';
import { indexWorkspace } from '../stages/index-workspace';
import { createFileSystemHost } from '../workspace/fs-host';
import type { MigrationEnvironment } from './fix-context';
import { FIXES } from './fixes';
import { getReplaceWith } from './fix-kinds';
import { InMemoryProject } from './in-memory-project';
import { migrateFile, type PlannedSite } from './migrate-file';
import type { FileChange, MigrateOptions, MigrationPlan, MigrationStep } from './migration-plan';
import { SsotDeclarations } from './ssot-declarations';

// The one-file planner loads with this module (migrate/index.ts requires it lazily, once).
export { createFileFixPlanner } from './plan-file-fixes';

/**
 * SPEC §8 `migrate`, Nx-free: the counting engine finds the sites (`analyze`), each fix decides
 * per site — applied, or refused with the reason — and ts-morph edits the files in memory. The
 * plan holds every file's new text; the caller writes it (the Nx generator, through its Tree).
 * Applying a plan and planning again changes nothing: every applied site stops being a site.
 */
export function planMigration(options: MigrateOptions): MigrationPlan {
  const host = options.host ?? createFileSystemHost(options.workspaceRoot);
  const entries = selectEntries(options.registry, options.entry);
  const compiled = compileRegistry(options.registry, options.today);
  const index = indexWorkspace({ workspaceRoot: options.workspaceRoot, projects: options.projects, host, interest: compiled.interest, keep: ['bindings', 'exports'] });
  // Sites only: the detectors' findings are not the fixes' business.
  const analysis = analyzeFiles(index, compiled, [], options.project === undefined ? undefined : [options.project]);
  const project = new InMemoryProject(host);
  const env: MigrationEnvironment = { index, compiled, project, declarations: new SsotDeclarations(project), getCanonical: createCanonicalImports(index) };

  const selected = new Map(entries.map((entry) => [entry.name, entry]));
  const byFile = new Map<string, PlannedSite[]>();
  let unfixable = 0;
  for (const site of analysis.sites) {
    const entry = selected.get(site.entry);
    // A suppressed bypass stays as its comment says (with its reason): never rewritten, never counted unfixable.
    if (!entry || site.suppressed) continue;
    const fix = FIXES.find((f) => f.handles(site, entry));
    if (fix) {
      const planned = byFile.get(site.file) ?? [];
      planned.push({ site, entry, fix });
      byFile.set(site.file, planned);
    } else if (site.side === 'bypass' && !site.exempt) unfixable += 1;
  }
  const entriesFor = (file: string) => compiled.getEntriesFor(file, index.projects.getOwnerInfo(file)).flatMap((c) => selected.get(c.entry.name) ?? []);
  const shadowable = analysis.files.filter((file) => mayHoldReplaceableGlobal(host.readFile(file), entriesFor(file)));
  const steps: MigrationStep[] = [];
  const changes: FileChange[] = [];
  for (const file of [...new Set([...byFile.keys(), ...shadowable])].sort(compareStrings)) {
    const result = migrateFile(env, file, byFile.get(file) ?? [], entriesFor(file));
    steps.push(...result.steps);
    if (result.change) changes.push(result.change);
  }
  return { steps: steps.sort(compareSteps), changes, unfixable };
}

function selectEntries(registry: NormalizedRegistry, name: string | undefined): NormalizedEntry[] {
  if (name === undefined) return registry.entries;
  const found = registry.entries.filter((entry) => entry.name === name);
  if (found.length === 0) {
    const known = registry.entries.map((entry) => entry.name).join(', ') || 'none';
    throw new SsotUsageError(`Unknown entry "${name}": ssot.json has ${known}.`);
  }
  return found;
}

/** Text prefilter for the shadowed look-alikes: the root of some `global` matcher with `replaceWith`. */
function mayHoldReplaceableGlobal(text: string | undefined, entries: readonly NormalizedEntry[]): boolean {
  if (text === undefined) return false;
  return entries.some((entry) =>
    entry.bypasses.some((m) => m.kind === 'global' && getReplaceWith(entry, m.path) !== undefined && text.includes(splitGlobalPath(m.path)[0])),
  );
}

function compareSteps(a: MigrationStep, b: MigrationStep): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.entry, b.entry) || compareStrings(a.fix, b.fix);
}
