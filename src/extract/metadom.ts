// Small DOM helpers shared by the metadata extractors (headline, byline, dates): visible text of an element
// with spaces where blocks and <br> break the line, and "does this element belong to something else than
// the article" (comments, related teasers, widgets, navigation). Walks are iterative and linear.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { ATTR, indexOfDocument, type DomIndex } from '../context/dom.js';
import type { PageContext } from '../context/index.js';
import { LOGO_TOKENS } from '../rules/metadata.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'time', 'span',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'iframe']);

/** A space closing a block in textOf's walk (one shared node: the walk only reads it). */
const SPACE = Object.freeze({ type: 'text', data: ' ' }) as unknown as AnyNode;

/** Text of a node as a reader sees it: blocks, <br> and cells separated by spaces, whitespace collapsed. */
export function textOf(node: AnyNode | undefined, limit = 100_000, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  const parts: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [node];
  while (stack.length && size < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      const room = limit - size;
      parts.push(d.length > room ? d.slice(0, room) : d);
      size += d.length;
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    if (el.type === 'tag' && (SKIP_TAGS.has(el.name) || (skip && el !== node && skip(el)))) continue;
    const block = el.type === 'tag' && BLOCK_TAGS.has(el.name);
    if (block) parts.push(' ');
    const kids = el.children ?? [];
    if (block) stack.push(SPACE);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Class tokens that name the post's taxonomy, not the element's role (WordPress `category-popular`,
 * `tag-comments`): left out of pattern tests so a post filed under "popular" is not taken for a widget.
 */
const TAXONOMY_TOKEN = /(?:^|\s)(?:(?:category|tag|format|status|type|postid|page-id|cat|tax)-\S*|post-\d+)/g;

/** Class and id of an element, lower-cased and without taxonomy tokens, for pattern tests. */
export function classId(el: Element): string {
  const a = el.attribs ?? {};
  const c = (a.class ?? '').toLowerCase();
  return `${c.includes('-') ? c.replace(TAXONOMY_TOKEN, ' ') : c} ${(a.id ?? '').toLowerCase()}`;
}

/**
 * Class/id fragments of containers whose bylines, dates and headings belong to something else than the
 * article: comments, related and recommended teasers, widgets, sidebars, menus, pagination.
 */
const FOREIGN_TOKEN =
  /^(?:[a-z]{1,3}[-_])?(?:(?:article|post|entry|story|node|blog|page|site|main|global|footer|header|content)[-_]{1,2})?(?:comments?|commentlist|kommentare?|related|teasers|teaser-?list|teaser-?carousel|recommend\w*|empfehlung\w*|widget-?area|widgets|sidebar|popular|most-?read|meistgelesen|newsletter|pagination|pager|breadcrumbs?|menu|nav|nav-links|navigation|navbar|reply|replies|respond|discussion|disqus|trackbacks?|pingbacks?|cookie\w*|consent|promos?|promo-?box|advert\w*|sponsor\w*|more-?stories|tagcloud)(?:$|[-_])/;

/**
 * Whether a class/id string names a foreign role (comments, related teasers, sidebar, navigation…).
 * Tokens are tested one by one and must start with the role, so layout modifiers that merely mention
 * one (`right-sidebar`, `with-navigation`, `intro__breadcrumbNavigation`) do not count.
 */
function foreignClass(ci: string, ignore?: RegExp): boolean {
  if (!ci.trim()) return false;
  for (const tok of ci.split(/\s+/)) if (tok && FOREIGN_TOKEN.test(tok) && !ignore?.test(tok)) return true;
  return false;
}

/**
 * Class/id tokens of containers that hold the article itself: an <aside> or <footer> inside one of
 * them (or inside <article>/<main>) is the article's own meta block, with its byline and date.
 */
const ARTICLE_CLASS = /(?:^|[\s_-])(?:post|entry|article|node|story|hentry|blogpost|beitrag|artikel)(?:$|[\s_-])/;

/** Whether an element is, by tag or class, the container of the article itself. */
export function isArticleContainer(el: Element): boolean {
  if (el.name === 'article' || el.name === 'main') return true;
  const ci = classId(el);
  return ci.trim() !== '' && ARTICLE_CLASS.test(ci);
}

/**
 * True when the element itself (not its ancestors) is a foreign container: nav, comments, teasers…;
 * an <aside> or <footer> only outside the article (`inArticle` false).
 */
export function isForeignSelf(el: Element, inArticle = false): boolean {
  if (el.name === 'body' || el.name === 'html') return false;
  if (el.name === 'nav') return true;
  if ((el.name === 'aside' || el.name === 'footer') && !inArticle) return true;
  return foreignClass(classId(el));
}

/**
 * True when the element sits in a container that belongs to something else than the article: comments,
 * related teasers, navigation, the page's footer and asides. An <aside>/<footer> inside the article is
 * the article's own. Stops at `body`. Class/id tokens that `ignore` matches do not count (the headline
 * extractor leaves out layout wrappers such as `content-sidebar-wrap`).
 */
export function isForeign(el: Element, ignore?: RegExp): boolean {
  let n: AnyNode | null = el;
  let scoped = false; // an aside/footer seen, foreign unless an article container holds it
  while (n && n.type === 'tag') {
    const e = n as Element;
    if (e.name === 'body' || e.name === 'html') break;
    if (e.name === 'nav') return true;
    if (e.name === 'aside' || e.name === 'footer') scoped = true;
    else if (scoped && isArticleContainer(e)) scoped = false;
    if (foreignClass(classId(e), ignore)) return true;
    // the page's <main> is never inside a foreign block: a layout class above it (`has-sidebar`,
    // `nav-header container`) is the page frame, not a widget
    if (e.name === 'main') return false;
    n = e.parent;
  }
  return scoped;
}

const SITE_HEADER_TOKEN = /^(?:[a-z]{1,3}[-_])?(?:header|site-header|page-header|masthead|topbar|top-bar|header-top|top-header)$/;

/**
 * True when the element sits in the site's header or masthead (where "today's date" is printed), not in
 * the article's own header: a <header> or header-classed block with no article container around it.
 */
export function inSiteHeader(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) {
    if (n.name === 'body') return false;
    if (isArticleContainer(n)) return false;
    if (n.name === 'header') return true;
    for (const tok of classId(n).split(/\s+/)) if (tok && SITE_HEADER_TOKEN.test(tok)) return true;
  }
  return false;
}

/**
 * A character outside ASCII. A string without one is its own NFKD form, has no accents to remove, and its
 * letters and digits (\p{L}, \p{N}) are [a-z0-9] once lower-cased: compact and wordKey take a short way for it.
 */
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case letters and digits of a string, accents removed: for comparing names and titles. */
export function compact(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a string, lower-cased, accents and punctuation removed, joined by single spaces. */
export function wordKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
};

/**
 * Decodes HTML entities left in JSON-LD strings and double-encoded <meta> values ("Thermen- &#038; Vulkanland").
 * Strings without "&" are returned as they are.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e] ?? NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

// ---------------------------------------------------------------- rule tables: one element walk per document

/**
 * A compiled selector of the small subset the rule tables use: compounds of a tag, `.class`, `#id` and
 * `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr*=v]`, `[attr^=v]`, `[attr$=v]` (`i` for case-insensitive),
 * joined by descendant combinators, in comma lists. Compiled once per table; matching reads attributes
 * and walks ancestors only, so it costs nothing per document beyond the candidates it is given.
 */
type Test = (el: Element) => boolean;
interface Compound {
  tag: string | null;
  tests: Test[];
}

const attrTest = (name: string, op: string, raw: string, fold: boolean): Test => {
  const want = fold ? raw.toLowerCase() : raw;
  const get = (el: Element): string | undefined => {
    const v = el.attribs[name];
    return v === undefined ? undefined : fold ? v.toLowerCase() : v;
  };
  switch (op) {
    case '':
      return (el) => el.attribs[name] !== undefined;
    case '=':
      return (el) => get(el) === want;
    case '~=':
      // a token never holds white space: such a value matches nothing
      if (!want || /[ \t\n\r\f]/.test(want)) return () => false;
      return (el) => {
        const v = get(el);
        return v !== undefined && hasToken(v, want);
      };
    case '*=':
      return (el) => !!want && (get(el)?.includes(want) ?? false);
    case '^=':
      return (el) => !!want && (get(el)?.startsWith(want) ?? false);
    case '$=':
      return (el) => !!want && (get(el)?.endsWith(want) ?? false);
    default:
      throw new Error(`unsupported attribute operator ${op}`);
  }
};

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Whether `token` (no white space in it) is one of the white-space-separated tokens of `value`, without splitting it. */
function hasToken(value: string, token: string): boolean {
  for (let i = value.indexOf(token); i >= 0; i = value.indexOf(token, i + 1)) {
    const j = i + token.length;
    if ((i === 0 || isSpace(value.charCodeAt(i - 1))) && (j === value.length || isSpace(value.charCodeAt(j)))) return true;
  }
  return false;
}

const COMPOUND_PART = /^(?:\.([\w-]+)|#([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$]?=)\s*"([^"]*)"\s*(i)?\s*)?\])/;

function compileCompound(src: string): Compound {
  let rest = src;
  let tag: string | null = null;
  const tagMatch = /^[a-z][a-z0-9]*/i.exec(rest);
  if (tagMatch) {
    tag = tagMatch[0].toLowerCase();
    rest = rest.slice(tagMatch[0].length);
  }
  const tests: Test[] = [];
  while (rest) {
    const m = COMPOUND_PART.exec(rest);
    if (!m) throw new Error(`unsupported selector: ${src}`);
    if (m[1] !== undefined) tests.push(attrTest('class', '~=', m[1], false));
    else if (m[2] !== undefined) tests.push(attrTest('id', '=', m[2], false));
    else tests.push(attrTest(m[3]!.toLowerCase(), m[4] ?? '', m[5] ?? '', m[6] !== undefined));
    rest = rest.slice(m[0].length);
  }
  return { tag, tests };
}

/** Loops, not `every`/`some` with an arrow: these run for every candidate and selector, and a closure per call is garbage. */
function compoundMatches(c: Compound, el: Element): boolean {
  if (c.tag !== null && el.name !== c.tag) return false;
  const tests = c.tests;
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(el)) return false;
  return true;
}

/** The compounds of a descendant chain: split at whitespace outside brackets. */
function compounds(chain: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const c of chain) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
    if (depth === 0 && /\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** Compiles a selector list of the supported subset into a predicate; throws on anything else. */
export function compileSelector(selector: string): Test {
  const alternatives = selector.split(',').map((alt) => compounds(alt.trim()).map(compileCompound));
  const one = (chain: Compound[]) => (el: Element): boolean => {
    if (!compoundMatches(chain[chain.length - 1]!, el)) return false;
    let i = chain.length - 2;
    for (let n = el.parent; i >= 0 && n && n.type === 'tag'; n = n.parent) if (compoundMatches(chain[i]!, n as Element)) i--;
    return i < 0;
  };
  const tests = alternatives.map(one);
  return (el) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(el)) return true;
    return false;
  };
}

