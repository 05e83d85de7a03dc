// Small DOM helpers shared by the image and copyright extractors: class/id words, visible text with word
// boundaries between elements, bounded subtree walks. Iterative (no recursion), so deep pages are safe.
import type { AnyNode, Element } from 'domhandler';
import { detach } from '../clean/detach.js';

const WORDS_CACHE = new WeakMap<Element, Set<string>>();

/** The words of an element's class and id: 'article__media-caption relatedArticles' → article, media, caption, related, articles. */
const NO_WORDS: Set<string> = new Set();

/** Word sets by raw class + id string: pages repeat the same class strings, and so do the pages of a site. */
const WORDS_BY_STRING = new Map<string, Set<string>>();
/** The string cache is emptied when it grows past this many entries (ids make many strings unique). */
const MAX_CACHED_STRINGS = 50_000;

export function classWords(el: Element): Set<string> {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls === undefined && id === undefined) return NO_WORDS;
  let words = WORDS_CACHE.get(el);
  if (words) return words;
  const key = id === undefined ? cls! : `${cls ?? ''} ${id}`;
  words = WORDS_BY_STRING.get(key);
  if (!words) {
    words = wordsOf(key);
    if (WORDS_BY_STRING.size >= MAX_CACHED_STRINGS) WORDS_BY_STRING.clear();
    WORDS_BY_STRING.set(detach(key), words);
  }
  WORDS_CACHE.set(el, words);
  return words;
}

function wordsOf(classAndId: string): Set<string> {
  // BEM modifiers ('content-header--social-icons') describe looks, not what the element is: left out
  const raw = classAndId.slice(0, 600).replace(/--\S*/g, ' ');
  if (!raw.trim()) return NO_WORDS;
  return new Set(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

export function hasWord(el: Element, words: ReadonlySet<string>): boolean {
  for (const w of classWords(el)) if (words.has(w)) return true;
  return false;
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
  if (blockSep === ' ') return tidy(joined.replace(/\s+/g, ' '));
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
