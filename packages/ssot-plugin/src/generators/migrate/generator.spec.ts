import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { logger, type Tree } from '@nx/devkit';
import { formatMigrationPlan, type AnalysisResult, type MigrationPlan } from 'ssot-core';
import { analyzeTree, createExampleTree, declareReplacements, REPO_ROOT, writeTreeToTemp } from './__fixtures__/example-tree';
import { applyMigration, migrateGenerator } from './generator';

/** The replacement the example's JSON handler offers: its methods are instance methods. */
const JSON_REPLACEMENTS = { 'JSON.parse': 'new UnifiedJSONHandler().parse', 'JSON.stringify': 'new UnifiedJSONHandler().stringify' };

/** What the generator prints for the example: each site applied, or refused with its reason. */
const EXAMPLE_PLAN = [
  'ssot migrate: 4 applied, 6 refused, 4 files changed',
  '  refused apps/api/src/app/agents.service.ts:20:25  ExecutionEngine factory-call: new ExecutionEngine (getExecutionEngine(userId: string) requires 1 argument; the call passes 0)',
  "  applied apps/api/src/app/realtime.gateway.ts:14:23  UnifiedWebSocketManager legacy-path: this.sockets.emitCriticalEvent → import { UnifiedWebSocketManager as WebSocketManager } from '@platform/realtime'",
  '  applied apps/web/src/api/api-client.ts:18:13  UnifiedJSONHandler global-call: JSON.stringify → new UnifiedJSONHandler().stringify(body)',
  '  applied apps/web/src/main.ts:19:19  UnifiedJSONHandler global-call: JSON.parse → new UnifiedJSONHandler().parse(String(message.data))',
  "  applied apps/web/src/state/session-store.ts:30:14  UnifiedJSONHandler global-call: JSON.parse → new UnifiedJSONHandler().parse(this.storage.getItem('session') ?? 'null')",
  '  refused apps/web/src/utils/run-summary.ts:29:10  UnifiedJSONHandler global-call: JSON.stringify (new UnifiedJSONHandler().stringify takes at most 2 arguments; the call passes 3)',
  '  refused apps/worker/src/jobs/nightly-report.job.ts:15:28  ExecutionEngine factory-call: new ExecutionEngine (getExecutionEngine(userId: string) requires 1 argument; the call passes 0)',
  '  refused libs/legacy/src/legacy-json-handler.ts:9:14  UnifiedJSONHandler global-call: JSON.parse (the file is exempt from UnifiedJSONHandler in ssot.json)',
  '  refused libs/legacy/src/legacy-json-handler.ts:16:12  UnifiedJSONHandler global-call: JSON.stringify (the file is exempt from UnifiedJSONHandler in ssot.json)',
  '  refused libs/legacy/src/report-exporter.ts:7:33  ExecutionEngine factory-call: new ExecutionEngine (getExecutionEngine(userId: string) requires 1 argument; the call passes 0)',
  "  19 other bypass sites have no mechanical fix: see the fix suggestions of ssot-check's findings.",
];

function exampleWithReplacements(): Tree {
  const tree = createExampleTree();
  declareReplacements(tree, 'UnifiedJSONHandler', JSON_REPLACEMENTS);
  return tree;
}

/** Applied bypass fixes per entry (legacy-path fixes move usages between patterns, not sides). */
function appliedBypassFixes(plan: MigrationPlan, entry: string): number {
  return plan.steps.filter((s) => s.entry === entry && s.status === 'applied' && s.fix !== 'legacy-path').length;
}

