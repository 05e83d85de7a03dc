// Headline: the article's own heading as a reader sees it. Candidates come from JSON-LD, Open Graph,
// Twitter cards, other <meta>, the page's headings and <title>; site-name prefixes and suffixes are cut
// from the metadata titles using the site name and the host as evidence. A heading that agrees with the
// metadata wins (it is what the reader sees); otherwise metadata, then the lone plausible <h1>, then <title>.
import type { Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { ldString, typesOf } from '../context/jsonld.js';
import { GENERIC_TITLE_PARTS, HEADLINE_META, HEADLINE_PREFILTER, HEADLINE_SELECTORS, HIDDEN_CLASS, KICKER_CLASS } from '../rules/metadata.js';
import { LAYOUT_TOKEN, PAGE_LABELS, SECTION_LABEL_CLASS } from '../rules/headline.js';
import { classId, compact, decodeEntities, elementsByTag, firstElement, isForeign, isLogoHeading, selectRules, textOf, wordKey } from './metadom.js';
import type { Found } from './types.js';

/** Longest headline we accept; longer strings are body text or junk. */
const MAX_HEADLINE = 400;
/** Titles longer than this are cut before splitting (a 1 MB <title> must stay cheap). */
const MAX_TITLE_INPUT = 2000;

/** Soft hyphens and zero-width characters: a reader never sees them ("Mes\u00adsen\u00adger"). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Collapses whitespace, drops invisible characters; null when empty. */
function squash(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = decodeEntities(s.length > MAX_TITLE_INPUT ? s.slice(0, MAX_TITLE_INPUT) : s)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ');
  return trimSeparators(t) || null;
}

// Guillemets are not here: »Zitat« and «Citation» are headlines that open and close with them.
const LEAD_SEPARATORS = new Set([...'|·•~/ ']);
const TRAIL_SEPARATORS = new Set([...'|·•~/:–— ']);

/** Drops separators left alone at either end ("Über uns |", "» Post"); a loop, not a regex. */
function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEAD_SEPARATORS.has(s[a]!)) a++;
  while (b > a && TRAIL_SEPARATORS.has(s[b - 1]!)) b--;
  // a trailing " -" or a spaced guillemet is a separator; a mark glued to a word is not
  const spacedMark = (c: string | undefined): boolean => c === '-' || c === '»' || c === '«' || c === '›' || c === '‹';
  if (b > a + 1 && spacedMark(s[b - 1]) && s[b - 2] === ' ') b -= 2;
  if (b > a + 1 && spacedMark(s[a]) && s[a + 1] === ' ') a += 2;
  const out = s.slice(a, b).trim();
  return out.length < s.length ? trimSeparators(out) : out;
}

const plausible = (s: string | null): s is string => !!s && s.length >= 2 && s.length <= MAX_HEADLINE && /[\p{L}\p{N}]/u.test(s);

// ---------------------------------------------------------------- site-affix removal (cleaning)

/**
 * Separators between title parts, after whitespace is collapsed. Spaced dashes, slashes and guillemets
 * only (a hyphen inside a word is not one, and »quoted« headlines keep their marks); `|`, `·`, `•` with
 * or without spaces; `: ` is a separator only where the part it cuts off is the site's name.
 */
const SEPARATOR = / ?[|·•│] ?| [–—~>/»«›‹] | --? | :: ?|: | \/\/ /g;
const isColon = (sep: string): boolean => sep.trim() === ':';

/** What we know of the site: its name and its host, as compact keys. */
export interface SiteEvidence {
  names: string[];
  hosts: string[];
}

