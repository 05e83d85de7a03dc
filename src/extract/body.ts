// The article body: the main content of the page, as paragraphs in reading order.
//
// How it works (Mozilla Readability's scoring, done on arrays instead of a mutated DOM):
//   1. One iterative pre-order walk records every element that can hold text (script, nav, hidden… are
//      skipped with their subtree), with its own text length and commas and its class/id verdicts.
//   2. Linear passes over those arrays: subtree totals (text, link text, paragraphs, images…), the set of
//      elements excluded as boilerplate (comments, related lists, share bars, captions, bylines…), then the
//      totals again without the excluded subtrees.
//   3. Every paragraph-like element scores its ancestors (1 + commas + length/100, halved and thirded up
//      the tree); a candidate's score is scaled by its share of non-link text; the best candidate is moved
//      up when its ancestors hold other good candidates, and joined by good siblings. schema.org
//      `itemprop=articleBody` wins outright when it holds real text.
//   4. One walk over the chosen subtrees writes the paragraphs, skipping excluded elements and blocks the
//      conditional cleaner rejects (link lists, image galleries, forms).
// When the strict pass finds too little (a site that names its article `sidebar-content`), it is run again
// with fewer rules, and the longest plausible result wins.
//
// The function is pure: the DOM is only read. No recursion: every walk uses an explicit stack.
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { ATTR } from '../context/dom.js';
import { ldString } from '../context/jsonld.js';
import {
  ARTICLE_BODY_ITEMPROPS, BLOCK_TAGS, BOILERPLATE_ROLES, BOILERPLATE_SUBSTRINGS, BOILERPLATE_TOKENS,
  AD_MARKERS, CAPTION_PREFIXES, DATELINE_PREFIXES, MAX_DATELINE_PARAGRAPH, MAX_PROMO_PARAGRAPH, PROMO_PHRASES, EMBED_TAGS, FURNITURE_PARAGRAPHS, MAX_FURNITURE_PARAGRAPH, READ_MORE_PREFIXES, FURNITURE_TAGS, HEADING_TAGS, NEGATIVE_WEIGHT_SUBSTRINGS, PARAGRAPH_TAGS,
  BUILDER_CLASS_PREFIXES, POSITIVE_WEIGHT_SUBSTRINGS, SKIP_TAGS, STANDFIRST_TOKENS, LAYOUT_CLASS_TOKENS, TEASER_CLASS_SUBSTRINGS, STRONG_BOILERPLATE_SUBSTRINGS, NOT_BOILERPLATE_SUBSTRINGS, TAG_BASE_SCORE, TAXONOMY_CLASS_PREFIXES,
} from '../rules/body.js';
import type { Found } from './types.js';
import { detach } from '../clean/detach.js';

export interface Body {
  /** Paragraphs joined by a blank line; '' when the page has no text. */
  text: string;
  /** The body's paragraphs in reading order (headings, list items and block quotes are paragraphs of their own). */
  paragraphs: string[];
  /** The chosen main container; null when none was found. */
  node: Element | null;
}

/** Below this many characters a pass is thought to have missed the article, and a looser pass is tried. */
const MIN_BODY_CHARS = 500;
/** A looser pass replaces a stricter one only when it finds this many times as much text, plus LOOSER_MIN_GAIN chars. */
const LOOSER_GAIN = 1.5;
const LOOSER_MIN_GAIN = 100;
/** A paragraph shorter than this is not scored (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestors a paragraph's score reaches. */
const SCORE_LEVELS = 5;

