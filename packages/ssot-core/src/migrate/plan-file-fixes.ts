import { createCanonicalImports } from '../detectors/canonical-import';
import type { Site } from '../result/site';
import type { FileFacts } from '../scan/file-facts';
import type { CompiledRegistry } from '../stages/compile-registry';
import type { WorkspaceIndex } from '../stages/index-workspace';
import type { MigrationEnvironment } from './fix-context';
import { InMemoryProject } from './in-memory-project';
import { migrateFile } from './migrate-file';
import type { FixKind } from './migration-plan';
import { FIXES } from './fixes';
import { SsotDeclarations } from './ssot-declarations';

/** One site's fix on its own: the file's whole text after it (the import included), as `migrate` would write it. */
export interface SiteFix {
  site: Site;
  kind: FixKind;
  /** The code that replaces the site, as the migrate plan prints it. */
  replacement: string;
  after: string;
}

/** A fixable site that the fix refused: no mechanical edit is provably equal, and why (as the plan says it). */
export interface SiteRefusal {
  site: Site;
  kind: FixKind;
  reason: string;
}

/** Plans fixes for one file's text at a time (an editor's buffer), over one workspace index. */
export interface FileFixPlanner {
  /** Whether some fix handles the site: cheap, no parse; the planner is worth asking only then. */
  isFixable(site: Site): boolean;
  /** Each fixable site planned alone against `text` (no fix sees another's edit): its fix, or the refusal with the reason. */
  planFileFixes(file: string, text: string, facts: FileFacts, sites: readonly Site[]): { fixes: SiteFix[]; refusals: SiteRefusal[] };
}

/**
 * `migrate`'s own planner (the same fixes, decisions and refusals) for tools that fix one file
 * at a time, such as the ESLint rule's suggestions. The ts-morph project is made on the first
 * plan and kept with the planner.
 */
export function createFileFixPlanner(index: WorkspaceIndex, compiled: CompiledRegistry): FileFixPlanner {
  const entries = new Map(compiled.registry.entries.map((entry) => [entry.name, entry]));
  let env: MigrationEnvironment | undefined;
  const fixOf = (site: Site) => {
    const entry = entries.get(site.entry);
    // Bypasses, and usages through a legacy path (the legacy-path fix): each fix says which sites it handles.
    const fix = entry && !site.exempt && !site.suppressed ? FIXES.find((each) => each.handles(site, entry)) : undefined;
    return entry && fix ? { entry, fix } : undefined;
  };
  return {
    isFixable: (site) => fixOf(site) !== undefined,
    planFileFixes(file, text, facts, sites) {
      const fixes: SiteFix[] = [];
      const refusals: SiteRefusal[] = [];
      for (const site of sites) {
        const found = fixOf(site);
        if (!found) continue;
        if (!env) {
          const project = new InMemoryProject(index.host);
          env = { index, compiled, project, declarations: new SsotDeclarations(project), getCanonical: createCanonicalImports(index) };
        }
        const { steps, change } = migrateFile(env, file, [{ site, ...found }], [], { text, facts });
        const step = steps[0];
        if (change && step?.status === 'applied' && step.replacement !== undefined) fixes.push({ site, kind: found.fix.kind, replacement: step.replacement, after: change.after });
        else if (step?.status === 'refused' && step.reason !== undefined) refusals.push({ site, kind: found.fix.kind, reason: step.reason });
      }
      return { fixes, refusals };
    },
  };
}
