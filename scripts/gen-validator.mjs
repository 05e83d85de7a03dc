#!/usr/bin/env node
// Build step: ajv's standalone code for schemas/article.schema.json → dist/pipeline/article-validator.js.
// A worker thread then validates without compiling the schema at start-up (about 0.5 s of CPU per worker).
// Same ajv options as src/validate/index.ts; the file carries the schema's hash, and the worker falls back
// to compiling the schema when the hash no longer matches (a schema edited after the build) or the file is
// missing (tests that run the TypeScript sources).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const root = fileURLToPath(new URL('..', import.meta.url));
const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

export function generate(schemaText) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
  ajv.addVocabulary(['version']);
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(schemaText));
  const hash = createHash('sha256').update(schemaText).digest('hex');
  // ajv's ESM output still calls require() for its runtime helpers and the formats.
  return [
    '// Generated from schemas/article.schema.json by scripts/gen-validator.mjs at build time. Do not edit.',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const schemaHash = ${JSON.stringify(hash)};`,
    standaloneCode(ajv, validate).replace(/^"use strict";/, ''),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = generate(readFileSync(`${root}schemas/article.schema.json`, 'utf8'));
  mkdirSync(`${root}dist/pipeline`, { recursive: true });
  writeFileSync(`${root}dist/pipeline/article-validator.js`, code);
}
