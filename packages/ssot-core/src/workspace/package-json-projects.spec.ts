import { readPnpmPackages } from './package-json-projects';

describe('readPnpmPackages', () => {
  it.each([
    ['block list with quotes and comments', "packages:\n  - 'apps/*'\n  # libs\n  - \"libs/**\" # all\n  - tools\n", ['apps/*', 'libs/**', 'tools']],
    ['flow list', "packages: ['apps/*', \"libs/*\"]\n", ['apps/*', 'libs/*']],
    ['stops at the next key', 'packages:\n  - apps/*\ncatalog:\n  react: ^19\n', ['apps/*']],
    ['negated globs', "packages:\n  - 'packages/*'\n  - '!packages/skip'\n", ['packages/*', '!packages/skip']],
    ['no packages key', 'catalog:\n  react: ^19\n', []],
    ['CRLF line ends', 'packages:\r\n  - apps/*\r\n', ['apps/*']],
  ])('%s', (_name, yaml, expected) => {
    expect(readPnpmPackages(yaml)).toEqual(expected);
  });
});
