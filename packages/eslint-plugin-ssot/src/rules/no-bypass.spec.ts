import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { createPlatformWorkspace } from '../__fixtures__/platform-workspace';
import { createTempWorkspace, PLATFORM } from '../__fixtures__/temp-workspace';
import { noBypass } from './no-bypass';

const workspace = createPlatformWorkspace();
const broken = createTempWorkspace({ 'nx.json': {}, 'ssot.json': '{ "entries": [ { "name": "Logger" ' });
const noRegistry = createTempWorkspace({ 'nx.json': {} });
const damagedBaseline = createTempWorkspace({ ...PLATFORM, 'apps/api/ssot-baseline.txt': '# ssot-baseline format 2\nnot an item\n' });
afterAll(() => [workspace, broken, noRegistry, damagedBaseline].forEach((each) => each.remove()));

const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });
const at = workspace.path;
const LOGGER = 'Use Logger from @acme/core instead of console (ssot entry Logger)';

ruleTester.run('ssot/no-bypass', noBypass, {
  valid: [
    { name: 'an exempt file (Logger exempts apps/web/src/legacy)', filename: at('apps/web/src/legacy/old.ts'), code: "console.log('old');" },
    { name: 'an entry whose projects leave the file out (JSON only for tag:scope:server)', filename: at('apps/web/src/main.ts'), code: "JSON.parse('1');" },
    { name: 'an entry with enforce "off"', filename: at('apps/api/src/env.ts'), code: 'export const port = process.env.PORT;' },
    { name: 'an excluded file (**/*.spec.ts)', filename: at('apps/api/src/old.spec.ts'), code: "console.log('test');" },
    { name: 'a bypass the baseline lists', filename: at('apps/api/src/old.ts'), code: "export function boot(): void {\n  console.log('booting');\n}\n" },
    { name: 'a usage of the SSOT', filename: at('apps/api/src/use.ts'), code: "import { Logger } from '@acme/core';\nnew Logger().info('x');\n" },
    { name: "the SSOT's own source", filename: at('libs/core/src/logger.ts'), code: "export class Logger {\n  info(message: string): void {\n    console.log(message);\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'a global bypass, spanning the matched text',
      filename: at('apps/web/src/main.ts'),
      code: "console.info('web');\n",
      errors: [{ message: LOGGER, line: 1, column: 1, endLine: 1, endColumn: 8 }],
    },
    {
      name: 'an entry limited to tagged projects, in such a project',
      filename: at('apps/api/src/parse.ts'),
      code: 'export const read = (text: string) => JSON.parse(text);\n',
      errors: [
        {
          message: 'Use UnifiedJSONHandler.parse from @acme/core instead of JSON.parse (ssot entry UnifiedJSONHandler)',
          line: 1,
          column: 39,
          endColumn: 49,
          // migrate's global-call fix (replaceWith), from its own planner: the call and the import.
          suggestions: [
            {
              desc: 'Replace with UnifiedJSONHandler.parse(text) (ssot migrate: global-call)',
              output: "import { UnifiedJSONHandler } from '@acme/core';\n\nexport const read = (text: string) => UnifiedJSONHandler.parse(text);\n",
            },
          ],
        },
      ],
    },
    {
      name: "no suggestion where migrate refuses: the message says why, in the planner's words (the global is not called)",
      filename: at('apps/api/src/alias.ts'),
      code: 'export const parse = JSON.parse;\n',
      errors: [
        {
          message: 'Use UnifiedJSONHandler.parse from @acme/core instead of JSON.parse (ssot entry UnifiedJSONHandler); no autofix: JSON.parse is not called here',
          line: 1,
          column: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: "the editor's unsaved text, not the disk copy: only the bypass the baseline does not list",
      filename: at('apps/api/src/old.ts'),
      code: "export function boot(): void {\n  console.warn('new');\n  console.log('booting');\n}\n",
      errors: [{ messageId: 'bypass', line: 2, column: 3 }],
    },
    {
      name: 'a broken ssot.json: one message at the top naming the file and the problem',
      filename: broken.path('src/a.ts'),
      code: 'export const a = 1;\n',
      errors: [{ messageId: 'workspaceProblem', line: 1, column: 1 }],
    },
    {
      name: "a damaged baseline: the message names the file, the line and the command that regenerates it",
      filename: damagedBaseline.path('apps/api/src/a.ts'),
      code: "console.log('a');\n",
      errors: [
        {
          message: 'ssot: The baseline apps/api/ssot-baseline.txt is damaged at line 2 (expected fingerprint<TAB>entry<TAB>file<TAB>"text"). Restore it from version control, or regenerate it with: nx run api:ssot-baseline',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'no ssot.json at the root: the message says how to create one',
      filename: noRegistry.path('src/a.ts'),
      code: 'export const a = 1;\n',
      errors: [{ message: `ssot: ssot.json in ${noRegistry.root}: No registry: ssot.json does not exist in ${noRegistry.root}. Create one with \`nx g ssot-plugin:init\` (or \`nx add ssot-plugin\`), then list your SSOTs in its "entries".`, line: 1, column: 1 }],
    },
  ],
});
