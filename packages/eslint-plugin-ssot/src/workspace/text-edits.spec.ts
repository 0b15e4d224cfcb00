import { findSmallestEdit } from './text-edits';

describe('findSmallestEdit', () => {
  it.each<[string, string, string, [number, number]]>([
    ['only the site changes', 'const a = JSON.parse(t);\n', 'const a = Json.parse(t);\n', [11, 14]],
    ['an import inserted above and the site', "import { x } from 'x';\n\nconst a = JSON.parse(t);\n", "import { x } from 'x';\nimport { Json } from '@acme/core';\n\nconst a = Json.parse(t);\n", [23, 38]],
    ['an existing import merged and the site', "import { A } from '@acme/core';\nconst a = JSON.parse(t);\n", "import { A, Json } from '@acme/core';\nconst a = Json.parse(t);\n", [10, 46]],
    ['nothing changes', 'a\n', 'a\n', [2, 2]],
  ])('%s', (_name, before, after, range) => {
    const edit = findSmallestEdit(before, after);
    expect(before.slice(0, edit.range[0]) + edit.text + before.slice(edit.range[1])).toBe(after);
    expect(edit.range).toEqual(range);
  });
});