interface CompiledTable {
  tests: Test[];
  /** Whether a selector of the table tests `href`. */
  href: boolean;
}
const compiledTables = new WeakMap<readonly string[], CompiledTable>();
function compiledTable(table: readonly string[]): CompiledTable {
  let c = compiledTables.get(table);
  if (!c) {
    c = { tests: table.map(compileSelector), href: table.some((sel) => /\[\s*href\b/i.test(sel)) };
    compiledTables.set(table, c);
  }
  return c;
}

/**
 * The attributes a rule table's selectors look at, as one string: `tag class id itemprop rel property`, as
 * written, and ` pubdate` when that attribute is there (a link's href, when a selector of the table tests it, is
 * tested apart: see selectRules). A table's prefilter (case-insensitive) is a regex over this string. fillMasks
 * never builds the string: it tests the tag (`tag `) and each attribute on its own, which is the same test for the
 * prefilters the views accept (see splitPrefilter).
 */
const FIELD_ATTRS = ATTR.class | ATTR.id | ATTR.itemprop | ATTR.rel | ATTR.property | ATTR.pubdate;

/** The part of a link's href a prefilter reads (its first 300 characters). */
function hrefKey(href: string): string {
  return href.length > 300 ? href.slice(0, 300) : href;
}

/**
 * A prefilter as the rule tables use it, made case-insensitive once (keys keep the page's case: lower-casing every
 * key costs more), with whether links' hrefs are tested too (`href`: a table of the view tests href). Each view
 * seen gets a bit: one walk of a page's elements answers every view known by then (see fillMasks).
 */
interface View {
  /** The whole prefilter: tested on `tag ` and on hrefs. */
  re: RegExp;
  /** Its alternatives that can match inside an attribute value (source, see splitPrefilter). */
  field: string;
  href: boolean;
  bit: number;
}
const views = new Map<string, View>();
/** The views with a bit, in the order they were first seen. */
const viewList: View[] = [];
/** Views beyond the bits of a Uint16Array get none and a walk of their own (see fillMasks). */
const MAX_VIEWS = 16;

/** A word to find anywhere, or a whole token (`(?:^|\s)` before it, `(?:\s|$)` after it, `(?:^|\s|\/)` a path segment). */
const FIELD_ALTERNATIVE = /^(?:\(\?:\^\|\\s(?:\|\\\/)?\))?(?:[\w:-]|\[[\w-]+\])+(?:\(\?:\\s\|\$\))?$/;
/** A tag name at the key's start (`^h[1-6]\s`): it can only match the `tag ` part. */
const TAG_ALTERNATIVE = /^\^(?:[\w-]|\[[\w-]+\])+\\s$/;

/**
 * The alternatives of a prefilter that can match an attribute value, as one regex source; throws for a prefilter
 * that cannot be tested attribute by attribute. The key joins its parts by single spaces, and these alternatives
 * hold no white space but as a token's edge (`(?:^|\s)`, `(?:\s|$)`: the edge of a part is a space or an end of the
 * key), so a key matches exactly when `tag ` matches the whole prefilter or one of its parts matches these.
 * An alternative anchored at the key's start (`^time\s`) can only match `tag ` and is left out here.
 */
function splitPrefilter(source: string): string {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  const field: string[] = [];
  for (const alt of alts) {
    if (TAG_ALTERNATIVE.test(alt)) continue;
    if (!FIELD_ALTERNATIVE.test(alt)) throw new Error(`prefilter alternative not testable attribute by attribute: ${alt}`);
    field.push(alt);
  }
  return field.join('|');
}

function viewOf(prefilter: RegExp, href: boolean): View {
  const name = `${href ? 'h' : 'n'}:${prefilter.source}`;
  let v = views.get(name);
  if (!v) {
    const flags = prefilter.flags.includes('i') ? prefilter.flags : `${prefilter.flags}i`;
    const re = new RegExp(prefilter.source, flags);
    v = { re, field: splitPrefilter(prefilter.source), href, bit: viewList.length < MAX_VIEWS ? 1 << viewList.length : 0 };
    views.set(name, v);
    if (v.bit !== 0) viewList.push(v);
  }
  return v;
}

/**
 * The attribute tests of a set of views: every view's field alternatives in one regex (most attribute values
 * match none: one scan rejects them), then each view's own.
 */
interface FieldTests {
  any: RegExp;
  each: RegExp[];
}
const fieldTestCache = new Map<string, FieldTests>();
function fieldTests(vs: readonly View[]): FieldTests {
  const key = vs.map((v) => `${v.bit}:${v.field}`).join('\n');
  let t = fieldTestCache.get(key);
  if (!t) {
    const each = vs.map((v) => new RegExp(v.field || '(?!)', v.re.flags));
    t = { any: new RegExp(vs.map((v) => `(?:${v.field || '(?!)'})`).join('|'), vs[0]?.re.flags ?? 'i'), each };
    fieldTestCache.set(key, t);
  }
  return t;
}

/** The bits of the views in `vs` whose field alternatives match an attribute value. */
function fieldPasses(vs: readonly View[], t: FieldTests, value: string): number {
  if (!t.any.test(value)) return 0;
  let m = 0;
  for (let j = 0; j < vs.length; j++) if (t.each[j]!.test(value)) m |= vs[j]!.bit;
  return m;
}

interface ElementIndex {
  dom: DomIndex;
  /** `mask[i]`: the views (bits) whose prefilter accepts `dom.elements[i]`, among those in `covered`. */
  mask: Uint16Array;
  covered: number;
  /** Candidates per view, in document order. */
  candidates: Map<View, Element[]>;
  /** Matches per rule table. */
  tables: Map<readonly string[], Element[][]>;
}
const elementCache = new WeakMap<object, ElementIndex>();

/** The rule-table state of a document, on the context's index (views are answered when first asked for). */
function elementIndex($: CheerioAPI): ElementIndex {
  let idx = elementCache.get($);
  if (!idx) {
    const dom = indexOfDocument($);
    idx = { dom, mask: new Uint16Array(dom.elements.length), covered: 0, candidates: new Map(), tables: new Map() };
    elementCache.set($, idx);
  }
  return idx;
}

/**
 * One walk of the page's elements that sets, in `out` (the element's view bits, or for a view without a bit 1),
 * which of the views `vs` accept each element's key (see FIELD_ATTRS): `tag class id itemprop rel property`, and
 * for a view that tests href, a link's href (first 300 characters) tested on its own: the key is never
 * concatenated with the URL, which cost more than the test. That is the test of `key href` for a prefilter whose
 * patterns hold no white space but as `(?:^|\s)` before a word or `(?:\s|$)` after it (a word at the href's
 * start or the key's end), as the rule tables' prefilters are.
 *
 * No key is built: each tag is tested once per walk (`tag `, with the whole prefilter), and each attribute value
 * the key would hold on its own, first with all the views' alternatives at once (see splitPrefilter, fieldTests).
 * The attribute bits of the context's index tell which attributes an element has without looking them up.
 */
function fillMasks(dom: DomIndex, vs: readonly View[], out: Uint16Array | Uint8Array): void {
  const { elements, attrs } = dom;
  let hrefBits = 0;
  for (const v of vs) if (v.href) hrefBits |= v.bit === 0 ? 1 : v.bit;
  const single = vs.length === 1 && vs[0]!.bit === 0 ? [{ ...vs[0]!, bit: 1 }] : vs;
  const t = fieldTests(single);
  const byTag = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const bits = attrs[i]!;
    const el = elements[i]!;
    const name = el.name;
    let m = byTag.get(name);
    if (m === undefined) {
      m = 0;
      const key = `${name} `;
      for (let j = 0; j < single.length; j++) if (single[j]!.re.test(key)) m |= single[j]!.bit;
      byTag.set(name, m);
    }
    if ((bits & FIELD_ATTRS) !== 0) {
      // the attribute bits (DomIndex.attrs) tell which attributes are there: an absent one is not looked up
      const a = el.attribs;
      if ((bits & ATTR.class) !== 0) m |= fieldPasses(single, t, a.class!);
      if ((bits & ATTR.id) !== 0) m |= fieldPasses(single, t, a.id!);
      if ((bits & ATTR.itemprop) !== 0) m |= fieldPasses(single, t, a.itemprop!);
      if ((bits & ATTR.rel) !== 0) m |= fieldPasses(single, t, a.rel!);
      if ((bits & ATTR.property) !== 0) m |= fieldPasses(single, t, a.property!);
      if ((bits & ATTR.pubdate) !== 0) m |= fieldPasses(single, t, 'pubdate');
    }
    // a link's href is tested on its own, for the views that test it and have not passed it yet
    const linkBits = hrefBits & ~m;
    if (linkBits !== 0 && (bits & ATTR.href) !== 0 && name === 'a') {
      const h = el.attribs.href;
      if (h) {
        const key = hrefKey(h);
        for (let j = 0; j < single.length; j++) {
          const v = single[j]!;
          if ((v.bit & linkBits) !== 0 && v.re.test(key)) m |= v.bit;
        }
      }
    }
    out[i] = out[i]! | m;
  }
}

