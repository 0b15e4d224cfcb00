import { createCodeownersMatcher } from './match-codeowners';
import { parseCodeowners } from './parse-codeowners';

function ownersOf(text: string, file: string): string[] {
  return createCodeownersMatcher(parseCodeowners(text).rules)(file);
}

describe('CODEOWNERS matching', () => {
  const github = [
    '# the whole repository, unless a later line says otherwise',
    '*       @acme/everyone',
    '*.js    @js-owner   # an inline comment',
    '**/logs @logs-team',
    '/build/logs/ @doctocat',
    'docs/*  docs@example.com',
    'apps/   @octocat',
    '/scripts/ @doctocat @octocat',
    '/apps/github',
    'src\\#generated/ @gen',
    'path\\ with\\ space/ @spaced',
    '/packages/ui-*/src/ @ui',
  ].join('\n');

  it.each([
    ['a file no later rule names', 'README.md', ['@acme/everyone']],
    ['last match wins over *', 'libs/a/index.js', ['@js-owner']],
    ['an anchored folder owns what is below it', 'build/logs/x/y.log', ['@doctocat']],
    ['an anchored folder is anchored', 'src/build/logs/x.log', ['@logs-team']],
    ['docs/* owns the files directly in docs/', 'docs/getting-started.md', ['docs@example.com']],
    ['docs/* does not own files below docs/', 'docs/build-app/troubleshooting.md', ['@acme/everyone']],
    ['an unanchored folder matches at any depth', 'libs/apps/x.ts', ['@octocat']],
    ['several owners', 'scripts/deploy.ts', ['@doctocat', '@octocat']],
    ['**/logs matches a logs folder anywhere', 'deep/down/logs/a.txt', ['@logs-team']],
    ['a later rule without owners leaves the file without owners', 'apps/github/x.ts', []],
    ['an escaped # is part of the pattern', 'src#generated/a.ts', ['@gen']],
    ['an escaped space is part of the pattern', 'path with space/a.ts', ['@spaced']],
    ['paths are case-sensitive', 'SCRIPTS/deploy.ts', ['@acme/everyone']],
    ['an anchored pattern with a glob inside matches below its literal start', 'packages/ui-kit/src/a.ts', ['@ui']],
    ['and only there', 'libs/packages/ui-kit/a.ts', ['@acme/everyone']],
  ])('GitHub: %s (%s)', (_name, file, expected) => {
    expect(ownersOf(github, file)).toEqual(expected);
  });

  const gitlab = [
    '* @default-owner',
    '[Backend] @backend-team',
    'api/',
    '*.sql @dba',
    '^[Docs][2] @writers',
    '*.md',
    '[backend]',
    'api/legacy/ @legacy-team',
  ].join('\n');

  it.each([
    ['the unsectioned rule and a section combine', 'api/users.ts', ['@default-owner', '@backend-team']],
    ['a rule with owners keeps its own', 'db/schema.sql', ['@default-owner', '@dba']],
    ['an optional section with approvals counts like any other', 'README.md', ['@default-owner', '@writers']],
    ['sections differing in case merge, and last match wins inside them', 'api/legacy/old.ts', ['@default-owner', '@legacy-team']],
    ['a file no section names keeps the default', 'web/app.ts', ['@default-owner']],
  ])('GitLab: %s (%s)', (_name, file, expected) => {
    expect(ownersOf(gitlab, file)).toEqual(expected);
  });
});

describe('parseCodeowners', () => {
  it.each([
    ['an owner without @', 'src/ team-a', 1, '"team-a" is not an owner'],
    ['a negated pattern', '!src/generated/ @a', 1, 'negated patterns are not supported'],
    ['a character range', 'src/[ab]/ @a', 1, 'character ranges [ ] are not supported'],
    ['a section without a name', '[] @a', 1, 'a section needs a name'],
    ['an unterminated section', '[Backend @a', 1, 'unterminated section header'],
    ['a bad section owner', '[Backend] backend', 1, '"backend" is not an owner'],
  ])('skips %s with a problem naming the line', (_name, text, line, message) => {
    const parsed = parseCodeowners(`* @all\n${text}\n`);
    expect(parsed.rules.map((rule) => rule.pattern)).toEqual(['*']);
    expect(parsed.problems).toEqual([{ line: line + 1, message: expect.stringContaining(message) }]);
  });

  it('keeps each rule with its line and section', () => {
    expect(parseCodeowners('# c\n\n* @a\r\n[Web] @w\nweb/\n').rules).toEqual([
      { pattern: '*', owners: ['@a'], line: 3, section: '' },
      { pattern: 'web/', owners: ['@w'], line: 5, section: 'web' },
    ]);
  });
});
