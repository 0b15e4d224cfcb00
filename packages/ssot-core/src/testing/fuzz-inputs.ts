/**
 * The fuzzer's inputs (see fuzz.ts): TypeScript's own `.d.ts` files, and seeded random mutations of
 * the example workspace's sources — truncations, byte flips, stray braces, deleted, duplicated and
 * swapped lines, injected tokens, deep nesting, everything on one line. One seed, one set of
 * inputs, on every machine: a failing input is reproduced from the run's seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createFileSystemHost } from '../workspace/fs-host';
import { EXAMPLE_ROOT } from './example-platform';

/** Where the fuzz inputs go: a folder no example project owns. */
export const FUZZ_DIR = 'fuzz';

export interface FuzzInput {
  /** Workspace-relative path in the fuzz workspace. */
  file: string;
  text: string;
  /** Where it came from: the `.d.ts` file, or the example source and the mutations applied. */
  origin: string;
  /** The seed that regenerates a mutated input (with `mutateSource`); absent for `.d.ts` files. */
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence on every machine for one seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of input `index` of a run: each input can be regenerated alone. */
export function inputSeed(seed: number, index: number): number {
  return (Math.imul(seed >>> 0, 1_000_003) + index * 7919 + 1) >>> 0;
}

const TOKENS = ['{', '}', '(', ')', '[', ']', ';', ',', '`', '${', "'", '"', '/*', '*/', '//', '<', '>', '</', '=>', '@', '#', '\\', 'class ', 'import ', 'export * from ', 'new ', 'catch ', 'try {', 'function ', 'async ', 'yield ', 'declare module ', 'namespace ', 'enum E {', '<div>', '?.', '??', '...', '\u00e9', '\ud83d\ude00', '\ufeff', '\u2028'];
const FLIP_CHARACTERS = '{}()[];,.`\'"/*\\<>=!?:@#$ \n\tabcXYZ0189\u00e9\ufffd';

type Operation = (text: string, random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));

const OPERATIONS: Record<string, Operation> = {
  truncate: (text, random) => text.slice(0, at(text, random)),
  'flip bytes': (text, random) => {
    const chars = [...text];
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips && chars.length > 0; i += 1) chars[Math.floor(random() * chars.length)] = pick([...FLIP_CHARACTERS], random);
    return chars.join('');
  },
  'insert braces': (text, random) => {
    let result = text;
    const count = 1 + Math.floor(random() * 5);
    for (let i = 0; i < count; i += 1) {
      const offset = at(result, random);
      result = result.slice(0, offset) + pick(['{', '}', '(', ')', '[', ']', '{{', '}}'], random) + result.slice(offset);
    }
    return result;
  },
  'delete lines': (text, random) => {
    const lines = text.split('\n');
    const start = Math.floor(random() * lines.length);
    lines.splice(start, 1 + Math.floor(random() * 4));
    return lines.join('\n');
  },
  'duplicate lines': (text, random) => {
    const lines = text.split('\n');
    const start = Math.floor(random() * lines.length);
    const chunk = lines.slice(start, start + 1 + Math.floor(random() * 6));
    lines.splice(Math.floor(random() * lines.length), 0, ...chunk);
    return lines.join('\n');
  },
  'swap lines': (text, random) => {
    const lines = text.split('\n');
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b], lines[a]];
    return lines.join('\n');
  },
  'inject tokens': (text, random) => {
    let result = text;
    const count = 1 + Math.floor(random() * 6);
    for (let i = 0; i < count; i += 1) {
      const offset = at(result, random);
      result = result.slice(0, offset) + pick(TOKENS, random) + result.slice(offset);
    }
    return result;
  },
  'nest deeply': (text, random) => {
    const depth = 50 + Math.floor(random() * 3000);
    const [open, close] = pick([['(', ')'], ['[', ']'], ['{a:', '}'], ['f(', ')'], ['!', '']], random);
    return `${text}\nexport const deep = ${open.repeat(depth)}JSON.parse('1')${close.repeat(depth)};\n`;
  },
  'long line': (text) => text.replace(/\n/g, ' ;'),
};

/** Applies 1–4 seeded operations; the same seed gives the same text and the same list. */
export function mutateSource(text: string, seed: number): { text: string; operations: string[] } {
  const random = createRandom(seed);
  const names = Object.keys(OPERATIONS);
  const operations: string[] = [];
  let result = text;
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i += 1) {
    // Deep nesting and one-line files are slow to make and to analyse: rarer than the rest.
    let name = pick(names, random);
    if ((name === 'nest deeply' || name === 'long line') && random() < 0.7) name = 'flip bytes';
    operations.push(name);
    result = OPERATIONS[name](result, random);
  }
  return { text: result, operations };
}

/** The example workspace: every file the analysis sees, as text. */
export function readExampleFiles(): Record<string, string> {
  const host = createFileSystemHost(EXAMPLE_ROOT);
  return Object.fromEntries(host.listFiles().map((file) => [file, host.readFile(file) ?? '']));
}

/** TypeScript's own declaration files, as shipped (`node_modules/typescript/lib/*.d.ts`). */
export function readTypescriptLibs(): FuzzInput[] {
  const dir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.d.ts'))
    .sort()
    .map((name) => ({ file: `${FUZZ_DIR}/typescript/${name}`, text: readFileSync(join(dir, name), 'utf8'), origin: `typescript/lib/${name}` }));
}

/** `count` seeded mutations of the example's sources (not its `.d.ts` files). */
export function* generateInputs(seed: number, count: number, exampleFiles: Record<string, string>): Generator<FuzzInput> {
  const sources = Object.keys(exampleFiles).filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));
  for (let index = 0; index < count; index += 1) {
    const own = inputSeed(seed, index);
    const source = sources[Math.floor(createRandom(own)() * sources.length)];
    const { text, operations } = mutateSource(exampleFiles[source], own);
    const name = source.replace(/^.*\//, '');
    yield { file: `${FUZZ_DIR}/mutated/${String(index).padStart(5, '0')}-${name}`, text, origin: `${source} (${operations.join(', ')})`, seed: own };
  }
}
