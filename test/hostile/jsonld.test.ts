// Hostile JSON-LD (issue 8): prototype keys cannot pollute objects, huge and deeply nested blocks are
// bounded, invalid JSON-LD is a warning and never a reject.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article.js';
import { createContext } from '../../src/context/index.js';
import { jsonNesting, MAX_JSONLD_BYTES, MAX_JSONLD_NESTING, parseJsonLdBlocks, safeJsonParse } from '../../src/context/jsonld.js';
import { checkArticle } from '../../src/validate/index.js';

const page = (...blocks: string[]) =>
  `<html><head><title>Fallback title</title>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head>` +
  `<body><article><h1>Visible headline</h1><p>${'Body text of the article. '.repeat(20)}</p></article></body></html>`;

const pollutionCheck = () => {
  const probe: Record<string, unknown> = {};
  return {
    polluted: probe.polluted,
    objectProto: Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    arrayProto: Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted'),
    fnProto: Object.prototype.hasOwnProperty.call(Function.prototype, 'polluted'),
  };
};
const CLEAN = { polluted: undefined, objectProto: false, arrayProto: false, fnProto: false };

afterEach(() => {
  // a leak from one test must not hide in the next
  for (const p of [Object.prototype, Array.prototype, Function.prototype]) delete (p as Record<string, unknown>).polluted;
});

describe('JSON-LD: prototype keys', () => {
  const poison = [
    '{"@type":"NewsArticle","__proto__":{"polluted":true},"headline":"H"}',
    '{"@type":"NewsArticle","constructor":{"prototype":{"polluted":true}},"headline":"H"}',
    '{"@type":"NewsArticle","prototype":{"polluted":true},"headline":"H"}',
    '{"@graph":[{"@type":"NewsArticle","author":{"__proto__":{"polluted":true},"name":"Jane Doe"}}]}',
    '[{"@type":"Person","__proto__":{"__proto__":{"polluted":true}}}]',
    '{"@type":"NewsArticle","author":[{"constructor":{"prototype":{"polluted":1}}}],"image":{"__proto__":{"url":"http://x.example/p.jpg","polluted":1}}}',
  ];

  it.each(poison)('%s: keys dropped, no prototype polluted', (json) => {
    const value = safeJsonParse(json);
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      for (const k of ['__proto__', 'constructor', 'prototype']) expect(Object.prototype.hasOwnProperty.call(v, k)).toBe(false);
      expect(Object.getPrototypeOf(v)).toBe(Array.isArray(v) ? Array.prototype : Object.prototype);
      Object.values(v).forEach(walk);
    };
    walk(value);
    const record = extractArticle(page(json));
    expect(checkArticle(record)).toEqual([]);
    expect(pollutionCheck()).toEqual(CLEAN);
  });

  it('a polluted-looking node cannot lend the record its values through the prototype', () => {
    const record = extractArticle(page('{"@type":"WebPage","__proto__":{"@type":"NewsArticle","headline":"Injected through __proto__","author":{"name":"Mallory"}}}'));
    expect(record.headline).not.toBe('Injected through __proto__');
    expect(record.authors.map((a) => a.name)).not.toContain('Mallory');
    expect(pollutionCheck()).toEqual(CLEAN);
  });
});