/** What an element is by its own tag, class, id and role. */
const Kind = {
  Plain: 0,
  /** Class, id or role names page furniture: skipped unless it holds most of the page's text. */
  Boiler: 1,
  /** Tag is page furniture (header, footer, aside, figure, form, h1): same. */
  Furniture: 2,
  /** Comments, cookie banners, captions, bylines: skipped whatever their size. */
  Strong: 3,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

// ---------- class/id matching ----------

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A literal alternation: linear-time, cannot backtrack catastrophically. */
const anyOf = (list: readonly string[]): RegExp => new RegExp(list.map(escapeRe).join('|'));
const BOILER_RE = anyOf(BOILERPLATE_SUBSTRINGS);
const STRONG_RE = anyOf(STRONG_BOILERPLATE_SUBSTRINGS);
const NOT_BOILER_RE = anyOf(NOT_BOILERPLATE_SUBSTRINGS);
const POSITIVE_RE = anyOf(POSITIVE_WEIGHT_SUBSTRINGS);
const NEGATIVE_RE = anyOf(NEGATIVE_WEIGHT_SUBSTRINGS);

const isTaxonomyClass = (name: string): boolean => TAXONOMY_CLASS_PREFIXES.some((p) => name.startsWith(p));
/** Some token of the value is a taxonomy class name: only then is the value split to leave them out. */
const TAXONOMY_RE = new RegExp(`(?:^|\\s)(?:${TAXONOMY_CLASS_PREFIXES.map(escapeRe).join('|')})`);

/** `class` + `id`, camelCase split, lower-cased, taxonomy class names (`tag-berlin`) left out. */
function classIdOf(c: string, id: string): string {
  if (!c && !id) return '';
  const raw = `${c} ${id}`;
  // most values are lower case already: toLowerCase returns them as they are, and there is no camelCase to split
  let names = raw.toLowerCase();
  if (names !== raw) names = raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  if (names.includes('-') && TAXONOMY_RE.test(names)) names = names.split(/\s+/).filter((n) => !isTaxonomyClass(n)).join(' ');
  // `o-section--has-ads`, `content-with-sidebar`, `no-sidebar`: a wrapper describing its neighbours, not itself
  if (HAS_RE.test(names)) names = names.replace(HAS_STRIP_RE, '');
  // a page builder calls every block a widget: the word says nothing there (its other words still count)
  if (names.includes('widget')) names = names.split(/\s+/).map((n) => (isBuilderClass(n) ? n.replace(/widgets?/g, '') : n)).join(' ');
  return names;
}

const HAS_RE = /(?:^|[-_])(?:has|with|without|no)[-_]/;
const HAS_STRIP_RE = /(?:^|[-_]+)(?:has|with|without|no)[-_]+[a-z0-9]+(?:[-_]+[a-z0-9]+)*/g;

const isBuilderClass = (name: string): boolean => BUILDER_CLASS_PREFIXES.some((p) => name.startsWith(p));


interface ClassVerdict {
  kind: Kind;
  weight: number;
  /** A class/id token names a standfirst ("lead", "intro", "excerpt", "chapo"…). */
  standfirst: boolean;
}

const LAYOUT_CLASSES: ReadonlySet<string> = new Set(LAYOUT_CLASS_TOKENS);
const TEASER_CLASS_RE = anyOf(TEASER_CLASS_SUBSTRINGS);

/**
 * Whether one of the words is a whole white-space-separated name of the value, or a part of one between
 * dashes and underscores (`share` in `post-share_bar`): one scan of the value, no split. A word holding a
 * dash (`entry-meta`) can only be a whole name; the others match both ways through the part pattern.
 */
function wordTest(words: readonly string[]): (classId: string) => boolean {
  const parts = words.filter((w) => !/[-_]/.test(w));
  const names = words.filter((w) => /[-_]/.test(w));
  const partRe = parts.length ? new RegExp(`(?:^|[\\s_-])(?:${parts.map(escapeRe).join('|')})(?=[\\s_-]|$)`) : null;
  const nameRe = names.length ? new RegExp(`(?:^|\\s)(?:${names.map(escapeRe).join('|')})(?=\\s|$)`) : null;
  return (classId) => (partRe !== null && partRe.test(classId)) || (nameRe !== null && nameRe.test(classId));
}
const hasBoilerWord = wordTest(BOILERPLATE_TOKENS);
const hasStandfirstWord = wordTest(STANDFIRST_TOKENS);

/**
 * Verdicts by `class` + `id` value. Pages repeat the same few hundred class strings thousands of times,
 * and each test is a scan of a long literal alternation, so verdicts are remembered (bounded).
 */
const verdicts = new Map<string, ClassVerdict>();
/** The same for elements without an id, keyed by the class value alone (most elements: no key to build). */
const classVerdicts = new Map<string, ClassVerdict>();
const MAX_VERDICTS = 20_000;

export function classVerdict(cls: string, id: string | undefined): ClassVerdict {
  const cache = id ? verdicts : classVerdicts;
  const key = id ? `${cls}\u0000${id}` : cls;
  const known = cache.get(key);
  if (known) return known;
  const classId = classIdOf(cls, id ?? '');
  let kind: Kind = Kind.Plain;
  let weight = 0;
  let standfirst = false;
  if (classId) {
    if (STRONG_RE.test(classId) && !NOT_BOILER_RE.test(classId)) kind = Kind.Strong;
    else if (BOILER_RE.test(classId) || hasBoilerWord(classId)) kind = Kind.Boiler;
    if (NEGATIVE_RE.test(classId)) weight -= 25;
    if (POSITIVE_RE.test(classId)) weight += 25;
    standfirst = kind === Kind.Plain && hasStandfirstWord(classId);
  }
  const v = verdictOf(kind, weight, standfirst);
  if (cache.size >= MAX_VERDICTS) cache.clear();
  cache.set(detach(key), v);
  return v;
}

/** The verdicts, one object per combination, shared by the cache's entries (it holds thousands). */
const VERDICTS: ClassVerdict[] = [];
for (const kind of [Kind.Plain, Kind.Boiler, Kind.Furniture, Kind.Strong]) {
  for (const weight of [-25, 0, 25]) for (const standfirst of [false, true]) VERDICTS.push({ kind, weight, standfirst });
}
function verdictOf(kind: Kind, weight: number, standfirst: boolean): ClassVerdict {
  return VERDICTS[(kind * 3 + (weight / 25 + 1)) * 2 + (standfirst ? 1 : 0)]!;
}

/** Whether an element is hidden by its `hidden`, `aria-hidden` or inline `style` attribute. */
function isHidden(hidden: boolean, ariaHidden: string | undefined, style: string | undefined): boolean {
  if (hidden) return true;
  if (ariaHidden === 'true') return true;
  // cheap test first: most inline styles say neither
  if (style && style.length < 2000 && (style.includes('none') || style.includes('hidden') || style.includes('NONE') || style.includes('HIDDEN'))) {
    const s = style.toLowerCase().replace(/\s+/g, '');
    if (s.includes('display:none') || s.includes('visibility:hidden')) return true;
  }
  return false;
}

// ---------- text measurement ----------

/**
 * White space to replace with one space: a run of two or more, or a white-space character other than the
 * plain space. The result is the one `/\s+/g` gives, without a match (and a copy) for every lone space
 * between two words; each run is matched once, from its first character, so the scan stays linear.
 */
const COLLAPSE_RE = / \s+|[^\S ]\s*/g;
/** `s` with every run of white space replaced by one space (as `s.replace(/\s+/g, ' ')`). */
export function collapseWhitespace(s: string): string {
  return s.replace(COLLAPSE_RE, ' ');
}

/** Length of a string with whitespace runs counted as one, and its commas, without allocating. */
function measure(s: string): { len: number; commas: number } {
  let len = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // most characters are neither white space nor a comma: one test for them
    if (c > 44 && c < 160) {
      inSpace = false;
      len++;
      continue;
    }
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!inSpace) {
        len++;
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    len++;
    if (c === 44 || c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xff0c || c === 0x3001) commas++;
  }
  return { len, commas };
}

// ---------- the page as arrays ----------


/**
 * Zeroed typed columns of `n` numbers each, carved out of one ArrayBuffer: a page needs a few dozen columns,
 * and a typed array of its own costs an allocation (and a buffer for the collector to track) per column.
 */
class Columns {
  private readonly buf: ArrayBuffer;
  private at = 0;
  constructor(private readonly n: number, f64: number, i32: number, i16: number, u8: number) {
    this.buf = new ArrayBuffer(f64 * Columns.bytes(n * 8) + i32 * Columns.bytes(n * 4) + i16 * Columns.bytes(n * 2) + u8 * Columns.bytes(n));
  }
  /** Each column starts 8-aligned, as a Float64Array must. */
  private static bytes(b: number): number {
    return (b + 7) & ~7;
  }
  private take(size: number): number {
    const at = this.at;
    this.at += Columns.bytes(this.n * size);
    return at;
  }
  f64(): Float64Array {
    return new Float64Array(this.buf, this.take(8), this.n);
  }
  i32(): Int32Array {
    return new Int32Array(this.buf, this.take(4), this.n);
  }
  i16(): Int16Array {
    return new Int16Array(this.buf, this.take(2), this.n);
  }
  u16(): Uint16Array {
    return new Uint16Array(this.buf, this.take(2), this.n);
  }
  u8(): Uint8Array {
    return new Uint8Array(this.buf, this.take(1), this.n);
  }
}

/** What a tag name is, one bit each: worked out once per tag name of a page, then read per element. */
const T = {
  img: 1,
  embed: 2,
  input: 4,
  skip: 8,
  furniture: 16,
  block: 32,
  leaf: 64,
  heading: 128,
  paragraph: 256,
  a: 512,
  li: 1024,
  /** <html> and <body>: their classes describe the whole page ("has-navigation", "sidebar-left"), never furniture. */
  page: 2048,
  article: 4096,
} as const;

function tagBits(name: string): number {
  let b = 0;
  if (name === 'img') b |= T.img;
  if (EMBED_TAGS.has(name)) b |= T.embed;
  if (name === 'input') b |= T.input;
  if (SKIP_TAGS.has(name)) b |= T.skip;
  if (FURNITURE_TAGS.has(name)) b |= T.furniture;
  if (BLOCK_TAGS.has(name)) b |= T.block;
  if (LEAF_CONTAINERS.has(name)) b |= T.leaf;
  if (HEADING_TAGS.has(name)) b |= T.heading;
  if (PARAGRAPH_TAGS.has(name)) b |= T.paragraph;
  if (name === 'a') b |= T.a;
  if (name === 'li') b |= T.li;
  if (name === 'html' || name === 'body') b |= T.page;
  if (name === 'article') b |= T.article;
  return b;
}

