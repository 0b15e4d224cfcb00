import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ScanInterest } from '../scan/file-facts';
import { SSOT_CORE_VERSION } from '../version';

/**
 * sha256 for every digest of the cache: on this machine (SHA extensions) it hashes 10 MB of source
 * as fast as sha1 and faster than md5 (tools/bench/README.md, "Facts cache"), and no one has to
 * argue about collisions.
 */
export function digest(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What, besides a file's text and name, decides the facts its scan yields; an entry is read back
 * only under the same namespace. The scan's source files (names, sizes, modification times) stand
 * in for the version while ssot is developed: the version stays 0.1.0 across many changes to the
 * walk, and a stale entry would change a result. A published package's files never change.
 */
export function createCacheNamespace(interest: ScanInterest, scanDirectory = join(__dirname, '..', 'scan')): string {
  const parts = [
    `ssot-core ${SSOT_CORE_VERSION}`,
    `typescript ${ts.version}`,
    // The entries are `node:v8` serialisations: a newer V8 reads older ones, not the reverse.
    `v8 ${process.versions.v8}`,
    `scan ${stampScanSources(scanDirectory)}`,
    `interest ${JSON.stringify([interest.globalRoots, interest.globalNewNames, interest.literals].map((set) => [...set].sort()))}`,
  ];
  return digest(parts.join('\n'));
}

/**
 * The key of one file's entry. The file's name matters only through how TypeScript parses it:
 * its extension (TS or TSX, module kind) and whether it is a declaration file (`x.d.ts`, `x.d.css.ts`).
 */
export function getEntryKey(namespace: string, file: string, text: string): string {
  return createHash('sha256').update(`${namespace}\n${getParseKind(file)}\n`).update(text).digest('hex');
}

export function getParseKind(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  const extension = name.slice(name.lastIndexOf('.'));
  return /\.d(\.[^.]+)?\.[^.]+$/.test(name) ? `declaration${extension}` : extension;
}

function stampScanSources(directory: string): string {
  try {
    const stamps = readdirSync(directory)
      .filter((name) => !name.includes('.spec.'))
      .sort()
      .map((name) => {
        const stat = statSync(join(directory, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      });
    return digest(stamps.join('\n'));
  } catch {
    return 'unknown'; // a bundled build without the folder: the version alone keys the entries
  }
}
