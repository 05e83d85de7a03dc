// Publication and modification dates, kept apart. Evidence, strongest first: JSON-LD datePublished /
// dateModified, <meta> (Open Graph article:*, Dublin Core, Parse.ly, Sailthru…), microdata and hAtom
// markup, <time datetime>, visible date text near the headline and byline, and the URL path (weak).
// A date before 1990 or after the page was fetched is implausible; dates inside comments, related
// teasers and widgets never win. Parsing lives in src/clean/date.ts.
import type { AnyNode, Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { ldString, typesOf } from '../context/jsonld.js';
import { dateFromUrl, dayKey, findDates, formatDate, isPlausible, parseMachineDate, type DateOrder, type DateParts } from '../clean/date.js';
import { DATE_PREFILTER, DATE_TEXT_SELECTORS, MODIFIED_META, MODIFIED_SELECTORS, PUBLISHED_META, PUBLISHED_SELECTORS, WEAK_PUBLISHED_META } from '../rules/metadata.js';
import { firstElement, inSiteHeader, isArticleContainer, isForeign, isForeignSelf, selectRules, textOf } from './metadom.js';
import type { Found } from './types.js';

export interface DatesResult {
  published: string | null;
  modified: string | null;
}

interface Candidate {
  parts: DateParts;
  source: string;
}

const TIME_TABLE: readonly string[] = ['time'];
const H1_TABLE: readonly string[] = ['h1'];
const DATE_PREFILTER_H1 = /^h1\s/;

/** Longest element text read for a visible date. */
const MAX_DATE_TEXT = 300;

function dateOrder(ctx: PageContext): DateOrder {
  const lang = (firstElement(ctx.$, 'html')?.attribs.lang ?? ctx.meta.first('og:locale', 'content-language') ?? '').toLowerCase();
  return /^en[-_]us\b|^en$/.test(lang) ? 'mdy' : 'dmy';
}

function fromLd(ctx: PageContext, keys: string[], fetchedAt: string | null): Candidate | null {
  for (const n of ctx.articleLd) {
    const ts = typesOf(n);
    const page = ts.includes('webpage') || ts.includes('itempage');
    for (const k of keys) {
      const p = parseMachineDate(ldString(n[k]));
      if (p && isPlausible(p, fetchedAt)) return { parts: p, source: page ? `jsonld:webpage:${k}` : `jsonld:${k}` };
    }
  }
  return null;
}

function fromMeta(ctx: PageContext, keys: readonly string[], fetchedAt: string | null): Candidate | null {
  for (const k of keys) {
    for (const v of ctx.meta.all(k).slice(0, 3)) {
      const p = parseMachineDate(v);
      if (p && isPlausible(p, fetchedAt)) return { parts: p, source: `meta:${k}` };
    }
  }
  return null;
}

/** datetime / content / title attribute of a date element, else its text. */
function elementDate(el: Element, order: DateOrder, fetchedAt: string | null): DateParts | null {
  const a = el.attribs;
  for (const v of [a.datetime, a.content, a.title, a['data-datetime'], a['data-date']]) {
    const p = parseMachineDate(v);
    if (p && isPlausible(p, fetchedAt)) return p;
  }
  const text = textOf(el, 1000);
  if (text.length > MAX_DATE_TEXT) return null;
  const d = findDates(text, order, 3).find((x) => isPlausible(x.parts, fetchedAt));
  return d?.parts ?? null;
}

function fromSelectors(ctx: PageContext, selectors: readonly string[], order: DateOrder, fetchedAt: string | null, prefix: string): Candidate | null {
  const matched = selectRules(ctx.$, selectors, 30, DATE_PREFILTER);
  for (const [i, sel] of selectors.entries()) {
    for (const el of matched[i]!) {
      if (isForeign(el)) continue;
      const p = elementDate(el, order, fetchedAt);
      if (p) return { parts: p, source: `${prefix}:${sel.split(',')[0]!.trim()}` };
    }
  }
  return null;
}

/** The first <time datetime> outside comments, teasers and widgets. */
function fromTimeElements(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  for (const el of selectRules(ctx.$, TIME_TABLE, 50, DATE_PREFILTER)[0]!) {
    if (isForeign(el)) continue;
    const p = elementDate(el, order, fetchedAt);
    if (p) return { parts: p, source: 'time' };
  }
  return null;
}

/** Visible date text in the elements that usually carry it (entry meta, bylines, date classes). */
function fromDateText(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const matched = selectRules(ctx.$, DATE_TEXT_SELECTORS, 60, DATE_PREFILTER);
  for (const [i, sel] of DATE_TEXT_SELECTORS.entries()) {
    for (const el of matched[i]!) {
      // the masthead's "today" is not the article's date
      if (isForeign(el) || inSiteHeader(el)) continue;
      const text = textOf(el, 1000);
      if (!text || text.length > MAX_DATE_TEXT) continue;
      const d = findDates(text, order, 3).find((x) => isPlausible(x.parts, fetchedAt));
      if (d) return { parts: d.parts, source: `text:${sel.split(',')[0]!.trim()}` };
    }
  }
  return null;
}

/** Characters of visible text read before and after the headline when looking for its date. */
const BEFORE_HEADLINE = 400;
const AFTER_HEADLINE = 1500;
/** Last resort: how far into the body's visible text a date may be taken from. */
const BODY_SCAN = 20_000;

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'svg']);