describe('migrate generator on examples/platform', () => {
  let tree: Tree;
  let before: AnalysisResult;
  let plan: MigrationPlan;

  beforeAll(() => {
    tree = exampleWithReplacements();
    before = analyzeTree(tree);
    plan = applyMigration(tree, {});
  });

  it('plans each site: applied, or refused with its reason', () => {
    expect(formatMigrationPlan(plan)).toEqual(EXAMPLE_PLAN);
  });

  it('writes the rewritten files to the Tree (what --dry-run lists), and only those', () => {
    const changed = plan.changes.map((c) => c.file);
    expect(changed).toEqual(['apps/api/src/app/realtime.gateway.ts', 'apps/web/src/api/api-client.ts', 'apps/web/src/main.ts', 'apps/web/src/state/session-store.ts']);
    for (const change of plan.changes) expect(tree.read(change.file, 'utf-8')).toBe(change.after);
    expect(tree.read('apps/api/src/app/realtime.gateway.ts', 'utf-8')).toContain("import { UnifiedWebSocketManager as WebSocketManager } from '@platform/realtime';");
    // The type-only import of the handler became a value import: the call needs the class at run time.
    expect(tree.read('apps/web/src/state/session-store.ts', 'utf-8')).toMatch(/^import \{ UnifiedJSONHandler \} from '@platform\/core';$/m);
  });

  it('raises each migrated entry by exactly the sites it rewrote', () => {
    const after = analyzeTree(tree);
    for (const entry of Object.keys(before.totals)) {
      const fixed = appliedBypassFixes(plan, entry);
      const counts = (result: AnalysisResult) => ({ entry, usage: result.totals[entry].usage, bypass: result.totals[entry].bypass });
      expect(counts(after)).toEqual({ entry, usage: counts(before).usage + fixed, bypass: counts(before).bypass - fixed });
    }
    expect(appliedBypassFixes(plan, 'UnifiedJSONHandler')).toBe(3);
    expect(after.totals.UnifiedJSONHandler.coverage ?? 0).toBeGreaterThan(before.totals.UnifiedJSONHandler.coverage ?? 0);
    // The legacy path is gone: the same usage, now direct.
    const legacy = (result: AnalysisResult) => result.totals.UnifiedWebSocketManager.byPattern['legacy-shim'] ?? 0;
    expect(legacy(before) - legacy(after)).toBe(plan.steps.filter((s) => s.fix === 'legacy-path' && s.status === 'applied').length);
    expect(legacy(after)).toBe(0);
  });

  it('leaves code that still type-checks with the example tsconfig', () => {
    const dir = writeTreeToTemp(tree);
    try {
      const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
      expect(() => execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('changes nothing the second time', () => {
    const again = applyMigration(tree, {});
    expect(again.changes).toEqual([]);
    expect(again.steps.filter((s) => s.status === 'applied')).toEqual([]);
  });
});

describe('migrate generator', () => {
  let printed: string[];
  beforeEach(() => {
    printed = [];
    jest.spyOn(logger, 'info').mockImplementation((message: unknown) => {
      printed.push(String(message));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs the plan and returns no task (Nx would call it)', async () => {
    const tree = exampleWithReplacements();
    await expect(migrateGenerator(tree, { skipFormat: true })).resolves.toBeUndefined();
    expect(printed).toEqual(EXAMPLE_PLAN);
  });

  it('--entry limits the fixes to one registry entry', () => {
    const plan = applyMigration(exampleWithReplacements(), { entry: 'UnifiedWebSocketManager' });
    expect(plan.changes.map((c) => c.file)).toEqual(['apps/api/src/app/realtime.gateway.ts']);
    expect(new Set(plan.steps.map((s) => s.entry))).toEqual(new Set(['UnifiedWebSocketManager']));
  });

  it('--project limits the fixes to the files one project owns', () => {
    const plan = applyMigration(exampleWithReplacements(), { project: 'web' });
    expect(plan.changes.map((c) => c.file)).toEqual(['apps/web/src/api/api-client.ts', 'apps/web/src/main.ts', 'apps/web/src/state/session-store.ts']);
    expect(plan.steps.every((s) => s.file.startsWith('apps/web/'))).toBe(true);
  });

  it('--project takes the root project, which owns the files no other project owns', () => {
    const plan = applyMigration(exampleWithReplacements(), { project: 'platform-example' });
    // tools/runs-per-day.ts: a console call and a written-out date format, neither mechanical.
    expect(plan.changes).toEqual([]);
    expect(plan.steps).toEqual([]);
    expect(plan.unfixable).toBe(2);
  });

  it('refuses an unknown entry or project, and a workspace without a registry, before touching anything', async () => {
    const tree = exampleWithReplacements();
    await expect(migrateGenerator(tree, { entry: 'Nope' })).rejects.toThrow('Unknown entry "Nope": ssot.json has UnifiedJSONHandler, ExecutionEngine');
    await expect(migrateGenerator(tree, { project: 'nope' })).rejects.toThrow('Unknown project "nope"');
    tree.delete('ssot.json');
    await expect(migrateGenerator(tree, {})).rejects.toThrow('nx g ssot-plugin:init');
  });

  it('without replaceWith, global bypasses are counted as having no mechanical fix', () => {
    const plan = applyMigration(createExampleTree(), { entry: 'UnifiedJSONHandler' });
    expect(plan.changes).toEqual([]);
    expect(plan.steps).toEqual([]);
    expect(plan.unfixable).toBe(4);
    expect(formatMigrationPlan(plan)).toEqual([
      'ssot migrate: nothing to migrate',
      "  4 other bypass sites have no mechanical fix: see the fix suggestions of ssot-check's findings.",
    ]);
  });
});