/** The first element with this tag name (`html`, `body`, `title`…), without a selector query. */
export function firstElement($: CheerioAPI, tag: string): Element | undefined {
  return indexOfDocument($).first(tag) ?? undefined;
}

/** Every element with this tag name, in document order (the cached index; do not modify). */
export function elementsByTag($: CheerioAPI, tag: string): readonly Element[] {
  return indexOfDocument($).byTag(tag);
}

/** The elements a view's prefilter accepts, in document order; cached per document. */
function candidatesOf(idx: ElementIndex, view: View): Element[] {
  let out = idx.candidates.get(view);
  if (out) return out;
  const { elements } = idx.dom;
  out = [];
  if (view.bit === 0) {
    const pass = new Uint8Array(elements.length);
    fillMasks(idx.dom, [view], pass);
    for (let i = 0; i < elements.length; i++) if (pass[i] !== 0) out.push(elements[i]!);
  } else {
    if ((idx.covered & view.bit) === 0) {
      // every view known and not answered yet, in one walk: the page's other tables will ask for them
      const todo = viewList.filter((v) => (idx.covered & v.bit) === 0);
      fillMasks(idx.dom, todo, idx.mask);
      for (const v of todo) idx.covered |= v.bit;
    }
    const { mask } = idx;
    const bit = view.bit;
    for (let i = 0; i < elements.length; i++) if ((mask[i]! & bit) !== 0) out.push(elements[i]!);
  }
  idx.candidates.set(view, out);
  return out;
}

