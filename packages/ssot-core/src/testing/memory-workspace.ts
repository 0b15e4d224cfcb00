import { analyze, type AnalysisResult } from '../analyze';
import type { BypassMatcher, NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_TIERS } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import { createMemoryHost } from '../workspace/memory-host';

/** Test helper: a normalised entry with the defaults filled in. */
export function entry(fields: Partial<NormalizedEntry> & { name: string; bypasses?: BypassMatcher[] }): NormalizedEntry {
  return {
    exports: [fields.name],
    legacyPaths: [],
    duplicates: [],
    priority: 'medium',
    enforce: 'warn',
    goals: [],
    exemptions: [],
    bypasses: [],
    ...fields,
  };
}

export function registry(entries: NormalizedEntry[], overrides: Partial<NormalizedRegistry> = {}): NormalizedRegistry {
  return { entries, include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, tiers: DEFAULT_TIERS, tierGoals: {}, ...overrides };
}

export const TEST_PROJECTS = [
  { name: 'app', root: 'apps/app', tags: ['scope:backend'] },
  { name: 'web', root: 'apps/web', tags: ['scope:frontend'] },
  { name: 'lib', root: 'libs/lib', tags: [] },
  { name: 'old', root: 'libs/old', tags: [] },
];

export const TEST_TSCONFIG = JSON.stringify({
  compilerOptions: { paths: { '@acme/lib': ['libs/lib/src/index.ts'], '@acme/lib/*': ['libs/lib/*'], '@acme/old': ['libs/old/index.ts'] } },
});

/** Analyse an in-memory workspace (with a root tsconfig.base.json unless given) on a fixed day. */
export function analyzeFiles(files: Record<string, string>, entries: NormalizedEntry[], today = '2026-06-01'): AnalysisResult {
  return analyze({
    workspaceRoot: '/memory',
    host: createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, ...files }),
    registry: registry(entries),
    projects: TEST_PROJECTS,
    today,
  });
}

/** `file:line:column side kind text [pattern] [exempt]`: one readable line per site. */
export function describeSite(site: Site): string {
  const tail = [site.pattern, site.exempt ? 'exempt' : undefined].filter(Boolean).join(' ');
  return `${site.file}:${site.line}:${site.column} ${site.side} ${site.kind} ${site.text}${tail ? ` ${tail}` : ''}`;
}
