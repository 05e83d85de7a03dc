// Images of the article: the lead image and the in-body figures, each with an absolute URL, alt, the caption
// without its credit, the credit alone, and the photographer and agencies told apart.
//
// How: every <img> of the page is a candidate; candidates in excluded zones (navigation, footers, asides,
// related and teaser blocks, author cards, ads, video players, other <article>s) or that are furniture
// (logos, icons, avatars, tracking pixels, placeholders) are dropped. For each remaining image we walk up
// to its figure (the nearest ancestor holding a caption or credit and no other picture) and read caption and
// credit from it. The same picture printed twice (<picture> + <noscript>, mobile + desktop copies, lead +
// body) is one image. Rule tables live in src/rules/credit-selectors.ts.
import type { AnyNode, Element } from 'domhandler';
import { ATTR, type DomIndex } from '../context/dom.js';
import { absoluteUrl, type PageContext } from '../context/index.js';
import { ldString, typesOf, type JsonLdNode } from '../context/jsonld.js';
import type { Image } from '../types/article.js';
import type { Found } from './types.js';
import { cleanCaption, cleanCredit, looksLikeCredit, normalizeText, parseCredit, splitCaptionCredit } from '../clean/credit.js';
import {
  CAPTION_ATTRIBUTES, CAPTION_ITEMPROPS, CAPTION_WORDS, CREDIT_ATTRIBUTES, CREDIT_ITEMPROPS, CREDIT_WORDS,
  EXCLUDED_TAGS, EXCLUDED_ZONE_WORDS, FURNITURE_URL, IMAGE_WORDS, PLACEHOLDER_FILE, LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES,
  TRACKING_HOSTS, WEAK_CREDIT_WORDS,
} from '../rules/credit-selectors.js';
import { contains, hasWord, isElement, textLength, textOf, walk, wordBits, wordList } from './credit-dom.js';
import { replaceTail } from '../clean/tail.js';

export interface ImageOptions {
  /** The article's main content element, when the body extractor found one; null: the page is searched. */
  mainNode?: Element | null;
  /** Called with each <img> that is left out and why (for debugging rules); default none. */
  onDrop?: (img: Element, reason: string) => void;
}

/** At most this many <img> elements of a page are looked at. */
export const MAX_IMG_ELEMENTS = 1500;
/** At most this many images are returned. */
export const MAX_IMAGES = 100;
/** An image declared smaller than this (px, either side) is an icon or an avatar. */
const MIN_SIDE = 60;
/** How many ancestors above an image may hold its caption and credit. */
const MAX_UNIT_DEPTH = 6;
/** A figure holds little text besides its caption: an ancestor with more is the article, not the figure. */
const MAX_UNIT_OTHER_TEXT = 400;

