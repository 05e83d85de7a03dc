// The ajv instance and the compiled validators: compiled once, at module load, and shared by every caller.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ArticleRecord } from '../types/article.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export const articleSchemaUrl = new URL('../../schemas/article.schema.json', import.meta.url);
export const articleSchema = JSON.parse(readFileSync(articleSchemaUrl, 'utf8')) as Record<string, unknown> & { $id: string; version: string };

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addVocabulary(['version']); // the schema's own release number: an annotation, not a constraint
addFormats(ajv);

const validateArticle = ajv.compile<ArticleRecord>(articleSchema);

export interface SchemaProblem {
  /** JSON Pointer to the offending value ('' for the record itself). */
  pointer: string;
  message: string;
}

/** Checks a value against the article schema; returns the problems (empty when valid). */
export function checkArticle(value: unknown): SchemaProblem[] {
  if (validateArticle(value)) return [];
  return formatErrors(validateArticle.errors ?? []);
}

export function isArticle(value: unknown): value is ArticleRecord {
  return validateArticle(value);
}

function formatErrors(errors: ErrorObject[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') message = `has unknown property \`${String((e.params as { additionalProperty: string }).additionalProperty)}\``;
    else if (e.keyword === 'required') message = `is missing required property \`${String((e.params as { missingProperty: string }).missingProperty)}\``;
    else if (e.keyword === 'enum' || e.keyword === 'const') message = `${message}: ${JSON.stringify(e.params)}`;
    const key = `${e.instancePath} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer: e.instancePath, message });
  }
  return out;
}
