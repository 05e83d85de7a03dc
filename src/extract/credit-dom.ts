// Small DOM helpers shared by the image and copyright extractors: class/id words, visible text with word
// boundaries between elements, bounded subtree walks. Iterative (no recursion), so deep pages are safe.
import type { AnyNode, Element } from 'domhandler';
import { detach } from '../clean/detach.js';

/** The string caches are emptied when they grow past this many entries (ids make many strings unique). */
const MAX_CACHED_STRINGS = 50_000;
/** wordsOf reads at most this many characters of the class and id joined by a space. */
const MAX_WORDS_CHARS = 600;
const NO_WORDS: ReadonlySet<string> = new Set();

/** The class and id as one string, as wordsOf reads them. */
function classAndId(cls: string | undefined, id: string | undefined): string {
  return id === undefined ? cls! : `${cls ?? ''} ${id}`;
}

/** The words of a class and id string: 'article__media-caption relatedArticles' → article, media, caption, related, articles. */
function wordsOf(classAndId: string): ReadonlySet<string> {
  // BEM modifiers ('content-header--social-icons') describe looks, not what the element is: left out
  const raw = classAndId.slice(0, MAX_WORDS_CHARS).replace(/--\S*/g, ' ');
  if (!raw.trim()) return NO_WORDS;
  return new Set(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/**
 * A word list that hasWord tests, made once by wordList. Each list owns one bit: the bits of every list a
 * class or id string has a word of are worked out once per distinct string (BITS_BY_STRING), so testing an
 * element is a map look-up and a mask, with no word set built or walked.
 */
export interface WordList {
  readonly bit: number;
  readonly words: ReadonlySet<string>;
}

const LISTS: WordList[] = [];
const BITS_BY_STRING = new Map<string, number>();

/** Registers a word list for hasWord (at module load: at most 31 lists). */
export function wordList(words: Iterable<string>): WordList {
  if (LISTS.length >= 31) throw new Error('too many word lists');
  const list: WordList = { bit: 1 << LISTS.length, words: new Set(words) };
  LISTS.push(list);
  // strings worked out before this list existed lack its bit
  BITS_BY_STRING.clear();
  return list;
}

/** The bits of the lists that the words of `s` (a class, an id, or both joined) meet. */
function bitsOf(s: string): number {
  let bits = BITS_BY_STRING.get(s);
  if (bits === undefined) {
    bits = 0;
    const words = wordsOf(s);
    for (const l of LISTS) {
      for (const w of words) {
        if (l.words.has(w)) {
          bits |= l.bit;
          break;
        }
      }
    }
    if (BITS_BY_STRING.size >= MAX_CACHED_STRINGS) BITS_BY_STRING.clear();
    BITS_BY_STRING.set(detach(s), bits);
  }
  return bits;
}

/**
 * The bits of the word lists that an element's class and id words meet. The words of the class and of the id
 * are those of the two joined by a space (the space ends every word and every BEM modifier), unless the
 * joined string is longer than wordsOf reads: then it is looked up whole, as classWords reads it.
 */
export function wordBits(el: Element): number {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (id === undefined) return cls === undefined ? 0 : bitsOf(cls);
  if (cls === undefined) return bitsOf(id);
  if (cls.length + 1 + id.length > MAX_WORDS_CHARS) return bitsOf(classAndId(cls, id));
  return bitsOf(cls) | bitsOf(id);
}

/** True when a word of the element's class or id is in the list. */
export function hasWord(el: Element, list: WordList): boolean {
  return (wordBits(el) & list.bit) !== 0;
}

export function isElement(n: AnyNode | null | undefined): n is Element {
  return !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'iframe', 'object']);
/** Inline tags that join their text to the neighbour's without a space. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'u', 'sup', 'sub', 'abbr', 'mark', 'font', 'q', 's', 'bdi', 'bdo', 'wbr', 'data']);
/** Tags that are inline in running text (a footer line) though they often hold separate items in captions. */
const INLINE_TEXT = new Set(['span', 'small', 'time', 'cite', 'label']);
/** Classes that hide text from sighted readers (screen-reader labels such as 'Image copyright'). */
const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader|off-screen|offscreen|element-invisible|u-hidden-visually|hide-text|a11y-hidden|hidden-text)(?:\s|$)/i;

