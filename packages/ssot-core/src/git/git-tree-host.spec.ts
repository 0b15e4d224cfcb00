import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../stages/read-file-facts';
import { createTestRepo, type TestRepo } from './__fixtures__/git-repo';
import { CatFileBatch } from './cat-file-batch';
import { openGitTreeHost } from './git-tree-host';
import { findMergeBase, resolveCommit } from './resolve-commit';

let repo: TestRepo;
let reader: CatFileBatch;

beforeEach(() => {
  repo = createTestRepo();
  reader = new CatFileBatch(repo.root);
});
afterEach(() => {
  reader.close();
  repo.remove();
});

const open = (commit: string, texts?: Map<string, string>) => openGitTreeHost({ workspaceRoot: repo.root, commit, reader, texts });

describe('git tree host', () => {
  it('reads each commit as it was, without touching the working tree', async () => {
    const first = repo.commit('first', { 'libs/a/src/a.ts': 'export const a = 1;\n', 'apps/web/src/main.ts': "import { a } from '@x/a';\n" });
    const second = repo.commit('rename and edit', { 'libs/a/src/a.ts': null, 'libs/a/src/renamed.ts': 'export const a = 2;\n' });
    repo.write({ 'libs/a/src/renamed.ts': 'uncommitted\n' });

    const before = await open(first);
    expect(before.listFiles()).toEqual(['apps/web/src/main.ts', 'libs/a/src/a.ts']);
    expect(before.readFile('libs/a/src/a.ts')).toBe('export const a = 1;\n');
    expect(before.fileExists('libs/a/src/renamed.ts')).toBe(false);

    const after = await open(second);
    expect(after.listFiles('libs/a')).toEqual(['libs/a/src/renamed.ts']);
    expect(after.readFile('libs/a/src/renamed.ts')).toBe('export const a = 2;\n');
    expect(after.readFile('libs/a/src/a.ts')).toBeUndefined();
    expect(after.fileSize?.('libs/a/src/renamed.ts')).toBe(20);
  });

  it("honours that commit's .gitignore files and .nxignore, as the file-system host does", async () => {
    const commit = repo.commit(
      'ignored files committed anyway',
      {
        '.gitignore': 'dist/\n*.log.ts\n',
        '.nxignore': 'tools/\n',
        'libs/a/.gitignore': 'generated/\n',
        'libs/a/src/a.ts': 'a\n',
        'libs/a/generated/g.ts': 'g\n',
        'dist/out.ts': 'o\n',
        'tools/t.ts': 't\n',
        'x.log.ts': 'l\n',
        'node_modules/p/index.ts': 'p\n',
      },
      { force: true },
    );
    const host = await open(commit);
    expect(host.listFiles()).toEqual(['.gitignore', '.nxignore', 'libs/a/.gitignore', 'libs/a/src/a.ts']);
    expect(host.readFile('dist/out.ts')).toBe('o\n'); // an ignored file can still be read, as on disk
  });

  it('lists a blob over the size limit with its size, without reading it up front; binary blobs keep their NUL bytes', async () => {
    const big = 'x'.repeat(MAX_FILE_BYTES + 1);
    const commit = repo.commit('big and binary', { 'src/big.ts': big, 'src/bin.ts': Buffer.from([0x61, 0x00, 0x62]), 'src/ok.ts': 'ok\n' });
    const texts = new Map<string, string>();
    const host = await open(commit, texts);
    expect(host.fileSize?.('src/big.ts')).toBe(MAX_FILE_BYTES + 1);
    expect([...texts.values()]).toEqual(expect.not.arrayContaining([big]));
    expect(host.readFile('src/bin.ts')).toBe('a\u0000b');
    expect(host.readFile('src/big.ts')).toHaveLength(MAX_FILE_BYTES + 1); // read on demand
  });

  it('lists symbolic links as skipped and never follows them; paths outside the workspace do not exist', async () => {
    repo.write({ 'src/a.ts': 'a\n' });
    repo.git('add', '.');
    repo.git('commit', '--quiet', '-m', 'a');
    symlinkSync('../../etc/passwd', join(repo.root, 'src/link.ts'));
    const commit = repo.commit('link', {});
    const host = await open(commit);
    expect(host.listFiles()).toEqual(['src/a.ts']);
    expect(host.listSkippedLinks?.()).toEqual(['src/link.ts']);
    expect(host.readFile('src/link.ts')).toBeUndefined();
    expect(host.readFile('../outside.ts')).toBeUndefined();
    expect(host.fileExists('src/../src/a.ts')).toBe(true);
  });

  it('a blob seen at one commit is not read again at the next', async () => {
    const first = repo.commit('one', { 'a.ts': 'same\n', 'b.ts': 'one\n' });
    const second = repo.commit('two', { 'b.ts': 'two\n' });
    const texts = new Map<string, string>();
    await open(first, texts);
    expect(texts.size).toBe(2);
    await open(second, texts);
    expect(texts.size).toBe(3);
  });
});

