import { analyze, type WorkspaceProject } from '../analyze';
import { DETECTORS } from '../detectors';
import type { NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import type { FileHost } from '../workspace/file-host';
import type { BypassFamily } from './bypass-families';
import type { Candidate, CandidateUse, MatcherUse } from './proposal';

/** A module no workspace imports: a probe entry's usage side, so only its bypass matchers count. */
const PROBE_MODULE = 'ssot-discover-probe';

export interface MeasureOptions {
  workspaceRoot: string;
  projects: WorkspaceProject[];
  host?: FileHost;
  today?: string;
  /** Count sites only in the files these projects own. */
  only?: string[];
  /** The workspace's include / exclude. */
  base: Pick<NormalizedRegistry, 'include' | 'exclude' | 'tiers' | 'tierGoals'>;
}

export interface Measurements {
  uses: Map<string, CandidateUse>;
  familyUses: Map<string, MatcherUse[]>;
}

/**
 * Counts with the check's own matcher instead of a second one: every candidate becomes a probe
 * entry (its usages: references, handles, constructions) and every family a probe entry with its
 * matchers (its bypasses), and one `analyze()` run counts them all, detectors off.
 */
export function measureCandidates(candidates: Candidate[], families: BypassFamily[], options: MeasureOptions): Measurements {
  // A constant's probe also counts its value as a literal: the magic strings that repeat it.
  const candidateEntries = candidates.map((candidate, index) =>
    probeEntry(`candidate:${index}`, {
      source: candidate.file,
      exports: [candidate.name],
      ...(candidate.value !== undefined && {
        bypasses: [{ kind: 'literal', value: candidate.value }],
      }),
    }),
  );
  // One probe per matcher, so that each matcher's sites (and files) are told apart without re-reading them.
  const familyEntries = families.flatMap((family) =>
    family.matchers.map((matcher, index) =>
      probeEntry(`family:${family.id}:${index}`, {
        module: PROBE_MODULE,
        bypasses: [matcher],
      }),
    ),
  );
  const result = analyze({
    workspaceRoot: options.workspaceRoot,
    projects: options.projects,
    registry: {
      ...options.base,
      entries: [...candidateEntries, ...familyEntries],
      detectors: Object.fromEntries(Object.keys(DETECTORS).map((id) => [id, 'off'])),
    },
    ...(options.host && { host: options.host }),
    ...(options.today && { today: options.today }),
    ...(options.only && { only: options.only }),
  });
  const byEntry = new Map<string, Site[]>();
  for (const site of result.sites) {
    if (site.exempt) continue;
    const list = byEntry.get(site.entry) ?? [];
    list.push(site);
    byEntry.set(site.entry, list);
  }
  const uses = new Map<string, CandidateUse>();
  candidates.forEach((candidate, index) => {
    const all = byEntry.get(`candidate:${index}`) ?? [];
    const sites = all.filter((site) => site.side === 'usage');
    const literals = all.filter((site) => site.side === 'bypass');
    if (all.length === 0) return;
    uses.set(candidate.id, {
      sites: sites.length,
      files: filesOf(sites),
      handleFiles: filesOf(sites.filter((site) => site.kind === 'handle')),
      // SPEC §4 writes a class-property handle's site as `this.<name>.<member>`.
      injectedFiles: filesOf(sites.filter((site) => site.kind === 'handle' && site.text.startsWith('this.'))),
      constructions: sites.filter((site) => site.kind === 'ref' && site.text.startsWith('new ')).length,
      literalSites: literals.length,
      literalFiles: filesOf(literals),
      literalPerFile: countPerFile(literals),
      projects: projectsOf(all),
    });
  });
  const familyUses = new Map<string, MatcherUse[]>();
  for (const family of families) {
    familyUses.set(
      family.id,
      family.matchers.map((matcher, index) => {
        const sites = (byEntry.get(`family:${family.id}:${index}`) ?? []).filter((site) => site.side === 'bypass');
        return {
          matcher,
          sites: sites.length,
          files: filesOf(sites),
          perFile: countPerFile(sites),
          projects: projectsOf(sites),
        };
      }),
    );
  }
  return { uses, familyUses };
}

function probeEntry(name: string, fields: Partial<NormalizedEntry>): NormalizedEntry {
  return {
    name,
    exports: [name],
    legacyPaths: [],
    duplicates: [],
    priority: 'low',
    enforce: 'off',
    goals: [],
    exemptions: [],
    bypasses: [],
    ...fields,
  };
}

function countPerFile(sites: Site[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const site of sites) counts[site.file] = (counts[site.file] ?? 0) + 1;
  return counts;
}

export function filesOf(sites: Site[]): string[] {
  const counts = new Map(Object.entries(countPerFile(sites)));
  // Most sites first: the "top files" of the evidence.
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([file]) => file);
}

function projectsOf(sites: Site[]): string[] {
  return [...new Set(sites.map((site) => site.project))].sort();
}