export function siteEvidence(siteName: string | null, url: string | null): SiteEvidence {
  const names: string[] = [];
  if (siteName) {
    const c = compact(siteName);
    if (c.length >= 2) names.push(c);
    // "Heise Online — IT-News" style site names: the first part alone is evidence too
    const head = siteName.split(SEPARATOR)[0];
    if (head && compact(head).length >= 3 && compact(head) !== c) names.push(compact(head));
  }
  const hosts: string[] = [];
  if (url) {
    try {
      const h = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
      const labels = h.split('.');
      hosts.push(compact(h)); // "spiegel.de" → "spiegelde"
      const main = labels.length >= 2 ? labels[labels.length - 2]! : labels[0]!;
      if (main.length >= 3) hosts.push(compact(main)); // "spiegel"
      // web.archive.org and other wrappers: the archived host inside the path
      const inner = /\/\d{14}[a-z_]*\/https?:\/\/(?:www\d?\.)?([^/]+)/i.exec(url);
      if (inner) {
        const il = inner[1]!.toLowerCase().split('.');
        hosts.push(compact(inner[1]!));
        const im = il.length >= 2 ? il[il.length - 2]! : il[0]!;
        if (im.length >= 3) hosts.push(compact(im));
      }
    } catch {
      /* not a URL: no host evidence */
    }
  }
  return { names, hosts };
}

/** Whether a title part names the site (its name, or its host with or without the TLD). */
export function isSitePart(part: string, ev: SiteEvidence): boolean {
  const k = compact(part);
  if (k.length < 2) return false;
  for (const n of ev.names) {
    if (k === n) return true;
    if (n.length >= 4 && k.length >= 4 && (k.includes(n) || n.includes(k)) && part.split(' ').length <= 6) return true;
  }
  const words = part.split(' ');
  for (const h of ev.hosts) {
    if (k === h) return true;
    if (h.length >= 4 && words.length <= 4 && (k.startsWith(h) || k.endsWith(h)) && hostAtWordEdge(words, h)) return true;
    if (k.length >= 5 && h.includes(k)) return true;
  }
  return false;
}

/**
 * Whether the first or the last words of a title part spell the host ("Spiegel Online", "News –
 * example.org"), with at most two other words: "Skibergsteigen" does not name bergsteigen.com, nor
 * does "High-resolution maps on example.org".
 */
function hostAtWordEdge(words: string[], host: string): boolean {
  const n = words.length;
  let head = '';
  let tail = '';
  for (let i = 0; i < n; i++) {
    head += compact(words[i]!);
    tail = compact(words[n - 1 - i]!) + tail;
    if (n - 1 - i > 2) continue;
    if (head === host || tail === host) return true;
  }
  return false;
}

const isGeneric = (part: string): boolean => GENERIC_TITLE_PARTS.has(part.toLowerCase());

export interface TitleParts {
  parts: string[];
  seps: string[];
}

/** Splits a title at its separators (one linear pass). */
export function splitTitle(input: string): TitleParts {
  const title = input.length > MAX_TITLE_INPUT ? input.slice(0, MAX_TITLE_INPUT) : input;
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(title)) !== null) {
    const before = trimSeparators(title.slice(last, m.index));
    if (before) {
      parts.push(before);
      seps.push(m[0]);
    } else if (parts.length) {
      // two separators in a row: keep the first
    }
    last = m.index + m[0].length;
    if (m[0].length === 0) SEPARATOR.lastIndex++;
  }
  const tail = trimSeparators(title.slice(last));
  if (tail) parts.push(tail);
  else seps.pop();
  return { parts, seps };
}

const join = (tp: TitleParts, from: number, to: number): string => {
  let s = tp.parts[from] ?? '';
  for (let i = from + 1; i < to; i++) s += tp.seps[i - 1] + tp.parts[i]!;
  return s;
};

/**
 * Removes site-name prefixes and suffixes: `Headline | Site`, `Site - Headline`, `Site: Headline`,
 * `Headline · Section · Site`. A colon is cut only where the part it cuts off names the site, so
 * `Brexit: what next` stays whole. Returns the title unchanged when no part names the site.
 */
