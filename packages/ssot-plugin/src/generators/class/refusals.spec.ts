import type { Tree } from '@nx/devkit';
import { createEngineWorkspace } from '../__fixtures__/engine-workspace';
import { snapshotTree } from '../__fixtures__/snapshot-tree';
import { classGenerator } from './generator';
import type { ClassGeneratorSchema } from './schema';

/** Runs the generator expecting a refusal; the Tree must be exactly as before (no partial writes). */
async function expectRefusal(tree: Tree, options: ClassGeneratorSchema): Promise<string> {
  const before = snapshotTree(tree);
  const error: unknown = await classGenerator(tree, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  expect(snapshotTree(tree)).toEqual(before);
  return error instanceof Error ? error.message : '';
}

describe('class generator refusals', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createEngineWorkspace();
  });

  it.each(['paymentGateway', 'Payment-Gateway', '1Gateway', 'Payment Gateway', ''])('refuses the name %j', async (name) => {
    const message = await expectRefusal(tree, { name, project: 'engine' });
    expect(message).toContain(`name "${name}" is not a PascalCase identifier`);
  });

  it('refuses an unknown project, naming close ones', async () => {
    expect(await expectRefusal(tree, { name: 'PaymentGateway', project: 'engin' })).toBe(
      'ssot-plugin:class: project "engin" does not exist; did you mean engine?',
    );
    expect(await expectRefusal(tree, { name: 'PaymentGateway', project: 'zzz' })).toBe(
      'ssot-plugin:class: project "zzz" does not exist; projects: engine, web-ui',
    );
  });

  it.each(['../other', 'src/../../other', '/abs/path', 'C:\\temp'])('refuses --directory %j outside the project', async (directory) => {
    const message = await expectRefusal(tree, { name: 'PaymentGateway', project: 'engine', directory });
    expect(message).toContain(`--directory "${directory}" must be a folder inside the project`);
  });

  it('refuses to overwrite an existing file, naming it', async () => {
    tree.write('libs/engine/src/lib/payment-gateway/payment-gateway.spec.ts', '// mine\n');
    expect(await expectRefusal(tree, { name: 'PaymentGateway', project: 'engine' })).toBe(
      'ssot-plugin:class: libs/engine/src/lib/payment-gateway/payment-gateway.spec.ts already exists: the generator never overwrites a file (choose another name or --directory)',
    );
  });

  it('fails cleanly with "already registered" when run again with the same options', async () => {
    const options = { name: 'PaymentGateway', project: 'engine', factory: true, replaces: ['stripe'] };
    await classGenerator(tree, options);

    const message = await expectRefusal(tree, options);

    expect(message).toContain(
      '"PaymentGateway" is already registered in ssot.json (entries[0], libs/engine/src/lib/payment-gateway/payment-gateway.ts)',
    );
  });

  it('refuses a name registered elsewhere, even for another project', async () => {
    tree.write('ssot.json', JSON.stringify({ entries: [{ name: 'PaymentGateway', module: '@acme/payments' }] }));
    const message = await expectRefusal(tree, { name: 'PaymentGateway', project: 'web-ui' });
    expect(message).toBe(
      'ssot-plugin:class: "PaymentGateway" is already registered in ssot.json (entries[0], @acme/payments): choose another name, or edit that entry',
    );
  });

  it('refuses a --replaces value that is no matcher', async () => {
    const message = await expectRefusal(tree, { name: 'PaymentGateway', project: 'engine', replaces: ['global:JSON..parse', '../x'] });
    expect(message).toContain('2 problems, nothing was written');
    expect(message).toContain('--replaces "global:JSON..parse": a global is a dotted path');
    expect(message).toContain('--replaces "../x": a module specifier or workspace-relative file');
  });

  it('refuses to add to an invalid registry, listing its problems', async () => {
    tree.write('ssot.json', '{\n  "entries": [],\n  "entires": []\n}\n');
    const message = await expectRefusal(tree, { name: 'PaymentGateway', project: 'engine' });
    expect(message).toContain('ssot.json is invalid; fix it, then run the generator again');
    expect(message).toContain('ssot.json:3:3 $.entires');
  });

  it('lists every problem at once', async () => {
    const message = await expectRefusal(tree, { name: 'bad', project: 'nope', replaces: ['/abs'] });
    expect(message.split('\n')).toHaveLength(4);
  });
});
