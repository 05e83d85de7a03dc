// The rule-table machinery shared by the metadata extractors: the selector subset compiled once, one element
// walk per document, results equal to a real selector engine's.
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { BYLINE_PREFILTER, BYLINE_SELECTORS, DATE_PREFILTER, DATE_TEXT_SELECTORS, HEADLINE_PREFILTER, HEADLINE_SELECTORS, MODIFIED_SELECTORS, PUBLISHED_SELECTORS } from '../../src/rules/metadata.js';
import { compact, compileSelector, elementsByTag, firstElement, isLogoHeading, linksHome, selectRules, wordKey } from '../../src/extract/metadom.js';

const PAGE = `<html lang="de"><head><title>T</title></head><body>
<header class="Site-Header"><h1 class="logo">Site</h1></header>
<article class="post hentry">
  <h1 class="entry-title">Headline</h1>
  <div class="Byline"><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
  <a rel="author nofollow" href="/author/jd">JD</a> <span class="vcard author"><span class="fn">Jo Roe</span></span></div>
  <time pubdate datetime="2024-05-03">3 May</time><time class="updated" datetime="2024-05-04">4 May</time>
  <p class="entry-meta post-date" id="Dateline">Posted 3 May 2024</p><span property="datePublished" content="2024-05-03"></span>
</article></body></html>`;

describe('selector subset', () => {
  const $ = load(PAGE);
  const all = $('*').toArray() as Element[];
  it.each([...HEADLINE_SELECTORS, ...BYLINE_SELECTORS, ...PUBLISHED_SELECTORS, ...MODIFIED_SELECTORS, ...DATE_TEXT_SELECTORS, 'h1', 'time'])(
    'matches what cheerio matches: %s',
    (sel) => {
      const test = compileSelector(sel);
      expect(all.filter(test)).toEqual($(sel).toArray());
    },
  );

  it('matches class tokens as cheerio does: whole tokens between any white space, never a part of one', () => {
    const $t = load('<p class="a\tbyline\nx"></p><p class="bylines"></p><p class="x-byline"></p><p class="byline"></p><p class=" byline "></p><p rel="me author"></p>');
    const els = $t('p').toArray() as Element[];
    for (const sel of ['.byline', 'p.byline', '[rel~="author"]', '[rel~="me author"]', '[class~="byline" i]']) {
      expect(els.filter(compileSelector(sel))).toEqual($t(sel).toArray());
    }
  });

  it.each([['div > p'], ['a:not(.x)'], ['[href=unquoted]'], ['p + p']])('rejects what it does not support: %s', (sel) => {
    expect(() => compileSelector(sel)).toThrow();
  });
});