export function stripSiteAffixes(title: string, ev: SiteEvidence): string {
  const t = squash(title);
  if (!t) return '';
  const tp = splitTitle(t);
  if (tp.parts.length < 2) return t;
  let from = 0;
  let to = tp.parts.length;
  let changed = true;
  while (changed && to - from > 1) {
    changed = false;
    if (isSitePart(tp.parts[to - 1]!, ev) || isGeneric(tp.parts[to - 1]!)) {
      to--;
      changed = true;
    } else if (isSitePart(tp.parts[from]!, ev) || isGeneric(tp.parts[from]!)) {
      from++;
      changed = true;
    }
  }
  if (from === 0 && to === tp.parts.length) return t;
  // A colon separator left dangling at the cut is part of the headline only if no site part was removed there.
  return join(tp, from, to);
}

/** The headline-sized pieces of a title: every run of parts that starts at the first or ends at the last part. */
function titleVariants(title: string, tp: TitleParts = splitTitle(title)): string[] {
  const out = new Set<string>([title]);
  const n = tp.parts.length;
  if (n > 1 && n <= 8) {
    for (let i = 1; i < n; i++) {
      out.add(join(tp, 0, i));
      out.add(join(tp, i, n));
    }
    for (let i = 1; i < n - 1; i++) for (let j = i + 1; j < n; j++) out.add(join(tp, i, j));
  }
  return [...out];
}

// ---------------------------------------------------------------- candidates (finding)

export interface Candidate {
  text: string;
  source: string;
  /** The heading element, for heading candidates. */
  el?: Element;
}

function jsonLdHeadlines(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  for (const n of ctx.articleLd) {
    const ts = typesOf(n);
    const isPage = ts.includes('webpage') || ts.includes('itempage');
    const h = squash(ldString(n.headline)) ?? (isPage ? null : squash(ldString(n.name)));
    if (plausible(h)) out.push({ text: h, source: isPage ? 'jsonld:webpage' : 'jsonld' });
  }
  return out;
}

function metaTitles(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  for (const key of HEADLINE_META) {
    for (const v of ctx.meta.all(key).slice(0, 3)) {
      const t = squash(v);
      if (plausible(t)) out.push({ text: t, source: `meta:${key}` });
    }
  }
  return out;
}

/** <h1> first, then the headline selectors: one document scan for all of them. */
const HEADING_TABLE: readonly string[] = ['h1', ...HEADLINE_SELECTORS];

/** A kicker or a hidden separator inside a heading: not part of the headline the reader reads. */
function isKicker(el: Element): boolean {
  // <h1><small>Kicker</small><br>Title</h1>, <h1>Title <small>Subtitle</small></h1>
  if (el.name === 'small') return true;
  const ci = classId(el);
  if (ci.trim() && KICKER_CLASS.test(ci)) return true;
  // a hidden ": " or " - " between kicker and title
  const kids = el.children ?? [];
  if (kids.length === 1 && kids[0]!.type === 'text') {
    const t = (kids[0] as unknown as { data: string }).data;
    if (t.length < 6 && !/[\p{L}\p{N}]/u.test(t)) return true;
  }
  return false;
}


/** Headings that could be the article's: <h1>s and known headline classes outside foreign containers. */
function headings(ctx: PageContext): Candidate[] {
  const { $ } = ctx;
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  let home: string | null = null;
  try {
    home = ctx.baseUrl ? new URL(ctx.baseUrl).origin : null;
  } catch {
    home = null;
  }
  const take = (el: Element, source: string): void => {
    if (seen.has(el)) return;
    seen.add(el);
    if (HIDDEN_CLASS.test(classId(el))) return;
    const t = squash(textOf(el, 2000, isKicker));
    if (!plausible(t)) return;
    // a logo heading counts only where it agrees with the metadata (a headline in the page's masthead)
    const where = isLogoHeading(el, home) ? ':logo' : isForeign(el, LAYOUT_TOKEN) ? ':outside' : '';
    out.push({ text: t, source: source + where, el });
  };
  const found = selectRules($, HEADING_TABLE, 20, HEADLINE_PREFILTER);
  found.forEach((els, i) => {
    const source = i === 0 ? 'h1' : `selector:${HEADING_TABLE[i]!.split(',')[0]!.trim()}`;
    for (const el of els.slice(0, i === 0 ? 20 : 5)) take(el, source);
  });
  return out;
}

