import { describe, expect, it } from 'vitest';
import { classVerdict } from '../../src/extract/body.js';
import { BOILERPLATE_SUBSTRINGS, BOILERPLATE_TOKENS, STANDFIRST_TOKENS, TAXONOMY_CLASS_PREFIXES } from '../../src/rules/body.js';

// classVerdict finds list words in a class/id value with one regular expression per list, not by splitting the
// value into names and parts. The reference: a word is a whole white-space-separated name, or a part of one
// between dashes and underscores.
const hasWord = (value: string, words: readonly string[]): boolean =>
  value.split(/\s+/).some((n) => !!n && (words.includes(n) || n.split(/[-_]+/).some((p) => !!p && words.includes(p))));

describe('classVerdict: list words found without splitting the value', () => {
  const boilerWords = BOILERPLATE_TOKENS.filter((w) => !BOILERPLATE_SUBSTRINGS.some((s) => w.includes(s)));
  const dashed = boilerWords.filter((w) => /[-_]/.test(w));
  const plain = boilerWords.filter((w) => !/[-_]/.test(w));
  const standfirst = STANDFIRST_TOKENS.filter((w) => !BOILERPLATE_SUBSTRINGS.some((s) => w.includes(s)));

  it('reads a boilerplate word as a whole name or as a part between dashes and underscores', () => {
    for (const w of plain) {
      for (const v of [w, `x ${w}`, `x-${w}`, `${w}_x`, `\t${w}\n`]) expect(classVerdict(v, undefined).kind, v).toBe(1);
      for (const v of [`${w}x`, `x${w}`]) expect(classVerdict(v, undefined).kind === 1, v).toBe(hasWord(v.toLowerCase(), BOILERPLATE_TOKENS) || BOILERPLATE_SUBSTRINGS.some((s) => v.includes(s)));
    }
  });

  it('reads a word holding a dash (entry-meta) only as a whole name', () => {
    for (const w of dashed) {
      expect(classVerdict(`x ${w}`, undefined).kind, w).toBe(1);
      expect(classVerdict('', w).kind, w).toBe(1);
      const longer = `${w}x`;
      expect(classVerdict(longer, undefined).kind === 1, longer).toBe(hasWord(longer, BOILERPLATE_TOKENS) || BOILERPLATE_SUBSTRINGS.some((s) => longer.includes(s)));
    }
  });

  it('marks a standfirst by a whole name or a part, not by a longer word holding it', () => {
    for (const w of standfirst) {
      expect(classVerdict(`article-${w}`, undefined).standfirst, w).toBe(true);
      expect(classVerdict(`box ${w}_text`, undefined).standfirst, w).toBe(true);
      expect(classVerdict(`${w}zz`, undefined).standfirst, w).toBe(hasWord(`${w}zz`, STANDFIRST_TOKENS));
    }
  });

  it('leaves out taxonomy names only when one opens a name', () => {
    for (const p of TAXONOMY_CLASS_PREFIXES) {
      // `tag-lead` is a taxonomy name: its words say nothing; `intro tag-lead` still says standfirst by `intro`
      expect(classVerdict(`${p}lead`, undefined).standfirst, p).toBe(false);
      expect(classVerdict(`intro ${p}lead`, undefined).standfirst, p).toBe(true);
    }
  });

  it('splits camelCase values before lower-casing them, and reads lower-case values as they are', () => {
    for (const w of dashed) {
      const camel = w.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
      expect(classVerdict(`x ${camel}`, undefined), camel).toEqual(classVerdict(`x ${w}`, undefined));
      expect(classVerdict(`x ${camel.toLowerCase()}`, undefined).kind === 1, camel).toBe(BOILERPLATE_SUBSTRINGS.some((s) => camel.toLowerCase().includes(s)) || hasWord(camel.toLowerCase(), BOILERPLATE_TOKENS));
    }
  });
});
