#!/usr/bin/env node
// Copies a package's non-TypeScript assets from src/ into dist/ after `tsc -b`: executor and
// generator schema.json files (Nx reads them at run time) and hand-written or generated .d.ts files
// (tsc does not emit them, yet the emitted declarations import them).
// Usage: node tools/copy-assets.mjs <package folder, relative to the repository root>
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node tools/copy-assets.mjs <package folder>');
  process.exit(2);
}
const src = resolve(repoRoot, packageDir, 'src');
const dist = resolve(repoRoot, packageDir, 'dist');
const isAsset = (name) => (name.endsWith('.json') || name.endsWith('.d.ts')) && !name.endsWith('.spec.json');
const skipDir = (name) => name === '__fixtures__' || name === 'node_modules';

let copied = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDir(entry.name)) walk(path);
    } else if (entry.isFile() && isAsset(entry.name)) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
      copied += 1;
    }
  }
}
walk(src);
console.log(`copy-assets: ${copied} file(s) from ${relative(repoRoot, src)} to ${relative(repoRoot, dist)}`);