/** The page's columns are indexed by position in `els`; they may be longer than `els` (the rest is unused). */
interface Page {
  els: Element[];
  /** Position of an element in `els`; undefined for one skipped (script, hidden subtree) or not in the page. */
  index: { get(el: Element): number | undefined };
  parent: Int32Array;
  tag: string[];
  /** The T bits of each element's tag. */
  tagBits: Uint16Array;
  /** Read through kindAt, weightAt and standfirstAt: an element's class/id verdict is looked up when first read. */
  kind: Uint8Array;
  weight: Int16Array;
  /** The element's class/id verdict is still to be looked up (its kind holds the verdict by tag until then). */
  pending: Uint8Array;
  ownText: Float64Array;
  ownCommas: Float64Array;
  /** Direct child counts of img / input / embeds, found in the walk. */
  ownImg: Int32Array;
  ownInput: Int32Array;
  ownEmbed: Int32Array;
  textRaw: Float64Array;
  linkRaw: Float64Array;
  /** An <a> that leads away from the page (an in-page anchor, `#section`, is navigation inside the article). */
  linkAway: Uint8Array;
  articleBodyHint: number[];
  /** Index of the last element inside each element's subtree (pre-order): `a` holds `d` when a < d <= end[a]. */
  end: Int32Array;
  /** The element is marked as a standfirst (itemprop=description, class `lead`, `intro`, `excerpt`…). */
  standfirst: Uint8Array;
  bodyIndex: number;
  root: ParentNode;
}

/**
 * Looks up the class/id verdict of an element whose only telling attributes are `class` and `id`. Most
 * elements' verdicts are never read (those inside a skipped subtree, those never scored), and a lookup
 * hashes the whole class value, so it is done only when one is read.
 */
function resolveVerdict(page: Page, i: number): void {
  page.pending[i] = 0;
  const a = page.els[i]!.attribs;
  const v = classVerdict(a.class ?? '', a.id);
  const kind = v.kind !== Kind.Plain ? v.kind : page.kind[i]!;
  page.kind[i] = kind;
  page.weight[i] = v.weight;
  if (kind === Kind.Plain && v.standfirst) page.standfirst[i] = 1;
}
function kindAt(page: Page, i: number): number {
  if (page.pending[i] !== 0) resolveVerdict(page, i);
  return page.kind[i]!;
}
function weightAt(page: Page, i: number): number {
  if (page.pending[i] !== 0) resolveVerdict(page, i);
  return page.weight[i]!;
}
function standfirstAt(page: Page, i: number): number {
  if (page.pending[i] !== 0) resolveVerdict(page, i);
  return page.standfirst[i]!;
}

/** Attributes that make an element's kind, and whether it is read at all, more than its class/id verdict. */
const EAGER_ATTRS = ATTR.role | ATTR.itemprop | ATTR.rel;
/** Attributes readPage reads itself. */
const READ_ATTRS = EAGER_ATTRS | ATTR.style | ATTR.ariaHidden | ATTR.type | ATTR.href;

