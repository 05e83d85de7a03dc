// Pins the public API: a change here is a decision, not an accident.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULTS', 'SCHEMA_VERSION', 'articleSchema', 'canonicalKey', 'checkArticle', 'decodeHtml', 'extractArticle',
      'formatReport', 'isArticle', 'runPipeline', 'stableId', 'validateFiles',
    ]);
  });

  it('gives the same id for the same article and different ids for different ones', () => {
    expect(api.stableId('https://Example.org/a/?utm_source=x#top', null, '')).toBe(api.stableId('https://example.org/a', 'other', 'body'));
    expect(api.stableId('https://example.org/a', null, '')).not.toBe(api.stableId('https://example.org/b', null, ''));
    expect(api.stableId(null, 'Title', 'Body  text')).toBe(api.stableId(null, 'Title', 'Body text'));
    expect(api.stableId(null, 'Title', 'Body')).not.toBe(api.stableId(null, 'Title', 'Other body'));
  });
});
