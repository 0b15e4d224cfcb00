import { realpathSync } from 'node:fs';
import { debuglog } from 'node:util';

/** `NODE_DEBUG=ssot` says which kind of process this is, once. */
const log = debuglog('ssot');

/**
 * How often a lint checks that the files the workspace index was built from are unchanged.
 * - `every-lint`: a process that outlives edits (an editor's ESLint server, eslint_d, the Node
 *   API, Nx's lint executor): every lint checks them, so results are never stale.
 * - `once`: a one-shot `eslint` command (ESLint's own bin is the process's main module). Each file
 *   is read once and the workspace taken as the run finds it, as ESLint itself reads each linted
 *   file once: re-checking the same barrels and tsconfig files at each of thousands of files
 *   would only measure the disk (tools/bench: about a fifth of the rule's time on 8,369 files).
 */
export type Freshness = 'every-lint' | 'once';

/** ESLint's command-line entry, in ESLint 8 and 9 (npm, pnpm and yarn layouts keep this tail). */
const ESLINT_BIN = /[\\/]eslint[\\/]bin[\\/]eslint\.(js|cjs|mjs)$/;

let override: Freshness | undefined;
let detected: Freshness | undefined;

/** This process's freshness, found once. */
export function getFreshness(): Freshness {
  if (override !== undefined) return override;
  if (detected === undefined) {
    detected = detectFreshness(require.main?.filename ?? realpathOrSelf(process.argv[1]));
    log(detected === 'once' ? 'a one-shot eslint command: each input is read once and not checked again' : 'a long-lived process: every lint checks the files it depends on');
  }
  return detected;
}

/** `once` when `mainFile` (the process's entry script) is ESLint's command-line bin. */
export function detectFreshness(mainFile: string | undefined): Freshness {
  return mainFile !== undefined && ESLINT_BIN.test(mainFile) ? 'once' : 'every-lint';
}

/** Tests run both ways in one process; undefined goes back to what the process is. */
export function useFreshness(freshness: Freshness | undefined): void {
  override = freshness;
}

function realpathOrSelf(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
