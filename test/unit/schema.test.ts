import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generate } from '../../scripts/gen-types.mjs';
import { articleSchema, checkArticle } from '../../src/validate/index.js';

const minimal = () => ({
  schemaVersion: '1.0',
  id: '0123456789abcdef0123456789abcdef',
  input: { path: 'a.html' },
  url: 'https://example.org/a',
  headline: 'A headline',
  authors: [{ name: 'Jane Doe', kind: 'person' }],
  byline: 'By Jane Doe',
  datePublished: '2024-03-24T10:00:00+01:00',
  dateModified: '2024-03-24',
  language: 'en',
  siteName: 'Example',
  articleBody: 'Text.',
  quotes: [],
  images: [],
  copyright: null,
  provenance: {},
  warnings: [],
});

describe('article schema', () => {
  it('is a versioned JSON Schema 2020-12 document', () => {
    expect(articleSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(articleSchema.version).toMatch(/^\d+\.\d+\.\d+$/);
    const [major, minor] = articleSchema.version.split('.');
    expect(articleSchema.$id).toBe(`https://copydesk.dev/schemas/article/${major}.${minor}.json`);
  });

  it('derives the TypeScript types: src/types/article.ts is regenerated, not edited', async () => {
    const fresh = await generate();
    expect(readFileSync(new URL('../../src/types/article.ts', import.meta.url), 'utf8')).toBe(fresh);
  });

  it('accepts a minimal record', () => {
    expect(checkArticle(minimal())).toEqual([]);
  });

  const cases: Array<[string, (r: Record<string, unknown>) => void, string, RegExp]> = [
    ['an unknown field', (r) => { r.extra = 1; }, '', /unknown property `extra`/],
    ['a missing field', (r) => { delete r.headline; }, '', /missing required property `headline`/],
    ['a date without a valid format', (r) => { r.datePublished = '24 March 2024'; }, '/datePublished', /format|match/],
    ['a relative url', (r) => { r.url = '/a'; }, '/url', /uri|null/],
    ['an author kind outside the enum', (r) => { r.authors = [{ name: 'X', kind: 'robot' }]; }, '/authors/0/kind', /allowed values/],
    ['a quote without offsets', (r) => { r.quotes = [{ text: 'x' }]; }, '/quotes/0', /missing required property/],
    ['a wrong schemaVersion', (r) => { r.schemaVersion = '2.0'; }, '/schemaVersion', /constant/],
  ];
  it.each(cases)('rejects %s with a pointer', (_name, mutate, pointer, message) => {
    const r = minimal() as Record<string, unknown>;
    mutate(r);
    const problems = checkArticle(r);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.pointer === pointer && message.test(p.message))).toBe(true);
  });
});
