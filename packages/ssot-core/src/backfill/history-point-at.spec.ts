import { CatFileBatch } from '../git/cat-file-batch';
import { createTestRepo, type TestRepo } from '../git/__fixtures__/git-repo';
import { listFirstParentCommits, selectBackfillPoints } from '../git/backfill-commits';
import { parseRegistry } from '../registry/load-registry';
import { computeHistoryPointAt } from './history-point-at';

const JSON_SOURCE = 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n';
const registryText = (exempt?: string) =>
  JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], ...(exempt ? { exemptions: [{ files: 'apps/web/src/old.ts', reason: 'legacy', expires: exempt }] } : {}) }] });
const projects = [
  { name: 'core', root: 'libs/core', tags: [] },
  { name: 'web', root: 'apps/web', tags: [] },
];

let repo: TestRepo;
let reader: CatFileBatch;
beforeEach(() => {
  repo = createTestRepo('ssot-history-point-');
  reader = new CatFileBatch(repo.root);
});
afterEach(() => {
  reader.close();
  repo.remove();
});

function commitAt(date: string, files: Record<string, string>): void {
  repo.write(files);
  repo.git('add', '--all', '.');
  repo.gitAt(date, 'commit', '--quiet', '-m', date);
}

describe('computeHistoryPointAt: one point per selected commit, from the object database', () => {
  it("monthly points follow the code; exemptions are judged on each commit's day; a commit without a registry says so", async () => {
    commitAt('2026-01-10T10:00:00Z', { 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('1');\n" });
    commitAt('2026-02-10T10:00:00Z', {
      'ssot.json': registryText('2026-03-01'),
      'apps/web/src/main.ts': "import { Json } from '../../../libs/core/src/json';\nJson.parse('1');\n",
      'apps/web/src/old.ts': "JSON.parse('2');\n",
    });
    commitAt('2026-03-10T10:00:00Z', { 'apps/web/src/new.ts': "import { Json } from '../../../libs/core/src/json';\nJson.parse('3');\n" });
    repo.write({ 'apps/web/src/main.ts': "JSON.parse('uncommitted');\n" }); // the working tree is not history

    const today = parseRegistry(registryText());
    const commits = await listFirstParentCommits(repo.root, repo.git('rev-parse', 'HEAD'), '2026-01-01');
    const texts = new Map<string, string>();
    const points = [];
    for (const point of selectBackfillPoints(commits, 'month', '2026-01-01')) {
      points.push(await computeHistoryPointAt({ workspaceRoot: repo.root, point, reader, texts, registry: today, registryFile: 'ssot.json', projects }));
    }
    expect(points.map(({ point }) => [point.date, point.health, point.coverage.Json])).toEqual([
      ['2026-01-10', 0, 0], // one bypass, no usage (analysed with today's registry)
      ['2026-02-10', 100, 100], // old.ts is exempt until 2026-03-01
      ['2026-03-10', 66.7, 66.7], // the exemption expired: old.ts counts again
    ]);
    expect(points.map(({ point }) => point.registry)).toEqual([{ from: 'today', reason: 'absent' }, undefined, undefined]);
    expect(points[0].point.commit).toBe(commits[2].commit.slice(0, 12));
  });

  it.each<[string, string, 'unreadable' | undefined]>([
    ['a registry that is not JSON', '{ "entries": [', 'unreadable'],
    ['a registry with a field this version does not know', JSON.stringify({ entries: [], colour: 'blue' }), 'unreadable'],
    ['a valid registry of its own', JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] }] }), undefined],
  ])("a commit with %s: today's registry is used only when its own cannot be read, and the point says so", async (_label, text, reason) => {
    commitAt('2026-01-10T10:00:00Z', { 'ssot.json': text, 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('1');\n" });
    const commits = await listFirstParentCommits(repo.root, repo.git('rev-parse', 'HEAD'), '2026-01-01');
    const [point] = selectBackfillPoints(commits, 'month', '2026-01-01');
    const computed = await computeHistoryPointAt({ workspaceRoot: repo.root, point, reader, texts: new Map(), registry: parseRegistry(registryText()), registryFile: 'ssot.json', projects });
    expect(computed.point.registry).toEqual(reason ? { from: 'today', reason } : undefined);
    expect(computed.point.coverage).toEqual({ Json: 0 }); // either registry counts the one bypass
  });
});
