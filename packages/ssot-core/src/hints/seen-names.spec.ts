import { scanFile } from '../scan/scan-file';
import { SeenNames } from './seen-names';

const TEXT = [
  "import Axios from 'axios';",
  "import type { HttpClient, Headers as H } from '@angular/common/http';",
  "import * as fs from 'node:fs';",
  "export * as api from './api';",
  'export class OrderService {}',
  'const pool = new Pool();',
  "const lazy = () => import('./lazy');",
].join('\n');

describe('SeenNames: the names a file shows, parsed or read as text', () => {
  it('a file read as text (not parsed) gives its module specifiers and the class names of its imports, declarations and news', () => {
    const seen = new SeenNames();
    seen.addText(TEXT);
    expect([...seen.specifiers].sort()).toEqual(['./lazy', '@angular/common/http', 'axios', 'node:fs']);
    expect([...seen.classes].sort()).toEqual(['Axios', 'H', 'Headers', 'HttpClient', 'OrderService', 'Pool']);
    expect([...seen.globals]).toEqual([]);
  });

  it('a parsed file gives the same specifiers and imported or declared classes, from its facts', () => {
    const seen = new SeenNames();
    seen.add(scanFile('libs/x/src/a.ts', TEXT, { globalRoots: new Set(), globalNewNames: new Set(['Pool']), literals: new Set() }));
    expect([...seen.specifiers].sort()).toEqual(['./api', './lazy', '@angular/common/http', 'axios', 'node:fs']);
    expect([...seen.classes].sort()).toEqual(expect.arrayContaining(['Axios', 'H', 'Headers', 'HttpClient', 'OrderService']));
  });
});
