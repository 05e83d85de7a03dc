// JSON-LD: every <script type="application/ld+json"> block, parsed safely and flattened into a list of
// nodes (@graph, arrays and nested @graph expanded). Invalid blocks are warnings, never rejects.

export type JsonLdNode = Record<string, unknown>;

/** Blocks larger than this are skipped with a warning: no article needs megabytes of JSON-LD. */
export const MAX_JSONLD_BYTES = 2_000_000;
/** Nesting deeper than this is not followed. */
const MAX_DEPTH = 64;
/**
 * Blocks nested deeper than this are skipped before JSON.parse: the reviver that drops prototype keys
 * walks the parsed value recursively, and in a worker thread a block nested ~100,000 deep overflows its
 * stack. No article description nests past a few dozen levels.
 */
export const MAX_JSONLD_NESTING = 256;
const POISON = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys able to pollute prototypes. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value) => (POISON.has(key) ? undefined : value));
}

/** The deepest [ / { nesting of `text` (outside strings), counting no further than `limit` + 1. Linear. */
export function jsonNesting(text: string, limit = MAX_JSONLD_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return deepest;
}

/** Strips the HTML comment and CDATA wrappers some CMSs put around the JSON. */
function unwrap(text: string): string {
  let t = text.trim();
  if (t.startsWith('<!--')) t = t.slice(4);
  if (t.endsWith('-->')) t = t.slice(0, -3);
  t = t.trim();
  if (t.startsWith('//<![CDATA[')) t = t.slice(11);
  if (t.endsWith('//]]>')) t = t.slice(0, -5);
  return t.trim();
}

export function parseJsonLdBlocks(blocks: string[], warnings: string[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  blocks.forEach((raw, i) => {
    if (raw.length > MAX_JSONLD_BYTES) {
      warnings.push(`JSON-LD block ${i + 1} skipped: ${raw.length} bytes (limit ${MAX_JSONLD_BYTES})`);
      return;
    }
    const text = unwrap(raw);
    if (!text) return;
    if (jsonNesting(text) > MAX_JSONLD_NESTING) {
      warnings.push(`JSON-LD block ${i + 1} skipped: nested more than ${MAX_JSONLD_NESTING} levels deep`);
      return;
    }
    let value: unknown;
    try {
      value = safeJsonParse(text);
    } catch {
      // Some sites emit raw newlines inside strings: try once with them escaped.
      try {
        value = safeJsonParse(text.replace(/[\r\n\t]+/g, ' '));
      } catch (e) {
        warnings.push(`JSON-LD block ${i + 1} is not valid JSON: ${(e as Error).message.slice(0, 80)}`);
        return;
      }
    }
    collect(value, nodes, 0);
  });
  return nodes;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  const graph = node['@graph'];
  if (graph !== undefined) collect(graph, out, depth + 1);
  if (node['@type'] !== undefined) out.push(node);
}

/** The node's @type values, lower-cased. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/#:]/, ''));
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'report',
  'scholarlyarticle', 'techarticle', 'webpage', 'itempage', 'creativework', 'posting', 'medicalwebpage',
]);

/** Nodes that describe the article, best first (NewsArticle before WebPage). */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  const rank = (n: JsonLdNode): number => {
    const ts = typesOf(n);
    if (ts.some((t) => t.endsWith('newsarticle') || t === 'article' || t === 'blogposting' || t === 'liveblogposting' || t === 'report')) return 0;
    if (ts.some((t) => ARTICLE_TYPES.has(t) && t !== 'webpage' && t !== 'itempage')) return 1;
    if (ts.some((t) => t === 'webpage' || t === 'itempage')) return 2;
    return 9;
  };
  return nodes.filter((n) => rank(n) < 9).sort((a, b) => rank(a) - rank(b));
}

/** A string value of a JSON-LD property: strings, {"@value"}, {"name"}, or the first of an array. */
export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ldString(o['@value'] ?? o.name ?? o['@id'] ?? null);
  }
  return null;
}
