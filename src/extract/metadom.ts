// Small DOM helpers shared by the metadata extractors (headline, byline, dates): visible text of an element
// with spaces where blocks and <br> break the line, and "does this element belong to something else than
// the article" (comments, related teasers, widgets, navigation). Walks are iterative and linear.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'time', 'span',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'iframe']);

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
    if (block) stack.push({ type: 'text', data: ' ' } as unknown as AnyNode);
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
  /^(?:[a-z]{1,3}[-_])?(?:(?:article|post|entry|story|node|blog|page|site|main|global|footer|header|content)[-_]{1,2})?(?:comments?|commentlist|kommentare?|related|teasers|teaser-?list|recommend\w*|empfehlung\w*|widget-?area|widgets|sidebar|popular|most-?read|meistgelesen|newsletter|pagination|pager|breadcrumbs?|menu|nav|nav-links|navigation|navbar|reply|replies|respond|discussion|disqus|trackbacks?|pingbacks?|cookie\w*|consent|promos?|promo-?box|advert\w*|sponsor\w*|more-?stories|tagcloud)(?:$|[-_])/;

/**
 * Whether a class/id string names a foreign role (comments, related teasers, sidebar, navigation…).
 * Tokens are tested one by one and must start with the role, so layout modifiers that merely mention
 * one (`right-sidebar`, `with-navigation`, `intro__breadcrumbNavigation`) do not count.
 */
function foreignClass(ci: string): boolean {
  if (!ci.trim()) return false;
  for (const tok of ci.split(/\s+/)) if (tok && FOREIGN_TOKEN.test(tok)) return true;
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
 * the article's own. Stops at `body`.
 */
export function isForeign(el: Element): boolean {
  let n: AnyNode | null = el;
  let scoped = false; // an aside/footer seen, foreign unless an article container holds it
  while (n && n.type === 'tag') {
    const e = n as Element;
    if (e.name === 'body' || e.name === 'html') break;
    if (e.name === 'nav') return true;
    if (e.name === 'aside' || e.name === 'footer') scoped = true;
    else if (scoped && isArticleContainer(e)) scoped = false;
    if (foreignClass(classId(e))) return true;
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

/** Lower-case letters and digits of a string, accents removed: for comparing names and titles. */
export function compact(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a string, lower-cased, accents and punctuation removed, joined by single spaces. */
export function wordKey(s: string): string {
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

const ruleCache = new WeakMap<object, Map<readonly string[], Element[][]>>();

/**
 * The attributes a rule table's selectors look at, as one string: `tag class id itemprop rel property`
 * (and `href` for links), lower-cased. A table's prefilter is a regex over this string.
 */
function selectorKey(el: Element): string {
  const a = el.attribs;
  let k = `${el.name} ${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''} ${a.rel ?? ''} ${a.property ?? ''}`;
  if (el.name === 'a' && a.href) k += ` ${a.href.length > 300 ? a.href.slice(0, 300) : a.href}`;
  if (a.pubdate !== undefined) k += ' pubdate';
  return k.toLowerCase();
}

/** Every element under the root in document order, via an explicit stack. */
function allElements($: CheerioAPI): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...($.root()[0]?.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    out.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

interface ElementIndex {
  elements: Element[];
  keys: string[];
  first: Map<string, Element>;
}
const elementCache = new WeakMap<object, ElementIndex>();

/** Every element of the document in order, their selector keys and the first element of each tag; built once per document. */
function elementIndex($: CheerioAPI): ElementIndex {
  let idx = elementCache.get($);
  if (!idx) {
    const elements = allElements($);
    const first = new Map<string, Element>();
    for (const el of elements) if (!first.has(el.name)) first.set(el.name, el);
    idx = { elements, keys: elements.map(selectorKey), first };
    elementCache.set($, idx);
  }
  return idx;
}

/** The first element with this tag name (`html`, `body`, `title`…), without a selector query. */
export function firstElement($: CheerioAPI, tag: string): Element | undefined {
  return elementIndex($).first.get(tag);
}

/**
 * Elements matched by each selector of an ordered rule table, in document order. One cheap walk keeps
 * the elements whose tag/class/id/itemprop/rel/href `prefilter` accepts (every element a selector of the
 * table can match must pass it), then each selector runs on those few only. Cached per document.
 */
export function selectRules($: CheerioAPI, table: readonly string[], perRule: number, prefilter: RegExp): Element[][] {
  let byTable = ruleCache.get($);
  if (!byTable) {
    byTable = new Map();
    ruleCache.set($, byTable);
  }
  const hit = byTable.get(table);
  if (hit) return hit;
  const { elements, keys } = elementIndex($);
  const candidates = elements.filter((_, i) => prefilter.test(keys[i]!));
  const out: Element[][] = table.map(() => []);
  if (candidates.length) {
    const set = $(candidates);
    table.forEach((sel, i) => {
      out[i] = (set.filter(sel).toArray() as Element[]).slice(0, perRule);
    });
  }
  byTable.set(table, out);
  return out;
}