/**
 * Visible text around the anchor (the article's <h1>), as [before, after], skipping comments, teasers,
 * navigation and widgets. One walk, stopped as soon as enough text after the anchor is read.
 */
function textAround(ctx: PageContext, anchor: Element | null, after: number): [string, string] {
  const body = firstElement(ctx.$, 'body');
  if (!body) return ['', ''];
  let pre = '';
  let post = '';
  let seen = anchor === null;
  // [node, inside the article's container?]; null entries are block boundaries (a space)
  const stack: Array<[AnyNode, boolean] | null> = [[body, false]];
  while (stack.length && post.length < after) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === null) {
      if (seen) post += ' ';
      else pre += ' ';
      continue;
    }
    const [n, inArticle] = item;
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      if (seen) post += d;
      else {
        pre += d;
        if (pre.length > BEFORE_HEADLINE * 4) pre = pre.slice(-BEFORE_HEADLINE * 2);
      }
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIP_TEXT.has(el.name) || (el !== anchor && isForeignSelf(el, inArticle))) continue;
    if (el === anchor) seen = true;
    const inside = inArticle || isArticleContainer(el);
    stack.push(null);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i]!, inside]);
    stack.push(null);
  }
  pre = pre.replace(/\s+/g, ' ');
  return [pre.slice(-BEFORE_HEADLINE), post.replace(/\s+/g, ' ').slice(0, after)];
}

/** The article's <h1>: the first one outside foreign containers with some text. */
function headlineAnchor(ctx: PageContext): Element | null {
  for (const el of selectRules(ctx.$, H1_TABLE, 20, DATE_PREFILTER_H1)[0]!) {
    if (!isForeign(el) && textOf(el, 200).length > 3) return el;
  }
  return null;
}

/** Date text right after the headline (or just before it: datelines above titles), nearest first. */
function nearHeadline(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const anchor = headlineAnchor(ctx);
  if (!anchor) return null;
  const [pre, post] = textAround(ctx, anchor, AFTER_HEADLINE);
  const after = findDates(post, order, 5).find((d) => isPlausible(d.parts, fetchedAt));
  if (after) return { parts: after.parts, source: 'text:headline' };
  const before = findDates(pre, order, 5).filter((d) => isPlausible(d.parts, fetchedAt)).pop();
  return before ? { parts: before.parts, source: 'text:headline' } : null;
}

/** Last resort: the first plausible date in the body's visible text. */
function fromBody(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const [, text] = textAround(ctx, null, BODY_SCAN);
  const d = findDates(text, order, 10).find((x) => isPlausible(x.parts, fetchedAt));
  return d ? { parts: d.parts, source: 'text:body' } : null;
}

/** Days since the epoch, for comparing candidates. */
const dayNumber = (p: DateParts): number => Math.floor(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);

