import { countLanes, runOnLanes, SliceQueue, type Lane, type LaneResult, type LaneTask } from './batch-lanes';

describe('countLanes', () => {
  it.each<[string, number, Record<string, string>, number, number | undefined, number]>([
    ['2 cores: the calling thread alone', 50, {}, 2, undefined, 1],
    ['4 cores: two lanes', 50, {}, 4, undefined, 2],
    ["8 cores: Nx's default parallel (3)", 50, {}, 8, undefined, 3],
    ["16 cores: nx.json's parallel", 50, {}, 16, 6, 6],
    ['NX_PARALLEL over nx.json', 50, { NX_PARALLEL: '4' }, 16, 6, 4],
    ['one core', 50, {}, 1, undefined, 1],
    ['never more than tasks', 1, {}, 8, undefined, 1],
    ['no tasks', 0, {}, 4, undefined, 1],
    ['SSOT_BATCH_WORKERS=1: the calling thread alone', 50, { SSOT_BATCH_WORKERS: '1', NX_PARALLEL: '8' }, 16, undefined, 1],
    ['SSOT_BATCH_WORKERS=3 on 2 cores: as asked', 50, { SSOT_BATCH_WORKERS: '3' }, 2, undefined, 3],
    ['SSOT_BATCH_WORKERS not a whole number: ignored', 50, { SSOT_BATCH_WORKERS: 'many' }, 8, undefined, 3],
    ['SSOT_BATCH_WORKERS=0: ignored', 50, { SSOT_BATCH_WORKERS: '0', NX_PARALLEL: '2' }, 8, undefined, 2],
  ])('%s', (_name, tasks, env, cores, nxJsonParallel, expected) => {
    expect(countLanes(tasks, env, cores, nxJsonParallel)).toBe(expected);
  });
});

const task = (id: string): LaneTask => ({ id, project: id, target: 'ssot-check', options: {} });
const done = (id: string, by: string): LaneResult => ({ id, success: true, lines: [by], startTime: 1, endTime: 2 });

/** A lane answering on a later turn of the event loop; `dies` names the task it dies with, `diesBefore` one it never starts. */
function fakeLane(name: string, log: string[], { dies, diesBefore }: { dies?: string; diesBefore?: string } = {}): Lane & { closed: boolean } {
  let dead = false;
  const lane = {
    closed: false,
    run: (t: LaneTask) =>
      new Promise<LaneResult>((resolve) =>
        setImmediate(() => {
          if (dead || t.id === diesBefore) {
            dead = true;
            return resolve({ ...done(t.id, name), success: false, lines: [], laneDied: true, notStarted: true });
          }
          log.push(`${name}:${t.id}`);
          if (t.id === dies) {
            dead = true;
            return resolve({ ...done(t.id, name), success: false, laneDied: true });
          }
          resolve(done(t.id, name));
        }),
      ),
    close: async () => void (lane.closed = true),
  };
  return lane;
}

async function collect(tasks: string[], lanes: (log: string[]) => Lane[]): Promise<{ results: LaneResult[]; log: string[]; lanes: Lane[] }> {
  const log: string[] = [];
  const made = lanes(log);
  const results: LaneResult[] = [];
  const here = (t: LaneTask) => (log.push(`here:${t.id}`), done(t.id, 'here'));
  for await (const result of runOnLanes(tasks.map(task), here, made)) results.push(result);
  return { results, log, lanes: made };
}

describe('runOnLanes', () => {
  it.each<[string, string[], (log: string[]) => Lane[], Record<string, { success: boolean; by?: string }>]>([
    ['the calling thread alone', ['a', 'b', 'c'], () => [], { a: { success: true, by: 'here' }, b: { success: true, by: 'here' }, c: { success: true, by: 'here' } }],
    ['the calling thread takes the first half, a worker the second', ['a', 'b'], (log) => [fakeLane('w1', log)], { a: { success: true, by: 'here' }, b: { success: true, by: 'w1' } }],
    ['a worker that dies fails its task only', ['a', 'b', 'c', 'd'], (log) => [fakeLane('w1', log, { dies: 'c' })], { a: { success: true }, b: { success: true }, c: { success: false }, d: { success: true } }],
    ['a task a dead worker never started runs elsewhere', ['a', 'b', 'c', 'd'], (log) => [fakeLane('w1', log, { diesBefore: 'c' })], { a: { success: true, by: 'here' }, b: { success: true, by: 'here' }, c: { success: true, by: 'here' }, d: { success: true, by: 'here' } }],
    ['no tasks', [], (log) => [fakeLane('w1', log)], {}],
  ])('%s: every task yields one result', async (_name, tasks, lanes, expected) => {
    const { results, lanes: made } = await collect(tasks, lanes);
    expect(results.map((r) => r.id).sort()).toEqual([...tasks].sort());
    const byId = Object.fromEntries(results.map((r) => [r.id, { success: r.success, ...(expected[r.id]?.by && { by: r.lines[0] }) }]));
    expect(byId).toEqual(expected);
    for (const lane of made) expect((lane as Lane & { closed: boolean }).closed).toBe(true);
  });

  it('keeps every lane busy: with two workers and the calling thread, all three take tasks', async () => {
    const { log } = await collect(['a', 'b', 'c', 'd', 'e', 'f'], (l) => [fakeLane('w1', l), fakeLane('w2', l)]);
    const by = new Set(log.map((entry) => entry.split(':')[0]));
    expect(by).toEqual(new Set(['here', 'w1', 'w2']));
  });

  it('gives each lane its own contiguous slice first', async () => {
    const { log } = await collect(['a', 'b', 'c', 'd', 'e', 'f'], (l) => [fakeLane('w1', l), fakeLane('w2', l)]);
    const firstOf = (lane: string) => log.find((entry) => entry.startsWith(`${lane}:`));
    expect([firstOf('here'), firstOf('w1'), firstOf('w2')]).toEqual(['here:a', 'w1:c', 'w2:e']);
  });
});

describe('SliceQueue', () => {
  it.each<[string, string[], number, Array<[number, string | undefined]>]>([
    ['each lane its slice, in order', ['a', 'b', 'c', 'd'], 2, [[0, 'a'], [1, 'c'], [0, 'b'], [1, 'd'], [0, undefined]]],
    ['a lane done takes from the end of the longest slice', ['a', 'b', 'c', 'd', 'e', 'f'], 2, [[1, 'd'], [1, 'e'], [1, 'f'], [1, 'c'], [0, 'a'], [1, 'b'], [0, undefined]]],
    ['more lanes than tasks', ['a'], 3, [[2, 'a'], [0, undefined], [1, undefined]]],
  ])('%s', (_name, ids, lanes, takes) => {
    const queue = new SliceQueue(ids.map(task), lanes);
    expect(queue.size).toBe(ids.length);
    for (const [lane, expected] of takes) expect(queue.take(lane)?.id).toBe(expected);
  });

  it('gives a task back to the front of its lane\'s slice', () => {
    const queue = new SliceQueue(['a', 'b', 'c', 'd'].map(task), 2);
    const taken = queue.take(1) as LaneTask;
    queue.giveBack(1, taken);
    expect([queue.take(0)?.id, queue.take(0)?.id, queue.take(0)?.id]).toEqual(['a', 'b', 'd']);
    expect(queue.take(0)?.id).toBe('c');
  });
});
