// Date cleaning and publication/modification dates: one case per failure class, on pages written for these tests.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDates, formatDate, isPlausible, parseDateText, parseMachineDate } from '../../src/clean/date.js';
import { createContext } from '../../src/context/index.js';
import { extractDates } from '../../src/extract/dates.js';
import { cpuNow } from '../helpers/cpu.js';

const iso = (p: ReturnType<typeof parseMachineDate>): string | null => (p ? formatDate(p) : null);

describe('parseMachineDate', () => {
  it.each([
    ['2024-05-03T18:30:00+02:00', '2024-05-03T18:30:00+02:00'],
    ['2024-05-03T18:30:00+0200', '2024-05-03T18:30:00+02:00'],
    ['2024-05-03T16:30:00Z', '2024-05-03T16:30:00Z'],
    ['2024-05-03T16:30:00.123Z', '2024-05-03T16:30:00Z'],
    ['2024-05-03 16:30:00', '2024-05-03'], // no offset: the day alone
    ['2024-05-03', '2024-05-03'],
    ['20240503', '2024-05-03'],
    ['Fri, 03 May 2024 16:30:00 GMT', '2024-05-03T16:30:00Z'],
    ['Fri, 03 May 2024 18:30:00 +0200', '2024-05-03T18:30:00+02:00'],
  ])('%s', (raw, want) => {
    expect(iso(parseMachineDate(raw))).toBe(want);
  });

  it.each([[''], ['not a date'], ['2024-13-01'], ['2024-02-30']])('rejects %j', (raw) => {
    expect(parseMachineDate(raw)).toBeNull();
  });
});

describe('parseDateText', () => {
  it.each([
    ['Veröffentlicht am 27. Januar 2020', '2020-01-27'],
    ['Montag, 2. März 2020, 10:15 Uhr', '2020-03-02'],
    ['publié le 1er février 2021', '2021-02-01'],
    ['mardi 5 juin 2018', '2018-06-05'],
    ['gepubliceerd op 12 maart 2019', '2019-03-12'],
    ['14 mei 2019', '2019-05-14'],
    ['Posted on January 22, 2014', '2014-01-22'],
    ['Jan. 3rd, 2021', '2021-01-03'],
    ['3 Dec 2019', '2019-12-03'],
    ['27.01.2020 | 10:15', '2020-01-27'],
    ['28.01.22 / 0 Kommentare', '2022-01-28'],
    ['Stand: 2020-04-28', '2020-04-28'],
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['4 de mayo de 2022', '2022-05-04'],
    ['Notizia del 14 gennaio 2020', '2020-01-14'],
    ['Jan 04 09:34 2021', '2021-01-04'],
  ])('%s', (text, want) => {
    const p = parseDateText(text);
    expect(p && formatDate(p)).toBe(want);
  });

  it('reads slashes month first on English pages only', () => {
    expect(formatDate(parseDateText('04/05/2021', 'mdy')!)).toBe('2021-04-05');
    expect(formatDate(parseDateText('04/05/2021', 'dmy')!)).toBe('2021-05-04');
    expect(formatDate(parseDateText('13/05/2021', 'mdy')!)).toBe('2021-05-13');
  });

  it.each([['no date here'], ['Version 1.2.3'], ['call 0800 123 4567'], ['May the force be with you']])('finds nothing in %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('scans a megabyte of digits and month names fast', () => {
    const t0 = cpuNow();
    findDates('12. 12. Januar '.repeat(80_000));
    findDates('1'.repeat(1_000_000));
    expect(cpuNow() - t0).toBeLessThan(1500);
  });
});

describe('plausibility and URLs', () => {
  it('rejects dates before 1990 and after the fetch', () => {
    expect(isPlausible({ year: 1989, month: 12, day: 31 })).toBe(false);
    expect(isPlausible({ year: 2024, month: 6, day: 1 }, '2024-05-01T00:00:00Z')).toBe(false);
    expect(isPlausible({ year: 2024, month: 5, day: 1 }, '2024-05-01T00:00:00Z')).toBe(true);
  });

  it.each([
    ['https://x.org/2019/06/11/title/', '2019-06-11'],
    ['https://x.org/news/20190611-title', '2019-06-11'],
    ['https://x.org/meldungen/29-10-2021', '2021-10-29'],
    ['https://x.org/2019/06/title/', null],
    ['https://x.org/article/123456', null],
  ])('%s', (url, want) => {
    const p = dateFromUrl(url);
    expect(p && formatDate(p)).toBe(want);
  });
});

const page = (head: string, body: string): string => `<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`;
const dates = (html: string, url = 'https://news.example.org/story', fetchedAt: string | null = null) =>
  extractDates(createContext(html, { url, fetchedAt })).value;

