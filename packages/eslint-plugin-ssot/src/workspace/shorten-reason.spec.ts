import { shortenReason } from './find-file-bypasses';

/** The planner's refusals (ssot-core src/migrate), as the rule's message ends with them: "; no autofix: <clause>". */
const rows: [reason: string, clause: string][] = [
  ['JSON.parse is not called here (a value passed on, assigned or constructed keeps no call to rewrite)', 'JSON.parse is not called here'],
  ['the construction has type arguments, which the factory call would not carry', 'the construction has type arguments, which the factory call would not carry'],
  ['a namespace import (or require) of a legacy path: which names it uses is not one import to move; rewrite it by hand', 'a namespace import (or require) of a legacy path'],
  ['the file has a syntax error at 3:7; fix it first', 'the file has a syntax error at 3:7'],
  ['getLogger is asynchronous (returns a Promise), Logger is not', 'getLogger is asynchronous (returns a Promise), Logger is not'],
];

describe('shortenReason: one short clause of the planner reason', () => {
  it.each(rows)('%s', (reason, clause) => expect(shortenReason(reason)).toBe(clause));
});