function readPage(ctx: PageContext): Page {
  const els: Element[] = [];
  const tags: string[] = [];
  // the elements kept are some of the context's (the same tree): its count bounds theirs, and the columns are
  // filled in place, with no growing arrays copied into typed ones afterwards
  const cap = ctx.dom.elements.length;
  const cols = new Columns(cap, 2, 5, 2, 5);
  const ownTexts = cols.f64();
  const ownCommas = cols.f64();
  const parents = cols.i32();
  const ownImg = cols.i32();
  const ownInput = cols.i32();
  const ownEmbed = cols.i32();
  const ofDom = cols.i32().fill(-1);
  const weights = cols.i16();
  const bitsOf = cols.u16();
  const kinds = cols.u8();
  const pending = cols.u8();
  const standfirst = cols.u8();
  const linkAways = cols.u8();
  /** Whether the element's children are inside an <article> element. */
  const childInArticle = cols.u8();
  const articleBodyHint: number[] = [];
  let bodyIndex = -1;

  const root = ctx.$.root()[0]!;
  // the context's elements in document order, a skipped element's subtree jumped over with the index's `end`:
  // no walk of our own. `ofDom[d]` is the position in `els` of the context's element d (-1: not kept). The
  // tree, tag names and which attributes are there come from the index's columns: an element's object is
  // read only for the attributes it has that matter here.
  const dom = ctx.dom;
  const all = dom.elements;
  const subtreeEnd = dom.end;
  const domParent = dom.parent;
  const domTag = dom.tag;
  const attrs = dom.attrs;
  const names = dom.tagNames;
  const bitsByCode = new Uint16Array(names.length);
  for (let c = 0; c < names.length; c++) bitsByCode[c] = tagBits(names[c]!);
  for (let d = 0; d < cap; d++) {
    const pd = domParent[d]!;
    let p = -1;
    if (pd >= 0) p = ofDom[pd]!;
    else {
      // the document root is not indexed: its children have no parent element
      const up = all[d]!.parent;
      if (up && up.type !== 'root') {
        // under a node that is not an element (never in HTML mode): not part of the page's text
        d = subtreeEnd[d]! - 1;
        continue;
      }
    }
    const code = domTag[d]!;
    const tb = bitsByCode[code]!;
    if ((tb & T.img) !== 0) {
      if (p >= 0) ownImg[p]!++;
      d = subtreeEnd[d]! - 1;
      continue;
    }
    const bits = attrs[d]!;
    let role: string | undefined;
    let itemprop: string | undefined;
    let rel: string | undefined;
    let href: string | undefined;
    let hidden = (bits & ATTR.hidden) !== 0;
    let inputType = '';
    if ((bits & READ_ATTRS) !== 0) {
      const a = all[d]!.attribs;
      if ((bits & ATTR.role) !== 0) role = a.role;
      if ((bits & ATTR.itemprop) !== 0) itemprop = a.itemprop;
      if ((bits & ATTR.rel) !== 0) rel = a.rel;
      if ((bits & ATTR.href) !== 0) href = a.href;
      if ((bits & ATTR.type) !== 0) inputType = a.type!;
      if (!hidden && (bits & (ATTR.ariaHidden | ATTR.style)) !== 0) {
        hidden = isHidden(false, (bits & ATTR.ariaHidden) !== 0 ? a['aria-hidden'] : undefined, (bits & ATTR.style) !== 0 ? a.style : undefined);
      }
    }
    if ((tb & T.embed) !== 0) {
      if (p >= 0) ownEmbed[p]!++;
    } else if ((tb & T.input) !== 0 && inputType.toLowerCase() !== 'hidden') {
      if (p >= 0) ownInput[p]!++;
    }
    if ((tb & T.skip) !== 0 || hidden) {
      d = subtreeEnd[d]! - 1;
      continue;
    }
    const inArticle = p >= 0 && childInArticle[p] === 1;
    const name = names[code]!; // lower case: htmlparser2 folds tag names in HTML mode
    const i = els.length;
    els.push(all[d]!);
    ofDom[d] = i;
    parents[i] = p;
    tags.push(name);
    bitsOf[i] = tb;
    if (bodyIndex < 0 && name === 'body') bodyIndex = i;
    if ((tb & T.a) !== 0 && (href === undefined || href.charCodeAt(0) !== 35)) linkAways[i] = 1; // not '#…'
    if (inArticle || (tb & T.article) !== 0) childInArticle[i] = 1;

    // an article's own <header> holds its standfirst (its h1 and byline are skipped on their own)
    const tagKind: Kind = (tb & T.furniture) !== 0 && !(name === 'header' && inArticle) ? Kind.Furniture : Kind.Plain;
    kinds[i] = tagKind;
    const classOrId = (tb & T.page) === 0 && (bits & (ATTR.class | ATTR.id)) !== 0;
    if ((bits & EAGER_ATTRS) === 0) {
      // the kind by tag until the class/id verdict is read (resolveVerdict)
      if (classOrId) pending[i] = 1;
      continue;
    }
    let kind: Kind = tagKind;
    let weight = 0;
    const a = all[d]!.attribs;
    const verdict = classOrId && (a.class || a.id) ? classVerdict(a.class ?? '', a.id) : null;
    if (verdict) {
      if (verdict.kind !== Kind.Plain) kind = verdict.kind;
      weight = verdict.weight;
    }
    if (role && BOILERPLATE_ROLES.has(role.toLowerCase()) && kind !== Kind.Strong) kind = Kind.Boiler;
    if (itemprop) {
      const ip = itemprop.toLowerCase();
      if (ARTICLE_BODY_ITEMPROPS.has(ip)) {
        articleBodyHint.push(i);
        weight += 25;
        if (kind === Kind.Boiler) kind = Kind.Plain;
      } else if (ip === 'description' || ip === 'abstract' || ip === 'alternativeheadline') {
        standfirst[i] = STANDFIRST_ITEMPROP;
      } else if (ip === 'author' || ip === 'datepublished' || ip === 'datemodified' || ip === 'datecreated' || ip === 'creator') {
        kind = Kind.Strong;
      }
    }
    if (rel === 'author') kind = Kind.Strong;
    if (kind === Kind.Plain && verdict?.standfirst) standfirst[i] = 1;
    kinds[i] = kind;
    weights[i] = weight;
  }
  // own text: each text node counts for its parent, when that parent is kept (text in a skipped subtree is not read)
  const texts = dom.texts;
  const textParent = dom.textParent;
  for (let t = 0; t < texts.length; t++) {
    const pd = textParent[t]!; // -1 for the document root
    const p = pd >= 0 ? ofDom[pd]! : -1;
    if (p < 0) continue;
    const m = measure(texts[t]!.data);
    ownTexts[p]! += m.len;
    ownCommas[p]! += m.commas;
  }

  const n = els.length;
  const parent = parents;
  const totals = new Columns(n, 2, 1, 0, 0);
  const textRaw = totals.f64();
  const linkRaw = totals.f64();
  const end = totals.i32();
  for (let i = 0; i < n; i++) textRaw[i] = ownTexts[i]!;
  for (let i = n - 1; i >= 0; i--) {
    if ((bitsOf[i]! & T.a) !== 0) linkRaw[i] = textRaw[i]!;
    const p = parent[i]!;
    if (p >= 0) {
      textRaw[p]! += textRaw[i]!;
      linkRaw[p]! += linkRaw[i]!;
    }
  }
  // positions by the context's element index: no map of the page's elements is built
  const index = {
    get(el: Element): number | undefined {
      const d = dom.indexOf(el);
      const k = d >= 0 ? ofDom[d]! : -1;
      return k >= 0 ? k : undefined;
    },
  };
  for (let i = 0; i < n; i++) end[i] = i;
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0 && end[i]! > end[p]!) end[p] = end[i]!;
  }
  return {
    els, index, parent, tag: tags, tagBits: bitsOf, kind: kinds, weight: weights, pending, ownText: ownTexts, ownCommas, ownImg, ownInput,
    ownEmbed, textRaw, linkRaw, linkAway: linkAways, articleBodyHint, end, standfirst, bodyIndex, root,
  };
}

// ---------- one pass with a set of rules ----------

interface Flags {
  /** Skip elements whose class/id/role or tag marks them as page furniture. */
  boilerplate: boolean;
  /** Use class/id words in candidate scores. */
  weights: boolean;
  /** Drop link lists, galleries and forms inside the chosen content. */
  clean: boolean;
}

interface Stats {
  excluded: Uint8Array;
  text: Float64Array;
  link: Float64Array;
  commas: Float64Array;
  pCount: Int32Array;
  liCount: Int32Array;
  img: Int32Array;
  input: Int32Array;
  embed: Int32Array;
  inline: Float64Array;
  inlineCommas: Float64Array;
  blockChild: Uint8Array;
}

/** Share of the page's non-link text a boilerplate-named element must hold to count as a layout wrapper. */
const WRAPPER_SHARE = 0.4;

/** Whether a boilerplate-named or furniture element is in fact a wrapper of the page's main text. */
function rescued(page: Page, i: number): boolean {
  const kind = kindAt(page, i);
  if (kind === Kind.Strong) return false;
  const tag = page.tag[i]!;
  if (tag === 'h1' || tag === 'figure') return false;
  const root = page.bodyIndex >= 0 ? page.bodyIndex : 0;
  const rootPlain = page.textRaw[root]! - page.linkRaw[root]!;
  const plain = page.textRaw[i]! - page.linkRaw[i]!;
  if (plain < 200 || rootPlain <= 0) return false;
  return plain >= WRAPPER_SHARE * rootPlain;
}