/**
 * Elements matched by each selector of an ordered rule table, in document order. One cheap walk keeps
 * the elements whose tag/class/id/itemprop/rel/href `prefilter` accepts (every element a selector of the
 * table can match must pass it; the walk answers every prefilter known, and its candidates are shared by the
 * tables with the same prefilter), then each compiled selector runs on those few only. Cached per document.
 *
 * A link's href is read only for a table with a selector that tests href (links to author pages): for the
 * others, a link is keyed by its other attributes, as any element. That leaves their matches as they were: an
 * element a selector matches without looking at its href would match without the href too, so its prefilter
 * passes it on the other attributes. For a table that tests href, a link passes when its other attributes pass
 * or its href does (see fillMasks).
 */
export function selectRules($: CheerioAPI, table: readonly string[], perRule: number, prefilter: RegExp): Element[][] {
  const idx = elementIndex($);
  const hit = idx.tables.get(table);
  if (hit) return hit;
  const { tests, href } = compiledTable(table);
  const candidates = candidatesOf(idx, viewOf(prefilter, href));
  const out: Element[][] = table.map(() => []);
  for (const el of candidates) {
    for (let i = 0; i < tests.length; i++) if (out[i]!.length < perRule && tests[i]!(el)) out[i]!.push(el);
  }
  idx.tables.set(table, out);
  return out;
}

