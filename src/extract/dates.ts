// Publication and modification dates, kept apart. Evidence, strongest first: JSON-LD datePublished /
// dateModified, <meta> (Open Graph article:*, Dublin Core, Parse.ly, Sailthru…), microdata and hAtom
// markup, <time datetime>, visible date text near the headline and byline, and the URL path (weak).
// A date before 1990 or after the page was fetched is implausible; dates inside comments, related
// teasers and widgets never win. Parsing lives in src/clean/date.ts.
import type { AnyNode, Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { ldString, typesOf } from '../context/jsonld.js';
import { dateFromUrl, dayKey, findDates, type DateMatch, formatDate, isPlausible, parseMachineDate, type DateOrder, type DateParts } from '../clean/date.js';
import { COMMENT_CLASS, COPYRIGHT_LABEL, DATE_PREFILTER, DATE_TEXT_SELECTORS, MODIFIED_LABEL, MODIFIED_META, MODIFIED_SELECTORS, PAGE_STAMP_SELECTORS, PUBLISHED_LABEL, PUBLISHED_META, PUBLISHED_SELECTORS, SCRIPT_DATE_KEYS, WEAK_PUBLISHED_META } from '../rules/metadata.js';
import { articleH1, classId, firstElement, inSiteHeader, isArticleContainer, isForeign, isForeignSelf, selectRules, textOf } from './metadom.js';
import type { Found } from './types.js';

export interface DatesResult {
  published: string | null;
  modified: string | null;
}

interface Candidate {
  parts: DateParts;
  source: string;
  /** For a date read below the headline: how many characters below the headline's start. */
  below?: number;
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

function fromSelectors(
  ctx: PageContext, selectors: readonly string[], order: DateOrder, fetchedAt: string | null, prefix: string, visibleOnly = false,
): Candidate | null {
  const matched = selectRules(ctx.$, selectors, 30, DATE_PREFILTER);
  for (const [i, sel] of selectors.entries()) {
    for (const el of matched[i]!) {
      // a <meta itemprop> is metadata, not the date the reader sees
      if ((visibleOnly && el.name === 'meta') || isForeign(el)) continue;
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

/** Whether the words right before a date in `text` call it a modification ("Zuletzt geändert am:"). */
function labelledModified(text: string, d: DateMatch): boolean {
  return MODIFIED_LABEL.test(text.slice(Math.max(0, d.index - 40), d.index));
}

/**
 * The first plausible date of a text that is not labelled as a modification; a labelled one only when
 * the text has no other. `last` takes the last such date instead (text before a headline).
 */
function publicationDate(text: string, order: DateOrder, fetchedAt: string | null, limit: number, last = false): DateMatch | null {
  const all = findDates(text, order, limit).filter((d) => isPlausible(d.parts, fetchedAt));
  const plain = all.filter((d) => !labelledModified(text, d));
  const pool = plain.length ? plain : all;
  return (last ? pool[pool.length - 1] : pool[0]) ?? null;
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
      const d = publicationDate(text, order, fetchedAt, 3);
      if (!d || (d.index < 3 && labelledBefore(el))) continue;
      return { parts: d.parts, source: `text:${sel.split(',')[0]!.trim()}` };
    }
  }
  return null;
}

/**
 * The page's own last-change stamp where the software prints one instead of a publication date (the
 * MediaWiki footer): a wiki page has no other date, and the text under its title is the page's content.
 */
function fromPageStamp(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const matched = selectRules(ctx.$, PAGE_STAMP_SELECTORS, 5, DATE_PREFILTER);
  for (const [i, sel] of PAGE_STAMP_SELECTORS.entries()) {
    for (const el of matched[i]!) {
      const text = textOf(el, 1000);
      if (text.length > MAX_DATE_TEXT) continue;
      const d = findDates(text, order, 3).find((x) => isPlausible(x.parts, fetchedAt));
      if (d) return { parts: d.parts, source: `stamp:${sel}` };
    }
  }
  return null;
}

/**
 * Whether a date element's label, in the element just before it or before its parent ("<h4>Zuletzt
 * geändert am:</h4><ul><li class="timestamp">15.10.2021</li></ul>"), calls it a modification.
 */
function labelledBefore(el: Element): boolean {
  let n: Element | null = el;
  for (let up = 0; up < 2 && n; up++) {
    let prev = n.prev;
    while (prev && prev.type === 'text' && !prev.data.trim()) prev = prev.prev;
    if (prev) {
      const label = prev.type === 'text' ? prev.data : prev.type === 'tag' ? textOf(prev, 80) : '';
      if (label.length <= 60 && MODIFIED_LABEL.test(label.trim())) return true;
      return false;
    }
    n = n.parent?.type === 'tag' ? (n.parent as Element) : null;
  }
  return false;
}

/** Characters of visible text read before and after the headline when looking for its date. */
const BEFORE_HEADLINE = 400;
const AFTER_HEADLINE = 1500;
/** A date ending this close above the headline is its dateline… */
const NEXT_TO_HEADLINE = 40;
/** …and wins over a date found this far below the headline's start. */
const FAR_BELOW_HEADLINE = 150;
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
  // the anchor's ancestors hold the article, whatever their class says (a `has-sidebar` page frame)
  const holders = new Set<AnyNode>();
  for (let a = anchor?.parent ?? null; a; a = a.parent) holders.add(a);
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
        // whitespace collapsed before cutting: an indented template's runs of spaces must not push the
        // dateline out of the window (amortised linear: each cut leaves at most half the threshold)
        if (pre.length > BEFORE_HEADLINE * 4) pre = pre.replace(/\s+/g, ' ').slice(-BEFORE_HEADLINE * 2);
      }
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIP_TEXT.has(el.name) || (el !== anchor && !holders.has(el) && isForeignSelf(el, inArticle))) continue;
    if (el === anchor) seen = true;
    const inside = inArticle || isArticleContainer(el);
    stack.push(null);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i]!, inside]);
    stack.push(null);
  }
  pre = pre.replace(/\s+/g, ' ');
  return [pre.slice(-BEFORE_HEADLINE), post.replace(/\s+/g, ' ').slice(0, after)];
}

