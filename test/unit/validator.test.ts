// The build's standalone validator (dist/pipeline/article-validator.js, from scripts/gen-validator.mjs)
// must judge records exactly as the runtime-compiled one does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article.js';
import { checkArticle } from '../../src/validate/index.js';
// @ts-expect-error a build script, plain JavaScript
import { generate } from '../../scripts/gen-validator.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = `${root}dist/pipeline/article-validator.js`;

describe('generated validator', () => {
  it('is generated from the schema as it is now', () => {
    const code = (generate as (s: string) => string)(readFileSync(`${root}schemas/article.schema.json`, 'utf8'));
    expect(code).toMatch(/export const schemaHash = "[0-9a-f]{64}"/);
    if (existsSync(built)) expect(readFileSync(built, 'utf8')).toBe(code); // `npm test` builds first
  });

  it.runIf(existsSync(built))('accepts and refuses the same records as checkArticle', async () => {
    const validate = ((await import(built)) as { default: (v: unknown) => boolean }).default;
    const records = readdirSync(`${root}samples`).filter((f) => f.endsWith('.html')).map((f) => extractArticle(readFileSync(`${root}samples/${f}`, 'utf8'), { input: { path: f } }) as unknown as Record<string, unknown>);
    const broken = records.flatMap((r) => [
      { ...r, headline: 42 },
      { ...r, extra: true },
      { ...r, input: { path: 'x', offset: -1 } },
      { ...r, input: { path: 'x', fetchedAt: 'yesterday' } },
      { ...r, authors: [{ name: 'A' }] },
    ]);
    for (const r of [...records, ...broken]) expect(validate(r)).toBe(checkArticle(r).length === 0);
    expect(records.every((r) => validate(r))).toBe(true);
  });
});