function computeStats(page: Page, flags: Flags): Stats {
  const n = page.els.length;
  const cols = new Columns(n, 5, 5, 0, 2);
  const excluded = cols.u8();
  if (flags.boilerplate) {
    // an excluded element's subtree is excluded whole: the kinds inside it are never read
    for (let i = 0; i < n; i++) {
      if (kindAt(page, i) !== Kind.Plain && !rescued(page, i)) {
        const last = page.end[i]!;
        excluded.fill(1, i, last + 1);
        i = last;
      }
    }
  }
  const text = cols.f64();
  const link = cols.f64();
  const commas = cols.f64();
  const inline = cols.f64();
  const inlineCommas = cols.f64();
  const pCount = cols.i32();
  const liCount = cols.i32();
  const img = cols.i32();
  const input = cols.i32();
  const embed = cols.i32();
  const blockChild = cols.u8();
  for (let i = 0; i < n; i++) {
    text[i] = page.ownText[i]!;
    commas[i] = page.ownCommas[i]!;
    inline[i] = page.ownText[i]!;
    inlineCommas[i] = page.ownCommas[i]!;
    img[i] = page.ownImg[i]!;
    input[i] = page.ownInput[i]!;
    embed[i] = page.ownEmbed[i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (excluded[i]) continue;
    const tag = page.tag[i]!;
    if (page.linkAway[i]) link[i] = text[i]!;
    // paragraphs: <p>, and text blocks written as leaf <div>s
    if (tag === 'p' || (LEAF_CONTAINERS.has(tag) && !blockChild[i] && text[i]! >= MIN_PARAGRAPH_CHARS)) pCount[i]!++;
    if (tag === 'li') liCount[i]!++;
    const p = page.parent[i]!;
    if (p < 0) continue;
    text[p]! += text[i]!;
    link[p]! += link[i]!;
    commas[p]! += commas[i]!;
    pCount[p]! += pCount[i]!;
    liCount[p]! += liCount[i]!;
    img[p]! += img[i]!;
    input[p]! += input[i]!;
    embed[p]! += embed[i]!;
    if (BLOCK_TAGS.has(tag)) blockChild[p] = 1;
    else {
      inline[p]! += inline[i]!;
      inlineCommas[p]! += inlineCommas[i]!;
    }
  }
  return { excluded, text, link, commas, pCount, liCount, img, input, embed, inline, inlineCommas, blockChild };
}

/** Containers that count as a paragraph when they hold no block element (Readability's DIV-to-P). */
const LEAF_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote', 'center', 'font', 'span']);

function scoreCandidates(page: Page, st: Stats, flags: Flags): Float64Array {
  const n = page.els.length;
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  const add = (start: number, len: number, commas: number): void => {
    const cs = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let a = start;
    for (let level = 0; level < SCORE_LEVELS && a >= 0; level++) {
      if (!scored[a]) {
        scored[a] = 1;
        score[a] = (TAG_BASE_SCORE[page.tag[a]!] ?? 0) + (flags.weights ? weightAt(page, a) : 0);
      }
      score[a]! += cs / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      a = page.parent[a]!;
    }
  };
  for (let i = 0; i < n; i++) {
    if (st.excluded[i]) continue;
    const tag = page.tag[i]!;
    if (HEADING_TAGS.has(tag)) continue;
    if (tag === 'p' || tag === 'pre' || (PARAGRAPH_TAGS.has(tag) && !st.blockChild[i]) || (LEAF_CONTAINERS.has(tag) && !st.blockChild[i])) {
      if (st.text[i]! >= MIN_PARAGRAPH_CHARS && page.parent[i]! >= 0) add(page.parent[i]!, st.text[i]!, st.commas[i]!);
    } else if (st.blockChild[i] && (BLOCK_TAGS.has(tag) || LEAF_CONTAINERS.has(tag)) && st.inline[i]! >= MIN_PARAGRAPH_CHARS) {
      // text written straight into a container between its blocks: a paragraph of its own
      add(i, st.inline[i]!, st.inlineCommas[i]!);
    }
  }
  // scale by the share of text that is not link text; unscored elements get -Infinity
  for (let i = 0; i < n; i++) {
    if (!scored[i]) {
      score[i] = Number.NEGATIVE_INFINITY;
      continue;
    }
    const t = st.text[i]!;
    const ld = t > 0 ? st.link[i]! / t : 0;
    score[i] = score[i]! * (1 - ld);
  }
  return score;
}

function isAncestor(page: Page, a: number, d: number): boolean {
  for (let x = page.parent[d]!; x >= 0; x = page.parent[x]!) if (x === a) return true;
  return false;
}

/**
 * The best-scoring candidate (`best`) and the container chosen around it (`top`): moved up the tree the way
 * Readability does. -1 when nothing scored.
 */
function pickTop(page: Page, st: Stats, score: Float64Array): { top: number; best: number } {
  const n = page.els.length;
  const top5: number[] = [];
  for (let i = 0; i < n; i++) {
    if (score[i] === Number.NEGATIVE_INFINITY) continue;
    if (top5.length < 5 || score[i]! > score[top5[top5.length - 1]!]!) {
      top5.push(i);
      top5.sort((a, b) => score[b]! - score[a]!);
      if (top5.length > 5) top5.pop();
    }
  }
  if (!top5.length) return { top: -1, best: -1 };
  const best = top5[0]!;
  let top = best;
  const topScore = score[top]!;
  // several near-best candidates under one ancestor: the ancestor is the article
  const alternatives = top5.slice(1).filter((c) => score[c]! / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let a = page.parent[top]!; a >= 0 && a !== page.bodyIndex; a = page.parent[a]!) {
      let count = 0;
      for (const c of alternatives) if (isAncestor(page, a, c)) count++;
      if (count >= 3) {
        top = a;
        break;
      }
    }
  }
  // climb while the parent scores about as well
  let last = score[top]!;
  const threshold = last / 3;
  for (let a = page.parent[top]!; a >= 0 && a !== page.bodyIndex; a = page.parent[a]!) {
    if (score[a] === Number.NEGATIVE_INFINITY) continue;
    const s = score[a]!;
    if (s < threshold) break;
    if (s > last) {
      top = a;
      break;
    }
    last = s;
  }
  // a wrapper with a single child element is the same content
  for (let a = page.parent[top]!; a >= 0 && a !== page.bodyIndex; a = page.parent[a]!) {
    if (elementChildren(page, st, a) !== 1) break;
    top = a;
  }
  return { top, best };
}

function elementChildren(page: Page, st: Stats, i: number): number {
  let count = 0;
  for (const c of page.els[i]!.children) {
    if (!isTag(c)) continue;
    const k = page.index.get(c);
    if (k !== undefined && !st.excluded[k]) count++;
  }
  return count;
}

/** The top candidate and those of its siblings that belong with it, in document order. */
function withSiblings(page: Page, st: Stats, score: Float64Array, top: number): number[] {
  const p = page.parent[top]!;
  if (p < 0) return [top];
  const topScore = score[top] === Number.NEGATIVE_INFINITY ? 0 : score[top]!;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = page.els[top]!.attribs.class ?? '';
  const out: number[] = [];
  for (const c of page.els[p]!.children) {
    if (!isTag(c)) continue;
    const k = page.index.get(c);
    if (k === undefined || st.excluded[k]) continue;
    if (k === top) {
      out.push(k);
      continue;
    }
    const bonus = topClass && (c.attribs.class ?? '') === topClass ? topScore * 0.2 : 0;
    const s = score[k]!;
    if (s !== Number.NEGATIVE_INFINITY && s + bonus >= threshold) {
      out.push(k);
      continue;
    }
    if (page.tag[k] === 'p') {
      const len = st.text[k]!;
      const ld = len > 0 ? st.link[k]! / len : 0;
      if (len > 80 && ld < 0.25) out.push(k);
      else if (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(textOf(c))) out.push(k);
    }
  }
  return out;
}

