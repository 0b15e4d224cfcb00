import type { Tree } from '@nx/devkit';

/**
 * Git-ignores the folders ssot writes results and reports to (the plugin's `outputDir` and
 * `reportDir`, `dist/ssot/...` by default): they are build output, cached by Nx. A folder already
 * covered by a line (`dist`, `/dist/`, `dist/ssot/**`...) is left alone. Returns whether it wrote.
 */
export function ignoreResults(tree: Tree, folders: readonly string[]): boolean {
  const text = tree.exists('.gitignore') ? (tree.read('.gitignore', 'utf-8') ?? '') : '';
  const patterns = text.split(/\r?\n/).map(toFolderPattern);
  const missing = dedupe(folders).filter((folder) => !patterns.some((pattern) => covers(pattern, folder)));
  if (missing.length === 0) return false;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  const block = ['# ssot results and reports (rebuilt by nx run-many -t ssot-check)', ...missing.map((f) => `/${f}`)];
  tree.write('.gitignore', `${text}${separator}${block.join(newline)}${newline}`);
  return true;
}

/** `/dist/ssot/**` → `dist/ssot`; comments, negations and blank lines → undefined. */
function toFolderPattern(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return undefined;
  return trimmed.replace(/^\//, '').replace(/\/\*{1,2}$/, '').replace(/\/$/, '');
}

/** A pattern covers the folder when it names the folder or one of its ancestors. */
function covers(pattern: string | undefined, folder: string): boolean {
  return pattern !== undefined && (folder === pattern || folder.startsWith(`${pattern}/`));
}

/** Drops folders inside another listed folder: ignoring `dist/ssot` covers `dist/ssot/projects`. */
function dedupe(folders: readonly string[]): string[] {
  const kept: string[] = [];
  for (const folder of [...folders].sort((a, b) => a.length - b.length)) {
    if (!kept.some((other) => covers(other, folder))) kept.push(folder);
  }
  return kept;
}
