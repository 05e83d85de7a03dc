// The page's copyright notice, with holder and year: the line printed in the footer first
// ('Copyright © 2024 The Brussels Times. All Rights Reserved.'), then <meta name="copyright">, then JSON-LD
// (copyrightNotice, copyrightHolder + copyrightYear). Notices inside the article text (a wire service's
// '© Thomson Reuters 2020') and image credits ('© Reuters' under a photo) are not the page's notice.
import type { AnyNode, Element } from 'domhandler';
import type { DomIndex } from '../context/dom.js';
import type { PageContext } from '../context/index.js';
import { ldString } from '../context/jsonld.js';
import type { Copyright } from '../types/article.js';
import type { Found } from './types.js';
import { agencyName, normalizeText } from '../clean/credit.js';
import { FOOTER_WORDS } from '../rules/credit-selectors.js';
import { hasWord, isElement, textOf, wordList } from './credit-dom.js';
import { articleRoot, pageElements } from './images.js';
import { replaceTail } from '../clean/tail.js';

/** A notice is at most this long; longer footers are cut at sentence ends around the mark. */
export const MAX_NOTICE = 300;
/** At most this many text nodes holding a copyright mark are looked at. */
const MAX_MARKS = 60;

const FOOTER_SET = wordList(FOOTER_WORDS);
/** A copyright mark in a text node: ©, (c), Cyrillic (с), the word Copyright. */
const MARK = /©|&copy;|\([cс]\)|\bcopyright\b|\bcopr\./i;
/** A notice must hold a mark followed by a year or a name, not 'copyright law' in a sentence. */
const NOTICE_SHAPE = /(?:©|\([cсC]\)|®)\s*(?:[Cc]opyright\s*)?[\p{L}\p{N}@"«“]|\b(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([cсC]\)|®|\d{4}|\p{Lu})|\b[Cc]opr\.\s*\d{4}/u;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'figure', 'figcaption', 'svg', 'textarea', 'select', 'option']);
const LINE = '\u2029';

interface Candidate {
  notice: string;
  /** 2: inside <footer> or role=contentinfo; 1: inside an element with a footer-like class; 0: elsewhere. */
  footer: number;
  order: number;
  /** parseNotice(notice), worked out when the candidates are ranked. */
  parsed?: { holder: string | null; year: number | null };
}

export function extractCopyright(ctx: PageContext): Found<Copyright | null> {
  const fromPage = footerNotice(ctx);
  if (fromPage) return { value: { notice: fromPage.notice, ...fromPage.parsed!, source: 'footer' }, source: fromPage.footer ? 'footer' : 'page-text' };

  const meta = ctx.meta.firstWithKey('copyright', 'dcterms.rights', 'dc.rights', 'rights', 'dcterms.rightsholder');
  if (meta) {
    const notice = normalizeText(meta[0]).slice(0, MAX_NOTICE);
    if (notice) return { value: { notice, ...parseNotice(notice), source: 'meta' }, source: `meta:${meta[1]}` };
  }

  for (const node of [...ctx.articleLd, ...ctx.jsonld]) {
    const explicit = ldString(node.copyrightNotice);
    if (explicit) {
      const holderNode = node.copyrightHolder as { name?: unknown } | string | undefined;
      const holder = typeof holderNode === 'string' ? holderNode : ldString(holderNode?.name ?? null);
      const yearRaw = ldString(node.copyrightYear);
      const year = yearRaw && /^\d{4}$/.test(yearRaw) ? plausibleYear(Number(yearRaw)) : null;
      const parsed = parseNotice(explicit);
      return { value: { notice: normalizeText(explicit).slice(0, MAX_NOTICE), holder: parsed.holder ?? holder, year: parsed.year ?? year, source: 'jsonld' }, source: 'jsonld:copyrightNotice' };
    }
    // copyrightHolder alone is not a printed notice: the record keeps null rather than invent one
  }
  return { value: null, source: null };
}

function plausibleYear(y: number): number | null {
  return y >= 1900 && y <= 2100 ? y : null;
}

/** Holder and year of a notice: 'Copyright © 2024 The Brussels Times. All Rights Reserved.' → The Brussels Times, 2024. */
export function parseNotice(notice: string): { holder: string | null; year: number | null } {
  const t = normalizeText(notice.slice(0, MAX_NOTICE * 2));
  let year: number | null = null;
  for (const m of t.matchAll(/(?<![\d.,])(1[9]\d\d|20\d\d)(?![\d.,]\d)/g)) {
    const y = plausibleYear(Number(m[1]));
    if (y && (!year || y > year)) year = y;
  }
  let h = t
    .replace(/^.*?(?=©|\([cс]\)|\bcopyright\b)/iu, '')
    .replace(/\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|alle rechten voorbehouden|todos los derechos reservados|todos os direitos reservados)\b.*$/iu, '')
    .replace(/©|\([cс]\)|®|\bcopyright\b|\bcopr\./giu, ' ')
    .replace(/\b(?:1[9]\d\d|20\d\d)\s*(?:[-–—]\s*(?:1[9]\d\d|20\d\d|present|heute))?\b/giu, ' ')
    .replace(/^\s*(?:by|par|door|von)\s+/iu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // an address after the name ('Future US, Inc. 11 West 42nd Street') is not the holder
  const address = /\.\s+(?=\d)/u.exec(h);
  if (address) h = h.slice(0, address.index);
  // first sentence, not cut after an abbreviation such as 'Inc.' or 'Co.'
  const stop = /(?<!\b(?:Inc|Ltd|Co|Corp|Bros|St|S\.A|No|Nr|N\.V|B\.V|L\.L\.C|U\.S|\p{Lu}))[.|•](?:\s|$)/u.exec(h);
  if (stop) h = h.slice(0, stop.index);
  h = replaceTail(h.replace(/^[\s,.:;|–—-]+/u, ''), /[\s,.:;|–—-]+$/u).trim();
  if (h.length > 120) h = h.slice(0, 120).replace(/\s\S*$/, '');
  return { holder: h && /\p{L}/u.test(h) ? h : null, year };
}

/** The best printed notice: in the footer before elsewhere, the last one on the page before earlier ones. */
function footerNotice(ctx: PageContext): Candidate | null {
  const body = pageElements(ctx).body;
  const article = articleRoot(ctx, null);
  const found: Candidate[] = [];
  const seenBlocks = new Set<AnyNode>();
  const verdicts = new Map<Element, boolean>();
  let order = 0;
  // The article's own text (most of the page's) is never the notice: readable() turns down every text node
  // inside it, so its text nodes are jumped over, not scanned for a mark. Not so when the article holds <body>
  // (an <html> taken for the article): there the walk up meets <body> first.
  const dom = ctx.dom;
  const texts = dom.texts;
  const at = article !== null && (body === null || body === article || !dom.contains(article, body)) ? dom.indexOf(article) : -1;
  const skip = unreadableRanges(dom, body, at);
  // the page's text nodes in document order: only those holding a mark are looked at, then their ancestors
  let next = 0;
  for (let t = skip.from; t < skip.to; t++) {
    // jump over the ranges readable() would turn down whole (nested ones are passed by the same jump)
    while (next < skip.ranges.length && skip.ranges[next]! <= t) {
      if (skip.ranges[next + 1]! > t) t = skip.ranges[next + 1]!;
      next += 2;
    }
    if (t >= skip.to) break;
    const n = texts[t]!;
    if (found.length >= MAX_MARKS) break;
    // the source of a script or style (as any text straight inside a skipped element) is never readable: a long
    // text is not scanned for a mark when it is one; a short one is tested for a mark first, which most lack
    const data = n.data;
    if (data.length > SHORT_TEXT) {
      if (skippedParent(n)) continue;
      if (!MARK.test(data)) continue;
    } else if (blank(data) || !MARK.test(data) || skippedParent(n)) continue;
    if (!readable(n, body, article, verdicts)) continue;
    const block = blockOf(n);
    if (!block || seenBlocks.has(block)) continue;
    seenBlocks.add(block);
    const notice = noticeFrom(textOf(block, undefined, 4000, LINE, true));
    if (notice) found.push({ notice, footer: inFooter(block), order: order++ });
  }
  if (!found.length) return null;
  // in a <footer> before a footer-like class before elsewhere; a notice naming its holder before a bare '© 2019';
  // the last on the page before earlier ones. A news agency's notice outside the footer is the wire copy's.
  // each notice is parsed once (its holder counts in its score)
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of found) {
    c.parsed = parseNotice(c.notice);
    const holder = c.parsed.holder;
    if (!c.footer && holder && agencyName(holder.replace(/^(?:thomson|the)\s+/i, '')) !== null) continue;
    const score = c.footer * 4 + (holder ? 2 : 0);
    if (!best || score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The text nodes footerNotice has to read, as positions in the index's texts: those of <body> (readable() turns
 * down every text outside it: its walk up never meets <body>), less `ranges` (start, end, … by start), whose
 * texts readable() turns down whole: those of the skipped elements inside <body> (script, style, svg, figure…:
 * the walk up meets one before <body>) and of the article (at, its position, or -1). The text nodes of <head>,
 * scripts, svgs and the article are so never loaded.
 */
function unreadableRanges(dom: DomIndex, body: Element | null, at: number): { from: number; to: number; ranges: number[] } {
  const b = body === null ? -1 : dom.indexOf(body);
  const from = b >= 0 ? dom.textStart[b]! : 0;
  const to = b >= 0 ? dom.textEnd[b]! : dom.texts.length;
  // with <body>, only skipped elements inside it: the walk up from a text inside a <body> inside a skipped element meets <body> first
  const lo = b >= 0 ? b : -1;
  const hi = b >= 0 ? dom.end[b]! : dom.elements.length;
  const spans: Array<[number, number]> = [];
  for (const tag of SKIP) {
    for (const e of dom.byTag(tag)) {
      const i = dom.indexOf(e);
      if (i > lo && i < hi && dom.textEnd[i]! > dom.textStart[i]!) spans.push([dom.textStart[i]!, dom.textEnd[i]!]);
    }
  }
  if (at >= 0 && dom.textEnd[at]! > dom.textStart[at]!) spans.push([dom.textStart[at]!, dom.textEnd[at]!]);
  spans.sort((x, y) => x[0] - y[0]);
  const ranges: number[] = [];
  for (const [s, e] of spans) ranges.push(s, e);
  return { from, to, ranges };
}

/**
 * True when every character is a space or a control character, so no mark can be in it. Most of a page's text
 * nodes are the white space between tags: this loop is cheaper than a regex call on them.
 */
function blank(data: string): boolean {
  let i = 0;
  while (i < data.length && data.charCodeAt(i) <= 32) i++;
  return i === data.length;
}

/** A text node this short is tested for a mark before its parent is looked at. */
const SHORT_TEXT = 200;

/** True when the text node stands straight inside a skipped element (script, style, figure…). */
function skippedParent(n: AnyNode): boolean {
  const parent = n.parent;
  return parent !== null && isElement(parent) && SKIP.has(parent.name);
}

/**
 * A text node the notice may come from: inside <body> (when the page has one), not inside the article, a
 * skipped element (script, figure, form controls…) or a caption or credit. Verdicts are cached per element.
 */
function readable(text: AnyNode, body: Element | null, article: Element | null, verdicts: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let ok = body === null;
  for (let n = text.parent; n; n = n.parent) {
    if (!isElement(n)) break;
    const cached = verdicts.get(n);
    if (cached !== undefined) {
      ok = cached;
      break;
    }
    path.push(n);
    if (n === body) {
      ok = n !== article;
      break;
    }
    if (SKIP.has(n.name) || n === article || captionLike(n)) {
      ok = false;
      break;
    }
  }
  for (const n of path) verdicts.set(n, ok);
  return ok;
}

function captionLike(n: Element): boolean {
  return n.attribs.class !== undefined && n.name !== 'body' && n.name !== 'html' && hasWord(n, CAPTION_LIKE);
}

/** Image captions and credits hold '© Photographer': never the page's notice. */
const CAPTION_LIKE = wordList(['caption', 'credit', 'figcaption', 'photographer', 'comment', 'comments']);

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'footer', 'section', 'td', 'dd', 'address', 'small', 'span', 'center', 'body', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'aside', 'header', 'main', 'nav', 'table']);