describe('selectRules', () => {
  it('gives each rule its matches in document order, capped, and caches per document', () => {
    const $ = load(PAGE);
    const a = selectRules($, BYLINE_SELECTORS, 40, BYLINE_PREFILTER);
    expect(a[0]!.map((e) => $(e).text())).toEqual(['Jane Doe']);
    expect(a[4]!.map((e) => e.attribs.href)).toEqual(['/author/jd']);
    expect(selectRules($, BYLINE_SELECTORS, 40, BYLINE_PREFILTER)).toBe(a);
    const capped = selectRules($, ['time'], 1, DATE_PREFILTER);
    expect(capped[0]).toHaveLength(1);
    const heads = selectRules($, ['h1', ...HEADLINE_SELECTORS], 20, HEADLINE_PREFILTER);
    expect(heads[0]!.map((e) => $(e).text())).toEqual(['Site', 'Headline']);
  });

  it('tests attributes one by one: a token word only between spaces, a tag word only at the key\'s start', () => {
    const $ = load(`<body><p class="x fn">a</p><p class="fnord">b</p><p id="h1 title">c</p><div class="h1">d</div>
      <span itemprop="name">e</span><span rel="x/name">f</span><i class="time">g</i><b data-x="headline">h</b></body>`);
    const text = (lists: Element[][]): string[][] => lists.map((l) => l.map((e) => $(e).text()));
    expect(text(selectRules($, ['p', 'span', 'div'], 10, /(?:^|\s)fn(?:\s|$)|(?:^|\s|\/)name/))).toEqual([['a'], ['e', 'f'], []]);
    expect(text(selectRules($, ['p', 'div', 'b'], 10, /^h[1-6]\s|title|headline/))).toEqual([['c'], [], []]);
    expect(text(selectRules($, ['i'], 10, /^time\s/))).toEqual([[]]);
    // a pattern that could span two attributes cannot be tested one attribute at a time
    expect(() => selectRules($, ['p'], 10, /x\sfn/)).toThrow(/attribute by attribute/);
  });

  it('gives each table what a selector engine gives, on links whose URLs name authors, dates and titles too', () => {
    const $ = load(`<body><a href="/author/jd" class="x">JD</a><a href="/date/2024" class="published" title="t">d</a>
      <a class="author" href="/headline/title">A</a><a href="">e</a><a id="byline" href="/news/update">b</a>
      <time class="updated" datetime="2024-05-04">4 May</time><h2 class="entry-title"><a href="/title">T</a></h2></body>`);
    const tables: [readonly string[], RegExp][] = [[BYLINE_SELECTORS, BYLINE_PREFILTER], [PUBLISHED_SELECTORS, DATE_PREFILTER],
      [MODIFIED_SELECTORS, DATE_PREFILTER], [DATE_TEXT_SELECTORS, DATE_PREFILTER], [['h1', ...HEADLINE_SELECTORS], HEADLINE_PREFILTER]];
    for (const [table, prefilter] of tables) {
      expect(selectRules($, table, 100, prefilter)).toEqual(table.map((sel) => $(sel).toArray()));
    }
  });

  it('reads a link\'s href apart from its other attributes: a word at the URL\'s start or end, or only in the class, still counts', () => {
    const $ = load(`<body><div class="post-author"><a href="name/jane">Jane</a></div><div class="entry-author"><a href="fn">F</a></div>
      <div class="posted-by"><a class="author" href="/p/1">A</a></div><div class="meta-author"><a href="/p/2">N</a></div>
      <div class="meta-author"><a href="/x/${'a'.repeat(300)}/author/">L</a></div><a href="/team/author">T</a></body>`);
    const found = selectRules($, BYLINE_SELECTORS, 40, BYLINE_PREFILTER);
    const hrefs = (i: number): string[] => found[i]!.map((e) => e.attribs.href!.slice(0, 12));
    // '.post-author a, .entry-author a, .meta-author a, .posted-by a…': a link passes by its href or its class
    expect(hrefs(6)).toEqual(['name/jane', 'fn', '/p/1']);
    // the links to author pages; a URL is read up to its 300th character
    expect(hrefs(9)).toEqual([]);
    expect(found[8]!.filter((e) => e.name === 'a').map((e) => e.attribs.href)).toEqual(['/p/1']);
  });

  it('finds elements by tag without a query', () => {
    const $ = load(PAGE);
    expect(firstElement($, 'title')?.name).toBe('title');
    expect(elementsByTag($, 'time')).toHaveLength(2);
    expect(elementsByTag($, 'video')).toHaveLength(0);
  });

  it('indexes a page of 50,000 elements quickly', () => {
    const $ = load(`<body>${'<div class="x"><span>a</span></div>'.repeat(25_000)}</body>`);
    const t0 = performance.now();
    selectRules($, BYLINE_SELECTORS, 40, BYLINE_PREFILTER);
    selectRules($, DATE_TEXT_SELECTORS, 60, DATE_PREFILTER);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('logo headings', () => {
  const h1 = (html: string): Element => load(html)('h1').get(0) as Element;
  it('a heading that only links to a site root or home is the logo; one linking to an article is not', () => {
    expect(linksHome(h1('<h1><a href="/">Site</a></h1>'))).toBe(true);
    expect(linksHome(h1('<h1> <a href="https://example.org/">Site</a> </h1>'))).toBe(true);
    expect(linksHome(h1('<h1><a href="https://example.org/news/">News</a></h1>'), 'https://example.org/news')).toBe(true);
    expect(linksHome(h1('<h1><a href="https://example.org/2024/story">Story</a></h1>'))).toBe(false);
    expect(linksHome(h1('<h1>Story <a href="/">x</a></h1>'))).toBe(false);
  });
  it('a heading in a logo block is the logo, whatever it links to', () => {
    expect(isLogoHeading(h1('<div class="logo"><h1>Site</h1></div>'))).toBe(true);
    expect(isLogoHeading(h1('<div class="story"><h1>Story</h1></div>'))).toBe(false);
  });
});

describe('compact and wordKey on ASCII text', () => {
  // the full way, as for any text: NFKD, accents dropped, lower-cased, runs of non-letters/digits replaced
  const fullCompact = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const fullWordKey = (s: string): string =>
    s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('gives what the full way gives for every ASCII character and mixes of them', () => {
    const all = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    const samples = [all, ` ${all} `, 'Hello, World!  It\'s 2024 -- "OK"?', '\t\nA_B-c.d/E:f\u007f', '', '   ', '...', 'x'];
    for (const c of all) samples.push(`a${c}b`, `${c}Z${c}`);
    for (const s of samples) {
      expect(compact(s)).toBe(fullCompact(s));
      expect(wordKey(s)).toBe(fullWordKey(s));
    }
  });

  it('still folds accents and keeps non-Latin letters outside ASCII', () => {
    expect(wordKey('Über  Straße – Café №5')).toBe(fullWordKey('Über  Straße – Café №5'));
    expect(wordKey('Crème brûlée')).toBe('creme brulee');
    expect(compact('Ärzte\u00a0Zeitung')).toBe('arztezeitung');
    expect(wordKey('Москва, 2020')).toBe('москва 2020');
  });
});
