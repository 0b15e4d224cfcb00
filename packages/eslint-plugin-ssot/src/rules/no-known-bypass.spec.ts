import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { createPlatformWorkspace } from '../__fixtures__/platform-workspace';
import { noKnownBypass } from './no-known-bypass';

const workspace = createPlatformWorkspace();
afterAll(() => workspace.remove());

const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });
const at = workspace.path;

ruleTester.run('ssot/no-known-bypass', noKnownBypass, {
  valid: [
    { name: 'a new bypass (ssot/no-bypass reports it)', filename: at('apps/web/src/main.ts'), code: "console.info('web');\n" },
    { name: 'an exempt file', filename: at('apps/web/src/legacy/old.ts'), code: "console.log('old');" },
    { name: 'the known line rewritten: no longer the known bypass', filename: at('apps/api/src/old.ts'), code: "export function boot(): void {\n  console.log('starting');\n}\n" },
  ],
  invalid: [
    {
      name: 'the bypass the baseline lists',
      filename: at('apps/api/src/old.ts'),
      code: "export function boot(): void {\n  console.log('booting');\n}\n",
      errors: [{ message: 'Known bypass (in the baseline): Use Logger from @acme/core instead of console (ssot entry Logger)', line: 2, column: 3, endColumn: 10 }],
    },
    {
      name: 'still known when a new bypass is inserted above it (the fingerprint has no line number)',
      filename: at('apps/api/src/old.ts'),
      code: "// a comment\nexport function boot(): void {\n  console.warn('new');\n  console.log('booting');\n}\n",
      errors: [{ messageId: 'knownBypass', line: 4, column: 3 }],
    },
  ],
});
