import { diffAroundSite, type TextEdit } from './text-edits';

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((out, edit) => out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]), text);
}

describe('diffAroundSite', () => {
  it.each<[string, string, string, number]>([
    ['only the site changes', 'const a = JSON.parse(t);\n', 'const a = Json.parse(t);\n', 1],
    ['an import inserted above and the site', "import { x } from 'x';\n\nconst a = JSON.parse(t);\n", "import { x } from 'x';\nimport { Json } from '@acme/core';\n\nconst a = Json.parse(t);\n", 2],
    ['an existing import merged and the site', "import { A } from '@acme/core';\nconst a = JSON.parse(t);\n", "import { A, Json } from '@acme/core';\nconst a = Json.parse(t);\n", 2],
    ['an import added at the very top', 'const a = JSON.parse(t);\n', "import { Json } from '@acme/core';\n\nconst a = Json.parse(t);\n", 2],
  ])('%s', (_name, before, after, count) => {
    const edits = diffAroundSite(before, after, before.indexOf('JSON'));
    expect(apply(before, edits)).toBe(after);
    expect(edits).toHaveLength(count);
  });
});
