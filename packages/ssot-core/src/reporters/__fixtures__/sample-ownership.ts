/**
 * Who owns the sample's code, and its matrices, derived by hand from the sample's project figures so
 * they add up: admin's files are co-owned by @acme/web and @acme/admin (each counts them once),
 * shared-ui's have no owner. Tags: scope:apps / scope:libs, and team:web on web and admin.
 */
import type { Matrix, Ownership, ProjectReport, Rollup } from '../../report/report-model';

const OWNERS: Record<string, string[]> = { admin: ['@acme/web', '@acme/admin'], api: ['@acme/backend'], core: ['@acme/platform'], http: ['@acme/platform'], 'shared-ui': ['(no owner)'], web: ['@acme/web'] };
const TAGS: Record<string, string[]> = { admin: ['scope:apps', 'team:web'], api: ['scope:apps'], core: ['scope:libs'], http: ['scope:libs'], 'shared-ui': ['scope:libs'], web: ['scope:apps', 'team:web'] };
const FINDINGS_BY_PROJECT: Record<string, Record<string, number>> = { api: { 'factory-bypass': 1 }, http: { 'multiple-import-paths': 1 }, web: { 'silent-failure': 1 }, worker: { 'factory-bypass': 1 } };

const SAMPLE_FILES = [
  'apps/admin/src/env.ts',
  'apps/admin/src/main.ts',
  'apps/admin/src/reports/report-header.tsx',
  'apps/admin/src/users/users-api.ts',
  'apps/api/src/boot.ts',
  'apps/api/src/bootstrap.ts',
  'apps/api/src/cache/redis-cache.ts',
  'apps/api/src/db/connection.ts',
  'apps/api/src/main.ts',
  'apps/api/src/orders/orders.controller.ts',
  'apps/web/src/app/error-boundary.tsx',
  'apps/web/src/app/prefetch.ts',
  'apps/web/src/orders/order-row.tsx',
  'apps/web/src/search/search-page.ts',
  'apps/web/src/state/persist.ts',
  'libs/http/src/api-client.ts',
];

type Counts = Map<string, Map<string, { usage: number; bypass: number }>>;

function coverage(usage: number, bypass: number): number | null {
  return usage + bypass === 0 ? null : Math.round((usage / (usage + bypass)) * 1000) / 10;
}

export function tierOf(value: number | null): string | null {
  if (value === null) return null;
  return value >= 90 ? 'Tier 1 Ultra-Critical' : value >= 60 ? 'Tier 2 Critical' : value >= 40 ? 'Tier 3 Important' : 'Tier 4 Underutilized';
}

function collect(projects: ProjectReport[], groupsOf: Record<string, string[]>): Counts {
  const counts: Counts = new Map();
  for (const project of projects) {
    for (const group of groupsOf[project.name] ?? []) {
      const row = counts.get(group) ?? new Map();
      for (const [entry, side] of Object.entries(project.entries)) {
        const cell = row.get(entry) ?? { usage: 0, bypass: 0 };
        row.set(entry, { usage: cell.usage + side.usage, bypass: cell.bypass + side.bypass });
      }
      counts.set(group, row);
    }
  }
  return counts;
}

function rollups(counts: Counts, groupsOf: Record<string, string[]>): Rollup[] {
  return [...counts].map(([name, row]) => {
    const usage = [...row.values()].reduce((sum, cell) => sum + cell.usage, 0);
    const bypass = [...row.values()].reduce((sum, cell) => sum + cell.bypass, 0);
    const byDetector: Record<string, number> = {};
    for (const [project, groups] of Object.entries(groupsOf)) if (groups.includes(name)) for (const [detector, n] of Object.entries(FINDINGS_BY_PROJECT[project] ?? {})) byDetector[detector] = (byDetector[detector] ?? 0) + n;
    const findings = Object.values(byDetector).reduce((sum, n) => sum + n, 0);
    const topEntries = [...row].filter(([, cell]) => cell.bypass > 0).map(([entry, cell]) => ({ entry, ...cell, coverage: coverage(cell.usage, cell.bypass) })).sort((a, b) => b.bypass - a.bypass || a.entry.localeCompare(b.entry)).slice(0, 5);
    return { name, usage, bypass, coverage: coverage(usage, bypass), tier: tierOf(coverage(usage, bypass)), topEntries, findings, ...(findings > 0 && { byDetector }) };
  }).sort((a, b) => b.bypass - a.bypass || a.name.localeCompare(b.name));
}

function matrix(counts: Counts): Matrix {
  const columnBypass = new Map<string, number>();
  for (const row of counts.values()) for (const [entry, cell] of row) columnBypass.set(entry, (columnBypass.get(entry) ?? 0) + cell.bypass);
  const total = (name: string) => [...(counts.get(name)?.values() ?? [])].reduce((sum, cell) => sum + cell.bypass, 0);
  const rows = [...counts.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const columns = [...columnBypass.keys()].sort((a, b) => (columnBypass.get(b) ?? 0) - (columnBypass.get(a) ?? 0) || a.localeCompare(b));
  const cells = rows.map((name) => columns.map((entry) => {
    const cell = counts.get(name)?.get(entry);
    return cell ? { ...cell, coverage: coverage(cell.usage, cell.bypass), tier: tierOf(coverage(cell.usage, cell.bypass)) } : null;
  }));
  return { rows, columns, cells };
}

/** Each bypass file and finding file of the sample → the owners of its project (none for shared-ui). */
function sampleOwnerFiles(): Record<string, string[]> {
  const files: Record<string, string[]> = {};
  for (const [prefix, owners] of [['apps/admin/', OWNERS.admin], ['apps/api/', OWNERS.api], ['apps/web/', OWNERS.web], ['libs/core/', OWNERS.core], ['libs/http/', OWNERS.http]] as const) {
    for (const file of SAMPLE_FILES) if (file.startsWith(prefix)) files[file] = owners;
  }
  return files;
}

export function sampleOwnership(projects: ProjectReport[]): Ownership {
  const tags = rollups(collect(projects, TAGS), TAGS).map((rollup) => ({ ...rollup, group: rollup.name.split(':')[0] }));
  return { from: 'codeowners', file: '.github/CODEOWNERS', files: sampleOwnerFiles(), owners: rollups(collect(projects, OWNERS), OWNERS), tags: tags.sort((a, b) => a.group.localeCompare(b.group) || b.bypass - a.bypass || a.name.localeCompare(b.name)) };
}

export function sampleMatrices(projects: ProjectReport[]): { projects: Matrix; owners: Matrix } {
  return { projects: matrix(collect(projects, Object.fromEntries(projects.map((p) => [p.name, [p.name]])))), owners: matrix(collect(projects, OWNERS)) };
}
