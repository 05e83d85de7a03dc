// One page → one record: parse once, run the extractors in a fixed order (later ones receive earlier
// results as arguments), assemble the record with per-field provenance. Pure: no I/O, no network.
import { createHash } from 'node:crypto';
import { createContext } from './context/index.js';
import { extractBody } from './extract/body.js';
import { extractByline } from './extract/byline.js';
import { extractCopyright } from './extract/copyright.js';
import { extractTextCredits } from './extract/credits.js';
import { extractDates } from './extract/dates.js';
import { extractHeadline } from './extract/headline.js';
import { extractImages } from './extract/images.js';
import { extractLanguage } from './extract/language.js';
import { extractQuotes } from './extract/quotes.js';
import { extractDescription, extractSection, extractSiteName, extractUrl } from './extract/site.js';
import type { ArticleRecord, Input } from './types/article.js';
import { replaceTail } from './clean/tail.js';

export const SCHEMA_VERSION = '1.0' as const;

export interface ExtractOptions {
  /** The page's URL when the caller knows it (WARC/NDJSON envelope, --url). */
  url?: string | null;
  /** Where the HTML came from; defaults to {path: '-'}. */
  input?: Input;
  /** When the page was fetched (WARC-Date), used to rule out dates in the future. */
  fetchedAt?: string | null;
}

/** Extracts the article record from one HTML page. Never fetches, never runs script. */
export function extractArticle(html: string, options: ExtractOptions = {}): ArticleRecord {
  const ctx = createContext(html, { url: options.url ?? null, fetchedAt: options.fetchedAt ?? options.input?.fetchedAt ?? null });
  const provenance: Record<string, string> = {};
  const take = <T>(field: string, found: { value: T; source: string | null }): T => {
    if (found.source) provenance[field] = found.source;
    return found.value;
  };

  const url = take('url', extractUrl(ctx));
  const siteName = take('siteName', extractSiteName(ctx));
  const headline = take('headline', extractHeadline(ctx, siteName));
  const { byline, authors } = take('authors', extractByline(ctx, siteName));
  const dates = take('datePublished', extractDates(ctx));
  const body = take('articleBody', extractBody(ctx));
  const language = take('language', extractLanguage(ctx, body.text));
  const images = take('images', extractImages(ctx, { mainNode: body.node }));
  const copyright = take('copyright', extractCopyright(ctx));
  const quotes = extractQuotes({ paragraphs: body.paragraphs, headline, language });
  const { textCredits, outletsCited } = extractTextCredits({ paragraphs: body.paragraphs, byline });
  const description = take('description', extractDescription(ctx));
  const section = take('section', extractSection(ctx));

  return {
    schemaVersion: SCHEMA_VERSION,
    id: stableId(url, headline, body.text),
    input: options.input ?? { path: '-' },
    url,
    headline,
    description,
    authors,
    byline,
    datePublished: dates.published,
    dateModified: dates.modified,
    language,
    siteName,
    section,
    articleBody: body.text,
    wordCount: countWords(body.text),
    quotes,
    images,
    textCredits,
    outletsCited,
    copyright,
    provenance,
    warnings: ctx.warnings,
  };
}

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ocid$|cmpid$|ref$|ref_src$)/i;

/** The URL as an identity: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
export function canonicalKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
    u.searchParams.sort();
    const path = u.pathname.length > 1 ? replaceTail(u.pathname, /\/+$/) : u.pathname;
    return `${u.protocol}//${u.host}${path}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Stable id: the first 32 hex digits of SHA-256 over the canonical URL (see canonicalKey) when there is
 * one, else over the headline and body with runs of white space made one space. Same article, same id, on
 * every run and machine: it depends on nothing but the page (not the input path, the time or the locale),
 * so a warehouse can MERGE re-runs on it. A URL that is a site's root (`https://site/`, no query) is not an
 * article's identity (sites that point every page's canonical link at the home page would give all their
 * articles one id): such a record is identified by its text, as one without a URL is.
 */
export function stableId(url: string | null, headline: string | null, body: string): string {
  const key = url ? canonicalKey(url) : null;
  const basis =
    key && !isSiteRoot(key) ? `url:${key}` : `text:${(headline ?? '').replace(/\s+/g, ' ').trim()}\n${body.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

function isSiteRoot(key: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\/?$/i.test(key);
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