export function isHiddenLabel(el: Element): boolean {
  const c = el.attribs.class;
  return (c !== undefined && HIDDEN_CLASS.test(c)) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' && el.name !== 'img';
}

/**
 * Text of an element as a reader sees it: script/style skipped, screen-reader-only labels skipped, a space
 * between block elements (and <br>), elements for which `skip` returns true left out. Capped at `max` chars.
 */
export function textOf(el: AnyNode, skip?: (e: Element) => boolean, max = 5000, blockSep = ' ', spansInline = false): string {
  const out: string[] = [];
  let len = 0;
  const stack: Array<AnyNode | ' '> = [el];
  while (stack.length && len < max) {
    const n = stack.pop()!;
    if (n === ' ') {
      out.push(blockSep);
      continue;
    }
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      out.push(d);
      len += d.length;
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== el && (SKIP_TAGS.has(n.name) || isHiddenLabel(n) || (skip && skip(n)))) continue;
    if (n.name === 'br') {
      out.push(blockSep);
      continue;
    }
    const block = !INLINE.has(n.name) && !(spansInline && INLINE_TEXT.has(n.name));
    if (block) stack.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    if (block) stack.push(' ');
  }
  const joined = out.join('');
  // a space that only the element boundary put before punctuation goes (not when spans are inline: as printed)
  const tidy = (t: string): string => (spansInline ? t.replace(/\s+/g, ' ') : t.replace(/\s+/g, ' ').replace(/ ([,.;:!?)])/g, '$1')).trim();
  // tidy collapses white space itself: no pass of its own first (each replace copies the text)
  if (blockSep === ' ') return tidy(joined);
  return joined
    .split(blockSep)
    .map(tidy)
    .filter(Boolean)
    .join(blockSep);
}

/** White space as `\s` matches it. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `, . ; : ! ? )`: a space textOf finds before one goes. */
function isTightPunct(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
}

/**
 * `textOf(el, undefined, max).length`, counted without building the text: the same walk, the same cap, and
 * white space counted as textOf leaves it (runs as one space, none before `,.;:!?)`, none at either end).
 */
export function textLength(el: AnyNode, max = 5000): number {
  let count = 0;
  let len = 0;
  let started = false;
  let pending = false;
  const stack: Array<AnyNode | ' '> = [el];
  while (stack.length && len < max) {
    const n = stack.pop()!;
    if (n === ' ') {
      pending = true;
      continue;
    }
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      len += d.length;
      for (let i = 0; i < d.length; i++) {
        const c = d.charCodeAt(i);
        if (isJsSpace(c)) {
          pending = true;
          continue;
        }
        if (pending && started && !isTightPunct(c)) count++;
        pending = false;
        started = true;
        count++;
      }
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== el && (SKIP_TAGS.has(n.name) || isHiddenLabel(n))) continue;
    if (n.name === 'br') {
      pending = true;
      continue;
    }
    const block = !INLINE.has(n.name);
    if (block) stack.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    if (block) stack.push(' ');
  }
  return count;
}

/** True when `anc` is `el` or one of its ancestors. */
export function contains(anc: AnyNode, el: AnyNode | null): boolean {
  for (let n: AnyNode | null = el; n; n = n.parent) if (n === anc) return true;
  return false;
}

/** Walks the subtree in document order, at most `limit` nodes; `visit` returns false to skip children. */
export function walk(root: AnyNode, visit: (el: Element) => boolean | void, limit = 5000): void {
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length && seen++ < limit) {
    const n = stack.pop()!;
    if (n === root) {
      const kids = (n as { children?: AnyNode[] }).children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      continue;
    }
    if (!isElement(n)) continue;
    if (visit(n) === false) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}
