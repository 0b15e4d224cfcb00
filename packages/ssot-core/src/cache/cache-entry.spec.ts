import type { FileFacts, ScanInterest } from '../scan/file-facts';
import { scanFile } from '../scan/scan-file';
import { listKeyPaths } from '../testing/key-paths';
import { decodeEntry, encodeEntry } from './cache-entry';

const interest: ScanInterest = { globalRoots: new Set(['JSON', 'console']), globalNewNames: new Set(['Date']), literals: new Set(['yyyy-MM-dd']) };
const TEXT = `import { Logger } from '@acme/log';
import * as json from './json';
export class OrdersService extends Base {
  private readonly log: Logger = new Logger();
  run() {
    try { return json.parse(JSON.stringify({ at: new Date(), f: 'yyyy-MM-dd' })); } catch (e) { console.error(e); }
  }
}
export const FORMAT = 'yyyy-MM-dd';
`;
const KEY = 'a'.repeat(64);

describe('cache entries', () => {
  const facts: FileFacts = scanFile('libs/orders/src/orders.service.ts', TEXT, interest);

  it('give back exactly the facts stored, optional fields set to undefined included, under the reader’s file name', () => {
    expect(facts.refs.some((ref) => 'member' in ref && ref.member === undefined)).toBe(true); // what JSON would drop
    const decoded = decodeEntry(KEY, encodeEntry(KEY, facts), facts.file);
    expect(decoded).toEqual(facts);
    expect(listKeyPaths(decoded)).toEqual(listKeyPaths(facts));
    expect(decodeEntry(KEY, encodeEntry(KEY, facts), 'apps/other/copy.ts')?.file).toBe('apps/other/copy.ts');
  });

  const entry = encodeEntry(KEY, facts);
  const flipped = Buffer.from(entry);
  flipped[flipped.length - 20] ^= 0x01;
  const header = entry.subarray(0, entry.indexOf(0x0a) + 1);
  it.each([
    ['truncated', entry.subarray(0, entry.length - 7)],
    ['cut after the header', header],
    ['empty', Buffer.alloc(0)],
    ['one byte of the payload changed', flipped],
    ['one byte too many', Buffer.concat([entry, Buffer.from('x')])],
    ['written under another key (foreign or misplaced)', encodeEntry('b'.repeat(64), facts)],
    ['another format', Buffer.from(`ssot-facts 2 ${KEY} 2 00\n{}`)],
    ['not an entry at all', Buffer.from('{"refs": []}\n')],
  ])('are refused when %s', (_, bytes) => {
    expect(decodeEntry(KEY, bytes, facts.file)).toBeUndefined();
  });
});