/** How many levels above the container's parent prose paragraphs are looked for. */
const UNCLE_LEVELS = 2;

/**
 * Prose paragraphs (<p> with little link text) written straight into the wrappers around the container: a
 * closing paragraph or a note a CMS puts beside its content element. Added in document order.
 */
function withUncles(page: Page, st: Stats, roots: number[], top: number): number[] {
  const extra: number[] = [];
  let a = page.parent[top]!;
  for (let level = 0; level < UNCLE_LEVELS && a >= 0; level++) {
    const p = page.parent[a]!;
    if (p < 0 || p === page.bodyIndex || page.tag[p] === 'body' || page.tag[p] === 'html') break;
    for (const c of page.els[p]!.children) {
      if (!isTag(c) || c.name !== 'p') continue;
      const k = page.index.get(c);
      if (k === undefined || st.excluded[k]) continue;
      const len = st.text[k]!;
      if (len > 80 && st.link[k]! < 0.25 * len) extra.push(k);
    }
    a = p;
  }
  return extra.length ? [...roots, ...extra].sort((x, y) => x - y) : roots;
}

/**
 * The template of an element: its tag and the class tokens that are not instance ids (a token holding a digit,
 * `elementor-element-6223e0a`, `vc_custom_157…`). '' when no token says more than layout (`row`, `col`,
 * `wrapper`…) or when a token names a teaser (a list item, not part of the article).
 */
function templateOf(el: Element): string {
  const c = el.attribs.class;
  if (!c) return '';
  let out = '';
  let telling = false;
  for (const t of c.split(/\s+/)) {
    if (!t || /[0-9]/.test(t)) continue;
    const low = t.toLowerCase();
    if (TEASER_CLASS_RE.test(low)) return '';
    if (!LAYOUT_CLASSES.has(low)) telling = true;
    out += (out ? ' ' : '') + t;
  }
  return telling ? `${el.name} ${out}` : '';
}

const COUSIN_MIN_TEXT = 50;
const COUSIN_MAX_LINK = 0.3;

/** Whether a subtree holds a heading that is (mostly) a link: the title of a teaser for another page. */
function hasLinkedHeading(page: Page, st: Stats, item: number): boolean {
  const last = page.end[item]!;
  for (let i = item; i <= last; i++) {
    if (st.excluded[i]) {
      i = page.end[i]!;
      continue;
    }
    if (HEADING_TAGS.has(page.tag[i]!) && st.text[i]! > 0 && st.link[i]! >= 0.5 * st.text[i]!) return true;
  }
  return false;
}

/**
 * Page builders (Elementor, WPBakery, TYPO3 content elements) write one article as many text widgets of the
 * same template in separate rows and columns. Elements made from the chosen container's template elsewhere
 * under the same content area join the body, in document order; not when they sit in items with linked
 * titles (a list of posts or teasers), and not when they repeat the container's text (mobile copies).
 */
function withCousins(page: Page, st: Stats, roots: number[], top: number): number[] {
  const sig = templateOf(page.els[top]!);
  if (!sig) return roots;
  const n = page.els.length;
  const topTag = page.tag[top]!;
  const topClass = page.els[top]!.attribs.class!;
  let found: number[] = [];
  const rootSet = new Set(roots);
  for (let i = 0; i < n; i++) {
    // skipped with their subtrees: furniture, the container and the roots already written
    if (st.excluded[i] || i === top || rootSet.has(i)) {
      i = page.end[i]!;
      continue;
    }
    const el = page.els[i]!;
    if (page.tag[i] !== topTag || !el.attribs.class) continue;
    if (i < top && top <= page.end[i]!) continue; // an ancestor of the container
    if (el.attribs.class !== topClass && templateOf(el) !== sig) continue;
    const t = st.text[i]!;
    if (t < COUSIN_MIN_TEXT || st.link[i]! > COUSIN_MAX_LINK * t || Math.abs(t - st.text[top]!) < 1) continue;
    found.push(i);
    i = page.end[i]!;
  }
  if (!found.length) return roots;
  const lcaOf = (list: number[]): number => {
    let lca = top;
    for (const f of list) while (lca >= 0 && !(lca <= f && f <= page.end[lca]!)) lca = page.parent[lca]!;
    return lca;
  };
  const wide = lcaOf(found);
  if (wide < 0) return roots;
  // each item is scanned once, however many cousins it holds
  const teaserItem = new Map<number, boolean>();
  found = found.filter((f) => {
    let item = f;
    while (page.parent[item]! !== wide && page.parent[item]! >= 0) item = page.parent[item]!;
    let linked = teaserItem.get(item);
    if (linked === undefined) {
      linked = hasLinkedHeading(page, st, item);
      teaserItem.set(item, linked);
    }
    return !linked;
  });
  if (!found.length) return roots;
  // all of them under one content area, not the page itself
  const lca = lcaOf(found);
  if (lca < 0 || lca === page.bodyIndex || page.tag[lca] === 'html' || page.tag[lca] === 'body') return roots;
  return [...roots, ...found].sort((a, b) => a - b);
}

/** Share of an <article>'s text the chosen container must hold for the whole <article> to be taken. */
const ARTICLE_SHARE = 0.5;

/**
 * The <article> element around the chosen container, when the container is most of it: its header holds
 * the standfirst and its other blocks the rest of the story; furniture inside it is skipped anyway.
 * -1 when there is none, or when it is a list of teasers or a page-wide wrapper.
 */
function enclosingArticle(page: Page, st: Stats, top: number): number {
  if (page.tag[top] === 'article') return -1;
  for (let a = page.parent[top]!; a >= 0 && a !== page.bodyIndex; a = page.parent[a]!) {
    if (page.tag[a] !== 'article') continue;
    const t = st.text[a]!;
    if (t <= 0 || st.text[top]! < ARTICLE_SHARE * t) return -1;
    if (st.link[a]! / t > 0.3) return -1;
    return a;
  }
  return -1;
}

/** Plain text of a subtree (used on short paragraphs only). */
function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.data);
    else if (isTag(n)) for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]!);
  }
  return collapseWhitespace(parts.join('')).trim();
}

const CLEANABLE: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'aside', 'header', 'footer', 'nav', 'center']);

