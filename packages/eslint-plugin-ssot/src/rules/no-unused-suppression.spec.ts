import { Linter, RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../index';
import { createPlatformWorkspace } from '../__fixtures__/platform-workspace';
import { noBypass } from './no-bypass';
import { noKnownBypass } from './no-known-bypass';
import { noUnusedSuppression } from './no-unused-suppression';

const workspace = createPlatformWorkspace();
afterAll(() => workspace.remove());

const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });
const at = workspace.path;

ruleTester.run('ssot/no-unused-suppression', noUnusedSuppression, {
  valid: [
    { name: 'a suppression with a reason that suppresses a bypass', filename: at('apps/web/src/main.ts'), code: "// ssot-ignore-next-line Logger -- CLI banner\nconsole.info('web');\n" },
    { name: 'a bare eslint-disable is about every rule: never reported', filename: at('apps/web/src/main.ts'), code: '// eslint-disable-next-line\nexport const a = 1;\n' },
    { name: 'an ESLint comment for other rules only', filename: at('apps/web/src/main.ts'), code: '// eslint-disable-next-line no-console\nexport const a = 1;\n' },
    { name: 'an excluded file is not checked (**/*.spec.ts)', filename: at('apps/web/src/main.spec.ts'), code: '// ssot-ignore-next-line Nope\nexport const a = 1;\n' },
  ],
  invalid: [
    {
      name: 'no reason: reported at the comment, the site still suppressed',
      filename: at('apps/web/src/main.ts'),
      code: "// ssot-ignore-next-line Logger\nconsole.info('web');\n",
      errors: [{ messageId: 'withoutReason', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'an unknown entry, with the closest name',
      filename: at('apps/web/src/main.ts'),
      code: "console.info('web'); /* ssot-ignore-file Loger -- typo */\n",
      errors: [{ message: 'ssot-ignore-file names "Loger", which is not an entry of ssot.json — did you mean `Logger`?', line: 1, column: 22 }],
    },
    {
      name: 'unused: nothing on the next line, an exempt file, an entry whose projects leave the file out',
      filename: at('apps/web/src/main.ts'),
      code: "// ssot-ignore-next-line Logger -- x\nexport const a = 1;\n// ssot-ignore-next-line UnifiedJSONHandler -- web is not scope:server\nJSON.parse('1');\n",
      errors: [
        { messageId: 'unused', line: 1, column: 1 },
        { messageId: 'unused', line: 3, column: 1 },
      ],
    },
  ],
});

ruleTester.run('ssot/no-bypass and ssot/no-known-bypass: suppressed sites are not reported', noBypass, {
  valid: [
    { name: 'ssot-ignore-next-line', filename: at('apps/web/src/main.ts'), code: "// ssot-ignore-next-line Logger -- CLI banner\nconsole.info('web');\n" },
    { name: 'ssot-ignore-file', filename: at('apps/web/src/main.ts'), code: "console.info('web');\n/* ssot-ignore-file Logger -- a CLI */\n" },
  ],
  invalid: [
    {
      name: 'another entry named: still reported',
      filename: at('apps/api/src/parse.ts'),
      code: '// ssot-ignore-next-line UnifiedJSONHandler -- raw input\nconsole.log(JSON.parse("1"));\n',
      errors: [{ messageId: 'bypass', line: 2, column: 1 }],
    },
  ],
});

ruleTester.run('ssot/no-known-bypass: a known bypass now suppressed is not reported', noKnownBypass, {
  valid: [{ name: 'the baselined console.log under ssot-ignore-next-line', filename: at('apps/api/src/old.ts'), code: "export function boot(): void {\n  // ssot-ignore-next-line Logger -- boot output\n  console.log('booting');\n}\n" }],
  invalid: [],
});

/** ESLint comments that name ssot rules need the plugin loaded (RuleTester runs one rule): the recommended config, linted for real. */
describe('recommended config, with ESLint comments for ssot rules', () => {
  const lint = (file: string, code: string) => {
    const linter = new Linter({ cwd: workspace.root });
    // ESLint 9's default: a disable comment that hid nothing is reported (ruleId null), as a user sees it.
    const config: Linter.Config[] = [{ files: ['**/*.ts'], plugins: { ssot: plugin }, rules: { ...plugin.configs.recommended.rules, 'ssot/no-known-bypass': 'warn' }, languageOptions: { parser: tsParser }, linterOptions: { reportUnusedDisableDirectives: 'warn' } }];
    return linter.verify(code, config, { filename: at(file) }).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity === 1 ? 'warn' : 'error'}${m.ruleId !== 'ssot/no-bypass' && m.ruleId !== 'ssot/no-known-bypass' ? ` ${m.message}` : ''}`);
  };

  it('turns ssot/no-unused-suppression on as a warning', () => {
    expect(plugin.configs.recommended.rules?.['ssot/no-unused-suppression']).toBe('warn');
  });

  it("ESLint's own comments hide ssot/no-bypass exactly where the check counts the site as suppressed", () => {
    const code = "// eslint-disable-next-line ssot/no-bypass -- CLI banner\nconsole.info('web');\nconsole.info('again'); // eslint-disable-line ssot/no-bypass -- banner\nconsole.info('still');\n";
    expect(lint('apps/web/src/main.ts', code)).toEqual(['4:1 ssot/no-bypass error']);
  });

  it.each([
    ['names ssot/no-bypass', '// eslint-disable-next-line ssot/no-bypass -- CLI banner'],
    ['names ssot/no-known-bypass', '// eslint-disable-next-line ssot/no-known-bypass -- CLI banner'],
    ['names both site rules', '// eslint-disable-next-line ssot/no-bypass, ssot/no-known-bypass -- CLI banner'],
    ['names no rule', '// eslint-disable-next-line -- CLI banner'],
    ['is a block comment for the rest of the file', '/* eslint-disable ssot/no-bypass -- CLI banner */'],
  ])('an ESLint comment that %s hides the site, and ESLint does not call it unused', (_name, comment) => {
    expect(lint('apps/web/src/main.ts', `${comment}\nconsole.info('web');\n`)).toEqual([]);
  });

  it('an ESLint comment that names only another ssot rule: the check counts the site as suppressed, so no rule reports it', () => {
    expect(lint('apps/web/src/main.ts', "// eslint-disable-next-line ssot/no-legacy-path -- CLI banner\nconsole.info('web');\n")).toEqual([
      "1:1 null warn Unused eslint-disable directive (no problems were reported from 'ssot/no-legacy-path').",
    ]);
  });

  it('an unused ESLint comment for an ssot rule, without a description: two warnings at the comment', () => {
    expect(lint('apps/web/src/legacy/old.ts', "// eslint-disable-next-line ssot/no-bypass\nconsole.log('old');\n")).toEqual([
      '1:1 ssot/no-unused-suppression warn eslint-disable-next-line ssot/no-bypass gives no reason (it still applies): add one after " -- ", e.g. `eslint-disable-next-line ssot/no-bypass -- why this bypass stays`',
      '1:1 ssot/no-unused-suppression warn eslint-disable-next-line ssot/no-bypass suppresses no bypass site: remove it (exempt sites need no suppression)',
      "1:1 null warn Unused eslint-disable directive (no problems were reported from 'ssot/no-bypass').",
    ]);
  });
});
