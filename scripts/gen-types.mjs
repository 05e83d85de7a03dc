#!/usr/bin/env node
// Derives the TypeScript types of the record from schemas/article.schema.json, so the two are never kept
// by hand. `node scripts/gen-types.mjs` writes src/types/article.ts; `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}src/types/article.ts`;

export async function generate() {
  const schema = JSON.parse(readFileSync(`${root}schemas/article.schema.json`, 'utf8'));
  return compile(schema, 'ArticleRecord', {
    bannerComment: '/* Generated from schemas/article.schema.json by scripts/gen-types.mjs. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true },
    format: true,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generate();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== ts) {
      console.error('src/types/article.ts is stale: run `npm run gen:types`');
      process.exit(1);
    }
  } else {
    writeFileSync(target, ts);
    console.log(`wrote ${target}`);
  }
}