describe('extractDates', () => {
  it('keeps published and modified apart, with the page offset', () => {
    const html = page(
      '<meta property="article:published_time" content="2024-05-03T18:30:00+02:00"><meta property="article:modified_time" content="2024-05-04T09:00:00+02:00">',
      '<h1>Bridge</h1>',
    );
    expect(dates(html)).toEqual({ published: '2024-05-03T18:30:00+02:00', modified: '2024-05-04T09:00:00+02:00' });
  });

  it('prefers JSON-LD datePublished', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2024-05-02T08:00:00+02:00', dateModified: '2024-05-02T09:00:00+02:00' });
    expect(dates(page(`<script type="application/ld+json">${ld}</script>`, '<h1>Bridge</h1>')).published).toBe('2024-05-02T08:00:00+02:00');
  });

  it('reads <time datetime> of the article, not of the comments', () => {
    const html = page('', '<article><h1>Bridge</h1><time datetime="2024-04-30T10:00:00+02:00">30. April</time></article><ol class="comment-list"><li><time datetime="2024-05-09T10:00:00+02:00">9. Mai</time></li></ol>');
    expect(dates(html).published).toBe('2024-04-30T10:00:00+02:00');
  });

  it('reads the visible date next to the headline', () => {
    const html = page('', '<div class="wrap"><h1>Bridge opens</h1><p>Ein Artikel von Pia Sommer | 27.01.2022 - 12:45</p><p>Text.</p></div>');
    expect(dates(html).published).toBe('2022-01-27');
  });

  it('skips the masthead\'s date of today', () => {
    const html = page('', '<header class="site-header"><span class="date">Mittwoch, 26.02.2020</span></header><main><h1>Bridge</h1><div class="post-date">1. Mai 2017</div></main>');
    expect(dates(html).published).toBe('2017-05-01');
  });

  it('ranks the generic "date" meta after the visible date', () => {
    const html = page('<meta name="date" content="2020-04-29">', '<h1>Bridge</h1><p>Stand: 28.04.2020 18:00 Uhr</p>');
    expect(dates(html).published).toBe('2020-04-28');
  });

  it('takes the printed day when a UTC timestamp falls on the evening before', () => {
    const html = page('<meta property="article:published_time" content="2021-11-04T23:00:00Z">', '<article><h1>Bridge</h1><p class="date">05.11.2021</p></article>');
    expect(dates(html).published).toBe('2021-11-05');
  });

  it('takes a permalink\'s date when the metadata dates the piece months later (a re-publication)', () => {
    const head = '<meta property="article:published_time" content="2019-06-17T18:28:00+02:00">';
    const html = page(head, '<article><h1>Montauk</h1><p>Text.</p></article>');
    expect(dates(html, 'https://blog.example.org/home/2017/7/12/montauk').published).toBe('2017-07-12');
    // a few days apart: the metadata stands
    expect(dates(html, 'https://blog.example.org/home/2019/06/11/montauk').published).toBe('2019-06-17T18:28:00+02:00');
  });

  it('uses the URL as weak evidence', () => {
    expect(dates(page('', '<h1>Bridge</h1><p>No date.</p>'), 'https://blog.example.org/2015/06/05/bridge/').published).toBe('2015-06-05');
  });

  it('does not let a post filed under "popular" pass for a widget', () => {
    const html = page('', '<div class="post hentry category-popular"><h1>Top 10</h1><p>January 22, 2014</p></div>');
    expect(dates(html).published).toBe('2014-01-22');
  });

  describe('metadata with two days: the one the page shows beside its headline', () => {
    const head =
      '<meta property="article:published_time" content="2021-03-02T08:00:00+01:00"><meta property="article:modified_time" content="2022-06-14T10:00:00+02:00">';
    it('takes the modification day when only it is shown (a reworked piece)', () => {
      const html = page(head, '<article><h1>Garden tips</h1><p>By Ana Ruiz · 14.06.2022</p><p>Text.</p></article>');
      expect(dates(html)).toEqual({ published: '2022-06-14T10:00:00+02:00', modified: '2022-06-14T10:00:00+02:00' });
    });
    it('keeps the publication when it is shown too ("Updated" beside it)', () => {
      const html = page(head, '<article><h1>Garden tips</h1><p>Veröffentlicht 2. März 2021, aktualisiert 14. Juni 2022</p></article>');
      expect(dates(html).published).toBe('2021-03-02T08:00:00+01:00');
    });
    it('keeps the publication when no day is shown', () => {
      expect(dates(page(head, '<article><h1>Garden tips</h1><p>Text.</p></article>')).published).toBe('2021-03-02T08:00:00+01:00');
    });
    it('takes the modification day when the page leads with it ("Last updated …, originally created …")', () => {
      const html = page(head, '<article><h1>Garden tips</h1><p>by Ana Ruiz · Last updated 14 Jun 2022, originally created 02 Mar 2021</p><p>Text.</p></article>');
      expect(dates(html).published).toBe('2022-06-14T10:00:00+02:00');
    });
    it('takes an "Updated" day printed below the headline between the two', () => {
      const html = page(head, '<article><h1>Garden tips</h1><p>By Ana Ruiz Updated May 06, 2021</p><p>Text.</p></article>');
      expect(dates(html).published).toBe('2021-05-06');
      // an unlabelled day there (a print date, an event) does not count
      expect(dates(html.replace('Updated ', '')).published).toBe('2021-03-02T08:00:00+01:00');
    });
  });

  it('reads a dateline above the title in an indented template', () => {
    const pad = ' \n\t'.repeat(400);
    const html = page('', `<div class="box">${pad}<span>14. Februar 2012</span>${pad}<a href="/print">Drucken</a>${pad}</div><h1>Bridge</h1><p>Text.</p>`);
    expect(dates(html).published).toBe('2012-02-14');
  });

  it('reads the article inside <main> whatever the page frame\'s classes say', () => {
    const html = page('', '<div class="layout-container has-sidebar"><main><article><h1>Bridge</h1><time datetime="2017-01-26T16:05:25+01:00">26 January 2017</time></article></main></div>');
    expect(dates(html).published).toBe('2017-01-26T16:05:25+01:00');
  });

  it('does not take a <meta itemprop> for the day the reader sees', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2019-10-19T03:00:00.000Z' });
    const html = page(
      `<script type="application/ld+json">${ld}</script>`,
      '<article><meta itemprop="datePublished" content="2019-10-18"><h1>Bridge</h1><time datetime="2019-10-19T03:00:00.000Z">19.10.2019, 05:00 Uhr</time></article>',
    );
    expect(dates(html).published?.slice(0, 10)).toBe('2019-10-19');
  });

  it('reads the "submitted" line of a CMS post', () => {
    const html = page('', '<div class="node"><h2>Bridge</h2><p>Die Brücke öffnet am 23.-26.8.2017.</p><div class="submitted">Gespeichert von anna am 24. Juli 2017 - 18:55</div></div>');
    expect(dates(html).published).toBe('2017-07-24');
  });

  it('reads a UTC timestamp at 23:00:00 as local midnight on a European page', () => {
    const html = page('<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">', '<article><h1>Bridge</h1></article>');
    expect(dates(html).published).toBe('2022-11-07T00:00:00+01:00');
  });

  it('lets the shown day decide when JSON-LD and <meta> disagree', () => {
    const ld = JSON.stringify({ '@type': 'Article', datePublished: '2022-01-04T07:29:00.000Z' });
    const html = page(
      `<script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2022-01-06T08:29:34">`,
      '<article><h1>Bridge</h1><p>Standfirst.</p><p>06.01.2022</p></article>',
    );
    expect(dates(html).published).toBe('2022-01-06');
  });

  it('does not take a date labelled as the last change for the publication', () => {
    const inText = page('', '<h1>Bridge</h1><p class="meta-date">Zuletzt geändert am: 15.10.2021 · Erschienen am: 13.10.2021</p>');
    expect(dates(inText).published).toBe('2021-10-13');
    const inLabel = page('', '<h1>Bridge</h1><p>Text.</p><h4>Zuletzt geändert am:</h4><ul><li class="timestamp">15.10.2021</li></ul><p>Erschienen am 13.10.2021</p>');
    expect(dates(inLabel).published).toBe('2021-10-13');
  });

  it('skips dates of a teaser carousel', () => {
    const html = page('', '<h1>Bridge</h1><p>Text.</p><div class="teaser-carousel"><div class="info">07.10.2021 Other story</div></div><div class="entry-meta">02.11.2021</div>');
    expect(dates(html).published).toBe('2021-11-02');
  });

  it('prefers the dateline right above the title to a date deep in the standfirst', () => {
    const html = page('', `<p>Zurück 06.12.2022</p><h1>Bürgerbeteiligung am Windpark</h1><p>${'Mit der Investition bietet die Firma vielen Menschen '.repeat(3)}vom 9.1. bis 10.2.2023 die Möglichkeit.</p>`);
    expect(dates(html).published).toBe('2022-12-06');
  });

  it('prefers the date right below the headline to one in a generic meta block elsewhere', () => {
    const html = page('', '<h1>Bridge opens</h1><p>Dienstag, 2. November 2021</p><p>Text.</p><ul><li><div class="info">07.10.2021 Short note</div></li></ul>');
    expect(dates(html).published).toBe('2021-11-02');
  });

  it('skips a logo <h1> and its masthead date for a dated <meta>', () => {
    const html = page('<meta name="date" content="2017-05-01T17:05:00+0200">', '<h1><a href="/">Radio</a></h1><span>Mittwoch, 26.02.2020</span><div><h1>Interview</h1><p>Text.</p></div>');
    expect(dates(html).published).toBe('2017-05-01T17:05:00+02:00');
  });

  it('reads a publication date held only in inline-script data, as weak evidence', () => {
    const html = page('<script>window.__DATA__ = {"item":{"title":"Bridge","publishedDate":"2016-11-04T20:37:27Z"}};</script>', '<h1>Bridge</h1><p>Text.</p>');
    expect(dates(html).published).toBe('2016-11-04T20:37:27Z');
    const escaped = page('<script>self.__next_f.push([1,"{\\"datePublished\\":\\"2022-01-31T15:58:43+01:00\\"}"])</script>', '<h1>Bridge</h1>');
    expect(dates(escaped).published).toBe('2022-01-31T15:58:43+01:00');
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2020-03-01' });
    expect(dates(page(`<script type="application/ld+json">${ld}</script><script>var d = {"publishDate":"2016-11-04"}</script>`, '<h1>x</h1>')).published).toBe('2020-03-01');
  });

  it('dates a wiki page by its "last edited" footer, not by a day its text mentions', () => {
    const html = page(
      '<meta name="generator" content="MediaWiki 1.35">',
      '<h1>Meetup</h1><div id="content"><p>The next meetup is on Wed. 5 February 2020 at 7 pm.</p></div>' +
        '<footer id="footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 29 January 2020, at 13:22.</li></ul></footer>',
    );
    expect(dates(html).published).toBe('2020-01-29');
  });

  it('dates a page by its own change stamp rather than a day deep in its running text (last resort)', () => {
    const prose = '<p>Satellite images show the snow cover in the valley, compared over several winters. </p>'.repeat(14);
    const stamp = (label: string): string => page('', `<div class="content"><h2>Outdoor news</h2>${prose}<p>Image taken on 31.05.2021 (left).</p>${prose}<p>${label} 14.01.2022 um 09:25</p></div>`);
    expect(dates(stamp('Letzte Änderung:')).published).toBe('2022-01-14');
    expect(dates(stamp('Aktualisiert am')).published).toBe('2022-01-14');
    // a date at the start of the text is the page's dateline: kept
    expect(dates(page('', `<div class="content"><p>Berlin, 03.01.2022</p>${prose}<p>Letzte Änderung: 14.01.2022</p></div>`)).published).toBe('2022-01-03');
  });

  it('takes the day printed under the headline when a microdata timestamp falls on the evening before', () => {
    const html = page(
      '',
      '<span class="hidden"><time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00">2021-10-27T20:35:36+01:00</time></span>' +
        '<article><h1>Climate talks</h1><p class="article__meta">Berlin, 28.10.2021, 058/21</p><p>Text.</p></article>',
    );
    expect(dates(html).published).toBe('2021-10-28');
    // the same day under the headline: the timestamp stays
    expect(dates(html.replace('28.10.2021', '27.10.2021')).published).toBe('2021-10-27T20:35:36+01:00');
  });

  it('finally takes a day the page calls a publication anywhere outside comments, else its copyright stamp', () => {
    const sidebar = page(
      '',
      '<div id="header"><h1><a href="/">Movable type</a></h1></div><div id="sidebar"><h2>About this post</h2><p>The bridge wurde am <nobr>19. Mai 2010</nobr> um 23:03 Uhr gepostet.</p></div>' +
        '<div id="content"><h2>The bridge</h2><p>Text.</p></div><ol class="commentlist"><li>Posted on 3. Juni 2010</li></ol>',
    );
    expect(dates(sidebar).published).toBe('2010-05-19');
    const comments = page('', '<div id="content"><h2>The bridge</h2><p>Text.</p></div><div class="sidebar"><ol class="commentlist"><li>Posted on 3. Juni 2010</li></ol></div>');
    expect(dates(comments).published).toBeNull();
    const footer = page('', '<div id="content"><h2>Hazardous goods</h2><p>Text.</p></div><footer><p>Copyright © 19.12.2019 - 12:14 h by Example GmbH</p></footer>');
    expect(dates(footer).published).toBe('2019-12-19');
    expect(dates(footer.replace('19.12.2019 - 12:14 h', '2019')).published).toBeNull();
  });

  it.each([
    ['a page without dates', page('', '<h1>Bridge</h1><p>Text without any day in it.</p>')],
    ['a date before 1990', page('<meta property="article:published_time" content="1980-01-01">', '<h1>x</h1>')],
    ['a date after the fetch', page('<meta property="article:published_time" content="2030-01-01">', '<h1>x</h1>')],
    ['dates only in comments', page('', '<article><h1>x</h1></article><div id="comments"><span class="date">3. Mai 2024</span></div>')],
  ])('finds nothing on %s', (_, html) => {
    expect(dates(html, 'https://news.example.org/story', '2025-01-01T00:00:00Z').published).toBeNull();
  });
});
