import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitCommandError } from './run-git';

/**
 * One long-lived `git cat-file --batch` process that reads blobs straight from the object database
 * (no checkout, no worktree): requests are object ids on stdin, answers `<oid> <type> <size>\n<bytes>\n`
 * on stdout, in order. Reading many blobs costs one process, not one per blob, and consecutive
 * commits reuse it.
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffered: Buffer = Buffer.alloc(0);
  /** Chunks not yet joined, and how many bytes the answer being read needs: a large blob is joined once, not once per chunk. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private needed = 0;
  private readonly waiting: { oid: string; resolve: (blob: Buffer | undefined) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(private readonly repo: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.buffered.length + this.pendingBytes < this.needed) return;
      this.buffered = Buffer.concat([this.buffered, ...this.pending]);
      this.pending = [];
      this.pendingBytes = 0;
      this.drain();
    });
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const fail = (error: Error) => {
      this.failure = new GitCommandError(`git cat-file failed in ${this.repo}: ${stderr.trim() || error.message}`, { stderr, code: undefined });
      for (const request of this.waiting.splice(0)) request.reject(this.failure);
    };
    this.child.on('error', fail);
    this.child.on('close', (code) => {
      if (this.waiting.length > 0) fail(new Error(`exited with code ${code}`));
    });
    this.child.stdin.on('error', fail);
  }

  /** The bytes of a blob; undefined when the object is missing (a partial clone, a pruned object). */
  read(oid: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (!/^[0-9a-f]{40,64}$/.test(oid)) return Promise.reject(new Error(`not an object id: ${oid}`));
    return new Promise((resolve, reject) => {
      this.waiting.push({ oid, resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  /** Many blobs, pipelined: every request is written before the first answer is read. */
  async readAll(oids: readonly string[]): Promise<Map<string, Buffer | undefined>> {
    const unique = [...new Set(oids)];
    const blobs = await Promise.all(unique.map((oid) => this.read(oid)));
    return new Map(unique.map((oid, index) => [oid, blobs[index]]));
  }

  close(): void {
    this.child.stdin.end();
  }

  private drain(): void {
    this.needed = 0;
    while (this.waiting.length > 0) {
      const newline = this.buffered.indexOf(0x0a);
      if (newline < 0) return;
      const header = this.buffered.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing')) {
        this.buffered = this.buffered.subarray(newline + 1);
        this.waiting.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      const end = newline + 1 + size;
      if (this.buffered.length < end + 1) {
        this.needed = end + 1; // the blob and its trailing newline are not all here yet
        return;
      }
      const blob = Buffer.from(this.buffered.subarray(newline + 1, end));
      this.buffered = this.buffered.subarray(end + 1);
      this.waiting.shift()?.resolve(blob);
    }
  }
}