/** Keys of every h1-h3 on the page (one pass), for finding which part of <title> is a heading. */
function headingKeys(ctx: PageContext): Set<string> {
  const keys = new Set<string>();
  for (const tag of ['h1', 'h2', 'h3']) {
    for (const el of elementsByTag(ctx.$, tag).slice(0, 400)) {
      const k = wordKey(textOf(el, 500));
      if (k) keys.add(k);
    }
  }
  return keys;
}

/** Quote marks that end an attribute value written without escaping them (`content="Calls him "unfit""`). */
const QUOTE_START = new Set([...'"“„«\'‘']);

/**
 * A metadata title cut short at an unescaped quote mark in its attribute: the longer metadata title it
 * begins (`<title>` usually has the whole), where the rest starts with a quote mark.
 */
function untruncated(chosen: Candidate, meta: Candidate[]): Found<string> {
  for (const c of meta) {
    if (c.text.length > chosen.text.length + 1 && c.text.startsWith(chosen.text) && c.text[chosen.text.length] === ' ' && QUOTE_START.has(c.text[chosen.text.length + 1]!)) {
      return { value: c.text, source: `${c.source}:whole` };
    }
  }
  return { value: chosen.text, source: chosen.source };
}

/** Whether every word of a heading (a word key) is a word of the site's name: "Example News" for "Example Daily News". */
function inSiteName(key: string, siteName: string | null): boolean {
  if (!siteName || !key) return false;
  const names = new Set(wordKey(siteName).split(' '));
  return key.split(' ').every((w) => names.has(w));
}

/** Whether `short` is the first words of `long` (both word keys) and long enough to mean it. */
const startsWords = (long: string, short: string): boolean =>
  short.length >= 8 && short.includes(' ') && long.length > short.length && long.startsWith(short + ' ');

/** The candidates of a page, for extractHeadline (and for tracing its choice). */
export interface HeadlineEvidence {
  ev: SiteEvidence;
  titleTag: string | null;
  /** Metadata titles as found. */
  raw: Candidate[];
  /** Metadata titles with site affixes cut (`cut`: something was cut). */
  meta: (Candidate & { cut: boolean })[];
  /** Headings, site-only ones left out. */
  heads: Candidate[];
  isSiteOnly: (s: string) => boolean;
}

/** Every headline candidate of a page: metadata titles (raw and cleaned) and headings. */
export function headlineEvidence(ctx: PageContext, siteName: string | null): HeadlineEvidence {
  const { $ } = ctx;
  const ev = siteEvidence(siteName, ctx.sourceUrl ?? ctx.baseUrl);
  const titleEl = firstElement($, 'title');
  const titleTag = squash(titleEl ? textOf(titleEl, MAX_TITLE_INPUT) : null);
  const isSiteOnly = (s: string): boolean => {
    const k = compact(s);
    return ev.names.includes(k) || ev.hosts.includes(k);
  };

  const raw: Candidate[] = [...jsonLdHeadlines(ctx), ...metaTitles(ctx)];
  if (plausible(titleTag)) raw.push({ text: titleTag, source: 'title' });
  const meta = raw
    .map((c) => {
      const text = stripSiteAffixes(c.text, ev);
      return { text, source: c.source, cut: text !== c.text };
    })
    .filter((c) => plausible(c.text) && !isSiteOnly(c.text));

  const heads = headings(ctx).filter((h) => !isSiteOnly(h.text));
  return { ev, titleTag, raw, meta, heads, isSiteOnly };
}