const aroundCache = new WeakMap<PageContext, [string, string]>();

/** The visible text around the article's <h1> (see textAround), read once per page. */
function textAroundHeadline(ctx: PageContext, anchor: Element | null): [string, string] {
  let t = aroundCache.get(ctx);
  if (!t) aroundCache.set(ctx, (t = textAround(ctx, anchor, AFTER_HEADLINE)));
  return t;
}

/** Date text right after the headline (or just before it: datelines above titles), nearest first. */
function nearHeadline(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const anchor = articleH1(ctx);
  if (!anchor) return null;
  const [pre, post] = textAroundHeadline(ctx, anchor);
  const after = publicationDate(post, order, fetchedAt, 5);
  const before = publicationDate(pre, order, fetchedAt, 5, true);
  // a dateline right above the title beats a date deep in the standfirst ("vom 9.1. bis 10.2.2023")
  const adjacent = before !== null && pre.length - (before.index + before.length) <= NEXT_TO_HEADLINE;
  if (after && !(adjacent && after.index > FAR_BELOW_HEADLINE)) return { parts: after.parts, source: 'text:headline', below: after.index };
  return before ? { parts: before.parts, source: 'text:headline:above' } : null;
}

/** Characters into the body's text beyond which a first date is one the running text mentions. */
const BODY_LEAD = 1000;

/**
 * Last resort: the first plausible date in the body's visible text, unless it lies deep in the running
 * text ("Aufnahme vom 31.05.2021", a cited paper's date) and the page prints its own stamp ("Letzte
 * Änderung: 14.01.2022", "Aktualisiert am 17.01.2021"): that stamp dates the page.
 */
function fromBody(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  const [, text] = textAround(ctx, null, BODY_SCAN);
  const all = findDates(text, order, 30).filter((x) => isPlausible(x.parts, fetchedAt));
  const first = all[0];
  if (!first) return null;
  if (first.index > BODY_LEAD) {
    const stamp = all.find((d) => labelledModified(text, d));
    if (stamp) return { parts: stamp.parts, source: 'text:body:stamp' };
  }
  return { parts: first.parts, source: 'text:body' };
}

