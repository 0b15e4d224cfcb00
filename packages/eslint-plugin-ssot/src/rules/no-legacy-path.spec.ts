import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { createTempWorkspace, PLATFORM } from '../__fixtures__/temp-workspace';
import { noLegacyPath } from './no-legacy-path';

const registry = structuredClone(PLATFORM['ssot.json']) as { entries: { name: string; legacyPaths?: string[] }[] };
registry.entries[0].legacyPaths = ['@acme/old-logger'];
const workspace = createTempWorkspace({
  ...PLATFORM,
  'ssot.json': registry,
  'tsconfig.base.json': { compilerOptions: { baseUrl: '.', paths: { '@acme/core': ['libs/core/src/index.ts'], '@acme/old-logger': ['libs/old/src/index.ts'] } } },
  'libs/old/project.json': { name: 'old' },
  'libs/old/src/index.ts': "export { Logger } from '@acme/core';\n",
});
afterAll(() => workspace.remove());

const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });
const at = workspace.path;
const MESSAGE = 'Import Logger from @acme/core instead of the legacy path @acme/old-logger (ssot entry Logger)';

ruleTester.run('ssot/no-legacy-path', noLegacyPath, {
  valid: [
    { name: 'the canonical import', filename: at('apps/api/src/a.ts'), code: "import { Logger } from '@acme/core';\nnew Logger().info('x');\n" },
    { name: 'a bypass is not a legacy path (ssot/no-bypass reports it)', filename: at('apps/web/src/b.ts'), code: "console.log('x');\n" },
    { name: 'a legacy import in an exempt file', filename: at('apps/web/src/legacy/c.ts'), code: "import { Logger } from '@acme/old-logger';\nnew Logger().info('x');\n" },
  ],
  invalid: [
    {
      name: "a usage through the legacy path, with migrate's legacy-path fix",
      filename: at('apps/api/src/d.ts'),
      code: "import { Logger } from '@acme/old-logger';\n\nnew Logger().info('x');\n",
      errors: [
        {
          message: MESSAGE,
          line: 3,
          column: 5,
          suggestions: [{ desc: "Replace with import { Logger } from '@acme/core' (ssot migrate: legacy-path)", output: "import { Logger } from '@acme/core';\n\nnew Logger().info('x');\n" }],
        },
      ],
    },
  ],
});
