// Byline and authors. Evidence, strongest first: JSON-LD author (arrays, nested objects, @id references
// into the @graph), <meta> author keys (never profile URLs), microdata, hCard, rel=author, byline blocks in
// the DOM. The first source that credits a person wins; organisations (agencies, desks, the publication)
// are kept and marked as such. Cleaning (prefixes, roles, dates, splitting) is in src/clean/byline.ts.
import type { Element } from 'domhandler';
import type { PageContext } from '../context/index.js';
import { absoluteUrl } from '../context/index.js';
import { ldString, typesOf, type JsonLdNode } from '../context/jsonld.js';
import { authorKind, cleanByline } from '../clean/byline.js';
import { AUTHOR_META, BYLINE_SELECTORS } from '../rules/metadata.js';
import { compact, isForeign, textOf } from './metadom.js';
import { siteEvidence, isSitePart, type SiteEvidence } from './headline.js';
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

function toAuthors(names: string[], ev: SiteEvidence, url?: string | null): Author[] {
  return names.map((name) => {
    const kind = isSitePart(name, ev) ? 'organization' : authorKind(name);
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
      authors.push(...toAuthors(names, ev, url));
    }
    if (authors.length) return { byline: printed.join(', '), authors, source: 'jsonld' };
  }
  return null;
}

// ---------------------------------------------------------------- <meta>

function metaAuthors(ctx: PageContext, ev: SiteEvidence): Candidate | null {
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
  for (const [i, sel] of BYLINE_SELECTORS.entries()) {
    const broad = i === BYLINE_SELECTORS.length - 1;
    const limit = broad ? MAX_BROAD_TEXT : MAX_BYLINE_TEXT;
    const els = $(sel).toArray().slice(0, 40) as Element[];
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

/** The nearest block ancestor (p, div, li, header, section…) of a byline name. */
function blockOf(el: Element): Element | null {
  let n = el.parent as Element | null;
  for (let i = 0; n && i < 4; i++) {
    if (n.type === 'tag' && /^(p|div|li|header|section|article|footer|address|span|ul|dd)$/.test(n.name) && !/^(a|span)$/.test(n.name)) return n;
    n = n.parent as Element | null;
  }
  return n;
}

/** Authors and the printed byline. Site names become organisations, never people. */
export function extractByline(ctx: PageContext, siteName: string | null = null): Found<BylineResult> {
  const ev = siteEvidence(siteName ?? ctx.meta.first('og:site_name'), ctx.sourceUrl ?? ctx.baseUrl);
  const rules: Array<() => Candidate | null> = [() => ldAuthors(ctx, ev), () => metaAuthors(ctx, ev), () => domAuthors(ctx, ev)];
  let orgOnly: Candidate | null = null;
  for (const rule of rules) {
    const c = rule();
    if (!c) continue;
    if (c.authors.some((a) => a.kind === 'person')) return { value: { byline: c.byline, authors: dedupe(c.authors) }, source: c.source };
    orgOnly ??= c;
  }
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