/** How many labelled lines the final fallback reads, and the longest line it reads. */
const MAX_PAGE_LABELS = 40;
const MAX_LABEL_LINE = 1000;
/** PUBLISHED_LABEL and the copyright sign, found in one pass. */
const PAGE_LABELS = new RegExp(`${PUBLISHED_LABEL.source}|©|\\(c\\)|(?<!\\p{L})copyright(?!\\p{L})`, 'giu');
const IS_COPYRIGHT = /^(?:©|\(c\)|copyright)$/i;
/** Inline tags: a label's line is the text of its nearest ancestor that is not one of them. */
const INLINE = new Set(['a', 'span', 'nobr', 'b', 'i', 'em', 'strong', 'small', 'font', 'time', 'abbr', 'u', 'sup', 'sub', 'mark', 'cite', 'label', 'bdi']);

/** In one line of text: a date the line calls a publication, else one right after its copyright sign. */
function labelledInLine(line: string, order: DateOrder, fetchedAt: string | null): { parts: DateParts; published: boolean } | null {
  let stamp: DateParts | null = null;
  PAGE_LABELS.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 5 && (m = PAGE_LABELS.exec(line)) !== null; n++) {
    const label = m[0];
    const copyright = IS_COPYRIGHT.test(label);
    if (copyright && stamp) continue;
    const from = copyright ? m.index : Math.max(0, m.index - 40);
    const window = line.slice(from, m.index + label.length + 40);
    const at = m.index - from;
    const d = findDates(window, order, 3).find(
      (x) => isPlausible(x.parts, fetchedAt) && (copyright ? COPYRIGHT_LABEL.test(window.slice(0, x.index)) : x.index + x.length + 30 >= at),
    );
    if (d && !copyright) return { parts: d.parts, published: true };
    if (d) stamp = d.parts;
  }
  return stamp ? { parts: stamp, published: false } : null;
}

/** Whether an element sits in a comment thread. */
function inComments(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent?.type === 'tag' ? (n.parent as Element) : null) {
    if (COMMENT_CLASS.test(classId(n))) return true;
  }
  return false;
}

/**
 * Final fallback, for a page whose article and body text give no date: a date the page calls a
 * publication anywhere outside comments (an "About this post" box in the sidebar: "wurde am 19. Mai 2010
 * gepostet"), else a full day in its copyright line ("Copyright © 19.12.2019 - 12:14 h", the page's stamp).
 * Only the lines of text nodes holding such a label are read.
 */
function fromLabelledAnywhere(ctx: PageContext, order: DateOrder, fetchedAt: string | null): Candidate | null {
  let stamp: DateParts | null = null;
  let looked = 0;
  for (const t of ctx.dom.texts) {
    if (looked >= MAX_PAGE_LABELS) break;
    const parent = t.parent;
    if (!parent || parent.type !== 'tag' || SKIP_TEXT.has((parent as Element).name)) continue;
    PAGE_LABELS.lastIndex = 0;
    const m = PAGE_LABELS.exec(t.data);
    if (!m || (stamp && IS_COPYRIGHT.test(m[0]))) continue;
    looked++;
    let block = parent as Element;
    while (INLINE.has(block.name) && block.parent?.type === 'tag') block = block.parent as Element;
    if (inComments(block)) continue;
    const found = labelledInLine(textOf(block, MAX_LABEL_LINE), order, fetchedAt);
    if (found?.published) return { parts: found.parts, source: 'text:page:published' };
    if (found) stamp = found.parts;
  }
  return stamp ? { parts: stamp, source: 'text:page:copyright' } : null;
}

/** Bytes of inline script text read when looking for a date in page data. */
const MAX_SCRIPT_BYTES = 2_000_000;
/** `"datePublished":"2022-01-31T15:58:43+01:00"`, also inside an escaped JSON string (`\"key\":\"…\"`). */
const SCRIPT_DATE = new RegExp(`\\\\?"(${SCRIPT_DATE_KEYS.join('|')})\\\\?"\\s{0,3}:\\s{0,3}\\\\?"([^"\\\\]{8,40})\\\\?"`, 'g');
const SCRIPT_KEY_RANK = new Map<string, number>(SCRIPT_DATE_KEYS.map((k, i) => [k, i]));

/**
 * A publication date held only in inline-script data: one linear scan over at most MAX_SCRIPT_BYTES of
 * script text; the best-ranked key wins, each key's first plausible value counts.
 */