/** Readability's _cleanConditionally: is this block inside the content a list of links, a gallery, a form? */
function rejectedBlock(page: Page, st: Stats, i: number, flags: Flags): boolean {
  const tag = page.tag[i]!;
  if (!CLEANABLE.has(tag)) return false;
  // a <header> kept in the content is the article's own (its class says "header" by role, not as a verdict)
  const weight = flags.weights && tag !== 'header' ? weightAt(page, i) : 0;
  if (weight < 0) return true;
  if (st.commas[i]! >= 10) return false;
  const len = st.text[i]!;
  const ld = len > 0 ? st.link[i]! / len : 0;
  const p = st.pCount[i]!;
  const imgs = st.img[i]!;
  const li = st.liCount[i]! - 100;
  const isList = tag === 'ul' || tag === 'ol' || tag === 'dl';
  if (isList && ld > 0.5) return true; // a list of links: related stories, tags, share targets
  if (imgs > 1 && p / imgs < 0.5) return true;
  if (!isList && li > p) return true;
  if (st.input[i]! > Math.floor(p / 3)) return true;
  if (!isList && len < 25 && (imgs === 0 || imgs > 2)) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  const embeds = st.embed[i]!;
  if ((embeds === 1 && len < 75) || embeds > 1) return true;
  return false;
}

const BR_MARK = '\uE000';
/** Blocks dropped from the content when their text is (almost) all link text. */
const LINK_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd']);
const LINK_BLOCK_DENSITY = 0.8;
/** Share of the content's text above which a block is never cleaned away. */
const MOST = 0.6;

/** "Foto: …", "Abbildung 4: …", "Crédits photos : …": a caption prefix, an optional number, a colon. */
const CAPTION_RE = new RegExp(`^(?:${CAPTION_PREFIXES.map(escapeRe).join('|')})(?: [0-9]{1,3})? ?:`);

const PROMO_RE = anyOf(PROMO_PHRASES);
const LEADING_PUNCT_RE = /^[\s*\-–—|:(\[]+/;
/** After an advertising marker: punctuation or a dash, not a letter ("Werbung ist …" is prose). */
const AFTER_MARKER_RE = /^\s*(?:[.,:;\-–—|)*\]!]|$)/;

/** Whether a paragraph of the content is page furniture by its text alone. */
function furnitureParagraph(t: string): boolean {
  if (t.length > MAX_FURNITURE_PARAGRAPH) return false;
  const key = t.toLowerCase();
  if (t.length <= MAX_PROMO_PARAGRAPH && PROMO_RE.test(key)) return true;
  if (t.length <= MAX_DATELINE_PARAGRAPH) for (const p of DATELINE_PREFIXES) if (key.startsWith(p)) return true;
  const bare = key.replace(LEADING_PUNCT_RE, '');
  for (const m of AD_MARKERS) if (bare.startsWith(m) && AFTER_MARKER_RE.test(bare.slice(m.length, m.length + 8))) return true;
  if (FURNITURE_PARAGRAPHS.has(key.replace(/ ?:$/, ''))) return true;
  if (key.startsWith('©')) return true; // a copyright line
  if (CAPTION_RE.test(key) || (key.startsWith('(') && CAPTION_RE.test(key.slice(1)))) return true; // "(Credit: …)"

  for (const p of READ_MORE_PREFIXES) if (key.startsWith(p)) return true;
  return false;
}

/** What normaliseParagraph has to rewrite: invisible characters, line-break marks, white space other than single spaces. */
const REWRITE_RE = /[\u200b\ufeff\uE000]|[^\S ]| {2}/;

function normaliseParagraph(raw: string): string[] {
  // most paragraphs of clean markup hold single spaces only: nothing to rewrite (one scan, no new string)
  if (!REWRITE_RE.test(raw)) {
    const t = raw.trim();
    return !t || furnitureParagraph(t) ? [] : [t];
  }
  const out: string[] = [];
  // whitespace first (one linear pass), so the splits below never scan a run of spaces twice
  // zero-width space and BOM; soft hyphens are kept as written
  const visible = raw.includes('\u200b') || raw.includes('\ufeff') ? raw.replace(/[\u200b\ufeff]/g, '') : raw;
  const flat = collapseWhitespace(visible);
  // most paragraphs hold no line break: no split, no second pass
  const breaks = flat.includes(BR_MARK);
  for (const part of breaks ? flat.split(/\uE000 ?\uE000/) : [flat]) {
    const t = (breaks ? part.replace(/ ?\uE000 ?/g, '\n') : part).trim();
    if (!t || furnitureParagraph(t)) continue;
    out.push(t);
  }
  return out;
}

const INLINE_TAGS: ReadonlySet<string> = new Set(['span', 'a', 'em', 'i', 'b', 'strong', 'abbr', 'acronym', 'dfn', 'small', 'sup', 'sub', 'cite', 'q', 'label', 'mark', 'u', 'font']);

/** Whether a block element hangs from an inline element inside a <p> (a few levels up at most). */
function inParagraphInline(page: Page, k: number): boolean {
  const p = page.parent[k]!;
  if (p < 0 || !INLINE_TAGS.has(page.tag[p]!)) return false;
  for (let a = page.parent[p]!, level = 0; a >= 0 && level < 4; a = page.parent[a]!, level++) {
    const t = page.tag[a]!;
    if (t === 'p') return true;
    if (!INLINE_TAGS.has(t)) return false;
  }
  return false;
}

/**
 * Writes the paragraphs of the chosen subtrees. `standalone`: the roots lie outside the content (a standfirst
 * in the page header), so only their own furniture is skipped and link shares are read from the raw totals.
 */
function collect(page: Page, st: Stats, score: Float64Array, roots: AnyNode[], flags: Flags, keep: ReadonlySet<number>, standalone = false): string[] {
  const paragraphs: string[] = [];
  let buf: string[] = [];
  const flush = (): void => {
    if (!buf.length) return;
    const raw = buf.join('');
    buf = [];
    for (const p of normaliseParagraph(raw)) paragraphs.push(p);
  };
  const END = null;
  let rootText = 0;
  for (const r of roots) {
    const k = isTag(r) ? page.index.get(r) : undefined;
    if (k !== undefined) rootText += st.text[k]!;
  }
  for (const r of roots) {
    const stack: Array<AnyNode | typeof END> = [r];
    while (stack.length) {
      const node = stack.pop();
      if (node === END) {
        flush();
        continue;
      }
      if (node === undefined) break;
      if (isText(node)) {
        buf.push(node.data);
        continue;
      }
      if (!isTag(node)) continue;
      const name = node.name;
      if (name === 'br') {
        buf.push(BR_MARK);
        continue;
      }
      const k = page.index.get(node);
      if (k === undefined) continue; // skipped tag or hidden
      if (standalone) {
        if (node !== r && kindAt(page, k) !== Kind.Plain) continue;
      } else if (st.excluded[k]) continue;
      // a block holding most of the container's text is the article, whatever its class says
      if (!standalone && node !== r && flags.clean && !keep.has(k) && st.text[k]! < MOST * rootText && rejectedBlock(page, st, k, flags)) continue;
      const block = BLOCK_TAGS.has(name);
      // a block inside an inline element of a paragraph is a pop-up (hover card, tooltip), not the sentence
      if (block && node !== r && inParagraphInline(page, k)) continue;
      // a paragraph, heading or item that is all link: a teaser for another page ("Read: …", "GET THE APP")
      const text = standalone ? page.textRaw[k]! : st.text[k]!;
      const link = standalone ? page.linkRaw[k]! : st.link[k]!;
      if (block && node !== r && flags.clean && LINK_BLOCKS.has(name) && text > 0 && link >= LINK_BLOCK_DENSITY * text) continue;
      if (block) {
        flush();
        stack.push(END);
      }
      for (let c = node.children.length - 1; c >= 0; c--) stack.push(node.children[c]!);
    }
    flush();
  }
  return paragraphs;
}

