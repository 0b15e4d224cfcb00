import ignore, { type Ignore } from 'ignore';

/** Folders Nx never looks into, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.nx']);

/** The rules of one folder's ignore files, relative to that folder ('' for the root). */
export interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/**
 * The ignore files that decide which files Nx sees: the root `.gitignore` and `.nxignore`, and a
 * `.gitignore` in any folder (its rules relative to that folder). Every host lists files through
 * this one reading, so a file left out on disk is left out in memory (and in any other host) alike.
 */
export interface IgnoreFiles {
  /** The layer of `dir`'s own ignore files ('' for the root), read once; undefined when it has none. */
  layerOf(dir: string): IgnoreLayer | undefined;
  /** Whether a file path is out of the workspace: under an always-skipped or ignored folder, or ignored itself. */
  ignoresFile(path: string): boolean;
}

/** `readText` reads a workspace-relative file, undefined when it is absent. */
export function createIgnoreFiles(readText: (path: string) => string | undefined): IgnoreFiles {
  const layers = new Map<string, IgnoreLayer | undefined>();
  const layerOf = (dir: string): IgnoreLayer | undefined => {
    if (layers.has(dir)) return layers.get(dir);
    const names = dir === '' ? ['.gitignore', '.nxignore'] : [`${dir}/.gitignore`];
    const texts = names.map(readText).filter((text): text is string => text !== undefined);
    const layer = texts.length > 0 ? { base: dir, rules: ignore().add(texts.join('\n')) } : undefined;
    layers.set(dir, layer);
    return layer;
  };
  return {
    layerOf,
    ignoresFile(path) {
      const segments = path.split('/');
      const active: IgnoreLayer[] = [];
      for (let depth = 0; depth < segments.length; depth += 1) {
        const dir = segments.slice(0, depth).join('/');
        if (depth > 0 && (ALWAYS_SKIPPED.has(segments[depth - 1]) || isIgnoredBy(active, dir, true))) return true;
        const layer = layerOf(dir);
        if (layer) active.push(layer);
      }
      return isIgnoredBy(active, path, false);
    },
  };
}

/** Whether any of the layers (the root's and those of `path`'s ancestors) ignores `path`. */
export function isIgnoredBy(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const relative = layer.base === '' ? path : path.slice(layer.base.length + 1);
    if (relative === '') continue;
    if (layer.rules.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