function fromScripts(ctx: PageContext, fetchedAt: string | null): Candidate | null {
  let budget = MAX_SCRIPT_BYTES;
  let best: { rank: number; parts: DateParts; key: string } | null = null;
  for (const el of ctx.dom.byTag('script')) {
    if (budget <= 0 || best?.rank === 0) break;
    if (el.attribs.src !== undefined || el.attribs.type?.toLowerCase() === 'application/ld+json') continue;
    for (const child of el.children) {
      if (child.type !== 'text' || budget <= 0) continue;
      const data = child.data.length > budget ? child.data.slice(0, budget) : child.data;
      budget -= data.length;
      if (!data.includes('"')) continue;
      SCRIPT_DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SCRIPT_DATE.exec(data)) !== null) {
        const rank = SCRIPT_KEY_RANK.get(m[1]!) ?? 99;
        if (best && rank >= best.rank) continue;
        const p = parseMachineDate(m[2]);
        if (p && isPlausible(p, fetchedAt)) best = { rank, parts: p, key: m[1]! };
        if (best?.rank === 0) break;
      }
    }
  }
  return best ? { parts: best.parts, source: `script:${best.key}` } : null;
}

/** A date this close below the headline's start is the article's own (title, kicker and dateline). */
const RIGHT_BELOW_HEADLINE = 250;
/** Index of fromSelectors (microdata, hAtom markup) among the publication rules. */
const MARKUP_RULE = 2;
/** Index of fromDateText among the publication rules. */
const TEXT_RULE = 4;

/** A date read near the headline, when it was found below it. */
const belowHeadline = (c: Candidate | null): Candidate | null => (c?.below !== undefined ? c : null);

/** How many days a permalink's date may lie before the metadata's day before the metadata is a re-publication. */
const URL_REPUBLISHED_DAYS = 60;

/** Days since the epoch, for comparing candidates. */
const dayNumber = (p: DateParts): number => Math.floor(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);

/** The date the reader sees: hAtom/microdata markup, <time>, date elements, text near the headline. */
function visibleDate(ctx: PageContext, order: DateOrder, fetchedAt: string | null, near: () => Candidate | null): Candidate | null {
  return fromSelectors(ctx, PUBLISHED_SELECTORS, order, fetchedAt, 'markup', true) ?? fromTimeElements(ctx, order, fetchedAt) ?? fromDateText(ctx, order, fetchedAt) ?? near();
}

/**
 * A UTC timestamp at exactly 22:00:00 or 23:00:00 is a day stored as local midnight in central Europe
 * (CEST, CET) and converted to UTC: the same instant, written with that offset, on its own day.
 */
function localMidnight(p: DateParts): DateParts | null {
  if (p.offset !== 'Z' || (p.hour !== 22 && p.hour !== 23) || p.minute !== 0 || p.second !== 0) return null;
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return {
    year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(),
    hour: 0, minute: 0, second: 0, offset: p.hour === 22 ? '+02:00' : '+01:00',
  };
}

const fmt = (c: Candidate | null): string | null => (c ? formatDate(c.parts) : null);