describe('JSON-LD: size and depth bounds', () => {
  it('a 10 MB block is skipped with a warning, quickly, and the page still gives a record', () => {
    const big = `{"@type":"NewsArticle","headline":"Big","articleBody":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const started = performance.now();
    const record = extractArticle(page(big));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(checkArticle(record)).toEqual([]);
    expect(record.headline).toBe('Visible headline');
    expect(record.warnings.join('\n')).toMatch(new RegExp(`JSON-LD block 1 skipped: \\d+ bytes \\(limit ${MAX_JSONLD_BYTES}\\)`));
  });

  it('a block just under the size limit made of 55,000 tiny nodes stays fast', () => {
    const nodes = Array.from({ length: 55_000 }, (_, i) => `{"@type":"Person","name":"P${i}"}`).join(',');
    const block = `{"@graph":[${nodes}]}`;
    expect(block.length).toBeLessThan(MAX_JSONLD_BYTES);
    const started = performance.now();
    const record = extractArticle(page(block, '{"@type":"NewsArticle","headline":"Real headline","author":{"@type":"Person","name":"Jane Doe"}}'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(checkArticle(record)).toEqual([]);
  });

  it.each([
    ['array', (n: number) => '['.repeat(n) + ']'.repeat(n)],
    ['object', (n: number) => '{"a":'.repeat(n) + '{"@type":"NewsArticle","headline":"Deep"}' + '}'.repeat(n)],
    ['@graph', (n: number) => '{"@graph":'.repeat(n) + '{"@type":"NewsArticle"}' + '}'.repeat(n)],
    ['unclosed', (n: number) => '['.repeat(n)],
  ])('a 10,000- and 100,000-deep %s block is skipped before parsing, with a warning', (_, make) => {
    for (const n of [10_000, 100_000]) {
      const warnings: string[] = [];
      const started = performance.now();
      expect(parseJsonLdBlocks([make(n)], warnings)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(warnings).toEqual([`JSON-LD block 1 skipped: nested more than ${MAX_JSONLD_NESTING} levels deep`]);
      const record = extractArticle(page(make(n)));
      expect(checkArticle(record)).toEqual([]);
    }
  });

  it('nesting is counted outside strings only, and real JSON-LD is far below the limit', () => {
    expect(jsonNesting('{"a":"[[[[[[[[[[{{{{{{{{\\"[[[[["}')).toBe(1);
    expect(jsonNesting('[[]]]]]][[')).toBe(2);
    expect(jsonNesting('[[[[', 2)).toBe(3); // stops counting past the limit
    expect(jsonNesting('{"@graph":[{"@type":"NewsArticle","author":[{"@type":"Person","address":{"geo":{"x":[1]}}}]}]}')).toBe(8);
    const ok = '{"a":'.repeat(MAX_JSONLD_NESTING - 1) + '{"@type":"NewsArticle"}' + '}'.repeat(MAX_JSONLD_NESTING - 1);
    const warnings: string[] = [];
    parseJsonLdBlocks([ok], warnings);
    expect(warnings).toEqual([]);
  });

  it('why the depth check exists: in a worker thread, JSON.parse with a reviver overflows on 100,000-deep input', async () => {
    // The same reviver as safeJsonParse, on a worker with the default stack: the recursion is V8's, not ours.
    const code = `
      const { parentPort } = require('node:worker_threads');
      const deep = '['.repeat(100000) + ']'.repeat(100000);
      let plain = 'ok', revived = 'ok';
      try { JSON.parse(deep); } catch (e) { plain = e.name; }
      try { JSON.parse(deep, (k, v) => v); } catch (e) { revived = e.name; }
      parentPort.postMessage({ plain, revived });`;
    const result = await new Promise((resolve, reject) => {
      const w = new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    expect(result).toEqual({ plain: 'ok', revived: 'RangeError' });
  });
});

describe('JSON-LD: invalid blocks are warnings, not rejects', () => {
  it.each([
    ['truncated', '{"@type":"NewsArticle","headline":"Trunc'],
    ['trailing comma', '{"@type":"NewsArticle","headline":"H",}'],
    ['single quotes', "{'@type':'NewsArticle'}"],
    ['JavaScript', 'window.__DATA__ = {"a":1};'],
    ['NUL and controls', '{"@type":"NewsArticle","headline":"a\u0000b\u0001"}'],
    ['lone surrogate escape', '{"@type":"NewsArticle","headline":"\\ud800 broken"}'],
    ['closing script inside', '{"@type":"NewsArticle","headline":"</script><p>text</p>"}'],
    ['HTML comment', '<!-- {"@type":"NewsArticle", -->'],
  ])('%s → a record (with a warning when the JSON is invalid)', (_, block) => {
    const record = extractArticle(page(block));
    expect(checkArticle(record)).toEqual([]);
    expect(record.headline).toBeTruthy();
  });

  it('says which block was invalid', () => {
    const ctx = createContext(page('{"@type":"NewsArticle","headline":"Good"}', '{ nope', '[1,2'));
    expect(ctx.jsonld).toHaveLength(1);
    expect(ctx.warnings.filter((w) => /JSON-LD block [23] is not valid JSON/.test(w))).toHaveLength(2);
  });
});
