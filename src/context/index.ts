// Parse once: the cheerio document, an index of <meta> values, the JSON-LD graph and the page's URLs.
// Every extractor reads this context; nothing under src/extract/ parses HTML again.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { indexDocument, limitNesting, parseIndexed, registerIndex, type DomIndex } from './dom.js';
import { parseJsonLdBlocks, articleNodes, type JsonLdNode } from './jsonld.js';

export interface PageContext {
  $: CheerioAPI;
  /**
   * The parsed document's elements and text nodes in document order, by tag name, with constant-time
   * containment: walk this instead of running `$('…')` over the whole page.
   */
  dom: DomIndex;
  /** URL given by the envelope (WARC, NDJSON) or the caller; null when unknown. */
  sourceUrl: string | null;
  /** Base for resolving relative links: <base href>, else sourceUrl, else canonical/og:url. */
  baseUrl: string | null;
  /** The `href` of the first `<link rel~=canonical>` as written (not resolved); null when there is none. */
  canonicalHref: string | null;
  meta: MetaIndex;
  /** Every JSON-LD node with an @type, @graph expanded. */
  jsonld: JsonLdNode[];
  /** The JSON-LD nodes that describe the article, best first. */
  articleLd: JsonLdNode[];
  /** When the page was fetched (WARC-Date), for plausibility checks on dates. */
  fetchedAt: string | null;
  warnings: string[];
}

export interface ContextOptions {
  url?: string | null;
  fetchedAt?: string | null;
}

/** Values of <meta> by lower-cased name / property / itemprop / http-equiv, in document order. */
export class MetaIndex {
  private readonly map = new Map<string, string[]>();
  add(key: string, value: string): void {
    const k = key.trim().toLowerCase();
    const v = value.replace(/\s+/g, ' ').trim();
    if (!k || !v) return;
    const list = this.map.get(k);
    if (list) list.push(v);
    else this.map.set(k, [v]);
  }
  /** First non-empty value among the keys, in the order given. */
  first(...keys: string[]): string | null {
    for (const k of keys) {
      const v = this.map.get(k)?.[0];
      if (v) return v;
    }
    return null;
  }
  /** First value and the key that gave it. */
  firstWithKey(...keys: string[]): [string, string] | null {
    for (const k of keys) {
      const v = this.map.get(k)?.[0];
      if (v) return [v, k];
    }
    return null;
  }
  all(key: string): string[] {
    return this.map.get(key.toLowerCase()) ?? [];
  }
}

/** Characters WHATWG URLs leave as they are but RFC 3986 (and so JSON Schema's `uri` format) forbids. */
const NOT_RFC3986 = /[{}|\\^`\[\]"<> ]/g;

/** The URL's href with what RFC 3986 forbids in path, query and fragment percent-encoded. */
function toRfc3986(u: URL): string {
  const origin = `${u.protocol}//${u.username ? `${u.username}${u.password ? `:${u.password}` : ''}@` : ''}${u.host}`;
  const rest = u.href.slice(origin.length);
  return origin + rest.replace(NOT_RFC3986, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || /^(javascript|data|mailto|tel|about):/i.test(h)) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return toRfc3986(u);
  } catch {
    return null;
  }
}

export function createContext(html: string, options: ContextOptions = {}): PageContext {
  const warnings: string[] = [];
  const parsed = parseIndexed(html);
  let $: CheerioAPI;
  let indexed: { index: DomIndex; depth: number; flattened: number };
  if (parsed) {
    $ = load(parsed.doc);
    indexed = parsed;
  } else {
    const shallow = limitNesting(html);
    if (shallow.dropped) warnings.push(`${shallow.dropped} tags nested deeper than the parser limit were dropped (their text kept)`);
    $ = load(shallow.html);
    indexed = indexDocument($.root()[0]!);
  }
  const { index: dom, flattened, depth } = indexed;
  if (flattened) warnings.push(`DOM nested ${depth}+ levels deep: flattened below the depth limit`);
  registerIndex($, dom);

  const meta = new MetaIndex();
  for (const el of dom.byTag('meta')) {
    const a = el.attribs;
    const content = a.content ?? a.value ?? '';
    for (const key of [a.name, a.property, a.itemprop, a['http-equiv']]) {
      if (key) for (const k of key.split(/\s+/)) meta.add(k, content);
    }
  }

  const blocks: string[] = [];
  for (const el of dom.byTag('script')) {
    if (el.attribs.type?.toLowerCase() === 'application/ld+json') blocks.push(childText(el));
  }
  const jsonld = parseJsonLdBlocks(blocks, warnings);

  const sourceUrl = absoluteUrl(options.url ?? null, null);
  const canonical = dom.byTag('link').find((el) => hasToken(el.attribs.rel, 'canonical'));
  const declared = absoluteUrl(canonical?.attribs.href, sourceUrl) ?? absoluteUrl(meta.first('og:url'), sourceUrl);
  const pageUrl = sourceUrl ?? declared;
  const baseHref = dom.byTag('base').find((el) => el.attribs.href !== undefined)?.attribs.href;
  const baseUrl = absoluteUrl(baseHref, pageUrl) ?? pageUrl;

  return {
    $,
    dom,
    sourceUrl,
    baseUrl,
    canonicalHref: canonical?.attribs.href ?? null,
    meta,
    jsonld,
    articleLd: articleNodes(jsonld),
    fetchedAt: options.fetchedAt ?? null,
    warnings,
  };
}

/** The text of an element's subtree (a <script>'s source), as cheerio's .text() gives it. */
function childText(el: Element): string {
  let out = '';
  const stack = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** True when the space-separated attribute value holds `token` (ASCII case-insensitive), as `[attr~=token i]`. */
function hasToken(value: string | undefined, token: string): boolean {
  if (!value) return false;
  for (const t of value.split(/[\t\n\f\r ]+/)) if (t.toLowerCase() === token) return true;
  return false;
}
