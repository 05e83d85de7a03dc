import { describe, expect, it } from 'vitest';
import { classVerdict } from '../../src/extract/body.js';
import {
  BOILERPLATE_SUBSTRINGS, BOILERPLATE_TOKENS, BUILDER_CLASS_PREFIXES, CONTENT_SUBSTRINGS, NEGATIVE_WEIGHT_SUBSTRINGS, NOT_BOILERPLATE_SUBSTRINGS,
  POSITIVE_WEIGHT_SUBSTRINGS, STANDFIRST_TOKENS, STRONG_BOILERPLATE_SUBSTRINGS, TAXONOMY_CLASS_PREFIXES,
} from '../../src/rules/body.js';

// classVerdict reads a class/id value token by token. That equals reading the whole value only while no word
// of the lists spans white space, and while the value is first cleaned as a whole: the reference below does
// it the whole-value way (camelCase split, taxonomy names left out, words about the neighbours stripped where
// `^` or a dash opens them, "widget" dropped in page-builder classes, then each list tested on the string).
const LISTS = { BOILERPLATE_SUBSTRINGS, BOILERPLATE_TOKENS, CONTENT_SUBSTRINGS, NEGATIVE_WEIGHT_SUBSTRINGS, NOT_BOILERPLATE_SUBSTRINGS, POSITIVE_WEIGHT_SUBSTRINGS, STANDFIRST_TOKENS, STRONG_BOILERPLATE_SUBSTRINGS };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (list: readonly string[]): RegExp => new RegExp(list.map(escapeRe).join('|'));
const [STRONG, NOT_BOILER, BOILER, NEGATIVE, POSITIVE, CONTENT] = [STRONG_BOILERPLATE_SUBSTRINGS, NOT_BOILERPLATE_SUBSTRINGS, BOILERPLATE_SUBSTRINGS, NEGATIVE_WEIGHT_SUBSTRINGS, POSITIVE_WEIGHT_SUBSTRINGS, CONTENT_SUBSTRINGS].map(anyOf) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
const hasWord = (value: string, words: readonly string[]): boolean =>
  value.split(/\s+/).some((n) => !!n && (words.includes(n) || n.split(/[-_]+/).some((p) => !!p && words.includes(p))));

function wholeValueVerdict(cls: string, id: string): { kind: number; contentWord: number; weight: number; standfirst: boolean } {
  let names = !cls && !id ? '' : `${cls} ${id}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  if (names.includes('-')) names = names.split(/\s+/).filter((n) => !TAXONOMY_CLASS_PREFIXES.some((p) => n.startsWith(p))).join(' ');
  names = names.replace(/(?:^|[-_]+)(?:has|with|without|no)[-_]+[a-z0-9]+(?:[-_]+[a-z0-9]+)*/g, '');
  names = names.split(/\s+/).map((n) => (BUILDER_CLASS_PREFIXES.some((p) => n.startsWith(p)) ? n.replace(/widgets?/g, '') : n)).join(' ');
  if (!names) return { kind: 0, contentWord: 0, weight: 0, standfirst: false };
  let kind = 0;
  if (STRONG.test(names) && !NOT_BOILER.test(names)) kind = 3;
  else if (BOILER.test(names) || hasWord(names, BOILERPLATE_TOKENS)) kind = 1;
  const weight = (NEGATIVE.test(names) ? -25 : 0) + (POSITIVE.test(names) ? 25 : 0);
  return { kind, contentWord: CONTENT.test(names) ? 1 : 0, weight, standfirst: kind === 0 && hasWord(names, STANDFIRST_TOKENS) };
}

describe('classVerdict: a class/id value read token by token', () => {
  it('has word lists without white space (a word spanning two tokens would be missed)', () => {
    for (const [name, list] of Object.entries(LISTS)) expect(list.filter((w) => !w || /\s/.test(w)), name).toEqual([]);
  });

  it('agrees with the whole-value reading on values mixing the cases that depend on position', () => {
    const tokens = ['no-sidebar', 'has-ads', 'x-no-ads', 'with-comments', 'no_comments', 'tag-comments', 'category-news', 'elementor-widget', 'elementor-widget-text-editor',
      'et_pb_widget', 'widget', 'comments', 'shareBar', 'entryContent', 'hasComments', 'lead', 'intro', 'sidebar', 'post-body', 'related-posts', 'byline', 'article', 'row', 'col-md-6'];
    const seps = [' ', '  ', '\t', ''];
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 3000; i++) {
      let cls = rnd(4) === 0 ? ' ' : '';
      for (let k = 1 + rnd(4); k > 0; k--) cls += tokens[rnd(tokens.length)]! + (k > 1 ? seps[rnd(seps.length)]! : '');
      const id = rnd(2) ? tokens[rnd(tokens.length)]! : undefined;
      expect(classVerdict(cls, id), JSON.stringify([cls, id])).toEqual(wholeValueVerdict(cls, id ?? ''));
      // and again, from the cache
      expect(classVerdict(cls, id), JSON.stringify([cls, id])).toEqual(wholeValueVerdict(cls, id ?? ''));
    }
  });

  it('strips neighbour words at the start of the value, after a taxonomy name left out, but not after white space', () => {
    expect(classVerdict('no-comments', undefined).kind).toBe(classVerdict('', undefined).kind);
    expect(classVerdict('tag-berlin no-comments', undefined).kind).toBe(classVerdict('', undefined).kind);
    expect(classVerdict('comments', undefined).kind).not.toBe(classVerdict('', undefined).kind);
    expect(classVerdict('main no-comments', undefined)).toEqual(wholeValueVerdict('main no-comments', ''));
    expect(classVerdict(' no-comments', undefined)).toEqual(wholeValueVerdict(' no-comments', ''));
  });
});
