// Site name, URL, section and description: metadata sources in order, and cases that must find nothing.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { extractDescription, extractSection, extractSiteName, extractUrl } from '../../src/extract/site.js';

const page = (head: string): string => `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`;
const ctx = (head: string, url: string | null = null) => createContext(page(head), { url });
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('extractSiteName', () => {
  it.each([
    ['og:site_name', '<meta property="og:site_name" content="Example News"><meta name="application-name" content="Other">', 'Example News'],
    ['JSON-LD publisher', ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Example Daily' } }), 'Example Daily'],
    ['publisher by @id', ld({ '@graph': [{ '@type': 'Article', publisher: { '@id': '#org' } }, { '@type': 'Organization', '@id': '#org', name: 'Graph Times' }] }), 'Graph Times'],
    ['application-name', '<meta name="application-name" content="Harbour Post">', 'Harbour Post'],
    ['a copyright notice', '<meta name="copyright" content="© 2024 Harbour Post">', 'Harbour Post'],
  ])('%s', (_, head, want) => {
    expect(extractSiteName(ctx(head)).value).toBe(want);
  });

  it.each([
    ['no metadata', ''],
    ['a URL', '<meta property="og:site_name" content="https://example.org">'],
    ['a sentence', '<meta name="copyright" content="All texts on this site may be reused under the terms of the license below">'],
  ])('finds nothing with %s', (_, head) => {
    expect(extractSiteName(ctx(head)).value).toBeNull();
  });
});

describe('extractUrl', () => {
  it('takes the envelope URL first', () => {
    expect(extractUrl(ctx('<link rel="canonical" href="https://example.org/a">', 'https://example.org/b')).value).toBe('https://example.org/b');
  });
  it('resolves a relative canonical', () => {
    expect(extractUrl(ctx('<base href="https://example.org/news/"><link rel="canonical" href="story-1">')).value).toBe('https://example.org/news/story-1');
  });
  it('falls back to og:url and JSON-LD', () => {
    expect(extractUrl(ctx('<meta property="og:url" content="https://example.org/og">')).value).toBe('https://example.org/og');
    expect(extractUrl(ctx(ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://example.org/ld' } }))).value).toBe('https://example.org/ld');
  });
  it.each([['nothing', ''], ['a javascript: link', '<link rel="canonical" href="javascript:void(0)">']])('finds nothing with %s', (_, head) => {
    expect(extractUrl(ctx(head)).value).toBeNull();
  });
});

describe('extractSection and extractDescription', () => {
  it('reads article:section and JSON-LD articleSection', () => {
    expect(extractSection(ctx('<meta property="article:section" content="Politics">')).value).toBe('Politics');
    expect(extractSection(ctx(ld({ '@type': 'NewsArticle', articleSection: ['Sport', 'Football'] }))).value).toBe('Sport');
    expect(extractSection(ctx('')).value).toBeNull();
  });
  it('reads og:description, then the meta description', () => {
    expect(extractDescription(ctx('<meta name="description" content="Plain."><meta property="og:description" content="Open Graph.">')).value).toBe('Open Graph.');
    expect(extractDescription(ctx('')).value).toBeNull();
  });
});