/** Publication and modification dates, ISO 8601 with the page's offset when it gives one. */
export function extractDates(ctx: PageContext): Found<DatesResult> {
  const fetchedAt = ctx.fetchedAt;
  const order = dateOrder(ctx);
  const url = ctx.sourceUrl ?? ctx.baseUrl;
  let nearMemo: Candidate | null | undefined;
  const near = (): Candidate | null => (nearMemo === undefined ? (nearMemo = nearHeadline(ctx, order, fetchedAt)) : nearMemo);

  const publishedRules: Array<() => Candidate | null> = [
    () => fromLd(ctx, ['datePublished', 'dateCreated', 'uploadDate'], fetchedAt),
    () => fromMeta(ctx, PUBLISHED_META, fetchedAt),
    () => fromSelectors(ctx, PUBLISHED_SELECTORS, order, fetchedAt, 'markup'),
    () => fromTimeElements(ctx, order, fetchedAt),
    () => fromDateText(ctx, order, fetchedAt),
    () => fromPageStamp(ctx, order, fetchedAt),
    // a date below the headline, then generic date <meta>, then a date above the headline (where the
    // masthead prints today's date)
    () => {
      const c = near();
      return c?.below !== undefined ? c : null;
    },
    () => fromMeta(ctx, WEAK_PUBLISHED_META, fetchedAt),
    near,
    () => fromScripts(ctx, fetchedAt),
    () => {
      const p = dateFromUrl(url);
      return p && isPlausible(p, fetchedAt) ? { parts: p, source: 'url' } : null;
    },
    () => fromBody(ctx, order, fetchedAt),
    () => fromLabelledAnywhere(ctx, order, fetchedAt),
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
  // a date found by a generic class (`.info`, `[class*=date]`) may sit in a teaser list; a different day
  // printed right below the headline is the article's
  if (published && rank === TEXT_RULE && !published.source.startsWith(`text:${DATE_TEXT_SELECTORS[0]!.split(',')[0]!}`)) {
    const c = near();
    if (c?.below !== undefined && c.below <= RIGHT_BELOW_HEADLINE && dayKey(c.parts) !== dayKey(published.parts)) published = c;
  }
  // JSON-LD and <meta> naming different days: the one the page shows beside its headline is the article's
  if (published && rank === 0) {
    const meta = fromMeta(ctx, PUBLISHED_META, fetchedAt);
    if (meta && dayKey(meta.parts) !== dayKey(published.parts)) {
      const shown = visibleDate(ctx, order, fetchedAt, near);
      if (shown && dayKey(shown.parts) === dayKey(meta.parts)) published = meta;
    }
  }
  // A machine timestamp late in the evening (or, in UTC, early in the morning) is often printed on the
  // neighbouring day: 23:00Z is midnight in Berlin, an 18:30 post goes into the next day's edition. When the
  // date the reader sees near the headline is that neighbouring day, the page's own day wins.
  // Microdata's timestamp (rank 2) is itself the first visible candidate, so the date printed below the
  // headline stands for the page's own day there.
  if (published && rank <= MARKUP_RULE && published.parts.hour !== undefined) {
    const shown = rank === MARKUP_RULE ? belowHeadline(near()) : visibleDate(ctx, order, fetchedAt, near);
    if (shown) {
      const delta = dayNumber(shown.parts) - dayNumber(published.parts);
      const utc = published.parts.offset === 'Z' || published.parts.offset === '+00:00';
      const hour = published.parts.hour;
      if ((delta === 1 && hour >= 18) || (delta === -1 && utc && hour < 7)) published = { parts: shown.parts, source: `${shown.source}:local-day` };
    }
    const local = order === 'dmy' ? localMidnight(published.parts) : null;
    if (local) published = { parts: local, source: `${published.source}:local-midnight` };
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
    const [pre, post] = textAroundHeadline(ctx, articleH1(ctx));
    const shownDays = findDates(`${pre} ${post}`, order, 10)
      .filter((d) => isPlausible(d.parts, fetchedAt))
      .map((d) => dayKey(d.parts));
    const days = new Set(shownDays);
    if (days.has(dayKey(modified.parts)) && (!days.has(dayKey(published.parts)) || shownDays.indexOf(dayKey(modified.parts)) < shownDays.indexOf(dayKey(published.parts)))) {
      published = { parts: modified.parts, source: `${modified.source}:shown` };
    } else if (!days.has(dayKey(modified.parts)) && !days.has(dayKey(published.parts))) {
      // neither is shown, but right below the headline the page prints an update between them ("Updated
      // May 06, 2019" on a piece first filed in 2016 and touched by a site-wide change in 2020): the
      // version the reader sees is dated by it
      const from = dayKey(published.parts);
      const to = dayKey(modified.parts);
      const shown = findDates(post.slice(0, RIGHT_BELOW_HEADLINE), order, 3).find((d) => {
        const day = dayKey(d.parts);
        return day > from && day < to && labelledModified(post, d);
      });
      if (shown) published = { parts: shown.parts, source: 'text:headline:updated' };
    }
  }

  // A permalink dated well before the metadata's day (/2017/7/12/slug carrying a 2019 datePublished): the
  // URL was made when the piece was first published; the metadata dates a later re-publication.
  if (published && rank <= 1) {
    const fromUrl = dateFromUrl(url);
    if (fromUrl && isPlausible(fromUrl, fetchedAt) && dayNumber(published.parts) - dayNumber(fromUrl) > URL_REPUBLISHED_DAYS) {
      published = { parts: fromUrl, source: 'url:earlier' };
    }
  }

  const value = { published: fmt(published), modified: fmt(modified) };
  const source = published?.source ?? (modified ? `modified:${modified.source}` : null);
  return { value, source };
}
