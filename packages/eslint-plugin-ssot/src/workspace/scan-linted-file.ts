import { debuglog } from 'node:util';
import { getReusableSourceFile, scanFile, scanSourceFile, type FileFacts, type ScanInterest } from 'ssot-core';

/** `NODE_DEBUG=ssot eslint …` prints, per linted file, which path the scan took and why. */
const log = debuglog('ssot');

/** Which path the scans of this process took: the parser's tree walked, or the text parsed again. */
export interface ScanPaths {
  reused: number;
  parsed: number;
  /** Why the last file parsed again could not reuse the parser's tree. */
  lastReason?: string;
}

const paths: ScanPaths = { reused: 0, parsed: 0 };

export function getScanPaths(): Readonly<ScanPaths> {
  return { ...paths };
}

/**
 * The scan of a linted file: the TypeScript `SourceFile` typescript-eslint's parser already built
 * (its parser services map the Program to it, with or without a `project`), walked as it is when
 * it comes from ssot-core's own `typescript` module and the same text; else the text parsed again
 * (another parser, or a typescript-eslint that brought another `typescript`, whose SyntaxKind
 * numbers may differ). Both give the same facts.
 */
export function createLintedFileScan(parsed: unknown): (file: string, text: string, interest: ScanInterest) => FileFacts {
  return (file, text, interest) => {
    const reusable = getReusableSourceFile(file, text, parsed);
    if ('sourceFile' in reusable) {
      paths.reused += 1;
      log('%s: walked the SourceFile typescript-eslint parsed', file);
      return scanSourceFile(file, reusable.sourceFile, interest);
    }
    paths.parsed += 1;
    paths.lastReason = reusable.reason;
    log('%s: parsed again (%s)', file, reusable.reason);
    return scanFile(file, text, interest);
  };
}