/** How far before the body the headline may be, in elements. */
const STANDFIRST_REACH = 400;
const STANDFIRST_MIN = 30;
const STANDFIRST_MAX = 1500;
/** `standfirst` mark of an element named by `itemprop=description` (1: by class/id token). */
const STANDFIRST_ITEMPROP = 2;

/**
 * The standfirst that the layout keeps outside the body's container: an element marked as one (by class
 * token or `itemprop=description`) between the page's headline (<h1>) and the body, with little link text
 * and no boilerplate around it below the container both share. -1 when there is none.
 */
function standfirstBefore(page: Page, first: number): number {
  const from = Math.max(0, first - STANDFIRST_REACH);
  // the nearest headline first, then the one before it (a second <h1> may open the body's own header)
  let tries = 0;
  for (let h = first - 1; h >= from && tries < 2; h--) {
    if (page.tag[h] !== 'h1') continue;
    tries++;
    const found = standfirstIn(page, page.end[h]! + 1, first, false);
    if (found >= 0) return found;
  }
  // no headline: only the schema.org description counts
  return tries ? -1 : standfirstIn(page, from, first, true);
}

function standfirstIn(page: Page, start: number, first: number, itempropOnly: boolean): number {
  for (let i = start; i < first; i++) {
    const mark = standfirstAt(page, i);
    if (!mark || (itempropOnly && mark !== STANDFIRST_ITEMPROP)) continue;
    if (first <= page.end[i]!) continue; // holds the body: a wrapper, not a standfirst
    const t = page.textRaw[i]!;
    if (t < STANDFIRST_MIN || t > STANDFIRST_MAX || page.linkRaw[i]! > 0.3 * t) {
      i = page.end[i]!;
      continue;
    }
    let clean = true;
    for (let a = page.parent[i]!; a >= 0 && !(a < first && first <= page.end[a]!); a = page.parent[a]!) {
      const kind = kindAt(page, a);
      if (kind === Kind.Strong || kind === Kind.Boiler || (kind === Kind.Furniture && page.tag[a] !== 'header')) {
        clean = false;
        break;
      }
    }
    if (clean) return i;
    i = page.end[i]!;
  }
  return -1;
}

interface Attempt {
  paragraphs: string[];
  node: number;
  length: number;
  source: string;
  /** The first root written, -1 when none. */
  first: number;
  st: Stats;
  flags: Flags;
}

function attempt(page: Page, flags: Flags, name: string): Attempt {
  const st = computeStats(page, flags);
  const score = scoreCandidates(page, st, flags);
  // schema.org microdata names the body: trust it when it holds real text
  let hinted = -1;
  for (const h of page.articleBodyHint) {
    if (!st.excluded[h] && st.text[h]! >= 200 && (hinted < 0 || st.text[h]! > st.text[hinted]!)) hinted = h;
  }
  let roots: AnyNode[];
  let top: number;
  let source: string;
  const keep = new Set<number>();
  if (hinted >= 0) {
    top = hinted;
    roots = [page.els[hinted]!];
    source = 'itemprop:articleBody';
  } else {
    const picked = pickTop(page, st, score);
    top = picked.top;
    // the way from the chosen container down to the best candidate is never cleaned away
    for (let a = picked.best; a >= 0 && a !== top; a = page.parent[a]!) keep.add(a);
    if (top >= 0) {
      const article = enclosingArticle(page, st, top);
      roots = (article >= 0 ? [article] : withUncles(page, st, withCousins(page, st, withSiblings(page, st, score, top), top), top)).map((k) => page.els[k]!);
      source = name;
    } else if (page.bodyIndex >= 0) {
      // no paragraph anywhere: the page's own text, furniture still left out
      top = -1;
      roots = st.excluded[page.bodyIndex] ? [] : [page.els[page.bodyIndex]!];
      source = `${name}:page`;
    } else {
      top = -1;
      roots = page.root.children;
      source = `${name}:page`;
    }
  }
  const paragraphs = collect(page, st, score, roots, flags, keep);
  let first = -1;
  for (const r of roots) {
    const k = isTag(r) ? page.index.get(r) : undefined;
    if (k !== undefined && (first < 0 || k < first)) first = k;
  }
  const length = paragraphs.reduce((s, p) => s + p.length, 0);
  return { paragraphs, node: top, length, source, first, st, flags };
}

/** The chosen body with the standfirst its layout keeps outside the body's container put in front. */
function withStandfirst(page: Page, a: Attempt): string[] {
  if (!a.paragraphs.length || a.first < 0) return a.paragraphs;
  const lead = standfirstBefore(page, a.first);
  if (lead < 0) return a.paragraphs;
  const extra = collect(page, a.st, new Float64Array(0), [page.els[lead]!], a.flags, new Set(), true);
  // a lead the body repeats is not written twice
  if (!extra.length || a.paragraphs[0]!.startsWith(extra[0]!.slice(0, 60))) return a.paragraphs;
  return [...extra, ...a.paragraphs];
}

const PASSES: ReadonlyArray<[string, Flags]> = [
  ['readability', { boilerplate: true, weights: true, clean: true }],
  ['readability:no-boilerplate-rules', { boilerplate: false, weights: true, clean: true }],
  ['readability:no-class-weights', { boilerplate: false, weights: false, clean: true }],
  ['readability:no-cleaning', { boilerplate: false, weights: false, clean: false }],
];

export function extractBody(ctx: PageContext): Found<Body> {
  const page = readPage(ctx);
  const ld = ldString(ctx.articleLd.find((n) => typeof n.articleBody === 'string')?.articleBody ?? null);
  const ldLength = ld ? collapseWhitespace(ld).length : 0;
  // enough text: the usual threshold, or most of what the JSON-LD articleBody says the article holds
  const enough = (a: Attempt): boolean => a.length >= Math.min(MIN_BODY_CHARS, ldLength > 0 ? ldLength * 0.8 : MIN_BODY_CHARS);
  let best: Attempt | null = null;
  for (const [name, flags] of PASSES) {
    const a = attempt(page, flags, name);
    // a looser pass must find clearly more before it replaces a stricter one
    if (!best || a.length > best.length * LOOSER_GAIN + LOOSER_MIN_GAIN) best = a;
    if (enough(best)) break;
  }
  const result = best!;
  if (!result.paragraphs.length) return { value: { text: '', paragraphs: [], node: null }, source: null };
  const paragraphs = withStandfirst(page, result);
  return {
    value: { text: paragraphs.join('\n\n'), paragraphs, node: page.els[result.node] ?? null },
    source: result.source,
  };
}
