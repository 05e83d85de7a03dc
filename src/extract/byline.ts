// Byline and authors. Evidence, strongest first: JSON-LD author (arrays, nested objects, @id references
// into the @graph), <meta> author keys (never profile URLs), microdata, hCard, rel=author, byline blocks in
// the DOM. The first source that credits a person wins; organisations (agencies, desks, the publication)
// are kept and marked as such. Cleaning (prefixes, roles, dates, splitting) is in src/clean/byline.ts.
import type { AnyNode, Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { absoluteUrl } from '../context/index.js';
import { ldString, typesOf, type JsonLdNode } from '../context/jsonld.js';
import { authorKind, cleanByline, isAgency } from '../clean/byline.js';
import { findDates } from '../clean/date.js';
import { AUTHOR_META, BYLINE_PREFILTER, BYLINE_SELECTORS } from '../rules/metadata.js';
import { articleH1, compact, firstElement, isForeign, selectRules, textOf, wordKey } from './metadom.js';
import { siteEvidence, type SiteEvidence } from './headline.js';
import { extractSiteName } from './site.js';
import type { Found } from './types.js';

export interface Author {
  name: string;
  kind: 'person' | 'organization';
  url?: string;
}

export interface BylineResult {
  byline: string | null;
  authors: Author[];
}

/** Longest DOM text we read as a byline; broad selectors need a shorter one. */
const MAX_BYLINE_TEXT = 250;
const MAX_BROAD_TEXT = 120;

interface Candidate {
  byline: string;
  authors: Author[];
  source: string;
}

/** The publication itself credited as author: its name or its host, exactly. */
function isSiteName(name: string, ev: SiteEvidence): boolean {
  const k = compact(name);
  return ev.names.includes(k) || ev.hosts.includes(k);
}

/**
 * A single lower-case token ("kj", "fhaacker") or a short all-capitals token ("GNB", "zvg") is a login or
 * initials, not a person's name as printed; agencies are recognised before this check.
 */
function isHandle(name: string): boolean {
  if (name.includes(' ')) return false;
  if (/^\p{Ll}[\p{Ll}\p{N}_.-]*$/u.test(name)) return true;
  return name.replace(/[^\p{L}]/gu, '').length <= 3;
}

function toAuthors(names: string[], ev: SiteEvidence, url?: string | null, typedPerson = false): Author[] {
  return names.filter((name) => isAgency(name) || !isHandle(name)).map((name) => {
    const kind = isAgency(name) ? 'organization' : !typedPerson && isSiteName(name, ev) ? 'organization' : authorKind(name);
    const a: Author = { name, kind };
    if (url && names.length === 1) a.url = url;
    return a;
  });
}

// ---------------------------------------------------------------- JSON-LD

function byId(ctx: PageContext): Map<string, JsonLdNode> {
  const m = new Map<string, JsonLdNode>();
  for (const n of ctx.jsonld) {
    const id = n['@id'];
    if (typeof id === 'string' && !m.has(id)) m.set(id, n);
  }
  return m;
}

/**
 * A one-word author name ("Nils") completed from the Person's own description when that opens with the
 * name and a surname ("Nils Pickert ist freier Autor…", "Stefanus Stahl - Maschinenbauer").
 */
function fullerFromDescription(name: string, description: string | null): string {
  if (!description || !description.startsWith(`${name} `)) return name;
  const m = /^(\p{Lu}[\p{Ll}'’-]{1,30}(?:-\p{Lu}[\p{Ll}]{1,30})?)(?=[\s,.;:)–—-]|$)/u.exec(description.slice(name.length + 1, name.length + 80));
  return m ? `${name} ${m[1]}` : name;
}

function ldAuthors(ctx: PageContext, ev: SiteEvidence): Candidate | null {
  let ids: Map<string, JsonLdNode> | null = null;
  for (const node of ctx.articleLd) {
    const raw = node.author ?? node.creator;
    if (raw == null) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    const authors: Author[] = [];
    const printed: string[] = [];
    for (const item of list.slice(0, 20)) {
      if (typeof item === 'string') {
        if (/^https?:\/\//i.test(item.trim())) continue;
        printed.push(item);
        authors.push(...toAuthors(cleanByline(item), ev));
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      let o = item as JsonLdNode;
      if (!o.name && typeof o['@id'] === 'string') {
        ids ??= byId(ctx);
        o = ids.get(o['@id']) ?? o;
      }
      let name = ldString(o.name);
      if (!name && (o.givenName || o.familyName)) name = [ldString(o.givenName), ldString(o.familyName)].filter(Boolean).join(' ');
      if (!name || /^https?:\/\//i.test(name)) continue;
      if (!name.includes(' ')) name = fullerFromDescription(name, ldString(o.description));
      printed.push(name);
      const ts = typesOf(o);
      const isOrg = ts.some((t) => t.includes('organization') || t === 'corporation' || t === 'newsmediaorganization');
      const url = absoluteUrl(ldString(o.url) ?? (typeof o['@id'] === 'string' && /^https?:/.test(o['@id']) && !o['@id'].includes('#') ? o['@id'] : null), ctx.baseUrl);
      if (isOrg) {
        const org = name.replace(/\s+/g, ' ').trim();
        if (org) authors.push({ name: org, kind: 'organization', ...(url ? { url } : {}) });
        continue;
      }
      const names = cleanByline(name);
      authors.push(...toAuthors(names, ev, url, ts.includes('person')));
    }
    if (authors.length) return { byline: printed.join(', '), authors, source: 'jsonld' };
  }
  return null;
}

// ---------------------------------------------------------------- <meta>

/** Yoast's reading-time card: `twitter:label1 = "Written by"`, `twitter:data1 = "Jane Doe"`. */
const WRITTEN_BY_LABEL = /^(?:written by|verfasst von|geschrieben von|écrit par|geschreven door|autor|author|auteur)$/i;

function metaAuthors(ctx: PageContext, ev: SiteEvidence): Candidate | null {
  for (const i of [1, 2, 3]) {
    const label = ctx.meta.first(`twitter:label${i}`);
    const data = ctx.meta.first(`twitter:data${i}`);
    if (label && data && WRITTEN_BY_LABEL.test(label.trim())) {
      const names = cleanByline(data);
      if (names.length) return { byline: data, authors: toAuthors(names, ev), source: 'meta:twitter:data' };
    }
  }
  for (const key of AUTHOR_META) {
    const values = ctx.meta.all(key).filter((v) => !/^(https?:)?\/\//i.test(v) && !/^www\./i.test(v));
    if (!values.length) continue;
    const byline = [...new Set(values)].slice(0, 10).join(', ');
    const names = cleanByline(byline);
    if (names.length) return { byline, authors: toAuthors(names, ev), source: `meta:${key}` };
  }
  return null;
}

// ---------------------------------------------------------------- DOM

function domAuthors(ctx: PageContext, ev: SiteEvidence): Candidate | null {
  const { $ } = ctx;
  const matched = selectRules($, BYLINE_SELECTORS, 40, BYLINE_PREFILTER);
  for (const [i, sel] of BYLINE_SELECTORS.entries()) {
    const broad = i === BYLINE_SELECTORS.length - 1;
    const limit = broad ? MAX_BROAD_TEXT : MAX_BYLINE_TEXT;
    const els = matched[i]!;
    // several matches of a name selector are co-authors of one byline when they share a parent block
    const texts: string[] = [];
    let firstParent: Element | null = null;
    for (const el of els) {
      if (isForeign(el)) continue;
      // an element holding the article body is not a byline
      const text = textOf(el, 2000);
      if (!text || text.length > limit) continue;
      const names = cleanByline(text);
      if (!names.length) continue;
      if (!texts.length) {
        texts.push(text);
        firstParent = blockOf(el);
      } else if (blockOf(el) === firstParent && !texts.includes(text)) {
        texts.push(text);
      }
    }
    if (!texts.length) continue;
    const byline = texts.join(', ');
    const names = cleanByline(byline);
    if (names.length) {
      const href = (els.find((e) => e.name === 'a')?.attribs.href) ?? null;
      return { byline, authors: toAuthors(names, ev, absoluteUrl(href, ctx.baseUrl)), source: `selector:${sel.split(',')[0]!.trim()}` };
    }
  }
  return null;
}

/**
 * A text node that opens a byline: "Von", "By", "Par", "Door", "Autor:", "Text:", "Ein Artikel von"…,
 * alone or followed by the name in the same node.
 */
const BYLINE_LEAD =
  /^[-–—\s]*(?:by|von|par|door|written by|posted by|text|texte|autor|autorin|autor\/in|autoren|author|auteur|redaktion|ein artikel von|ein beitrag von|ein interview von|ein kommentar von|eine kolumne von|kolumne von|ein gastbeitrag von|geschrieben von|verfasst von|veröffentlicht von)(?:\s*:\s*|\s+|$)/iu;
const BLOCKISH = new Set(['p', 'div', 'li', 'span', 'em', 'i', 'strong', 'b', 'small', 'h4', 'h5', 'h6', 'address', 'td', 'dd', 'section', 'header', 'footer', 'font']);

/**
 * Bylines written as text with a lead word ("Ein Artikel von <strong>Jane Doe</strong> | 27.01.2022"):
 * one pass over the body's text nodes; the lead's nearest short block gives the byline.
 */
function textBylines(ctx: PageContext, ev: SiteEvidence): Candidate | null {
  const body = firstElement(ctx.$, 'body');
  if (!body) return null;
  const stack: AnyNode[] = [body];
  let visited = 0;
  while (stack.length && visited < 200_000) {
    const n = stack.pop()!;
    visited++;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if (data.length > 200 || !BYLINE_LEAD.test(data)) continue;
      const parent = n.parent as Element | null;
      if (!parent || parent.name === 'a' || parent.name === 'option' || isForeign(parent)) continue;
      let block: Element | null = parent;
      let text = textOf(block, 400);
      // a lead alone ("Von", "By:") takes its name from the next inline element: climb until the block
      // holds more than the lead; a lead with its name in the same node ("von Jane Doe") stays in its block
      const leadOnly = data.replace(BYLINE_LEAD, '').trim() === '';
      for (let up = 0; up < 3 && leadOnly && block && text.length <= data.trim().length + 1; up++) {
        block = block.parent as Element | null;
        if (!block || block.type !== 'tag' || !BLOCKISH.has(block.name)) break;
        text = textOf(block, 400);
      }
      // "<strong>Text:</strong> Jane Doe<br>…", "<b>Von:</b><br><br>Jane Doe" inside a long paragraph: the line after the lead
      const capital = /^[-–—\s]*\p{Lu}/u.test(data);
      if (leadOnly && capital && (text.length > MAX_BROAD_TEXT || !text.replace(BYLINE_LEAD, '').trim())) text = `${data.trim()} ${lineAfter(n)}`;
      if (!text || text.length > MAX_BROAD_TEXT) continue;
      const names = cleanByline(text);
      if (names.length && names.some((x) => x.includes(' '))) return { byline: text, authors: toAuthors(names, ev), source: 'text:lead' };
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'noscript' || el.name === 'nav' || el.name === 'select') continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

const INLINE = new Set(['strong', 'b', 'em', 'i', 'span', 'label', 'small', 'font', 'u']);
/** Longest line read after a byline lead. */
const MAX_LINE = 100;

/**
 * The text on the same line after a lead that stands alone (in its own inline element or text node):
 * the following siblings up to the next <br> or block, leading line breaks skipped.
 */
function lineAfter(lead: AnyNode): string {
  let start: AnyNode = lead;
  for (let up = 0; up < 2 && start.parent && start.parent.type === 'tag' && INLINE.has((start.parent as Element).name); up++) start = start.parent;
  let out = '';
  for (let n = start.next; n && out.length < MAX_LINE; n = n.next) {
    if (n.type === 'text') {
      out += n.data;
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'br') {
      if (out.trim()) break;
      continue;
    }
    if (!INLINE.has(el.name) && el.name !== 'a') break;
    out += ` ${textOf(el, MAX_LINE)} `;
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, MAX_LINE);
}

/** A person's name as printed alone: two or three capitalised words ("Jane Doe", "Jean-Luc van Dam" not). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){1,2}$/u;

/** One person named by a bare string, or null. */
function bareName(text: string, ev: SiteEvidence): Author | null {
  const t = text.replace(/^[\s—–-]+/, '').replace(/[\s.]+$/, '').replace(/\s+/g, ' ');
  if (!BARE_NAME.test(t) || t.toUpperCase() === t) return null;
  const names = cleanByline(t);
  if (names.length !== 1 || names[0] !== t) return null;
  const [a] = toAuthors(names, ev);
  return a && a.kind === 'person' ? a : null;
}

/** Elements that follow the article's <h1> and may hold its dateline. */
const DATED_LINE_SIBLINGS = 3;

/**
 * A dateline with a name right below the headline and no lead word: "11.12.2019 - Jane Doe",
 * "Jane Doe · 11.12.2019" (the name is what is left once the date and the separator are taken out).
 */
function datedNameLine(ctx: PageContext, ev: SiteEvidence): Candidate | null {
  const h1 = articleH1(ctx);
  if (!h1) return null;
  let n: AnyNode | null = h1.next;
  for (let seen = 0; n && seen < DATED_LINE_SIBLINGS; n = n.next) {
    if (n.type !== 'tag') continue;
    seen++;
    const text = textOf(n, 200);
    if (!text || text.length > 80) continue;
    const dates = findDates(text, 'dmy', 2);
    if (dates.length !== 1) continue;
    const d = dates[0]!;
    const rest = `${text.slice(0, d.index)} ${text.slice(d.index + d.length)}`.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/g, '');
    const a = bareName(rest, ev);
    if (a) return { byline: text, authors: [a], source: 'text:dateline' };
  }
  return null;
}

/** The nearest block ancestor (p, div, li, header, section…) of a byline name. */
function blockOf(el: Element): Element | null {
  let n = el.parent as Element | null;
  for (let i = 0; n && i < 4; i++) {
    if (n.type === 'tag' && /^(p|div|li|header|section|article|footer|address|span|ul|dd)$/.test(n.name) && !/^(a|span)$/.test(n.name)) return n;
    n = n.parent as Element | null;
  }
  return n;
}

/**
 * Whether the page shows a name: one walk over the body's visible text nodes, stopped at the first node
 * that holds the name's last word and whose block's text holds the whole name (as words). Names are
 * checked together, so the walk is made once per page however many names metadata gives.
 */
function shownNames(ctx: PageContext, names: string[]): Set<string> {
  const found = new Set<string>();
  const body = firstElement(ctx.$, 'body');
  if (!body || !names.length) return found;
  const wanted = names.map((n) => {
    const key = wordKey(n);
    const words = n.split(/\s+/).filter(Boolean);
    return { name: n, key: ` ${key} `, last: (words[words.length - 1] ?? n).toLowerCase() };
  });
  const stack: AnyNode[] = [body];
  let visited = 0;
  while (stack.length && visited < 300_000 && found.size < wanted.length) {
    const n = stack.pop()!;
    visited++;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if (data.length < 2) continue;
      const lower = data.toLowerCase();
      for (const w of wanted) {
        if (found.has(w.name) || !lower.includes(w.last)) continue;
        // the name may run across inline elements ("<a>Jane</a> Doe"): read the text around the node
        let block = n.parent as Element | null;
        for (let up = 0; up < 2 && block && block.parent && block.parent.type === 'tag'; up++) block = block.parent as Element;
        const around = ` ${wordKey(`${data} ${block ? textOf(block, 2000) : ''}`)} `;
        if (around.includes(w.key)) found.add(w.name);
      }
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'noscript' || el.name === 'template') continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

/**
 * Authors and the printed byline. Metadata names (JSON-LD, <meta>) count only when the page shows them:
 * a name that appears nowhere in the visible text is a CMS account, not a byline the reader sees.
 * A metadata name of one word is completed from the DOM byline when that starts with it.
 * Site names become organisations, never people.
 */
export function extractByline(ctx: PageContext, siteName: string | null = null): Found<BylineResult> {
  const ev = siteEvidence(siteName ?? extractSiteName(ctx).value, ctx.sourceUrl ?? ctx.baseUrl);
  let dom: Candidate | null | undefined;
  const getDom = (): Candidate | null => (dom === undefined ? (dom = domAuthors(ctx, ev)) : dom);

  let orgOnly: Candidate | null = null;
  for (const rule of [() => ldAuthors(ctx, ev), () => metaAuthors(ctx, ev)]) {
    const c = rule();
    if (!c) continue;
    const people = c.authors.filter((a) => a.kind === 'person');
    if (!people.length) {
      orgOnly ??= c;
      continue;
    }
    const onPage = shownNames(ctx, people.map((a) => a.name));
    const seen = c.authors.filter((a) => a.kind === 'organization' || onPage.has(a.name));
    if (!seen.some((a) => a.kind === 'person')) continue;
    // "Nils" in JSON-LD, "Nils Pickert" in the byline: take the fuller printed name
    const d = getDom();
    const authors = seen.map((a) => {
      if (a.kind !== 'person' || a.name.includes(' ') || !d) return a;
      const fuller = d.authors.find((x) => x.kind === 'person' && x.name.split(' ')[0]!.toLowerCase() === a.name.toLowerCase() && x.name.includes(' '));
      return fuller ? { ...a, name: fuller.name } : a;
    });
    return { value: { byline: c.byline, authors: dedupe(authors) }, source: c.source };
  }
  const d = getDom();
  if (d && d.authors.some((a) => a.kind === 'person')) return { value: { byline: d.byline, authors: dedupe(d.authors) }, source: d.source };
  orgOnly ??= d;
  const t = textBylines(ctx, ev);
  if (t && t.authors.some((a) => a.kind === 'person')) return { value: { byline: t.byline, authors: dedupe(t.authors) }, source: t.source };
  const u = datedNameLine(ctx, ev);
  if (u) return { value: { byline: u.byline, authors: u.authors }, source: u.source };
  if (orgOnly) return { value: { byline: orgOnly.byline, authors: dedupe(orgOnly.authors) }, source: orgOnly.source };
  return { value: { byline: null, authors: [] }, source: null };
}

function dedupe(list: Author[]): Author[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = compact(a.name);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}


