// The worker's record check. A build generates ajv's standalone code for the schema
// (scripts/gen-validator.mjs → dist/pipeline/article-validator.js), so a worker starts without compiling
// the schema (about 0.5 s of CPU each); it is used only while its hash matches schemas/article.schema.json.
// Otherwise (TypeScript sources under test, a schema edited since the build) the schema is compiled at
// load, as src/validate does. The problems of an invalid record are always described by src/validate's
// checkArticle, loaded the first time a record is invalid.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SchemaProblem } from '../validate/index.js';

type Validate = (value: unknown) => boolean;
type Describe = (value: unknown) => SchemaProblem[];

async function loadGenerated(): Promise<Validate | null> {
  try {
    const mod = (await import(new URL('./article-validator.js', import.meta.url).href)) as { default: Validate; schemaHash: string };
    const schema = readFileSync(new URL('../../schemas/article.schema.json', import.meta.url));
    return createHash('sha256').update(schema).digest('hex') === mod.schemaHash ? mod.default : null;
  } catch {
    return null;
  }
}

const generated = await loadGenerated();
let describe: Describe | null = generated ? null : (await import('../validate/index.js')).checkArticle;

/** True when the generated validator is in use (no schema compile at start-up). */
export const precompiled = generated !== null;

/** The record's problems: [] when valid, null when invalid but not described yet (see describeProblems). */
export function checkRecord(value: unknown): SchemaProblem[] | null {
  if (describe) return describe(value);
  return generated!(value) ? [] : null;
}

/** The record's problems, loading the describing validator if need be. */
export async function describeProblems(value: unknown): Promise<SchemaProblem[]> {
  describe ??= (await import('../validate/index.js')).checkArticle;
  return describe(value);
}