/** A link to a site's root: `//example.org/`, `https://example.org`. */
const SITE_ROOT = /^(?:https?:)?\/\/[^/]+\/?$/;

/**
 * A heading that is the site's logo or name: in the masthead (a logo class on it or up to three
 * containers above), or a link home.
 */
export function isLogoHeading(el: Element, home: string | null = null): boolean {
  let n: Element | null = el;
  for (let depth = 0; n && n.type === 'tag' && depth < 4; depth++) {
    for (const tok of classId(n).split(/\s+/)) if (tok && LOGO_TOKENS.has(tok)) return true;
    n = n.parent as Element | null;
  }
  return linksHome(el, home);
}

/**
 * A heading whose only content is a link to the home page: `/`, `./`, any site's root
 * (`<h1><a href="https://example.org/">`), or `home` when known.
 */
export function linksHome(el: Element, home: string | null = null): boolean {
  const kids = el.children.filter((k) => k.type === 'tag' || (k.type === 'text' && k.data.trim() !== ''));
  if (kids.length !== 1 || kids[0]!.type !== 'tag' || (kids[0] as Element).name !== 'a') return false;
  const href = ((kids[0] as Element).attribs.href ?? '').trim();
  return href === '/' || href === './' || SITE_ROOT.test(href) || (home !== null && (href === home || href === home + '/' || href.replace(/\/$/, '') === home));
}

const h1Cache = new WeakMap<PageContext, Element | null>();

/**
 * The article's <h1>: the first one outside foreign containers, not a link home, with some text. Cached per
 * page (the tree is read-only): the byline's dateline and the dates ask for it several times.
 */
export function articleH1(ctx: PageContext): Element | null {
  let h1 = h1Cache.get(ctx);
  if (h1 === undefined) {
    h1 = null;
    for (const el of ctx.dom.byTag('h1')) {
      if (!isForeign(el) && !linksHome(el) && textOf(el, 200).length > 3) {
        h1 = el;
        break;
      }
    }
    h1Cache.set(ctx, h1);
  }
  return h1;
}
