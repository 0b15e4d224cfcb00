import { splitWords } from './name-words';
import { duplicateGlob, proposeRivalImplementations, rivalKey } from './rival-implementations';
import type { Candidate } from './proposal';
import { candidateUse } from './__fixtures__/candidate-use';

describe('rival names', () => {
  it.each([
    ['UnifiedJSONHandler', ['Unified', 'JSON', 'Handler'], 'jsonhandler', '*JSONHandler'],
    ['LegacyJsonHandler', ['Legacy', 'Json', 'Handler'], 'jsonhandler', '*JsonHandler'],
    ['HttpClient', ['Http', 'Client'], 'httpclient', '*HttpClient'],
    ['Logger', ['Logger'], 'logger', 'Logger'],
    ['S3Uploader', ['S3', 'Uploader'], 's3uploader', '*S3Uploader'],
  ])('%s → words %j, key %s, glob %s', (name, words, key, glob) => {
    expect(splitWords(name)).toEqual(words);
    expect(rivalKey(name)).toBe(key);
    expect(duplicateGlob(name)).toBe(glob);
  });
});

const candidate = (name: string, project: string): Candidate => ({
  id: `libs/${project}/${name}.ts#${name}`,
  name,
  kind: 'class',
  file: `libs/${project}/${name}.ts`,
  project,
  members: [],
});
const use = (files: number) => candidateUse(Array.from({ length: files }, (_, i) => `f${i}.ts`));

describe('proposeRivalImplementations', () => {
  const cases: {
    title: string;
    candidates: Candidate[];
    uses: [string, number][];
    expected: { name: string; duplicates: string[] }[];
  }[] = [
    {
      title: 'the most used rival is the SSOT',
      candidates: [candidate('LegacyJsonHandler', 'old'), candidate('UnifiedJSONHandler', 'core')],
      uses: [
        ['LegacyJsonHandler', 1],
        ['UnifiedJSONHandler', 5],
      ],
      expected: [
        {
          name: 'UnifiedJSONHandler',
          duplicates: ['*JSONHandler', '*JsonHandler'],
        },
      ],
    },
    {
      title: 'rivals in one project are not proposed',
      candidates: [candidate('AJsonHandler', 'core'), candidate('BJsonHandler', 'core')],
      uses: [['AJsonHandler', 2]],
      expected: [],
    },
    {
      title: 'a group nobody uses is not proposed',
      candidates: [candidate('Cache', 'a'), candidate('Cache', 'b')],
      uses: [],
      expected: [],
    },
    {
      title: 'a rival used from one file only is not proposed',
      candidates: [candidate('CardWidget', 'a'), candidate('CardWidget', 'b')],
      uses: [['CardWidget', 1]],
      expected: [],
    },
    {
      title: 'per-app framework classes are no rivals',
      candidates: [candidate('AppComponent', 'a'), candidate('AppComponent', 'b')],
      uses: [['AppComponent', 3]],
      expected: [],
    },
    {
      title: 'different last words are no rivals',
      candidates: [candidate('UserService', 'a'), candidate('OrderService', 'b')],
      uses: [
        ['UserService', 3],
        ['OrderService', 3],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$title', ({ candidates, uses, expected }) => {
    const byId = new Map(uses.map(([name, files]) => [candidates.find((c) => c.name === name)?.id ?? name, use(files)]));
    expect(
      proposeRivalImplementations(candidates, byId).map((facet) => ({
        name: facet.candidate.name,
        duplicates: facet.duplicates,
      })),
    ).toEqual(expected);
  });
});

describe('rivals by public members', () => {
  const withMembers = (name: string, project: string, members: string[]): Candidate => ({ ...candidate(name, project), members });
  const STORE = ['clear', 'delete', 'get', 'has', 'set'];
  it.each([
    { title: 'the same members under another name, in another project', other: withMembers('TokenStore', 'web', STORE), expected: [{ name: 'SessionCache', duplicates: ['TokenStore'] }] },
    {
      title: 'four of five members shared is still the same thing',
      other: withMembers('TokenStore', 'web', ['clear', 'delete', 'get', 'set']),
      expected: [{ name: 'SessionCache', duplicates: ['TokenStore'] }],
    },
    { title: 'half the members shared is not', other: withMembers('TokenStore', 'web', ['get', 'set', 'load', 'save']), expected: [] },
    { title: 'in the same project it is not a rival', other: withMembers('TokenStore', 'core', STORE), expected: [] },
    { title: 'three members say too little', other: withMembers('TokenStore', 'web', ['get', 'set', 'has']), expected: [], ssotMembers: ['get', 'set', 'has'] },
  ])('$title', ({ other, expected, ssotMembers }) => {
    const ssot = withMembers('SessionCache', 'core', ssotMembers ?? STORE);
    const uses = new Map([
      [ssot.id, use(3)],
      [other.id, use(1)],
    ]);
    expect(proposeRivalImplementations([ssot, other], uses).map((facet) => ({ name: facet.candidate.name, duplicates: facet.duplicates }))).toEqual(expected);
  });
});
