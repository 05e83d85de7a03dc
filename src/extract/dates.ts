// Publication and modification dates, kept apart. Evidence, strongest first: JSON-LD datePublished /
// dateModified, <meta> (Open Graph article:*, Dublin Core, Parse.ly, Sailthru…), microdata and hAtom
// markup, <time datetime>, visible date text near the headline and byline, and the URL path (weak).
// A date before 1990 or after the page was fetched is implausible; dates inside comments, related
// teasers and widgets never win. Parsing lives in src/clean/date.ts.
import type { Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { ldString, typesOf } from '../context/jsonld.js';
import { dateFromUrl, dayKey, findDates, formatDate, isPlausible, parseMachineDate, type DateOrder, type DateParts } from '../clean/date.js';
import { DATE_PREFILTER, DATE_TEXT_SELECTORS, MODIFIED_META, MODIFIED_SELECTORS, PUBLISHED_META, PUBLISHED_SELECTORS } from '../rules/metadata.js';
import { firstElement, isForeign, selectRules, textOf } from './metadom.js';
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
      if (isForeign(el)) continue;
      const text = textOf(el, 1000);
      if (!text || text.length > MAX_DATE_TEXT) continue;
      const d = findDates(text, order, 3).find((x) => isPlausible(x.parts, fetchedAt));
      if (d) return { parts: d.parts, source: `text:${sel.split(',')[0]!.trim()}` };
    }
  }
  return null;
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
    () => {
      const p = dateFromUrl(url);
      return p && isPlausible(p, fetchedAt) ? { parts: p, source: 'url' } : null;
    },
  ];
  let published: Candidate | null = null;
  for (const rule of publishedRules) {
    published = rule();
    if (published) break;
  }

  let modified =
    fromLd(ctx, ['dateModified'], fetchedAt) ??
    fromMeta(ctx, MODIFIED_META, fetchedAt) ??
    fromSelectors(ctx, MODIFIED_SELECTORS, order, fetchedAt, 'markup');
  // a modification before the publication is a mislabelled field: keep the publication
  if (published && modified && dayKey(modified.parts) < dayKey(published.parts)) modified = null;

  const value = { published: fmt(published), modified: fmt(modified) };
  const source = published?.source ?? (modified ? `modified:${modified.source}` : null);
  return { value, source };
}
