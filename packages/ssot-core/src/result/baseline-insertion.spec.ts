/**
 * SPEC §7 / issue 13: a bypass inserted above a known one is reported at its own line, because the
 * fingerprint keys on the enclosing declaration and the line's text, not on the order of sites.
 */
import { checkProject, renderBaseline } from '../analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { evaluateEnforcement } from './evaluate-enforcement';
import { getLegacyFingerprints } from './fingerprint';

const apiClient = entry({ name: 'ApiClient', source: 'libs/lib/src/api-client.ts', enforce: 'error', bypasses: [{ kind: 'import', pattern: 'axios' }] });
const FILE = 'apps/app/src/orders.service.ts';
const check = (code: string, baseline?: string) =>
  checkProject({
    workspaceRoot: '/memory',
    host: createMemoryHost({
      'tsconfig.base.json': TEST_TSCONFIG,
      'libs/lib/src/api-client.ts': 'export class ApiClient {}\n',
      [FILE]: code,
      ...(baseline === undefined ? {} : { 'apps/app/ssot-baseline.txt': baseline }),
    }),
    registry: registry([apiClient]),
    projects: TEST_PROJECTS,
    project: 'app',
    today: '2026-06-01',
  });
/** `line text` of each check failure. */
const failuresOf = (code: string, baseline: string) =>
  evaluateEnforcement(check(code, baseline), registry([apiClient])).failures.map((failure) => `${failure.line} ${code.split('\n')[failure.line - 1].trim()}`);

const ORIGINAL_LINES = [
  "import axios from 'axios';",
  '',
  'export class OrdersService {',
  '  create(order: Order) {',
  '    validate(order);',
  "    return axios.post('/orders', order);",
  '  }',
  '}',
];
const ORIGINAL = `${ORIGINAL_LINES.join('\n')}\n`;
/** The original file with `inserted` lines after its line `after` (1-based). */
const insertAfter = (after: number, ...inserted: string[]) => `${[...ORIGINAL_LINES.slice(0, after), ...inserted, ...ORIGINAL_LINES.slice(after)].join('\n')}\n`;
const archiveMethod = (call: string) => ['  archive(order: Order) {', `    ${call}`, '  }', ''];
const baseline = renderBaseline(check(ORIGINAL));

describe('a new bypass inserted before a known one', () => {
  it('in another method: reported at the inserted line, even when the line reads the same', () => {
    const code = insertAfter(3, ...archiveMethod("return axios.post('/orders', order);"));
    expect(failuresOf(code, baseline)).toEqual(["5 return axios.post('/orders', order);"]);
  });

  it('in the same method on a line that reads differently: reported at the inserted line', () => {
    expect(failuresOf(insertAfter(4, "    axios.post('/audit', order);"), baseline)).toEqual(["5 axios.post('/audit', order);"]);
  });

  it('in the same method on an identical line: the two are told apart by order, so the later one is reported', () => {
    // Equal on entry, file, declaration, text and line: only the occurrence index separates them,
    // and the inserted (first) one takes the known fingerprint. The count of new bypasses is right.
    const code = insertAfter(4, "    return axios.post('/orders', order);");
    expect(failuresOf(code, baseline)).toEqual(["7 return axios.post('/orders', order);"]);
  });

  it('lines moved down, whitespace and comments changed: still known', () => {
    const code = insertAfter(2, '// Orders, as the API sees them.').replace("return axios.post('/orders', order);", "return   axios.post('/orders', order); // known, see the baseline");
    expect(check(code, baseline).baseline).toMatchObject({ known: 1, new: 0, fixed: [] });
  });
});

describe('a format-1 baseline (fingerprints by occurrence)', () => {
  const sites = check(ORIGINAL).sites;
  const [fingerprint] = getLegacyFingerprints(sites);
  const old = `# ssot baseline of project "app"\n${fingerprint}\tApiClient\t${FILE}\t"axios.post"\n`;
  const inserted = insertAfter(3, ...archiveMethod("axios.post('/archive', order);"));

  it('keeps working: the unchanged file passes, and the check says how to upgrade', () => {
    const result = check(ORIGINAL, old);
    expect(result.baseline).toMatchObject({ format: 1, known: 1, new: 0, fixed: [] });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['apps/app/ssot-baseline.txt baseline-format-1']);
    expect(result.diagnostics[0].message).toMatch(/upgrade it with: nx run app:ssot-baseline$/);
  });

  it('is compared best-effort: an insertion is counted right but placed by occurrence (the old defect)', () => {
    expect(failuresOf(inserted, old)).toEqual(["10 return axios.post('/orders', order);"]);
  });

  it('is migrated by the next update: format 2, and the insertion is then placed right', () => {
    const migrated = renderBaseline(check(ORIGINAL, old));
    expect(migrated.split('\n')[0]).toBe('# ssot-baseline format 2');
    expect(check(ORIGINAL, migrated).baseline).toMatchObject({ format: 2, known: 1, new: 0, fixed: [] });
    expect(failuresOf(inserted, migrated)).toEqual(["5 axios.post('/archive', order);"]);
  });
});
