import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Freshness } from './run-kind';

/**
 * How long after its modification time a file's stamp is not trusted alone. File systems keep
 * times at a coarse step (a clock tick on Linux, 1-2 s elsewhere), so a file saved twice within one
 * step with the same size keeps its stamp: while a file is that young its content hash is compared
 * too (git's "racily clean" rule). Older files change their time with any write.
 */
const RACY_MS = 2_000;

interface Stamp {
  /** Modification time and size, or `-` when the file is missing or unreadable. */
  stat: string;
  mtimeMs: number;
  /** The content's hash, kept only while the file is young (see RACY_MS). */
  hash?: string;
}

/**
 * The files a cached value was built from, each stamped when it was first read, so the value is
 * rebuilt when one of them changed, was created or was deleted: by modification time and size,
 * and by content while the modification is recent. Never a clock: an editor session keeps what it
 * built for as long as those files stay the same, however long that is.
 */
export class FileStamps {
  private readonly stamps = new Map<string, Stamp>();

  /** `once` (a one-shot run, see run-kind.ts): nothing is stamped, and nothing is ever changed. */
  constructor(private readonly freshness: Freshness = 'every-lint') {}

  /** Records an input (absolute path) before it is read, as it is now; later calls for it do nothing. */
  add(file: string): void {
    if (this.freshness === 'every-lint' && !this.stamps.has(file)) this.stamps.set(file, stampOf(file));
  }

  get size(): number {
    return this.stamps.size;
  }

  /**
   * The first input that is not what it was when recorded, else undefined: of every input, or of
   * `only` (those of them not recorded yet are recorded as they are now) but those in `checked`
   * (already checked by this lint).
   */
  findChanged(only?: Iterable<string>, checked?: ReadonlySet<string>): string | undefined {
    if (this.freshness === 'once') return undefined;
    const inputs: Iterable<[string, Stamp | undefined]> = only === undefined ? this.stamps : [...only].map((file) => [file, this.stamps.get(file)]);
    for (const [file, recorded] of inputs) {
      if (checked?.has(file)) continue;
      if (recorded === undefined) {
        this.add(file);
        continue;
      }
      const stat = statOf(file);
      if (stat.text !== recorded.stat) return file;
      if (recorded.hash === undefined) continue;
      if (hashOf(file) !== recorded.hash) return file;
      if (!isYoung(stat.mtimeMs)) delete recorded.hash; // from now on any write changes its time
    }
    return undefined;
  }
}

function stampOf(file: string): Stamp {
  const { text, mtimeMs } = statOf(file);
  return { stat: text, mtimeMs, ...(text !== '-' && isYoung(mtimeMs) && { hash: hashOf(file) }) };
}

function isYoung(mtimeMs: number): boolean {
  return Date.now() - mtimeMs < RACY_MS;
}

function statOf(file: string): { text: string; mtimeMs: number } {
  try {
    // Many inputs are usually missing (other Nx versions' graph folders, probed import targets): no exception for those, it costs more than the stat.
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats ? { text: `${stats.mtimeMs}:${stats.size}`, mtimeMs: stats.mtimeMs } : { text: '-', mtimeMs: 0 };
  } catch {
    return { text: '-', mtimeMs: 0 }; // not readable: as good as missing
  }
}

function hashOf(file: string): string {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return '-'; // a folder, or gone since the stat
  }
}