/** The nearest ancestor that holds a whole line of text (a <small> or <span> when it holds the whole notice). */
function blockOf(text: AnyNode): Element | null {
  let n: AnyNode | null = text.parent;
  while (n && isElement(n)) {
    if (BLOCK_TAGS.has(n.name) && !['span', 'small', 'a', 'strong', 'b', 'em'].includes(n.name)) return n;
    if ((n.name === 'span' || n.name === 'small') && textOf(n, undefined, 400, ' ', true).length > 25) return n;
    n = n.parent;
  }
  return null;
}

function inFooter(el: Element): number {
  let depth = 0;
  let level = 0;
  for (let n: AnyNode | null = el; n && isElement(n) && depth < 40; n = n.parent, depth++) {
    if (n.name === 'footer' || n.attribs.role === 'contentinfo') return 2;
    if (hasWord(n, FOOTER_SET)) level = 1;
  }
  return level;
}

/** The notice in a block's text: the line holding the mark, from the start of its sentence, cut at MAX_NOTICE. */
function noticeFrom(text: string): string | null {
  for (const line of text.split(LINE)) {
    const m = MARK.exec(line);
    if (!m) continue;
    let l = line.replace(/&copy;/gi, '©');
    if (!NOTICE_SHAPE.test(l)) continue;
    if (l.length > MAX_NOTICE) {
      const at = Math.max(0, l.search(MARK));
      // start of the sentence holding the mark
      const before = l.slice(0, at);
      const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('| '), before.lastIndexOf('• '));
      l = l.slice(cut >= 0 ? cut + 2 : Math.max(0, at - 60));
      if (l.length > MAX_NOTICE) {
        const end = l.slice(0, MAX_NOTICE).lastIndexOf('. ');
        l = end > 20 ? l.slice(0, end + 1) : l.slice(0, MAX_NOTICE);
      }
    }
    l = l.trim();
    if (l.length >= 4 && l.length <= MAX_NOTICE) return l;
  }
  return null;
}
