// Site-level metadata: the publication's name, the page's URL, its section and description.
import { absoluteUrl, type PageContext } from '../context/index.js';
import { ldString, typesOf, type JsonLdNode } from '../context/jsonld.js';
import { DESCRIPTION_META, SECTION_META, SITE_NAME_META, URL_META } from '../rules/metadata.js';
import type { Found } from './types.js';

const clean = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
};

/** A site name is a short label, not a sentence, a URL or a copyright notice. */
function plausibleSiteName(s: string | null): string | null {
  if (!s) return null;
  let t = s.replace(/^(©|\(c\)|copyright)\s*/i, '').replace(/^\d{4}(\s*[-–]\s*\d{4})?\s+/, '').trim();
  t = t.replace(/[.,;]\s*all rights reserved.*$/i, '').trim();
  if (t.length < 2 || t.length > 80) return null;
  if (/^https?:\/\//i.test(t)) return null;
  if (t.split(' ').length > 8) return null;
  return t;
}

function publisherName(ctx: PageContext): string | null {
  const nodes: JsonLdNode[] = [...ctx.articleLd, ...ctx.jsonld];
  for (const n of nodes) {
    const pub = n.publisher ?? n.sourceOrganization;
    const p = Array.isArray(pub) ? pub[0] : pub;
    if (p && typeof p === 'object') {
      const name = ldString((p as JsonLdNode).name);
      if (name) return name;
      const id = (p as JsonLdNode)['@id'];
      if (typeof id === 'string') {
        const ref = ctx.jsonld.find((x) => x['@id'] === id && x.name);
        if (ref) return ldString(ref.name);
      }
    } else if (typeof p === 'string' && !/^https?:/i.test(p)) return p;
  }
  for (const n of ctx.jsonld) {
    const ts = typesOf(n);
    if (ts.includes('website') || ts.includes('newsmediaorganization')) {
      const name = ldString(n.name);
      if (name) return name;
    }
  }
  return null;
}

/** The publication's name: og:site_name, application-name, JSON-LD publisher.name, WebSite name, … */
export function extractSiteName(ctx: PageContext): Found<string | null> {
  const fromMeta = (key: string) => () => plausibleSiteName(clean(ctx.meta.first(key)));
  const rules: Array<[string, () => string | null]> = [
    ['meta:og:site_name', fromMeta('og:site_name')],
    ['jsonld:publisher', () => plausibleSiteName(clean(publisherName(ctx)))],
    ...SITE_NAME_META.slice(1).map((k): [string, () => string | null] => [`meta:${k}`, fromMeta(k)]),
  ];
  for (const [source, rule] of rules) {
    const v = rule();
    if (v) return { value: v, source };
  }
  return { value: null, source: null };
}

/** The page's URL, absolute: the envelope's URL, else link[rel=canonical], og:url, JSON-LD url / mainEntityOfPage. */
export function extractUrl(ctx: PageContext): Found<string | null> {
  if (ctx.sourceUrl) return { value: ctx.sourceUrl, source: 'input' };
  const base = ctx.baseUrl;
  const canonical = absoluteUrl(ctx.canonicalHref, base);
  if (canonical) return { value: canonical, source: 'link:canonical' };
  for (const key of URL_META) {
    const u = absoluteUrl(ctx.meta.first(key), base);
    if (u) return { value: u, source: `meta:${key}` };
  }
  for (const n of ctx.articleLd) {
    const main = n.mainEntityOfPage;
    const u = absoluteUrl(ldString(n.url), base) ?? absoluteUrl(typeof main === 'string' ? main : ldString((main as JsonLdNode | undefined)?.['@id'] ?? null), base);
    if (u) return { value: u, source: 'jsonld:url' };
  }
  return { value: null, source: null };
}

/** The section: article:section and friends, JSON-LD articleSection. */
export function extractSection(ctx: PageContext): Found<string | null> {
  for (const n of ctx.articleLd) {
    const s = clean(ldString(n.articleSection));
    if (s && s.length <= 80) return { value: s, source: 'jsonld:articleSection' };
  }
  const hit = ctx.meta.firstWithKey(...SECTION_META);
  if (hit && hit[0].length <= 80) return { value: hit[0], source: `meta:${hit[1]}` };
  return { value: null, source: null };
}

/** The description / standfirst: og:description, meta description, JSON-LD description. */
export function extractDescription(ctx: PageContext): Found<string | null> {
  const hit = ctx.meta.firstWithKey(...DESCRIPTION_META);
  if (hit) return { value: hit[0], source: `meta:${hit[1]}` };
  for (const n of ctx.articleLd) {
    const s = clean(ldString(n.description));
    if (s) return { value: s, source: 'jsonld:description' };
  }
  return { value: null, source: null };
}