describe('cat-file --batch reader', () => {
  it('pipelines many reads, a blob larger than any pipe chunk included, and answers undefined for a missing object', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'y');
    repo.commit('blobs', { 'big.bin': big, 'small.ts': 'small\n', 'empty.ts': '' });
    const ids = ['big.bin', 'small.ts', 'empty.ts'].map((path) => repo.git('rev-parse', `HEAD:${path}`));
    const missing = '0'.repeat(40);
    const blobs = await reader.readAll([...ids, missing, ids[1]]);
    expect(blobs.get(ids[0])?.equals(big)).toBe(true);
    expect(blobs.get(ids[1])?.toString('utf8')).toBe('small\n');
    expect(blobs.get(ids[2])?.length).toBe(0);
    expect(blobs.get(missing)).toBeUndefined();
    await expect(reader.read('HEAD')).rejects.toThrow('not an object id: HEAD');
  });
});

describe('refs given by the user', () => {
  it.each(['--output=x', '$(touch pwned)', '../..', 'HEAD;rm -rf .', '-n', '', 'HEAD\nmain', 'no-such-branch'])('%j is refused with a clear message and nothing is written', async (ref) => {
    repo.commit('one', { 'a.ts': 'a\n' });
    const before = readdirSync(repo.root).sort();
    await expect(resolveCommit(repo.root, ref)).rejects.toThrow(`--compare=${JSON.stringify(ref)} does not name a commit of the repository at ${repo.root}`);
    expect(readdirSync(repo.root).sort()).toEqual(before);
    expect(existsSync(join(repo.root, 'x'))).toBe(false);
    expect(existsSync(join(repo.root, 'pwned'))).toBe(false);
  });

  it('a remote branch that was not fetched: the message names the fetch', async () => {
    repo.commit('one', { 'a.ts': 'a\n' });
    await expect(resolveCommit(repo.root, 'origin/main')).rejects.toThrow('in CI, fetch it first (git fetch origin main).');
  });

  it('a shallow clone without the merge base: the message says git fetch --unshallow', async () => {
    repo.commit('one', { 'a.ts': 'a\n' });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit('two', { 'b.ts': 'b\n' });
    repo.git('checkout', '--quiet', 'main');
    repo.commit('three', { 'c.ts': 'c\n' });
    const clone = mkdtempSync(join(tmpdir(), 'ssot-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth=1', '--no-single-branch', `file://${repo.root}`, clone]);
      execFileSync('git', ['checkout', '--quiet', 'feature'], { cwd: clone });
      const main = await resolveCommit(clone, 'origin/main');
      const head = await resolveCommit(clone, 'HEAD');
      await expect(findMergeBase(clone, head, main, 'origin/main')).rejects.toThrow(
        `HEAD and origin/main have no merge base in this shallow clone at ${clone}: the history between them was not fetched. Run \`git fetch --unshallow\``,
      );
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('a branch, a tag and HEAD~1 resolve to full commit ids', async () => {
    const first = repo.commit('one', { 'a.ts': 'a\n' });
    repo.git('tag', 'v1');
    const second = repo.commit('two', { 'a.ts': 'b\n' });
    expect(await resolveCommit(repo.root, 'v1')).toBe(first);
    expect(await resolveCommit(repo.root, 'HEAD~1')).toBe(first);
    expect(await resolveCommit(repo.root, 'main')).toBe(second);
  });

  it('outside a git repository, and without a merge base, the message says what to do', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'ssot-not-git-'));
    try {
      await expect(resolveCommit(plain, 'main')).rejects.toThrow(`${plain} is not inside a git repository`);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
    const first = repo.commit('one', { 'a.ts': 'a\n' });
    repo.git('checkout', '--quiet', '--orphan', 'other');
    const orphan = repo.commit('unrelated', { 'b.ts': 'b\n' });
    await expect(findMergeBase(repo.root, orphan, first, 'main')).rejects.toThrow('HEAD and main share no history');
  });
});
