import { posix } from 'node:path';
import { readJson, type Tree } from '@nx/devkit';

/** The project's public entry: the file that re-exports its API (`src/index.ts`). */
export interface EntryPoint {
  file: string;
  /** False when the project has none yet and the generator creates it. */
  exists: boolean;
}

const INDEX_EXTENSIONS = ['.ts', '.tsx'];
/** Build folders and flavours that `main`/`types` point into, mapped back to `src/` (as ssot-core resolves). */
const BUILD_FOLDERS = new Set(['dist', 'build', 'out-tsc', 'lib', 'out']);
const BUILD_FLAVOURS = new Set(['main', 'module', 'esm', 'cjs', 'src']);
/** `export * from '…'`, `export * as ns from '…'`, `export { a } from '…'`; type-only re-exports carry no value. */
const EXPORT_FROM = /\bexport\s+(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"]+)\1/g;

/**
 * The entry in the order ssot-core resolves a workspace package (SPEC §4): `src/index`, `index`,
 * then package.json `types`/`typings`/`main` mapped from the build folder to `src/`. None: a new
 * `<sourceRoot>/index.ts`.
 */
export function findEntryPoint(tree: Tree, root: string, sourceRoot: string): EntryPoint {
  const stems = [posix.join(sourceRoot, 'index'), posix.join(root, 'src/index'), posix.join(root, 'index')];
  stems.push(...packageEntryStems(tree, root));
  for (const stem of stems) {
    for (const extension of INDEX_EXTENSIONS) {
      if (tree.isFile(stem + extension)) return { file: stem + extension, exists: true };
    }
  }
  return { file: posix.join(sourceRoot, 'index.ts'), exists: false };
}

function packageEntryStems(tree: Tree, root: string): string[] {
  const manifestPath = posix.join(root, 'package.json');
  if (!tree.isFile(manifestPath)) return [];
  const manifest = readJson<Record<string, unknown>>(tree, manifestPath);
  return [manifest.types, manifest.typings, manifest.main].flatMap((field) => {
    if (typeof field !== 'string') return [];
    const stem = field.replace(/^\.\//, '').replace(/(\.d)?\.(js|cjs|mjs|ts|mts|cts)$/, '');
    const segments = stem.split('/');
    const mapped: string[] = [];
    if (segments.length > 1 && BUILD_FOLDERS.has(segments[0])) {
      const rest = segments.length > 2 && BUILD_FLAVOURS.has(segments[1]) ? segments.slice(2) : segments.slice(1);
      mapped.push(posix.join(root, 'src', ...rest));
    }
    return [...mapped, posix.join(root, stem)];
  });
}

/** How the entry writes relative specifiers: with `.js` (Node16/NodeNext ESM) or without. */
export function usesJsExtensions(tree: Tree, entry: EntryPoint): boolean {
  return relativeSpecifiers(readText(tree, entry)).some((specifier) => specifier.endsWith('.js'));
}

/** The `export * from './…'` line for `file` that `entry` lacks, or undefined when it exports it already. */
export function getMissingExport(tree: Tree, entry: EntryPoint, file: string): string | undefined {
  const text = readText(tree, entry);
  const directory = posix.dirname(entry.file);
  const target = stripExtension(file);
  if (relativeSpecifiers(text).some((specifier) => stripExtension(posix.join(directory, specifier)) === target)) {
    return undefined;
  }
  const relative = posix.relative(directory, target);
  const specifier = `${relative.startsWith('.') ? '' : './'}${relative}${usesJsExtensions(tree, entry) ? '.js' : ''}`;
  // Follow the file's quotes; formatFiles settles the rest where the workspace has a formatter.
  const quote = /\bfrom\s*"/.test(text) && !/\bfrom\s*'/.test(text) ? '"' : "'";
  return `export * from ${quote}${specifier}${quote};`;
}

/** Appends the line, on a line of its own, keeping the file's line endings. */
export function appendLine(tree: Tree, entry: EntryPoint, line: string): void {
  const text = readText(tree, entry);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  tree.write(entry.file, `${text}${separator}${line}${newline}`);
}

function readText(tree: Tree, entry: EntryPoint): string {
  return entry.exists ? (tree.read(entry.file, 'utf-8') ?? '') : '';
}

function relativeSpecifiers(text: string): string[] {
  return [...text.matchAll(EXPORT_FROM)].map((match) => match[2]).filter((specifier) => specifier.startsWith('.'));
}

function stripExtension(path: string): string {
  return path.replace(/(\.d)?\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/, '');
}
