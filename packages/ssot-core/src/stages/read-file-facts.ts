import type { Diagnostic } from '../result/site';
import type { FileFacts, ScanInterest } from '../scan/file-facts';
import { scanFile } from '../scan/scan-file';

/** Files larger than this are listed as skipped rather than parsed (generated bundles, fixtures). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const SCRIPT_FILE = /\.(d\.ts|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** What reading one workspace file into facts gave: the facts, or the reasons it was skipped. */
export interface FileFactsRead {
  facts?: FileFacts;
  /** Why the file was skipped, or a syntax error the parser recovered from. */
  problems: Diagnostic[];
}

export interface ReadFileFactsInput {
  file: string;
  /** Bytes, when the host knows them without reading: a huge file is refused before it is read. */
  size: number | undefined;
  read(): string | undefined;
  interest: ScanInterest;
  /** The scan, or a cache in front of it. */
  scan?: (file: string, text: string, interest: ScanInterest) => FileFacts;
}

/** A workspace file → its facts (SPEC §4), or a diagnostic naming why it was not analysed. */
export function readFileFacts({ file, size, read, interest, scan = scanFile }: ReadFileFactsInput): FileFactsRead {
  const problems: Diagnostic[] = [];
  const report = (code: string, message: string, line = 1, column = 1): FileFactsRead => {
    problems.push({ file, line, column, code, message });
    return { problems };
  };
  if (!SCRIPT_FILE.test(file)) return { problems };
  if (size !== undefined && size > MAX_FILE_BYTES) {
    return report('file-too-large', `skipped: ${size} bytes is over the ${MAX_FILE_BYTES}-byte limit; exclude it in ssot.json if it is generated`);
  }
  const text = read();
  if (text === undefined) return report('file-unreadable', 'skipped: the file was listed but could not be read (deleted during the run, or no permission)');
  if (text.length > MAX_FILE_BYTES) {
    return report('file-too-large', `skipped: ${text.length} characters is over the ${MAX_FILE_BYTES} limit; exclude it in ssot.json if it is generated`);
  }
  if (text.includes('\u0000')) return report('binary-file', 'skipped: the file holds NUL bytes (binary); exclude it in ssot.json');
  try {
    const facts = scan(file, text, interest);
    if (facts.syntaxError) {
      const { line, column, message } = facts.syntaxError;
      report('syntax-error', `syntax error: ${message} (sites the parser recovered are still counted)`, line, column);
    }
    return { facts, problems };
  } catch (error) {
    return report('scan-failed', `could not be analysed, its sites are not counted: ${describeScanFailure(error)}`);
  }
}

/** The parser and the walk recurse once per level of nesting: say so rather than quote V8. */
function describeScanFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) {
    return `its syntax nests too deeply to walk (${message}); exclude it in ssot.json if it is generated, or split the expression`;
  }
  return message;
}
