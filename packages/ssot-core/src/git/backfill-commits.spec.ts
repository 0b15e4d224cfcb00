import { createTestRepo } from './__fixtures__/git-repo';
import { isoWeekOf, listFirstParentCommits, selectBackfillPoints, type DatedCommit } from './backfill-commits';

describe('isoWeekOf (UTC ISO 8601 weeks)', () => {
  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01'], // a Thursday: week 1
    ['2025-12-29T00:00:00Z', '2026-W01'], // the Monday of that week belongs to 2026
    ['2027-01-01T12:00:00Z', '2026-W53'], // a Friday: the last week of 2026
    ['2026-03-08T23:59:59Z', '2026-W10'], // a Sunday ends its week
    ['2026-03-09T00:00:00Z', '2026-W11'], // Monday starts the next
    ['2026-03-09T01:00:00+02:00', '2026-W10'], // in UTC still Sunday
  ])('%s → %s', (date, week) => expect(isoWeekOf(Date.parse(date))).toBe(week));
});

const commit = (id: string, date: string): DatedCommit => ({ commit: id.padEnd(40, '0'), date });

describe('selectBackfillPoints: the last commit of each interval by committer date, oldest first', () => {
  const commits = [
    commit('e', '2026-03-02T09:00:00Z'),
    commit('d', '2026-02-27T18:00:00+01:00'),
    commit('c', '2026-02-03T10:00:00Z'),
    commit('b', '2026-02-04T10:00:00Z'), // after c by date, though older by position (a rebase)
    commit('a', '2026-01-20T10:00:00Z'),
  ];
  it.each<[string, 'week' | 'month', string, string[]]>([
    ['by month', 'month', '2026-01-01', ['2026-01 a', '2026-02 d', '2026-03 e']],
    ['by week', 'week', '2026-01-01', ['2026-W04 a', '2026-W06 b', '2026-W09 d', '2026-W10 e']],
    ['since a day leaves earlier commits out', 'month', '2026-02-04', ['2026-02 d', '2026-03 e']],
  ])('%s', (_label, every, since, expected) => {
    expect(selectBackfillPoints(commits, every, since).map((point) => `${point.interval} ${point.commit[0]}`)).toEqual(expected);
  });

  it('each point carries its UTC day, the day its exemptions are judged on', () => {
    expect(selectBackfillPoints([commit('x', '2026-02-28T23:30:00-02:00')], 'month', '2026-01-01')).toEqual([
      { commit: 'x'.padEnd(40, '0'), date: '2026-02-28T23:30:00-02:00', interval: '2026-03', day: '2026-03-01' },
    ]);
  });
});

describe('listFirstParentCommits', () => {
  it("follows the first-parent line: a merged branch's own commits are not listed", async () => {
    const repo = createTestRepo('ssot-backfill-');
    try {
      const commitAt = (message: string, date: string, files: Record<string, string>) => {
        repo.write(files);
        repo.git('add', '.');
        repo.gitAt(date, 'commit', '--quiet', '-m', message);
      };
      commitAt('one', '2026-01-05T10:00:00Z', { 'a.ts': '1' });
      repo.git('checkout', '--quiet', '-b', 'side');
      commitAt('side', '2026-01-06T10:00:00Z', { 'b.ts': '1' });
      repo.git('checkout', '--quiet', 'main');
      commitAt('two', '2026-01-07T10:00:00Z', { 'a.ts': '2' });
      repo.gitAt('2026-01-08T10:00:00Z', 'merge', '--quiet', '--no-ff', '-m', 'merge side', 'side');
      const head = repo.git('rev-parse', 'HEAD');
      const listed = await listFirstParentCommits(repo.root, head, '2026-01-01');
      expect(listed.map((c) => repo.git('log', '-1', '--format=%s', c.commit))).toEqual(['merge side', 'two', 'one']);
      expect(listed.map((c) => c.date)).toEqual(['2026-01-08T10:00:00Z', '2026-01-07T10:00:00Z', '2026-01-05T10:00:00Z'].map((d) => d.replace('Z', '+00:00')));
    } finally {
      repo.remove();
    }
  });
});
