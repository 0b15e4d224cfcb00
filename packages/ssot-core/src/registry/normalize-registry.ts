/**
 * The registry as written (validated, generated type) → the registry the engine consumes, with
 * every default applied once, here. Comments and `$schema` are dropped.
 */
import type {
  RegistryBypass,
  RegistryEntry,
  RegistryExemption,
  RegistryFile,
  RegistryGoal,
} from './registry.generated';
import { SsotConfigError } from '../errors';
import { checkDetectorSettings } from '../detectors/configure-detectors';
import { formatJsonPath } from './json-path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_OWNERS, DEFAULT_TIERS } from './normalized-registry';
import type { BypassMatcher, DetectorSetting, Exemption, Goal, NormalizedEntry, NormalizedRegistry } from './normalized-registry';

export function normalizeRegistry(registry: RegistryFile): NormalizedRegistry {
  const tierGoals: Record<string, Goal[]> = {};
  for (const [tier, goals] of Object.entries(registry.goals ?? {})) {
    // The only non-list value the schema admits here is the `$comment` string.
    if (Array.isArray(goals)) tierGoals[tier] = goals.map(normalizeGoal);
  }
  return {
    entries: registry.entries.map(normalizeEntry),
    include: [...(registry.include ?? DEFAULT_INCLUDE)],
    // Given, it adds to the default; `excludeDefaults: false` drops the default.
    exclude: [...(registry.excludeDefaults === false ? [] : DEFAULT_EXCLUDE), ...(registry.exclude ?? [])],
    tiers: (registry.tiers ?? DEFAULT_TIERS).map(({ name, min, max }) => ({ name, min, max })),
    ...(registry.minHealth !== undefined && { minHealth: registry.minHealth }),
    ...(registry.strict === true && { strict: true }),
    tierGoals,
    owners: { from: registry.owners?.from ?? DEFAULT_OWNERS.from, tagPrefix: registry.owners?.tagPrefix ?? DEFAULT_OWNERS.tagPrefix },
    ...(registry.detectors !== undefined && { detectors: normalizeDetectors(registry.detectors) }),
  };
}

/**
 * The schema checks only the shape (`"off"` or an object per known id); each detector's options are
 * checked here against its own `meta.schema`, so a typo in an option fails the load like any other.
 */
function normalizeDetectors(detectors: NonNullable<RegistryFile['detectors']>): Record<string, DetectorSetting> {
  const settings: Record<string, DetectorSetting> = {};
  for (const [id, setting] of Object.entries(detectors)) {
    if (id === '$comment' || setting === undefined) continue;
    if (typeof setting === 'string') {
      if (setting === 'off') settings[id] = 'off';
      continue;
    }
    const { $comment: _comment, ...options } = setting;
    settings[id] = options;
  }
  const problems = checkDetectorSettings(settings);
  if (problems.length > 0) {
    throw new SsotConfigError(problems.map((p) => ({ file: 'ssot.json', path: formatJsonPath(p.segments), expected: p.expected, found: p.found })));
  }
  return settings;
}

function normalizeEntry(entry: RegistryEntry): NormalizedEntry {
  const exported = entry.export ?? entry.name;
  return withoutUndefined({
    name: entry.name,
    source: entry.source,
    module: entry.module,
    exports: exported === '*' ? '*' : typeof exported === 'string' ? [exported] : [...exported],
    factory: entry.factory,
    legacyPaths: [...(entry.legacyPaths ?? [])],
    projects: entry.projects && [...entry.projects],
    bypasses: (entry.bypasses ?? []).map(normalizeBypass),
    duplicates: [...(entry.duplicates ?? [])],
    impact: entry.impact,
    owner: entry.owner,
    priority: entry.priority ?? 'medium',
    enforce: entry.enforce ?? 'warn',
    minCoverage: entry.minCoverage,
    goals: (entry.goals ?? []).map(normalizeGoal),
    exemptions: (entry.exemptions ?? []).map(normalizeExemption),
    role: entry.role,
  });
}

function normalizeBypass(bypass: RegistryBypass): BypassMatcher {
  if ('import' in bypass) {
    return withoutUndefined({ kind: 'import', pattern: bypass.import, names: bypass.names && [...bypass.names] });
  }
  if ('global' in bypass) {
    return withoutUndefined({ kind: 'global', path: bypass.global, replaceWith: bypass.replaceWith });
  }
  if ('new' in bypass) return withoutUndefined({ kind: 'new', className: bypass.new, from: bypass.from });
  return { kind: 'literal', value: bypass.literal };
}

function normalizeExemption(exemption: RegistryExemption): Exemption {
  return withoutUndefined({
    files: typeof exemption.files === 'string' ? [exemption.files] : [...exemption.files],
    // The schema lets `reason` out (as the conformance vectors do); the report shows it empty.
    reason: exemption.reason ?? '',
    owner: exemption.owner,
    expires: exemption.expires,
  });
}

function normalizeGoal(goal: RegistryGoal): Goal {
  return { by: goal.by, coverage: goal.coverage };
}

/** Optional fields are absent rather than `undefined`, so results compare and serialise cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) Reflect.deleteProperty(value, key);
  }
  return value;
}
