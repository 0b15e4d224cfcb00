import type { NormalizedEntry, Priority } from '../registry/normalized-registry';
import { compareStrings } from '../result/fingerprint';
import type { Site } from '../result/site';
import type { ActionItem, EntryReport } from './report-model';

export const PRIORITY_WEIGHT: Record<Priority, number> = { critical: 8, high: 4, medium: 2, low: 1 };

/**
 * SPEC §7 action items: one per entry with bypass sites (not `enforce: "off"`), ranked by
 * priority weight × bypass sites, naming the projects and files that matter most, the fix, and
 * the command that validates it in each project.
 */
export function rankActionItems(entries: EntryReport[], registryEntries: NormalizedEntry[], validateCommand: (project: string) => string, ownersOf: (file: string) => string[] = () => []): ActionItem[] {
  const byName = new Map(registryEntries.map((entry) => [entry.name, entry]));
  const items = entries
    .filter((entry) => entry.bypass > 0 && entry.enforce !== 'off')
    .map((entry): Omit<ActionItem, 'rank'> => {
      const projects = entry.topBypassing.slice(0, 3);
      return {
        entry: entry.name,
        priority: entry.priority,
        bypass: entry.bypass,
        score: PRIORITY_WEIGHT[entry.priority] * entry.bypass,
        projects,
        owners: topOwners(entry.bypassSites, ownersOf),
        files: topFiles(entry.bypassSites),
        fix: describeFix(byName.get(entry.name), entry.bypassSites),
        validate: projects.map((p) => validateCommand(p.project)),
      };
    })
    .sort((a, b) => b.score - a.score || compareStrings(a.entry, b.entry));
  return items.map((item, index) => ({ rank: index + 1, ...item }));
}

/** The owners to ask: a site with several owners counts for each. */
function topOwners(sites: Site[], ownersOf: (file: string) => string[]): { owner: string; bypass: number }[] {
  const counts = new Map<string, number>();
  for (const site of sites) for (const owner of ownersOf(site.file)) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return [...counts]
    .map(([owner, bypass]) => ({ owner, bypass }))
    .sort((a, b) => b.bypass - a.bypass || compareStrings(a.owner, b.owner))
    .slice(0, 3);
}

function topFiles(sites: Site[]): { file: string; bypass: number }[] {
  const counts = new Map<string, number>();
  for (const site of sites) counts.set(site.file, (counts.get(site.file) ?? 0) + 1);
  return [...counts.entries()]
    .map(([file, bypass]) => ({ file, bypass }))
    .sort((a, b) => b.bypass - a.bypass || compareStrings(a.file, b.file))
    .slice(0, 5);
}

/** The fix in words, from what the bypass sites actually are. */
export function describeFix(entry: NormalizedEntry | undefined, sites: Site[]): string {
  if (!entry) return 'route these operations through the SSOT';
  const where = entry.source ?? entry.module ?? '';
  const kinds = new Set(sites.map((site) => site.kind));
  const parts: string[] = [];
  if (kinds.has('factory-bypass') && entry.factory) parts.push(`construct ${entry.name} through ${entry.factory}() instead of new`);
  const replaced = [...new Set(sites.filter((site) => site.kind !== 'factory-bypass').map((site) => site.kind === 'literal' ? site.text : site.kind === 'module' || site.kind === 'ref' || site.kind === 'handle' ? bypassedModule(entry, site) : site.text))].slice(0, 4);
  if (replaced.length > 0) parts.push(`replace ${replaced.join(', ')} with ${entry.name} from ${where}`);
  return parts.length > 0 ? parts.join('; ') : `use ${entry.name} from ${where}`;
}

function bypassedModule(entry: NormalizedEntry, site: Site): string {
  const matcher = entry.bypasses.find((m) => m.kind === 'import');
  return matcher && matcher.kind === 'import' ? `'${matcher.pattern}'` : site.text;
}