/**
 * Headline and where it came from. `siteName` (from extractSiteName) helps cut site suffixes.
 * Order: a heading that is a whole metadata title (what the reader sees, confirmed), or is one once its
 * own affix is cut; a heading that is a piece of a title, not a section label; a heading that begins a
 * metadata title; the page's one visible <h1> unless it labels a section or carries a kicker; JSON-LD,
 * og:title, twitter:title, other <meta>, <title> cut at a site part; the article's first heading; the
 * part of <title> that is also a heading on the page; <title> itself.
 */
export function extractHeadline(ctx: PageContext, siteName: string | null): Found<string | null> {
  const found = chooseHeadline(ctx, siteName);
  return found.value ? { value: dropDateAffix(found.value), source: found.source } : found;
}

/** A date alone, as a title part: `23.01.2022`, `2022-01-23`, `23/01/2022`. */
const DATE_PART = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/;

/** Drops a date printed before or after the headline as a part of its own ("23.01.2022 - Headline"). */
export function dropDateAffix(headline: string): string {
  if (!/\d/.test(headline.slice(0, 12)) && !/\d/.test(headline.slice(-12))) return headline;
  const tp = splitTitle(headline);
  const n = tp.parts.length;
  if (n < 2) return headline;
  const from = DATE_PART.test(tp.parts[0]!) ? 1 : 0;
  const to = DATE_PART.test(tp.parts[n - 1]!) ? n - 1 : n;
  return from === 0 && to === n ? headline : join(tp, from, to);
}

