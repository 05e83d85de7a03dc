// Super-linear time (issue 8): every extractor, and every cleaner that applies patterns to page text, runs on
// crafted worst cases (1 MB of one repeated character in the body, the <title>, a <meta> content, an
// attribute, a byline; 100,000 quote marks; 100,000 commas in a byline; 100,000 <p>) and must finish in
// linear time: an absolute bound on a loaded machine, and doubling the input must not much more than double
// the time.
//
// Super-linear cases found in other engineers' files are pinned below with `it.fails` (the test fails while
// the pattern is quadratic; when it is fixed, vitest reports the unexpected pass: turn `it.fails` into `it`).
import { describe, expect, it } from 'vitest';
import { canonicalKey, extractArticle, stableId } from '../../src/article.js';
import { cleanByline, plausibleName } from '../../src/clean/byline.js';
import { cleanCaption, cleanCredit, parseCredit, splitCaptionCredit } from '../../src/clean/credit.js';
import { findDates, parseDateText, parseMachineDate } from '../../src/clean/date.js';
import { absoluteUrl, createContext, type PageContext } from '../../src/context/index.js';
import { extractBody } from '../../src/extract/body.js';
import { extractByline } from '../../src/extract/byline.js';
import { parseNotice, extractCopyright } from '../../src/extract/copyright.js';
import { extractTextCredits } from '../../src/extract/credits.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractHeadline, splitTitle, stripSiteAffixes, siteEvidence } from '../../src/extract/headline.js';
import { extractImages, imageKey, parseSrcset } from '../../src/extract/images.js';
import { extractLanguage, normalizeLanguageTag } from '../../src/extract/language.js';
import { decodeEntities } from '../../src/extract/metadom.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';
import { tokenize } from '../../src/extract/quotes/tokens.js';
import { extractDescription, extractSection, extractSiteName, extractUrl } from '../../src/extract/site.js';

/** Per extractor, per 1 MB case, in CPU time: generous, for a slow 2-core machine. */
const BOUND_MS = 3_000;
/** Doubling the input may cost at most this factor in time (linear is 2; quadratic is 4). */
const MAX_GROWTH = 3;
/** Below this much CPU time (a major GC alone can cost it), growth is not judged. */
const NOISE_MS = 250;

const MB = 1 << 20;

/** CPU milliseconds of this process (user + system): unlike wall time, not inflated by other processes. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The least CPU time of `times` runs. */
function best(run: () => unknown, times = 2): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = cpuMs();
    run();
    min = Math.min(min, cpuMs() - t);
  }
  return min;
}

// ---------------------------------------------------------------------------------------------------------
// Every extractor of a record, as article.ts calls them, each timed on its own.

type Timings = Record<string, number>;

function timeExtractors(html: string): Timings {
  const t: Timings = {};
  let ctx!: PageContext;
  t.context = best(() => (ctx = createContext(html)), 1);
  let body!: ReturnType<typeof extractBody>['value'];
  t.body = best(() => (body = extractBody(ctx).value), 1);
  t.headline = best(() => extractHeadline(ctx, null), 1);
  t.byline = best(() => extractByline(ctx, null), 1);
  t.dates = best(() => extractDates(ctx), 1);
  t.language = best(() => extractLanguage(ctx, body.text), 1);
  t.site = best(() => [extractSiteName(ctx), extractUrl(ctx), extractSection(ctx), extractDescription(ctx)], 1);
  t.images = best(() => extractImages(ctx, { mainNode: body.node }), 1);
  t.copyright = best(() => extractCopyright(ctx), 1);
  t.quotes = best(() => extractQuotes({ paragraphs: body.paragraphs, headline: 'Headline', language: 'en' }), 1);
  t.credits = best(() => extractTextCredits({ paragraphs: body.paragraphs, byline: 'By Jane Doe with AFP' }), 1);
  return t;
}

/** Times every extractor at half and full size; fails on the bound or on super-linear growth. */
function expectLinearPage(make: (bytes: number) => string, size = MB): void {
  let small = timeExtractors(make(size / 2));
  let large = timeExtractors(make(size));
  const slow = () => Object.keys(large).filter((k) => large[k]! > BOUND_MS || (large[k]! > NOISE_MS && large[k]! > MAX_GROWTH * small[k]!));
  // A GC pause lands on one measurement now and then: measure again before calling anything super-linear.
  for (let retry = 0; retry < 2 && slow().length; retry++) {
    const again = [timeExtractors(make(size / 2)), timeExtractors(make(size))] as const;
    for (const k of Object.keys(large)) {
      small[k] = Math.min(small[k]!, again[0][k]!);
      large[k] = Math.min(large[k]!, again[1][k]!);
    }
  }
  // A step at one size (a cache or a heap threshold crossed) is not growth: a super-linear cost keeps
  // growing faster than the input at the next doubling too, a step does not.
  const stepped = slow().filter((k) => large[k]! <= BOUND_MS);
  if (stepped.length) {
    const larger = timeExtractors(make(2 * size));
    for (const k of stepped) {
      if (larger[k]! <= MAX_GROWTH * large[k]!) small[k] = large[k]! / 2; // linear from here on
      else large[k] = Math.max(large[k]!, larger[k]! / 2);
    }
  }
  const report = slow().map((k) => `${k}: ${small[k]!.toFixed(0)} ms → ${large[k]!.toFixed(0)} ms`);
  expect(report, 'extractors over the bound or growing faster than linear').toEqual([]);
}

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const ARTICLE = (inner: string) => `<article><h1>A plain headline</h1>${inner}<p>Closing paragraph of the article.</p></article>`;