/** The date the reader sees: hAtom/microdata markup, <time>, date elements, text near the headline. */
function visibleDate(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  return (
    fromSelectors(ctx, PUBLISHED_SELECTORS, order, fetchedAt, 'markup') ??
    fromTimeElements(ctx, order, fetchedAt) ??
    fromDateText(ctx, order, fetchedAt) ??
    nearHeadline(ctx, order, fetchedAt)
  );
}

const fmt = (c: Candidate | null): string | null => (c ? formatDate(c.parts) : null);

/** Publication and modification dates, ISO 8601 with the page's offset when it gives one. */
export function extractDates(ctx: PageContext): Found<DatesResult> {
  const fetchedAt = ctx.fetchedAt;
  const order = dateOrder(ctx);
  const url = ctx.sourceUrl ?? ctx.baseUrl;

  const publishedRules: Array<() => Candidate | null> = [
    () => fromLd(ctx, ['datePublished', 'dateCreated', 'uploadDate'], fetchedAt),
    () => fromMeta(ctx, PUBLISHED_META, fetchedAt),
    () => fromSelectors(ctx, PUBLISHED_SELECTORS, order, fetchedAt, 'markup'),
    () => fromTimeElements(ctx, order, fetchedAt),
    () => fromDateText(ctx, order, fetchedAt),
    () => nearHeadline(ctx, order, fetchedAt),
    () => fromMeta(ctx, WEAK_PUBLISHED_META, fetchedAt),
    () => {
      const p = dateFromUrl(url);
      return p && isPlausible(p, fetchedAt) ? { parts: p, source: 'url' } : null;
    },
    () => fromBody(ctx, order, fetchedAt),
  ];
  let published: Candidate | null = null;
  let rank = -1;
  for (const [i, rule] of publishedRules.entries()) {
    published = rule();
    if (published) {
      rank = i;
      break;
    }
  }
  // A machine timestamp late in the evening (or, in UTC, early in the morning) is often printed on the
  // neighbouring day: 23:00Z is midnight in Berlin, an 18:30 post goes into the next day's edition. When the
  // date the reader sees near the headline is that neighbouring day, the page's own day wins.
  if (published && rank <= 1 && published.parts.hour !== undefined) {
    const shown = visibleDate(ctx, order, fetchedAt);
    if (shown) {
      const delta = dayNumber(shown.parts) - dayNumber(published.parts);
      const utc = published.parts.offset === 'Z' || published.parts.offset === '+00:00';
      const hour = published.parts.hour;
      if ((delta === 1 && hour >= 18) || (delta === -1 && utc && hour < 7)) published = { parts: shown.parts, source: `${shown.source}:local-day` };
    }
  }

  let modified =
    fromLd(ctx, ['dateModified'], fetchedAt) ??
    fromMeta(ctx, MODIFIED_META, fetchedAt) ??
    fromSelectors(ctx, MODIFIED_SELECTORS, order, fetchedAt, 'markup');
  // a modification before the publication is a mislabelled field: keep the publication
  if (published && modified && dayKey(modified.parts) < dayKey(published.parts)) modified = null;

  // Metadata with two days, of which the page shows only the later one next to its headline: the article
  // as the reader sees it is dated by that day (a republished or reworked piece), the first one is history.
  if (published && modified && rank <= 1 && dayKey(modified.parts) !== dayKey(published.parts)) {
    const anchor = headlineAnchor(ctx);
    const [pre, post] = textAround(ctx, anchor, AFTER_HEADLINE);
    const days = new Set(
      findDates(`${pre} ${post}`, order, 10)
        .filter((d) => isPlausible(d.parts, fetchedAt))
        .map((d) => dayKey(d.parts)),
    );
    if (days.has(dayKey(modified.parts)) && !days.has(dayKey(published.parts))) {
      published = { parts: modified.parts, source: `${modified.source}:shown` };
    }
  }

  const value = { published: fmt(published), modified: fmt(modified) };
  const source = published?.source ?? (modified ? `modified:${modified.source}` : null);
  return { value, source };
}
