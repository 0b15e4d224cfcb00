#!/usr/bin/env node
// The steps around the two `tsc` runs of `npm run build` (see package.json):
//   clean   removes dist/, so that no module outlives a rename or a deletion;
//   finish  marks dist/cjs as CommonJS and dist/esm as ESM with package.json stubs (the package
//           itself declares no "type"), and adds to the relative specifiers in dist/esm the `.js`
//           extension that Node's ESM loader requires.
// Why the sources stay extensionless: the root jest config runs them as CommonJS and cannot
// resolve `./x.js` to `x.ts`, and tsc only rewrites specifiers written as `./x.ts`, which the root
// type-check rejects. Every rewrite is checked against a file that exists, so a miss fails the build.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const step = process.argv[2];

if (step === 'clean') {
  rmSync(dist, { recursive: true, force: true });
} else if (step === 'finish') {
  writeFileSync(join(dist, 'cjs', 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  writeFileSync(join(dist, 'esm', 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  addEsmExtensions(join(dist, 'esm'));
} else {
  console.error(`usage: node scripts/dist.mjs clean|finish (got ${step ?? 'nothing'})`);
  process.exit(2);
}

function addEsmExtensions(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|d\.ts)$/.test(entry.name)) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name); // `path` before Node 20.12
    const text = readFileSync(file, 'utf8');
    // `from './x'`, `import './x'` and `import('./x')`: the only forms tsc emits for our sources.
    const rewritten = text.replace(
      /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*)\2/g,
      (_match, lead, quote, specifier) => `${lead}${quote}${withExtension(file, specifier)}${quote}`,
    );
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
}

function withExtension(file, specifier) {
  if (/\.(m|c)?js$/.test(specifier)) return specifier;
  const base = join(dirname(file), specifier);
  if (existsSync(`${base}.js`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.js'))) return posix.join(specifier, 'index.js');
  throw new Error(`${file}: cannot find the module "${specifier}" refers to (looked for .js and /index.js)`);
}
