import { findOriginalOfCopies } from './copied-folders';
import { findCopies, proposeRivalImplementations } from './rival-implementations';
import type { Candidate } from './proposal';
import { candidateUse } from './__fixtures__/candidate-use';

const PROJECTS = [
  { name: 'shared-utils', root: 'libs/shared-utils' },
  { name: 'store', root: 'libs/store' },
  { name: 'effects', root: 'libs/effects' },
  { name: 'router', root: 'libs/router' },
  { name: 'web', root: 'apps/web' },
];
const at = (file: string, project: string, name = 'InsertChange'): Candidate => ({ id: `${file}#${name}`, name, kind: 'class', file, project, members: [] });
const ORIGINAL = at('libs/shared-utils/utility/change.ts', 'shared-utils');
const STORE_COPY = at('libs/store/shared-utils/utility/change.ts', 'store');
const EFFECTS_COPY = at('libs/effects/shared-utils/utility/change.ts', 'effects');
const ELSEWHERE = at('libs/router/src/change.ts', 'router');
const OTHER_FOLDER = at('apps/web/vendor/utility/change.ts', 'web');

describe('findOriginalOfCopies', () => {
  it.each<[string, Candidate[], Candidate | undefined]>([
    ['the project that is the folder, copied into two others', [STORE_COPY, ORIGINAL, EFFECTS_COPY], ORIGINAL],
    ['copies are most of the rivals: one unrelated rival does not hide them', [STORE_COPY, ELSEWHERE, ORIGINAL, EFFECTS_COPY], ORIGINAL],
    ['the same path under a folder of another name is no copy', [ORIGINAL, OTHER_FOLDER], undefined],
    ['copies alone, without the project they come from', [STORE_COPY, EFFECTS_COPY], undefined],
    ['rivals that are not copies', [ELSEWHERE, OTHER_FOLDER], undefined],
  ])('%s', (_, group, expected) => {
    expect(findOriginalOfCopies(group, PROJECTS)?.original).toBe(expected);
  });
});

describe('proposeRivalImplementations with copied folders', () => {
  it('proposes the original as the SSOT though each copy is used more, the copies as duplicates', () => {
    const uses = new Map([
      [STORE_COPY.id, candidateUse(['libs/store/a.ts', 'libs/store/b.ts', 'libs/store/c.ts'])],
      [EFFECTS_COPY.id, candidateUse(['libs/effects/a.ts', 'libs/effects/b.ts'])],
    ]);
    const [facet] = proposeRivalImplementations([STORE_COPY, ORIGINAL, EFFECTS_COPY], uses, PROJECTS);
    expect(facet.candidate).toBe(ORIGINAL);
    expect(facet.projects).toEqual(expect.arrayContaining(['shared-utils', 'store', 'effects']));
    expect(facet.bypasses).toEqual([
      { kind: 'import', pattern: STORE_COPY.file, names: ['InsertChange'] },
      { kind: 'import', pattern: EFFECTS_COPY.file, names: ['InsertChange'] },
    ]);
    expect(facet.evidence).toContain('InsertChange in shared-utils is the shared folder that 2 copies repeat');
  });

  it('lists the copies, which no other proposal may make an SSOT', () => {
    expect([...findCopies([STORE_COPY, ORIGINAL, EFFECTS_COPY, ELSEWHERE], PROJECTS)]).toEqual([STORE_COPY.id, EFFECTS_COPY.id]);
  });

  it('keeps the most used rival when no project is the copied folder', () => {
    const uses = new Map([
      [STORE_COPY.id, candidateUse(['libs/store/a.ts', 'libs/store/b.ts', 'libs/store/c.ts'])],
      [EFFECTS_COPY.id, candidateUse(['libs/effects/a.ts', 'libs/effects/b.ts'])],
    ]);
    expect(proposeRivalImplementations([STORE_COPY, EFFECTS_COPY], uses, PROJECTS)[0].candidate).toBe(STORE_COPY);
  });
});