function chooseHeadline(ctx: PageContext, siteName: string | null): Found<string | null> {
  const { ev, titleTag, raw, meta, heads } = headlineEvidence(ctx, siteName);
  // the same titles and headings are keyed again and again below (og:title, twitter:title and JSON-LD often
  // agree, and every piece of each is keyed): each string is keyed once
  const keyMemo = new Map<string, string>();
  const key = (s: string): string => {
    let k = keyMemo.get(s);
    if (k === undefined) keyMemo.set(s, (k = wordKey(s)));
    return k;
  };
  const plain = heads.filter((h) => !h.source.endsWith(':logo'));
  const inside = plain.filter((h) => !h.source.endsWith(':outside'));

  // Keys of whole metadata titles (as found and with site affixes cut), and of their separator-cut pieces.
  const whole = new Set<string>();
  for (const c of raw) whole.add(key(c.text));
  for (const c of meta) whole.add(key(c.text));
  whole.delete('');
  const pieces = new Set<string>();
  const longest = new Set<string>();
  for (const c of raw) {
    const tp = splitTitle(c.text);
    for (const v of titleVariants(c.text, tp)) pieces.add(key(v));
    const top = tp.parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    longest.add(key(top));
  }

  // Keys of the metadata meant as the article's headline (JSON-LD, Open Graph, Twitter), not <title>.
  const strong = new Set<string>();
  for (const c of [...raw, ...meta]) if (c.source !== 'title') strong.add(key(c.text));

  // 1. A heading that is a whole metadata title: what the reader sees, confirmed (a logo heading too).
  //    A heading outside the article (a breadcrumb) that
  //    only <title> confirms does not count against JSON-LD and og:title that say otherwise.
  for (const h of heads) {
    const k = key(h.text);
    if (!whole.has(k)) continue;
    if (h.source.endsWith(':outside') && strong.size && !strong.has(k)) continue;
    return { value: h.text, source: h.source };
  }
  //    A heading with an affix of its own ("Title | Other Site", "Kicker: Title"): the piece that is a whole
  //    metadata title, confirmed.
  //    Never cut at a colon the rest of the heading hangs from ("Lemon cake: simply delicious!").
  for (const h of plain) {
    const tp = splitTitle(h.text);
    const n = tp.parts.length;
    if (n < 2 || n > 8) continue;
    let best: string | null = null;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j <= n; j++) {
        if ((i === 0 && j === n) || (j < n && isColon(tp.seps[j - 1]!))) continue;
        const v = join(tp, i, j);
        if (whole.has(key(v)) && (!best || v.length > best.length)) best = v;
      }
    }
    if (best) return { value: best, source: `${h.source}:cut` };
  }
  // 2. A heading that is one piece of a title; a short piece beside a longer one is a section label
  //    ("Site - Politics - Story" with <h1>Politics</h1>), and the longest such heading wins.
  const isPiece = (k: string): boolean => pieces.has(k) && !whole.has(k);
  const labelPiece = (k: string): boolean => isPiece(k) && k.split(' ').length < 3 && !longest.has(k);
  let piece: Candidate | undefined;
  for (const h of plain) {
    const k = key(h.text);
    if (isPiece(k) && !labelPiece(k) && (!piece || h.text.length > piece.text.length)) piece = h;
  }
  if (piece) return { value: piece.text, source: piece.source };
  // 3. A heading that begins a metadata title.
  const metaKeys = meta.map((c) => key(c.text));
  for (const h of inside) {
    const k = key(h.text);
    if (metaKeys.some((m) => startsWords(m, k))) return { value: h.text, source: `${h.source}:prefix` };
  }
  // 4. The page's one visible <h1>, even where the metadata says otherwise (an SEO title, a shorter
  //    social title): unless it labels a section, or ends with a metadata title (a kicker before it).
  const isLabel = (h: Candidate): boolean => {
    const k = key(h.text);
    return labelPiece(k) || PAGE_LABELS.has(h.text.toLowerCase()) || isGeneric(h.text) || SECTION_LABEL_CLASS.test(classId(h.el!)) || inSiteName(k, siteName);
  };
  const h1s = inside.filter((h) => h.source === 'h1');
  if (h1s.length && h1s.every((h) => h.text === h1s[0]!.text)) {
    const h = h1s[0]!;
    const k = key(h.text);
    const kicker = metaKeys.some((m) => m.length >= 8 && k.length > m.length && k.endsWith(' ' + m));
    if (!isLabel(h) && !kicker) return { value: h.text, source: 'h1:visible' };
  }

  const firstOf = (prefix: string): Candidate | undefined => meta.find((c) => c.source.startsWith(prefix));
  const fromMeta =
    firstOf('jsonld') ??
    firstOf('meta:og:title') ??
    firstOf('meta:twitter:title') ??
    meta.find((c) => c.source.startsWith('meta:')) ??
    meta.find((c) => c.source === 'title' && c.cut);
  if (fromMeta) return untruncated(fromMeta, meta);
  const usable = inside.filter((h) => !isLabel(h));
  // Several different h1s (a rich-text body with h1 sections): <title> decides when a heading repeats it.
  if (titleTag && new Set(usable.filter((h) => h.source === 'h1').map((h) => h.text)).size > 1 && headingKeys(ctx).has(key(titleTag))) {
    return { value: titleTag, source: 'title:heading' };
  }
  const h1 = usable.find((h) => h.source === 'h1') ?? usable[0];
  if (h1) return { value: h1.text, source: h1.source };
  if (titleTag) {
    const keys = headingKeys(ctx);
    const parts = titleVariants(titleTag).filter((v) => v !== titleTag && keys.has(key(v)));
    const best = parts.sort((a, b) => b.length - a.length)[0];
    if (best) return { value: best, source: 'title:heading' };
  }
  const title = firstOf('title');
  if (title) return { value: title.text, source: title.source };
  return firstSubheading(ctx);
}

/**
 * Last resort, for a page with no metadata, no <title> and no h1: the first h2 (else h3) outside
 * navigation, asides, footers and teasers.
 */
function firstSubheading(ctx: PageContext): Found<string | null> {
  for (const tag of ['h2', 'h3']) {
    for (const el of elementsByTag(ctx.$, tag).slice(0, 20)) {
      if (isForeign(el)) continue;
      const t = squash(textOf(el, 500));
      if (plausible(t)) return { value: t, source: `${tag}:only` };
    }
  }
  return { value: null, source: null };
}