/** The characters the issue names, and the ones our patterns treat specially. */
const CHARS = [' ', '<', '"', ',', '.', 'a', '-'];
const QUOTE_MARKS = ['“', '”', '„', '«', '»', '‹', '›', "'", '"'];

describe('linear time: every extractor on 1 MB of one repeated character', { timeout: 300_000 }, () => {
  describe.each(CHARS)('%j', (c) => {
    it('as the body text', () => expectLinearPage((n) => page('<title>T</title>', ARTICLE(`<p>${text(c.repeat(n))}</p>`))));
    it('as the <title>', () => expectLinearPage((n) => page(`<title>${text(c.repeat(n))}</title>`, ARTICLE('<p>x</p>'))));
    it('as <meta> contents (title, author, dates, description, site, image)', () =>
      expectLinearPage((n) =>
        page(['og:title', 'author', 'article:published_time', 'description', 'og:site_name', 'og:image', 'og:url'].map((k) => `<meta property="${k}" name="${k}" content="${attr(c.repeat(n / 7))}">`).join(''), ARTICLE('<p>x</p>')),
      ));
    it('as attribute values (class, id, src, srcset, datetime, lang)', () =>
      expectLinearPage((n) => {
        const v = attr(c.repeat(n / 6));
        return page('', `<article class="${v}" lang="${v}"><h1 id="${v}">H</h1><img src="${v}" srcset="${v}"><time datetime="${v}">x</time><p>text</p></article>`);
      }));
    it('as a byline, a caption and a copyright line', () =>
      expectLinearPage((n) =>
        page('', ARTICLE(`<div class="byline">By ${text(c.repeat(n / 3))}</div><figure><img src="/a.jpg"><figcaption>Photo: ${text(c.repeat(n / 3))}</figcaption></figure>`) + `<footer>© ${text(c.repeat(n / 3))}</footer>`),
      ));
  });
});

describe('linear time: every extractor on quote marks, commas and paragraphs', { timeout: 300_000 }, () => {
  it.each(QUOTE_MARKS)('100,000 %s marks in the body', (q) => expectLinearPage((n) => page('', ARTICLE(`<p>${text((q + 'a said ').repeat(n / 10))}</p>`)), 100_000 * 10));
  it('100,000 quote marks of every kind, unbalanced, with cues and names', () =>
    expectLinearPage((n) => page('', ARTICLE(`<p>${text(QUOTE_MARKS.join(' Jane Doe said ').repeat(n / 130))}</p>`)), 100_000 * 15));
  it('100,000 commas in a byline (DOM, meta author and JSON-LD author)', () =>
    expectLinearPage(
      (n) =>
        page(
          `<meta name="author" content="${','.repeat(n / 4)}"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"${','.repeat(n / 4)}"}}</script>`,
          ARTICLE(`<div class="byline">By ${', '.repeat(n / 8)}</div><p class="author">${'Jane Doe, '.repeat(n / 40)}</p>`),
        ),
      100_000 * 8,
    ));
  it('100,000 <p> with quotes', () => expectLinearPage((n) => page('<title>T</title>', ARTICLE('<p>Word said “quote” here.</p>'.repeat(n / 30))), 100_000 * 30));
  it('100,000 unclosed <p>', () => expectLinearPage((n) => page('<title>T</title>', ARTICLE('<p>Word said “quote” here.'.repeat(n / 26))), 100_000 * 26));
  it('a 1 MB <title> of words and separators', () => expectLinearPage((n) => page(`<title>${'Site | Section - Headline words: '.repeat(n / 33)}</title>`, ARTICLE('<p>x</p>'))));
});

// ---------------------------------------------------------------------------------------------------------
// The cleaners and helpers that apply patterns to page text, called directly: without the DOM around them a
// quadratic pattern shows at a few thousand characters.

