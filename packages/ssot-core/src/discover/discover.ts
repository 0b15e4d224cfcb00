import type { WorkspaceProject } from '../analyze';
import { compileRegistry } from '../stages/compile-registry';
import { indexWorkspace } from '../stages/index-workspace';
import { selectFiles } from '../stages/select-files';
import { SsotUsageError } from '../errors';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_TIERS, type NormalizedRegistry } from '../registry/normalized-registry';
import type { RegistryEntry } from '../registry/registry.generated';
import { compareStrings } from '../result/fingerprint';
import type { FileHost } from '../workspace/file-host';
import { createProjectFilter } from '../workspace/project-patterns';
import { BYPASS_FAMILIES, proposeBypassFamilies } from './bypass-families';
import { collectInventory } from './collect-inventory';
import { combineCopiedFiles } from './combine-copied-files';
import { proposeFactories } from './factories';
import { proposeInjectedServices } from './injected-services';
import { proposeLegacyPaths } from './legacy-paths';
import { proposeMagicLiterals } from './magic-literals';
import { measureCandidates, type MeasureOptions } from './measure-candidates';
import { mergeFacets } from './merge-facets';
import { findCopies, proposeRivalImplementations } from './rival-implementations';
import { validateProposal, type CheckedEntry } from './validate-proposal';

export interface DiscoverOptions {
  workspaceRoot: string;
  projects: WorkspaceProject[];
  /** The workspace's registry: its entries are not proposed again, its include / exclude apply. */
  registry?: NormalizedRegistry;
  /** Nx project patterns (SPEC §3): evidence is gathered only in the files of these projects. */
  projectPatterns?: string[];
  /** Propose at most this many entries, those with the most sites first. */
  max?: number;
  host?: FileHost;
  today?: string;
}

export interface DiscoverResult {
  /** The proposal in ssot.json form, each entry with its evidence in `$comment`. */
  entries: RegistryEntry[];
  /** The same entries with the counts the check gives them and the families that found them. */
  checked: CheckedEntry[];
  /** Bypass families found in the code with no workspace class or function named for them. */
  unpaired: { family: string; sites: number; files: number }[];
}

/**
 * `discover` (SPEC §8): inventory (declarations, string constants, shims) → measure every candidate and bypass
 * family with the check's own matcher → each proposal family → merge per candidate → drop what
 * is already registered → validate by running the check on the proposal → rank and cut.
 */
export function discover(options: DiscoverOptions): DiscoverResult {
  const base = options.registry ?? {
    entries: [],
    include: DEFAULT_INCLUDE,
    exclude: DEFAULT_EXCLUDE,
    tiers: DEFAULT_TIERS,
    tierGoals: {},
  };
  const only = selectProjects(options.projects, options.projectPatterns);
  const measureOptions: MeasureOptions = {
    workspaceRoot: options.workspaceRoot,
    projects: options.projects,
    base,
    ...pick(options, only),
  };
  const index = indexWorkspace({ workspaceRoot: options.workspaceRoot, projects: options.projects, ...(options.host && { host: options.host }) });
  const inventory = collectInventory(index, selectFiles(index, compileRegistry({ ...base, entries: [] }, options.today)));
  const { uses, familyUses } = measureCandidates(inventory.candidates, BYPASS_FAMILIES, measureOptions);
  const families = proposeBypassFamilies({
    candidates: inventory.candidates,
    uses,
    familyUses,
  });
  const claimed = new Map(families.facets.map((facet) => [facet.family.replace('bypass-family:', ''), facet.candidate.id]));
  const facets = [
    ...families.facets,
    ...combineCopiedFiles(proposeRivalImplementations(inventory.candidates, uses, options.projects), uses),
    ...proposeInjectedServices(inventory.candidates, uses, familyUses, claimed),
    ...proposeFactories(inventory.candidates, uses),
    ...proposeLegacyPaths(inventory.candidates, uses, inventory.shims),
    ...proposeMagicLiterals(inventory.candidates, uses),
  ];
  const known = new Set(base.entries.flatMap((entry) => [entry.name, ...(entry.source && entry.exports !== '*' ? entry.exports.map((name) => `${entry.source}#${name}`) : [])]));
  // A copy of a shared folder is never the SSOT, whatever else it looks like (a factory beside `new`).
  const copies = findCopies(inventory.candidates, options.projects);
  const fresh = facets.filter((facet) => !known.has(facet.candidate.id) && !known.has(facet.candidate.name) && !copies.has(facet.candidate.id));
  const drafts = mergeFacets(fresh, options.projects.length).filter((draft) => !known.has(draft.entry.name));
  const checked = validateProposal(drafts, measureOptions, base)
    .sort((a, b) => b.usage + b.bypass - (a.usage + a.bypass) || compareStrings(a.entry.name, b.entry.name))
    .slice(0, options.max ?? Number.POSITIVE_INFINITY);
  return {
    entries: checked.map(withEvidence),
    checked,
    unpaired: families.unpaired.map(({ family, uses: matcherUses }) => ({
      family: family.id,
      sites: matcherUses.reduce((sum, use) => sum + use.sites, 0),
      files: new Set(matcherUses.flatMap((use) => use.files)).size,
    })),
  };
}

/** The entry with its evidence first, as a reader of ssot.json meets it. */
function withEvidence(checked: CheckedEntry): RegistryEntry {
  const coverage = checked.coverage === null ? 'no data' : `${checked.coverage} %`;
  const counts = `the check counts ${checked.usage} usage and ${checked.bypass} bypass sites (coverage ${coverage})`;
  const { name, ...rest } = checked.entry;
  return {
    name,
    $comment: `Proposed by discover. ${checked.evidence.join('. ')}. With this entry ${counts}.`,
    ...rest,
  };
}

function selectProjects(projects: WorkspaceProject[], patterns: string[] | undefined): string[] | undefined {
  if (patterns === undefined || patterns.length === 0) return undefined;
  const matches = createProjectFilter(patterns);
  const selected = projects.filter((project) => matches(project)).map((project) => project.name);
  if (selected.length === 0) throw new SsotUsageError(`No project matches --projects=${patterns.join(',')}. Run \`nx show projects\` to list the projects.`);
  return selected;
}

function pick(options: DiscoverOptions, only: string[] | undefined): Partial<MeasureOptions> {
  return {
    ...(options.host && { host: options.host }),
    ...(options.today && { today: options.today }),
    ...(only && { only }),
  };
}
