import { combineCopiedFiles } from './combine-copied-files';
import type { Candidate, ProposalFacet } from './proposal';
import { candidateUse } from './__fixtures__/candidate-use';

const candidate = (name: string, file = 'libs/shared/change.ts'): Candidate => ({ id: `${file}#${name}`, name, kind: 'class', file, project: 'shared', members: [] });
const copied = (name: string, file?: string): ProposalFacet => ({
  candidate: candidate(name, file),
  family: 'rival-implementations',
  copiedFile: true,
  bypasses: [
    { kind: 'import', pattern: 'libs/a/shared/change.ts', names: [name] },
    { kind: 'import', pattern: 'libs/b/shared/change.ts', names: [name] },
  ],
  duplicates: [`*${name}`],
  projects: ['shared', 'a'],
  evidence: `${name} evidence`,
});

describe('combineCopiedFiles', () => {
  it('makes the classes of one copied file one facet that exports them all, named after the most used', () => {
    const uses = new Map([[candidate('InsertChange').id, candidateUse(['x.ts', 'y.ts'])]]);
    const [facet, ...rest] = combineCopiedFiles([copied('RemoveChange'), copied('InsertChange')], uses);
    expect(rest).toEqual([]);
    expect(facet).toMatchObject({
      candidate: { name: 'InsertChange' },
      exports: ['InsertChange', 'RemoveChange'],
      bypasses: [
        { kind: 'import', pattern: 'libs/a/shared/change.ts', names: ['InsertChange', 'RemoveChange'] },
        { kind: 'import', pattern: 'libs/b/shared/change.ts', names: ['InsertChange', 'RemoveChange'] },
      ],
      duplicates: ['*InsertChange', '*RemoveChange'],
    });
  });

  it.each<[string, ProposalFacet[]]>([
    ['one class in its file', [copied('InsertChange'), copied('Other', 'libs/shared/other.ts')]],
    ['rivals that are not copies', [{ ...copied('A'), copiedFile: undefined }, { ...copied('B'), copiedFile: undefined }]],
  ])('leaves %s alone', (_, facets) => {
    expect(combineCopiedFiles(facets, new Map())).toEqual(facets);
  });
});
