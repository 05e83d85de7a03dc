// The seed article: samples/brussels-times-iskp.html against the answer key in test/golden/brussels-times-iskp/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article.js';
import { checkArticle } from '../../src/validate/index.js';

interface TruthQuote { text: string; speaker: string; cue: string | null; partial: boolean; optional?: boolean; medium?: string; where?: string }
const truth = JSON.parse(readFileSync(new URL('./brussels-times-iskp/truth.json', import.meta.url), 'utf8')) as {
  url: string; headline: string; site_name: string; lang: string; section: string;
  quotes: TruthQuote[]; images: Array<{ caption: string; credit: string }>;
  copyright: string; copyright_holder: string; copyright_year: number; not_body: string[];
};
const html = readFileSync(new URL('../../samples/brussels-times-iskp.html', import.meta.url), 'utf8');
const record = extractArticle(html, { input: { path: 'samples/brussels-times-iskp.html' } });

describe('golden: brussels-times-iskp', () => {
  it('is a valid record', () => {
    expect(checkArticle(record)).toEqual([]);
  });

  it('has the metadata of the page', () => {
    expect(record.url).toBe(truth.url);
    expect(record.headline).toBe(truth.headline);
    expect(record.siteName).toBe(truth.site_name);
    expect(record.language?.slice(0, 2)).toBe(truth.lang);
    expect(record.authors).toEqual([]);
  });

  it('has both images with caption and credit apart', () => {
    expect(record.images.map((i) => ({ caption: i.caption, credit: i.credit }))).toEqual(truth.images);
  });

  it('has the copyright line, holder and year', () => {
    expect(record.copyright).toMatchObject({ notice: truth.copyright, holder: truth.copyright_holder, year: truth.copyright_year });
  });

  it('keeps captions, credits, related news and the footer out of the body', () => {
    for (const s of truth.not_body) expect(record.articleBody).not.toContain(s);
    expect(record.articleBody).toContain('The Federal Prosecutor\'s Office also stated');
  });

  const required = truth.quotes.filter((q) => !q.optional);
  it.each(required.map((q) => [q.text.slice(0, 50), q] as const))('finds the quote "%s…" with its speaker', (_t, q) => {
    const found = record.quotes.find((p) => p.text === q.text);
    expect(found, `quote not found: ${q.text}`).toBeDefined();
    const nameTokens = (found!.speaker?.name ?? '').toLowerCase().split(/\s+/);
    for (const t of q.speaker.toLowerCase().replace(/^the /, '').split(/\s+/)) expect(nameTokens).toContain(t);
    expect(found!.partial).toBe(q.partial);
    if (q.cue) expect(found!.cue).toBe(q.cue);
    if (q.medium) expect(found!.medium).toBe(q.medium);
    // offsets point at the quote in articleBody
    expect(record.articleBody.slice(found!.start!, found!.end!)).toBe(q.text);
  });

  it('keeps the mention, the descriptor and the kind of each speaker', () => {
    const first = record.quotes[0]!;
    expect(first.speaker).toMatchObject({ name: 'Paul Van Tigchelt', mention: 'Van Tigchelt', descriptor: 'Federal Justice Minister', kind: 'person' });
    expect(record.quotes.find((q) => q.text === 'not immune')?.speaker?.kind).toBe('organization');
  });

  it('finds no quote that the key does not list', () => {
    const known = new Set(truth.quotes.map((q) => q.text));
    expect(record.quotes.filter((q) => !known.has(q.text)).map((q) => q.text)).toEqual([]);
  });
});

describe('golden: brussels-times-iskp, text credits', () => {
  it('cites De Standaard (reports) and VRT (told), and no wire or contributor credit', () => {
    expect(record.outletsCited?.map((o) => ({ name: o.name, cue: o.cue }))).toEqual([
      { name: 'De Standaard', cue: 'reports' },
      { name: 'VRT', cue: 'told' },
    ]);
    expect(record.textCredits).toEqual([]);
  });
});