const CAPTION_SET = wordList(CAPTION_WORDS);
const CREDIT_SET = wordList(CREDIT_WORDS);
const WEAK_CREDIT_SET = wordList(WEAK_CREDIT_WORDS);
const IMAGE_WORD_SET = wordList(IMAGE_WORDS);
const EXCLUDED_SET = wordList(EXCLUDED_ZONE_WORDS);
/** Class words of a quotation or an embed: a figure holding one is no picture's. */
const QUOTE_OR_EMBED = wordList(['quote', 'pullquote', 'embed']);
const QUOTE = wordList(['quote', 'pullquote']);
const EXCLUDED_TAG_SET = new Set(EXCLUDED_TAGS);
const CAPTION_PROP_SET = new Set(CAPTION_ITEMPROPS);
const CREDIT_PROP_SET = new Set(CREDIT_ITEMPROPS);
const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)(?:$|[?#])/i;

interface Candidate {
  img: Element;
  unit: Element | null;
  url: string;
  key: string;
  image: Image;
  inRoot: boolean;
}

interface UnitInfo {
  keys: Set<string>;
  captions: Element[];
  credits: Element[];
  otherText: number;
  /**
   * Set when the scan stopped early because the element cannot be the figure of the image with key `for`:
   * `true` for too much other text (no image's figure), else the other picture's key found.
   */
  stopped?: true | string;
}

/** What one extraction's figure scans share: the page's index, the base URL and the scans done so far. */
interface Scan {
  page: PageElements;
  base: string | null;
  units: Map<Element, UnitInfo>;
  /** picture() of the elements looked at so far. */
  pictures: Map<Element, Picture>;
}

export function extractImages(ctx: PageContext, opts: ImageOptions = {}): Found<Image[]> {
  const page = pageElements(ctx);
  const body = page.body;
  // the body extractor's node can be a whole page wrapper: the <article> inside it is the better root
  const own = articleRoot(ctx, null);
  let root = opts.mainNode ? articleRoot(ctx, opts.mainNode) : own;
  if (root && own && root !== own && contains(root, own)) root = own;
  // the page's own host and path, worked out only when an image is wrapped in a link (URL parsing is costly)
  let pageAt: PageAt | null = null;
  const pageAtOnce = (): PageAt => (pageAt ??= pageLocation(ctx));
  const excludedCache = new Map<Element, Element | null>();
  const unitCache = new Map<Element, UnitInfo>();
  const scan: Scan = { page, base: ctx.baseUrl, units: unitCache, pictures: new Map() };
  const rootAncestors = new Set<AnyNode>();
  for (let n: AnyNode | null = root?.parent ?? null; n; n = n.parent) rootAncestors.add(n);

  const candidates: Candidate[] = [];
  const imgs = page.images.slice(0, MAX_IMG_ELEMENTS);
  // reasons are written only for a caller that asks for them (the zone's description is a string per image)
  const drop = opts.onDrop ?? null;
  for (const img of imgs) {
    if (candidates.length >= MAX_IMAGES * 3) break; // a gallery page: the first pictures are enough
    if (insideNoscriptDuplicate(img)) {
      drop?.(img, 'noscript copy');
      continue;
    }
    const inRoot = root !== null && ctx.dom.contains(root, img);
    const zone = excluded(img, root, inRoot, excludedCache, rootAncestors, page);
    if (zone) {
      drop?.(img, `excluded zone <${zone.name} class="${zone.attribs.class ?? ''}" id="${zone.attribs.id ?? ''}">`);
      continue;
    }
    if (tooSmall(img)) {
      drop?.(img, 'too small');
      continue;
    }
    const { url, key } = picture(img, scan);
    if (!url || key === null) {
      drop?.(img, `no usable url (${url})`);
      continue;
    }
    if (linksAway(img, ctx.baseUrl, pageAtOnce)) {
      drop?.(img, 'links to another page');
      continue;
    }
    const unit = findUnit(img, key, root, body, scan);
    const image = readImage(img, unit, url, unitCache);
    candidates.push({ img, unit, url, key, image, inRoot });
  }

  // figures whose picture is drawn by script (no <img> in the HTML) but whose caption and credit are printed
  const covered = new Set<AnyNode>();
  for (const c of candidates) for (let n: AnyNode | null = c.img, i = 0; n && i < MAX_UNIT_DEPTH + 2; n = n.parent, i++) covered.add(n);
  for (const fig of page.figures.slice(0, MAX_IMAGES)) {
    if (covered.has(fig) || hasImg(fig, page) || !imagelessFigure(fig)) continue;
    const inRoot = root !== null && ctx.dom.contains(root, fig);
    if (excluded(fig, root, inRoot, excludedCache, rootAncestors, page)) continue;
    const info = scanUnit(fig, scan);
    if (!info.captions.length && !info.credits.length) continue;
    const image = readImage(fig, fig, null, unitCache);
    if (!image.credit && !image.caption) continue;
    candidates.push({ img: fig, unit: fig, url: '', key: `figure:${candidates.length}`, image, inRoot });
  }
  // document order: by index position (the same order docOrder gives), docOrder for an element not indexed
  const dom = ctx.dom;
  candidates.sort((a, b) => {
    const x = dom.indexOf(a.img);
    const y = dom.indexOf(b.img);
    return x >= 0 && y >= 0 ? x - y : docOrder(a.img, b.img);
  });

  const lead = leadImage(ctx);
  const kept = candidates.filter((c) => c.inRoot || c.image.caption || c.image.credit || (lead && c.key === lead.key) || root === null);
  const images: Image[] = [];
  const seenUnits = new Set<Element>();
  const seenKeys = new Map<string, Image>();
  const seenText = new Set<string>();
  for (const c of kept) {
    const textKey = c.image.caption && c.image.credit ? `${c.image.caption}\u0000${c.image.credit}` : null;
    const dup = (c.unit && seenUnits.has(c.unit)) || seenKeys.get(c.key) || (textKey && seenText.has(textKey));
    if (dup) {
      // keep what the first copy lacked
      const first = typeof dup === 'object' ? dup : null;
      if (first) {
        first.caption ??= c.image.caption;
        if (!first.credit && c.image.credit) first.credit = c.image.credit;
        first.alt ??= c.image.alt;
      }
      continue;
    }
    if (c.unit) seenUnits.add(c.unit);
    seenKeys.set(c.key, c.image);
    if (textKey) seenText.add(textKey);
    if (lead && c.key === lead.key) c.image.lead = true;
    images.push(c.image);
    if (images.length >= MAX_IMAGES) break;
  }

  // photographer and agencies only for the images returned (candidates carry their credit line alone)
  for (const im of images) {
    const parsed = parseCredit(im.credit);
    im.photographer = parsed.photographer;
    im.agencies = parsed.agencies;
  }
  if (images.length === 0 && lead) {
    return { value: [lead.image], source: lead.source };
  }
  if (!images.length) return { value: [], source: null };
  return { value: images, source: root ? 'article-figures' : 'page-figures' };
}

// ---------- where the article is ----------

interface PageElements {
  /** <img>, <amp-img> and lazy placeholders, in document order (not inside script, style, template or svg). */
  images: Element[];
  figures: Element[];
  articles: Element[];
  articleBody: Element | null;
  main: Element | null;
  body: Element | null;
  canonical: string | null;
  /** The page's element index (the positions withPicture is read by). */
  dom: DomIndex;
  /** By element position: 1 for an element with a picture (img, picture, amp-img, video, lazy box) somewhere inside it. */
  withPicture: Uint8Array;
}

const PAGE_CACHE = new WeakMap<PageContext, PageElements>();
const ROOT_CACHE = new WeakMap<PageContext, Element | null>();
/** Tags whose insides are never the page's pictures or landmarks (nor are they themselves). */
const HIDDEN_TAGS = ['script', 'style', 'template', 'svg'];
/** Tags that are a picture (a lazy box is one too). */
const PICTURE_TAGS = ['img', 'picture', 'amp-img', 'video'];

/**
 * What the image and copyright extractors look for, from the context's index (cached per page): the tag lists
 * give the images, figures, articles and landmarks, and the attribute bits the lazy boxes, itemprop=articleBody
 * and role=main, so only those elements are read. Elements inside (or being) script, style, template or svg
 * are left out.
 */
export function pageElements(ctx: PageContext): PageElements {
  const hit = PAGE_CACHE.get(ctx);
  if (hit) return hit;
  const dom = ctx.dom;
  const { elements, end, attrs } = dom;
  const n = elements.length;
  let hidden: Uint8Array | null = null;
  for (const tag of HIDDEN_TAGS) {
    for (const e of dom.byTag(tag)) {
      const i = dom.indexOf(e);
      if (i < 0) continue;
      hidden ??= new Uint8Array(n);
      hidden.fill(1, i, end[i]!);
    }
  }
  const visible = (e: Element): boolean => hidden === null || hidden[dom.indexOf(e)] !== 1;
  // lazy boxes, itemprop=articleBody and role=main: only elements with those attribute bits are read
  const lazy: number[] = [];
  let articleBody: Element | null = null;
  let roleMain = -1;
  const wanted = ATTR.lazySrc | ATTR.itemprop | ATTR.role;
  for (let i = 0; i < n; i++) {
    const bits = attrs[i]!;
    if ((bits & wanted) === 0) continue;
    const e = elements[i]!;
    if ((bits & ATTR.lazySrc) !== 0 && e.name !== 'img' && e.name !== 'amp-img' && isLazyBox(e)) lazy.push(i);
    if (hidden !== null && hidden[i] === 1) continue;
    if (!articleBody && (bits & ATTR.itemprop) !== 0 && e.attribs.itemprop && /(?:^|\s)articlebody(?:\s|$)/i.test(e.attribs.itemprop)) articleBody = e;
    if (roleMain < 0 && (bits & ATTR.role) !== 0 && e.attribs.role === 'main') roleMain = i;
  }
  // every ancestor of a picture holds one; the walk up stops where an earlier picture's walk passed
  const withPicture = new Uint8Array(n);
  const markAncestors = (e: Element): void => {
    for (let p = e.parent; p && isElement(p); p = p.parent) {
      const at = dom.indexOf(p);
      if (at < 0 || withPicture[at] === 1) break;
      withPicture[at] = 1;
    }
  };
  for (const tag of PICTURE_TAGS) for (const e of dom.byTag(tag)) markAncestors(e);
  for (const i of lazy) markAncestors(elements[i]!);
  // the images in document order: <img> and <amp-img> and lazy boxes merged by position
  const at: number[] = [];
  for (const e of dom.byTag('img')) if (visible(e)) at.push(dom.indexOf(e));
  const imgOnly = at.length;
  for (const e of dom.byTag('amp-img')) if (visible(e)) at.push(dom.indexOf(e));
  for (const i of lazy) if (hidden === null || hidden[i] !== 1) at.push(i);
  if (at.length > imgOnly) at.sort((x, y) => x - y);
  const images = at.map((i) => elements[i]!);
  const firstVisible = (tag: string): Element | null => {
    for (const e of dom.byTag(tag)) if (visible(e)) return e;
    return null;
  };
  let main = firstVisible('main');
  if (roleMain >= 0 && (main === null || roleMain < dom.indexOf(main))) main = elements[roleMain]!;
  let canonical: string | null = null;
  for (const e of dom.byTag('link')) {
    if (!canonical && visible(e) && /(?:^|\s)canonical(?:\s|$)/i.test(e.attribs.rel ?? '')) canonical = e.attribs.href ?? null;
  }
  const out: PageElements = {
    images,
    figures: dom.byTag('figure').filter(visible),
    articles: dom.byTag('article').filter(visible),
    articleBody,
    main,
    body: firstVisible('body'),
    canonical,
    dom,
    withPicture,
  };
  PAGE_CACHE.set(ctx, out);
  return out;
}

/** The element that holds the article: around mainNode when given, else the <article> with the most text. */
export function articleRoot(ctx: PageContext, mainNode: Element | null): Element | null {
  if (!mainNode && ROOT_CACHE.has(ctx)) return ROOT_CACHE.get(ctx)!;
  const widen = (el: Element): Element => {
    let n: Element = el;
    for (let i = 0; i < 6 && n.parent && isElement(n.parent); i++) {
      const p: Element = n.parent;
      if (p.name === 'body' || p.name === 'html') break;
      if (p.name === 'article' || p.name === 'main' || /article/i.test(p.attribs.itemtype ?? '')) return p;
      n = p;
    }
    return el.name === 'article' || el.name === 'main' ? el : ((el.parent && isElement(el.parent) && el.parent.name !== 'body' ? el.parent : el) as Element);
  };
  if (mainNode) return widen(mainNode);
  const page = pageElements(ctx);
  let root: Element | null = null;
  if (page.articleBody) root = widen(page.articleBody);
  else {
    let best: Element | null = null;
    let bestLen = 0;
    const articles = page.articles.slice(0, 200);
    for (const el of articles) {
      // with one <article>, only whether it holds more than MIN_ARTICLE_TEXT matters: the count can stop there
      const len = paragraphTextLength(page.dom, el, articles.length === 1 ? MIN_ARTICLE_TEXT : Infinity);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    root = best && bestLen > MIN_ARTICLE_TEXT ? best : page.main;
  }
  ROOT_CACHE.set(ctx, root);
  return root;
}

/** An <article> with no more paragraph text than this is not the article. */
const MIN_ARTICLE_TEXT = 200;
/** Paragraph text an <article> holds is counted up to about this much (and this many nodes are looked at). */
const ARTICLE_TEXT_CAP = 20000;

/**
 * The text length of the <p> elements inside `el` (each counted up to 2000 characters), walked in document
 * order; once ARTICLE_TEXT_CAP is reached, the walk goes on only over the siblings of the elements it is in
 * (their <p>s still count), as walkArticleText does. The walk runs over the index, which gives the same order;
 * it counts the nodes the tree walk would look at, and when those would pass the tree walk's node limit, the
 * tree walk (which stops there) answers instead. With `stopAbove`, the count stops once it passes that: the
 * answer is then only right about being above it.
 */
export function paragraphTextLength(dom: DomIndex, el: Element, stopAbove = Infinity): number {
  const a = dom.indexOf(el);
  if (a < 0) return walkArticleText(el);
  const { elements, end } = dom;
  let len = 0;
  // nodes the tree walk would take off its stack: the root, then every child of every element it goes into
  let nodes = 1 + el.children.length;
  if (nodes > ARTICLE_TEXT_CAP) return walkArticleText(el);
  for (let j = a + 1, stop = end[a]!; j < stop; ) {
    const e = elements[j]!;
    if (e.name === 'p') {
      len += textLength(e, 2000);
      // the count only grows: past `stopAbove` the caller has its answer (the tree walk would reach this far too)
      if (len > stopAbove) return len;
      j = end[j]!;
    } else if (len < ARTICLE_TEXT_CAP) {
      nodes += e.children.length;
      if (nodes > ARTICLE_TEXT_CAP) return walkArticleText(el);
      j++;
    } else j = end[j]!;
  }
  return len;
}

/** paragraphTextLength by a bounded tree walk (at most ARTICLE_TEXT_CAP nodes looked at). */
export function walkArticleText(el: Element): number {
  let len = 0;
  walk(el, (e) => {
    if (e.name === 'p') {
      len += textLength(e, 2000);
      return false;
    }
    return len < ARTICLE_TEXT_CAP;
  }, ARTICLE_TEXT_CAP);
  return len;
}

function pageUrlPath(ctx: PageContext): string | null {
  const u = ctx.sourceUrl ?? absoluteUrl(pageElements(ctx).canonical, null) ?? absoluteUrl(ctx.meta.first('og:url'), null);
  if (!u) return null;
  try {
    const p = new URL(u);
    return p.host + replaceTail(p.pathname, /\/+$/);
  } catch {
    return null;
  }
}

// ---------- excluded zones and furniture ----------

/** The ancestor that puts the image outside the article (a related block, a footer…), or null. */
function excluded(img: Element, root: Element | null, inRoot: boolean, cache: Map<Element, Element | null>, rootAncestors: Set<AnyNode>, page: PageElements): Element | null {
  const path: Element[] = [];
  let verdict: Element | null = null;
  for (let n = img.parent; n && isElement(n); n = n.parent) {
    if (n === root || n.name === 'body' || n.name === 'html') break;
    // a wrapper around the article itself (a page with a right rail) is no zone of its own
    if (!inRoot && root && rootAncestors.has(n)) break;
    const cached = cache.get(n);
    if (cached !== undefined) {
      verdict = cached;
      break;
    }
    path.push(n);
    if (zoneExcluded(n, root, inRoot, attrBits(page, n))) {
      verdict = n;
      break;
    }
  }
  for (const n of path) cache.set(n, verdict);
  return verdict;
}

function zoneExcluded(n: Element, root: Element | null, inRoot: boolean, attrs: number): boolean {
  if (EXCLUDED_TAG_SET.has(n.name)) return true;
  const role = (attrs & ATTR.role) !== 0 ? n.attribs.role : undefined;
  if (n.name === 'header' && (role === 'banner' || !inRoot && hasNav(n))) return true;
  // another article: a teaser (only when the article found is itself an <article>)
  if (n.name === 'article' && root && root.name === 'article' && !contains(n, root)) return true;
  if (role === 'navigation' || role === 'banner' || role === 'complementary' || role === 'contentinfo') return true;
  return (attrs & CLASS_OR_ID) !== 0 && hasWord(n, EXCLUDED_SET);
}

function hasNav(n: Element): boolean {
  let found = false;
  walk(n, (e) => {
    if (e.name === 'nav') found = true;
    return !found;
  }, 400);
  return found;
}

/** A <noscript> copy of an image that the page also shows lazily beside it. */
function insideNoscriptDuplicate(img: Element): boolean {
  let ns: AnyNode | null = img.parent;
  for (let i = 0; ns && i < 3; i++, ns = ns.parent) if (isElement(ns) && ns.name === 'noscript') break;
  if (!ns || !isElement(ns) || ns.name !== 'noscript') return false;
  const parent = ns.parent;
  if (!parent || !isElement(parent)) return false;
  let other = false;
  walk(parent, (e) => {
    if (e === ns) return false;
    if (e.name === 'img' || e.name === 'amp-img') other = true;
    return !other;
  }, 200);
  return other;
}

function tooSmall(img: Element): boolean {
  const w = Number.parseInt(img.attribs.width ?? '', 10);
  const h = Number.parseInt(img.attribs.height ?? '', 10);
  return (w > 0 && w < MIN_SIDE) || (h > 0 && h < MIN_SIDE);
}

/** A tracking pixel, an SVG, a logo or icon, a placeholder; `url` is absoluteUrl's (see urlParts). */
function isFurniture(url: string): boolean {
  const u = urlParts(url);
  if (!u) return true;
  if (TRACKING_HOSTS.test(u.hostname)) return true;
  const file = u.pathname.slice(u.pathname.lastIndexOf('/') + 1);
  if (/\.svg$/i.test(file)) return true;
  return FURNITURE_URL.test(file) || PLACEHOLDER_FILE.test(file);
}

/**
 * `new URL(abs).host`, `.hostname` and `.pathname` for a URL absoluteUrl gave (http or https, serialised by the URL
 * parser, then only percent-escaped further), read off the string: parsing a serialised URL again changes
 * nothing in its host or path, and these are worked out for every image. Null for any other string.
 */
function urlParts(abs: string): { host: string; hostname: string; pathname: string } | null {
  const from = abs.startsWith('https://') ? 8 : abs.startsWith('http://') ? 7 : -1;
  if (from < 0) return null;
  // the authority ends at the path (a serialised http URL always has one), a query or a fragment
  let end = from;
  while (end < abs.length) {
    const c = abs.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    end++;
  }
  const host = abs.slice(abs.lastIndexOf('@', end - 1) + 1 || from, end);
  // the host name without the port (an IPv6 address keeps its brackets)
  let hostname = host;
  if (host.startsWith('[')) hostname = host.slice(0, host.indexOf(']') + 1);
  else if (host.includes(':')) hostname = host.slice(0, host.indexOf(':'));
  let stop = end;
  while (stop < abs.length) {
    const c = abs.charCodeAt(stop);
    if (c === 63 || c === 35) break; // ? #
    stop++;
  }
  return { host, hostname, pathname: stop > end ? abs.slice(end, stop) : '/' };
}

interface PageAt {
  /** `new URL(base).host`; null without a base, undefined when the base is no URL. */
  host: string | null | undefined;
  /** pageUrlPath. */
  path: string | null;
}

function pageLocation(ctx: PageContext): PageAt {
  let host: string | null | undefined = null;
  if (ctx.baseUrl) {
    try {
      host = new URL(ctx.baseUrl).host;
    } catch {
      host = undefined;
    }
  }
  return { host, path: pageUrlPath(ctx) };
}

/** An image wrapped in a link to another page of the site: a thumbnail of another article. */
function linksAway(img: Element, base: string | null, pageAt: () => PageAt): boolean {
  let n: AnyNode | null = img.parent;
  for (let i = 0; n && i < 4; i++, n = n.parent) {
    if (!isElement(n)) break;
    if (n.name === 'figure') return false;
    if (n.name !== 'a') continue;
    const href = n.attribs.href?.trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
    const abs = absoluteUrl(href, base);
    if (!abs || IMAGE_EXT.test(abs)) return false;
    const u = urlParts(abs);
    const at = pageAt();
    if (!u || at.host === undefined) return false; // no URL (absoluteUrl already turned down a bad base)
    if (at.host !== null && u.host !== at.host) return false; // a photographer's or a licence page elsewhere
    const path = u.host + replaceTail(u.pathname, /\/+$/);
    if (at.path && path === at.path) return false;
    return /[a-z0-9]-[a-z0-9]|\d{4,}|\.html?$/i.test(u.pathname); // an article-like path
  }
  return false;
}

// ---------- the image's URL ----------

interface SrcsetCandidate {
  url: string;
  w: number;
  x: number;
}

/** Parses a srcset linearly: 'a.jpg 640w, b.jpg 1280w' → [{a.jpg, 640}, {b.jpg, 1280}]. */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const s = srcset.length > 20000 ? srcset.slice(0, 20000) : srcset;
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = s.length;
  const ws = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
  while (i < n) {
    while (i < n && (ws(s[i]!) || s[i] === ',')) i++;
    const start = i;
    while (i < n && !ws(s[i]!)) i++;
    let url = s.slice(start, i);
    let desc = '';
    if (url.endsWith(',')) url = replaceTail(url, /,+$/);
    else {
      const d = i;
      while (i < n && s[i] !== ',') i++;
      desc = s.slice(d, i).trim();
    }
    if (!url) continue;
    const w = /(\d+)w\b/.exec(desc);
    const x = /([\d.]+)x\b/.exec(desc);
    out.push({ url, w: w ? Number(w[1]) : 0, x: x ? Number(x[1]) : w ? 0 : 1 });
  }
  return out;
}

function usable(u: string | undefined, base: string | null): string | null {
  if (!u) return null;
  const t = u.trim();
  if (!t || t.startsWith('data:') || /^\{\{|^\$\{/.test(t)) return null;
  const abs = absoluteUrl(t, base);
  if (!abs || isFurniture(abs)) return null;
  if (/^https?:\/\/[^/]+\/?(?:[?#].*)?$/i.test(abs) || (base && abs === base)) return null; // a site root or the page itself
  return abs;
}

/** The image's URL: the largest srcset candidate (img and <picture> sources), lazy attributes, src, a <noscript> copy. */
export function imageUrl(img: Element, base: string | null): string | null {
  const sets: SrcsetCandidate[] = [];
  const addSet = (el: Element): void => {
    for (const a of LAZY_SRCSET_ATTRIBUTES) {
      const v = el.attribs[a];
      if (v) for (const c of parseSrcset(v)) sets.push(c);
    }
  };
  addSet(img);
  const parent = img.parent;
  if (parent && isElement(parent) && parent.name === 'picture') {
    for (const c of parent.children) if (isElement(c) && c.name === 'source') addSet(c);
  }
  if (sets.length) {
    // the largest usable candidate (the first of equals): candidates tried largest first, so only the
    // ones ahead of the winner have their URL resolved
    const order = sets.map((c, i) => ({ c, i })).sort((a, b) => b.c.w - a.c.w || (b.c.x || 0) - (a.c.x || 0) || a.i - b.i);
    for (const { c } of order) {
      const abs = usable(c.url, base);
      if (abs) return abs;
    }
  }
  for (const a of LAZY_SRC_ATTRIBUTES) {
    const abs = usable(img.attribs[a], base);
    if (abs) return abs;
  }
  const src = usable(img.attribs.src, base);
  if (src) return src;
  // a lazy placeholder: the real URL is in a <noscript> copy next to it
  for (let n: AnyNode | null = img.parent, i = 0; n && i < 3; n = n.parent, i++) {
    if (!isElement(n)) break;
    let found: string | null = null;
    walk(n, (e) => {
      if (found) return false;
      if (e.name === 'noscript') {
        walk(e, (x) => {
          if (!found && x.name === 'img') found = usable(x.attribs.src, base) ?? usable(x.attribs['data-src'], base);
        }, 50);
        return false;
      }
      return true;
    }, 300);
    if (found) return found;
  }
  return null;
}

/** The same picture in another size or format gets the same key: file name without size suffixes. */
export function imageKey(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return url;
  }
  return keyOfPath(path);
}

/** imageKey of a URL absoluteUrl gave, without parsing it again (see urlParts). */
function keyOfUrl(abs: string): string {
  const u = urlParts(abs);
  return u ? keyOfPath(u.pathname) : imageKey(abs);
}

/** imageKey of a URL's path. */
function keyOfPath(pathname: string): string {
  const path = pathname.toLowerCase();
  const segs = path.split('/').filter(Boolean);
  const last = segs.pop() ?? '';
  let stem = replaceTail(last.replace(/\.(?:jpe?g|png|gif|webp|avif)$/, ''), /(?:[-_.](?:\d{2,5}x\d{0,5}|\d{2,5}w|scaled|e\d{10,}))+$/).replace(/@\dx$/, '');
  const generic = stem.length < 6 || /^(?:\d+x\d*|\d+|(?:gallery|image|img|photo|picture|thumb|thumbnail|large|medium|small|xlarge|original|max|full|default|master)[_-]?\w*)$/.test(stem);
  if (generic) {
    const dir = segs.filter((s) => !/^(?:\d{2,5}x\d{0,5}|w_\d+.*|\d{1,3}|max|crop|master|resize.*|fit.*)$/.test(s)).join('/');
    stem = `${dir}/${generic && /^\d+x\d*$/.test(stem) ? '' : stem}`;
  }
  return stem;
}

// ---------- the figure around the image ----------

/**
 * The index's attribute bits of an element (ATTR), all set for one the index lacks. An attribute whose bit is
 * clear is not there, so it is not looked up: looking up a missing attribute is a hash probe per element.
 */
function attrBits(page: PageElements, el: Element): number {
  const i = page.dom.indexOf(el);
  return i >= 0 ? page.dom.attrs[i]! : 0xffff;
}

const CLASS_OR_ID = ATTR.class | ATTR.id;

function isCaptionEl(el: Element, attrs: number): boolean {
  if (el.name === 'figcaption') return true;
  const prop = (attrs & ATTR.itemprop) !== 0 ? el.attribs.itemprop?.toLowerCase() : undefined;
  if (prop && prop.split(/\s+/).some((p) => CAPTION_PROP_SET.has(p))) return true;
  return (attrs & CLASS_OR_ID) !== 0 && hasWord(el, CAPTION_SET);
}

/** A credit element; weak words ('byline', 'source') count only inside a figure or beside an image word. */
function isCreditEl(el: Element, inFigure: boolean, attrs: number): boolean {
  const prop = (attrs & ATTR.itemprop) !== 0 ? el.attribs.itemprop?.toLowerCase() : undefined;
  if (prop && prop.split(/\s+/).some((p) => CREDIT_PROP_SET.has(p))) return true;
  if (el.name === 'cite') return inFigure;
  if ((attrs & CLASS_OR_ID) === 0) return false;
  const bits = wordBits(el);
  if ((bits & CREDIT_SET.bit) !== 0) return true;
  return (bits & WEAK_CREDIT_SET.bit) !== 0 && (inFigure || (bits & IMAGE_WORD_SET.bit) !== 0);
}

/**
 * Captions, credits, picture keys and other text inside `el`. With `forKey` (findUnit asking whether `el`
 * can be the figure of that picture), the scan stops as soon as the answer is no: more than
 * MAX_UNIT_OTHER_TEXT of other text, or another picture. Callers without `forKey` always get a full scan.
 */
function scanUnit(el: Element, scan: Scan, forKey?: string): UnitInfo {
  const cache = scan.units;
  const hit = cache.get(el);
  // a scan stopped by a picture other than forKey's answers no for every key but that picture's
  if (hit && (!hit.stopped || (forKey !== undefined && hit.stopped !== forKey))) return hit;
  const info: UnitInfo = { keys: new Set(), captions: [], credits: [], otherText: 0 };
  let figureCtx = false;
  for (let a: AnyNode | null = el, i = 0; a && isElement(a) && i < 4; a = a.parent, i++) if (a.name === 'figure') figureCtx = true;
  // the walk's stack: nodes, and beside each whether it is inside a caption (bit 1) or a credit (bit 2)
  const stack: AnyNode[] = [el];
  const flags: number[] = [0];
  let seen = 0;
  while (stack.length && seen++ < 3000) {
    const n = stack.pop()!;
    const f = flags.pop()!;
    const inCaption = (f & 1) !== 0;
    const inCredit = (f & 2) !== 0;
    if (n.type === 'text') {
      if (!inCaption && !inCredit) {
        info.otherText += (n as unknown as { data: string }).data.trim().length;
        if (forKey !== undefined && info.otherText > MAX_UNIT_OTHER_TEXT) {
          info.stopped = true;
          break;
        }
      }
      continue;
    }
    if (!isElement(n)) continue;
    if (n.name === 'script' || n.name === 'style' || n.name === 'template') continue;
    if (n.name === 'noscript') continue;
    const attrs = attrBits(scan.page, n);
    if (n.name === 'img' || n.name === 'amp-img' || (n !== el && (attrs & ATTR.lazySrc) !== 0 && isLazyBox(n))) {
      const k = picture(n, scan).key;
      if (k !== null) {
        info.keys.add(k);
        if (forKey !== undefined && k !== forKey) {
          info.stopped = k;
          break;
        }
      }
      if (n.name === 'img' || n.name === 'amp-img') continue;
    }
    let cap = inCaption;
    let cred = inCredit;
    if (n !== el && !hasImg(n, scan.page)) {
      if (!inCredit && isCreditEl(n, figureCtx || inCaption || n.name === 'figcaption', attrs)) {
        info.credits.push(n);
        cred = true;
      } else if (!inCaption && !inCredit && isCaptionEl(n, attrs)) {
        info.captions.push(n);
        cap = true;
      }
    }
    const childFlags = (cap ? 1 : 0) | (cred ? 2 : 0);
    for (let i = n.children.length - 1; i >= 0; i--) {
      stack.push(n.children[i]!);
      flags.push(childFlags);
    }
  }
  cache.set(el, info);
  return info;
}

/** A lazy-loading placeholder that is not an <img>: <div class="js-delayed-image-load" data-src="….jpg">. */
function isLazyBox(el: Element): boolean {
  if (el.name === 'img' || el.name === 'amp-img' || el.name === 'source' || el.name === 'iframe' || el.name === 'script' || el.name === 'video' || el.name === 'a') return false;
  const v = el.attribs['data-src'] ?? el.attribs['data-image-src'] ?? el.attribs['data-bg'] ?? el.attribs['data-background-image'];
  return !!v && IMAGE_EXT.test(v);
}

/** Document order of two nodes (negative when a comes first). */
function docOrder(a: AnyNode, b: AnyNode): number {
  if (a === b) return 0;
  const path = (n: AnyNode): AnyNode[] => {
    const p: AnyNode[] = [];
    for (let x: AnyNode | null = n; x; x = x.parent) p.push(x);
    return p.reverse();
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return -1;
  if (i === pb.length) return 1;
  const parent = pa[i - 1] as Element | undefined;
  if (!parent) return 0;
  return parent.children.indexOf(pa[i] as never) - parent.children.indexOf(pb[i] as never);
}

/** A figure that can hold a picture drawn by script: not a quote, an embed, a video or a chart of code. */
function imagelessFigure(fig: Element): boolean {
  let ok = true;
  walk(fig, (e) => {
    if (['blockquote', 'iframe', 'video', 'audio', 'object', 'embed', 'table', 'pre', 'code', 'svg', 'canvas', 'form'].includes(e.name)) ok = false;
    else if (hasWord(e, EXCLUDED_SET) || hasWord(e, QUOTE_OR_EMBED)) ok = false;
    return ok;
  }, 300);
  return ok && !hasWord(fig, EXCLUDED_SET) && !hasWord(fig, QUOTE);
}

/** True when a picture (img, picture, amp-img, video, lazy box) is inside `el`. */
function hasImg(el: Element, page: PageElements): boolean {
  return page.withPicture[page.dom.indexOf(el)] === 1;
}

interface Picture {
  url: string | null;
  key: string | null;
}

/**
 * imageUrl and the key of a usable one (null without one: furniture only, say), worked out once per element in
 * an extraction (a Map of the scan's, not a WeakMap: setting a WeakMap entry costs far more).
 */
function picture(el: Element, scan: Scan): Picture {
  let p = scan.pictures.get(el);
  if (!p) {
    // imageUrl gives only usable URLs, never furniture (see usable)
    const url = imageUrl(el, scan.base);
    p = { url, key: url ? keyOfUrl(url) : null };
    scan.pictures.set(el, p);
  }
  return p;
}

/** The figure of an image: the highest close ancestor that holds a caption or credit and no other picture. */
function findUnit(img: Element, key: string, root: Element | null, body: Element | null, scan: Scan): Element | null {
  let best: Element | null = null;
  let child: Element = img;
  let n: AnyNode | null = img.parent;
  for (let depth = 0; n && isElement(n) && depth < MAX_UNIT_DEPTH; depth++, child = n, n = n.parent) {
    if (n === root || n === body || n.name === 'body' || n.name === 'html' || n.name === 'article') break;
    const info = scanUnit(n, scan, key);
    let other = false;
    for (const k of info.keys) if (k !== key) other = true;
    if (other || info.otherText > MAX_UNIT_OTHER_TEXT) break;
    if (info.captions.length || info.credits.length) {
      best = n;
      if (info.captions.length && info.credits.length) break;
    }
    if (n.name === 'figure') {
      if (best) break;
      best = n; // a figure without caption: its caption may stand beside it, one level up
    } else if (best && best.name === 'figure' && !info.captions.length && !info.credits.length) break;
  }
  if (best) return best;
  // the caption printed right after the image's box, in a parent that holds the whole article
  return siblingCaption(child === img ? img : child, scan);
}

/** A caption or credit element right after `box` (at most two element siblings on): a unit of the box and them. */
function siblingCaption(box: Element, scan: Scan): Element | null {
  const extra: Element[] = [];
  let steps = 0;
  for (let s = box.next; s && steps < 2; s = s.next) {
    if (!isElement(s)) continue;
    steps++;
    if (hasImg(s, scan.page)) break;
    const attrs = attrBits(scan.page, s);
    if (isCaptionEl(s, attrs) || isCreditEl(s, false, attrs)) {
      extra.push(s);
      continue;
    }
    break;
  }
  if (!extra.length || box.name === 'img') return null;
  const own = scanUnit(box, scan);
  const info: UnitInfo = { keys: own.keys, captions: [...own.captions], credits: [...own.credits], otherText: own.otherText };
  for (const e of extra) {
    const sub = scanUnit(e, scan);
    if (isCreditEl(e, false, attrBits(scan.page, e))) info.credits.push(e);
    else if (sub.credits.length || sub.captions.length) {
      info.captions.push(e);
      info.credits.push(...sub.credits);
    } else info.captions.push(e);
  }
  scan.units.set(box, info);
  return box;
}

function creditFields(credit: string | null): Pick<Image, 'credit' | 'photographer' | 'agencies'> {
  const parsed = parseCredit(credit);
  return { credit, photographer: parsed.photographer, agencies: parsed.agencies };
}

function attrOnPath(img: Element, unit: Element | null, names: readonly string[]): string | null {
  for (let n: AnyNode | null = img; n && isElement(n); n = n.parent) {
    for (const a of names) {
      const v = n.attribs[a];
      if (v && v.trim()) return v;
    }
    if (n === unit || !unit) break;
  }
  return null;
}

function readImage(img: Element, unit: Element | null, url: string | null, cache: Map<Element, UnitInfo>): Image {
  const alt = normalizeText(img.attribs.alt ?? '') || null;
  let caption: string | null = null;
  let credit: string | null = null;
  if (unit) {
    const info = cache.get(unit)!;
    const creditSet = new Set(info.credits);
    for (const el of info.credits) {
      const raw = el.attribs.content?.trim() || textOf(el, undefined, 1000);
      // a credit element that also holds the caption: 'Presidente de EEUU, Joe Biden / AFP'
      const split = splitCaptionCredit(raw);
      if (split.credit && split.caption && split.caption.split(' ').length >= 4 && !looksLikeCredit(split.caption)) {
        credit = split.credit;
        caption ??= split.caption;
        break;
      }
      credit = cleanCredit(stripLeadingLabels(cleanCredit(raw) ?? ''));
      if (credit) break;
      if (split.credit) {
        credit = split.credit;
        caption ??= split.caption;
        break;
      }
    }
    const parts: string[] = [];
    for (const el of info.captions) {
      const t = textOf(el, (e) => creditSet.has(e), 3000);
      if (t && !parts.includes(t)) parts.push(t);
    }
    if (parts.length) {
      const split = splitCaptionCredit(parts.join(' '));
      caption = split.caption;
      credit ??= split.credit;
    }
  }
  if (!credit) credit = cleanCredit(attrOnPath(img, unit, CREDIT_ATTRIBUTES));
  if (!caption) {
    const a = attrOnPath(img, unit, CAPTION_ATTRIBUTES);
    if (a) caption = splitCaptionCredit(a.replace(/<[^>]{0,500}>/g, ' ')).caption;
  }
  if (caption && credit && caption === credit) caption = null;
  caption = caption ? cleanCaption(caption) : null;
  // photographer and agencies are parsed from the credit by extractImages, for the images it returns only
  return { url, caption, credit, photographer: null, agencies: [], alt };
}

/** 'Credit Credit Jane Doe' (a visible and a hidden label) → 'Jane Doe'; only used on credit elements. */
function stripLeadingLabels(s: string): string {
  let t = normalizeText(s);
  for (let i = 0; i < 3; i++) {
    const next = t.replace(/^(?:image copyright|photo credit|image credit|copyright|credits?|photos?|fotos?|bild|beeld|image|source|quelle|фото)\s+(?=\S)/iu, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

// ---------- the lead image from metadata ----------

interface Lead {
  key: string;
  image: Image;
  source: string;
}

function leadImage(ctx: PageContext): Lead | null {
  let source = 'meta:og:image';
  let url = absoluteUrl(ctx.meta.first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), ctx.baseUrl);
  let ldImage: JsonLdNode | null = null;
  for (const node of ctx.articleLd) {
    const im = node.image ?? node.primaryImageOfPage;
    const first = Array.isArray(im) ? im[0] : im;
    if (first && typeof first === 'object') ldImage = first as JsonLdNode;
    if (!url) {
      const u = absoluteUrl(ldString(first && typeof first === 'object' ? ((first as JsonLdNode).url ?? (first as JsonLdNode).contentUrl) : first), ctx.baseUrl);
      if (u) {
        url = u;
        source = 'jsonld:image';
      }
    }
    if (url) break;
  }
  if (!url || isFurniture(url)) return null;
  let caption: string | null = null;
  let credit: string | null = null;
  if (ldImage && (typesOf(ldImage).includes('imageobject') || ldImage.url)) {
    caption = normalizeText(ldString(ldImage.caption) ?? '') || null;
    const c = ldString(ldImage.creditText) ?? ldString(ldImage.copyrightHolder) ?? ldString(ldImage.author) ?? ldString(ldImage.creator);
    credit = cleanCredit(c);
    if (caption) {
      const split = splitCaptionCredit(caption);
      caption = split.caption;
      credit ??= split.credit;
    }
  }
  const alt = ctx.meta.first('og:image:alt', 'twitter:image:alt');
  return { key: keyOfUrl(url), source, image: { url, caption, ...creditFields(credit), alt, lead: true } };
}