const ev = siteEvidence('Example Times', 'https://example.org/');
const CLEANERS: Record<string, (s: string) => unknown> = {
  cleanByline, plausibleName, cleanCredit, parseCredit, splitCaptionCredit, findDates, parseDateText, parseMachineDate, splitTitle,
  stripSiteAffixes: (s) => stripSiteAffixes(s, ev), parseNotice, parseSrcset, normalizeLanguageTag, decodeEntities, scanMarks, tokenize,
  absoluteUrl: (s) => absoluteUrl(s, 'https://example.org/'),
  stableIdText: (s) => stableId(null, s, s),
  extractQuotes: (s) => extractQuotes({ paragraphs: [s], headline: 'H', language: 'en' }),
  extractTextCredits: (s) => extractTextCredits({ paragraphs: [s], byline: s }),
};
const UNITS = [...CHARS, ...QUOTE_MARKS, '/', '|', ':', '(', '©', '&', '\\', ', ', 'By ', 'Jane Doe, ', '© 2024 ', '12 January 2024 ', 'Photo: ', '“Yes,” said '];

/** Time at n and 4n characters; quadratic is 16×, linear 4×: allow 8× (and ignore anything under 40 ms). */
function growth(run: (s: string) => unknown, make: (n: number) => string, n: number): { small: number; large: number; ok: boolean } {
  const small = best(() => run(make(n)), 3);
  const large = best(() => run(make(4 * n)), 2);
  return { small, large, ok: large < 40 || large < 8 * Math.max(small, 2) };
}

describe('linear time: cleaners on repeated units', { timeout: 300_000 }, () => {
  it.each(Object.keys(CLEANERS))('%s', (name) => {
    const run = CLEANERS[name]!;
    const bad: string[] = [];
    for (const u of UNITS) {
      for (const tail of ['', '!x']) {
        const make = (n: number) => u.repeat(Math.ceil(n / u.length)) + tail;
        let g = growth(run, make, 16_000);
        if (!g.ok) g = growth(run, make, 16_000); // a stall on a loaded machine
        if (!g.ok) bad.push(`${JSON.stringify(u + tail)}: ${g.small.toFixed(0)} ms → ${g.large.toFixed(0)} ms for 4× the input`);
      }
    }
    expect(bad).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Super-linear patterns found (issue 8), in files owned by the extractor engineers: pinned, not fixed here.
// Each runs at sizes where a quadratic is unmistakable (4× the input → ~16× the time) yet cheap.

function expectLinear(run: (s: string) => unknown, make: (n: number) => string, n: number): void {
  const g = growth(run, make, n);
  expect(g.ok, `${g.small.toFixed(0)} ms → ${g.large.toFixed(0)} ms for 4× the input`).toBe(true);
}

describe('super-linear patterns found and fixed (end-anchored patterns now run on a bounded tail: src/clean/tail.ts)', () => {
  // src/extract/images.ts, imageKey: `.replace(/(?:[-_.](?:\d{2,5}x\d{0,5}|\d{2,5}w|scaled|e\d{10,}))+$/, '')`
  // is not anchored at the start: on a file name of repeated size suffixes that does not end in one, every
  // start position re-scans to the end. An <img src> of 80 KB ('-10x' × 20,000 + '!.jpg') takes ~28 s in
  // extractArticle (more than the default --page-timeout); 160 KB takes minutes.
  it('images.ts imageKey: size-suffix stripping on "-10x" × n + "!"', () => {
    expectLinear((s) => imageKey(s), (n) => `https://x.example/${'-10x'.repeat(n / 4)}!.jpg`, 4_000);
  });

  // src/article.ts, canonicalKey (stableId → the record's id): `u.pathname.replace(/\/+$/, '')` is quadratic
  // on a path of many slashes that does not end in one. A <link rel=canonical> or og:url of
  // 'https://x.example/' + '/' × 20,000 + '!x' takes ~10 s in extractArticle (backslashes work too: the URL
  // parser turns them into slashes). The same pattern is in src/extract/images.ts (`p.pathname.replace(/\/+$/, '')`,
  // twice) on image URLs.
  it('article.ts canonicalKey: trailing-slash strip on "/" × n + "!x"', () => {
    expectLinear((s) => canonicalKey(s), (n) => `https://x.example/${'/'.repeat(n)}!x`, 4_000);
  });

  // src/clean/credit.ts, cleanCaption: `.replace(/[\s|/(–—,:-]+$/u, '')` is quadratic on a caption with a long
  // run of separators that does not end the caption; captions are not capped before it. 20 figures whose
  // captions hold 10,000 slashes take ~24 s in extractArticle.
  it('credit.ts cleanCaption: trailing-separator strip on "/" × n + "!x"', () => {
    expectLinear((s) => cleanCaption(s), (n) => `A caption ${'/'.repeat(n)}!x`, 2_000);
  });
});
