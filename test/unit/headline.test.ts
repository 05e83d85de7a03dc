// Headline extraction: one case per failure class, on pages written for these tests.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { dropDateAffix, extractHeadline, siteEvidence, splitTitle, stripSiteAffixes } from '../../src/extract/headline.js';
import { cpuNow } from '../helpers/cpu.js';

const page = (head: string, body = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const headline = (html: string, siteName: string | null = null, url = 'https://www.example-news.org/2024/05/story'): string | null =>
  extractHeadline(createContext(html, { url }), siteName).value;

describe('stripSiteAffixes', () => {
  const ev = siteEvidence('Example News', 'https://www.example-news.org/x');
  it.each([
    ['suffix after a pipe', 'Council approves new bridge | Example News', 'Council approves new bridge'],
    ['prefix before a dash', 'Example News - Council approves new bridge', 'Council approves new bridge'],
    ['host as suffix', 'Council approves new bridge – example-news.org', 'Council approves new bridge'],
    ['section and site', 'Council approves new bridge · Politics · Example News', 'Council approves new bridge · Politics'],
    ['site before a colon', 'Example News: Council approves new bridge', 'Council approves new bridge'],
    ['guillemet separator', 'Council approves new bridge » Example News', 'Council approves new bridge'],
    ['em dash', 'Council approves new bridge — Example News', 'Council approves new bridge'],
    ['generic CMS part', 'Example News » Blog Archive » Council approves new bridge', 'Council approves new bridge'],
  ])('%s', (_, title, want) => {
    expect(stripSiteAffixes(title, ev)).toBe(want);
  });

  it.each([
    ['a colon that belongs to the headline', 'Brexit: what happens next'],
    ['a hyphenated word', 'Long-term plan for the well-known bridge'],
    ['quoted headline in guillemets', '»Wir bleiben hier«'],
    ['no separator at all', 'Council approves new bridge'],
  ])('keeps %s', (_, title) => {
    expect(stripSiteAffixes(title, ev)).toBe(title);
  });

  it('keeps a first word that merely ends with the host name', () => {
    const host = siteEvidence(null, 'https://www.bridge.example/news/1');
    expect(stripSiteAffixes('Drawbridge: new cables for the old crossing', host)).toBe('Drawbridge: new cables for the old crossing');
    expect(stripSiteAffixes('New cables for the old crossing | Bridge.example', host)).toBe('New cables for the old crossing');
  });

  it('keeps a part that mentions the host among other words', () => {
    const host = siteEvidence(null, 'https://www.summits.example/news/1');
    expect(stripSiteAffixes('Summits.example - Outdoor - Sharper snow maps on summits.example', host)).toBe('Outdoor - Sharper snow maps on summits.example');
  });

  it('drops separators left dangling', () => {
    expect(stripSiteAffixes('About our team |', siteEvidence(null, null))).toBe('About our team');
  });

  it('splits a megabyte title fast', () => {
    const big = 'a | '.repeat(250_000);
    const t0 = cpuNow();
    splitTitle(big);
    stripSiteAffixes(big, ev);
    expect(cpuNow() - t0).toBeLessThan(200);
  });
});

describe('hostile input', () => {
  it('handles a 1 MB <title> fast', () => {
    const ctx = createContext(page(`<title>${'Bridge | – : '.repeat(80_000)}</title>`, '<h1>Bridge</h1>'), { url: null });
    const t0 = cpuNow();
    expect(extractHeadline(ctx, null).value).toBe('Bridge');
    expect(cpuNow() - t0).toBeLessThan(200);
  });
});

describe('extractHeadline', () => {
  it('prefers the h1 that agrees with og:title', () => {
    const html = page('<title>Bridge vote | Example News</title><meta property="og:title" content="Council approves new bridge | Example News">', '<h1>Council approves new bridge</h1>');
    expect(headline(html, 'Example News')).toBe('Council approves new bridge');
  });

  it('reads the JSON-LD headline', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour reopens after storm' });
    const html = page(`<title>Example News</title><script type="application/ld+json">${ld}</script>`);
    expect(headline(html, 'Example News')).toEqual('Harbour reopens after storm');
  });

  it('decodes entities left in JSON-LD', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'Salt &#038; pepper' });
    expect(headline(page(`<script type="application/ld+json">${ld}</script>`))).toBe('Salt & pepper');
  });

  it('leaves the kicker out of the h1', () => {
    const html = page(
      '<title>Climate: Drilling until it gets hot | Example News</title>',
      '<h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span><span>Drilling until it gets hot</span></h1>',
    );
    expect(headline(html, 'Example News')).toBe('Drilling until it gets hot');
  });

  it('leaves a <small> subtitle out of the h1', () => {
    const html = page('<meta property="og:title" content="Fish cakes, hot and fresh">', '<h1>Fish cakes, hot and fresh <small>A visit to the harbour</small></h1>');
    expect(headline(html)).toBe('Fish cakes, hot and fresh');
  });

  it('skips an h1 that is the site logo', () => {
    const html = page('<title>Night trains return | Example News</title>', '<h1 class="site-title"><a href="/">Example News</a></h1><article><h2 class="entry-title">Night trains return</h2></article>');
    expect(headline(html, 'Example News')).toBe('Night trains return');
  });

  it('skips an h1 only screen readers see', () => {
    const html = page('<meta property="og:title" content="Local elections in the north">', '<h1 class="sr-only">Navigation</h1><h1>Local elections in the north</h1>');
    expect(headline(html)).toBe('Local elections in the north');
  });

  it('keeps guillemets that open and close the headline', () => {
    const html = page('<title>»Wir bleiben hier« - Example News</title>', '<h1>»Wir bleiben hier«</h1>');
    expect(headline(html, 'Example News')).toBe('»Wir bleiben hier«');
  });

  it('takes the title part that is a heading on the page when nothing else names it', () => {
    const html = page('<title>All new in May | Library Notes and More</title>', '<h2><a href="/2024/05/may">All new in May</a></h2><h3>Categories</h3>');
    expect(headline(html, null, 'https://notes.example.net/2024/05/may')).toBe('All new in May');
  });

  it('takes a kicker-free h1 that starts the metadata title', () => {
    const html = page('<meta name="title" content="Holiday cottage Linden (4022) - Holiday homes Eifel">', '<h1 itemprop="name">Holiday cottage Linden</h1>');
    expect(headline(html)).toBe('Holiday cottage Linden');
  });

  it.each([
    ['an empty page', page('')],
    ['a title that is only the site name', page('<title>Example News</title>')],
    ['headings only in the sidebar', page('', '<aside><h1>Most read</h1></aside>')],
  ])('finds nothing on %s', (_, html) => {
    expect(headline(html, 'Example News')).toBeNull();
  });
});

describe('the visible heading against the metadata', () => {
  it('drops soft hyphens, so a hyphenated h1 agrees with og:title', () => {
    const html = page('<meta property="og:title" content="Messengers are no lawless space">', '<h1>Mes\u00adsen\u00adgers are no law\u00adless space</h1>');
    expect(headline(html)).toBe('Messengers are no lawless space');
  });

  it('takes the page\'s one h1 over a social title that says something else', () => {
    const html = page(
      '<title>Harbour works: what it costs | Example News</title><meta property="og:title" content="Harbour works: what it costs">',
      '<article><h1 class="entry-title">Why the harbour works cost twice as much</h1><p>Text.</p></article>',
    );
    expect(headline(html, 'Example News')).toBe('Why the harbour works cost twice as much');
  });

  it('takes the h1 over a JSON-LD headline that differs from it', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council votes on the budget' });
    const html = page(`<script type="application/ld+json">${ld}</script>`, '<h1>Council passes the budget after long night</h1>');
    expect(headline(html)).toBe('Council passes the budget after long night');
  });

  it.each([
    ['a section-name class', '<header><h1 class="header__section-name">Politics</h1></header><article><p>Text.</p></article>'],
    ['a page label', '<h1>Detailansicht</h1><article><p>Text.</p></article>'],
    ['the words of the site name', '<h1>Example News</h1><article><p>Text.</p></article>'],
    ['a kicker before the metadata title', '<h1>Transport: Night trains return to the valley</h1>'],
    ['several different h1s', '<h1>Tips for the trip</h1><h1>Where to eat</h1>'],
  ])('keeps the metadata title when the h1 is %s', (_, body) => {
    const html = page('<meta property="og:title" content="Night trains return to the valley">', body);
    expect(headline(html, 'Example Daily News')).toBe('Night trains return to the valley');
  });

  it('cuts an affix of the heading\'s own when the rest is the metadata title', () => {
    const html = page('<meta property="og:title" content="What we do not want to hear">', '<h1 class="title">What we do not want to hear | PARTNER-SITE.NET</h1>');
    expect(headline(html)).toBe('What we do not want to hear');
  });

  it('takes a heading in the masthead when it is the metadata title', () => {
    const html = page('<meta property="og:title" content="Blessing of the throats: an old custom">', '<div class="header-title"><h1>Blessing of the throats: an old custom</h1></div><h1>Radio report</h1>');
    expect(headline(html)).toBe('Blessing of the throats: an old custom');
  });

  it('does not take a section h1 that is a short piece of <title> for the headline', () => {
    const html = page(
      '<title>Customs online - Notices - Tobacco tax law announced</title>',
      '<h1 class="stage__headline">Notices</h1><div class="single"><h1>Tobacco tax law announced</h1></div>',
    );
    expect(headline(html)).toBe('Tobacco tax law announced');
  });
});

describe('metadata against headings outside the article', () => {
  it('prefers JSON-LD and og:title over a breadcrumb h1 that only <title> confirms', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '"Goodbye": the band splits up' });
    const html = page(
      `<title>The band splits up: "Goodbye"</title><meta property="og:title" content="&quot;Goodbye&quot;: the band splits up"><script type="application/ld+json">${ld}</script>`,
      '<div class="breadcrumbs"><span><h1>The band splits up: "Goodbye"</h1></span></div><div class="post--title"><h2>"Goodbye": the band splits up</h2></div>',
    );
    expect(headline(html)).toBe('"Goodbye": the band splits up');
  });

  it('takes the whole <title> when og:title was cut at an unescaped quote', () => {
    const html = page('<title>Senator calls the president "unfit"</title><meta property="og:title" content="Senator calls the president "unfit"">');
    expect(headline(html)).toBe('Senator calls the president "unfit"');
  });

  it('passes over a section-label h1 for the title part that is a heading', () => {
    const html = page('<title>Gamers Club e.V. - Updates » The events of late</title>', '<h1>Updates</h1><div class="left"><h2>The events of late</h2><p>Text.</p></div>');
    expect(headline(html)).toBe('The events of late');
  });
});

describe('the article h1 in a layout wrapper, its colon, its date', () => {
  it('takes the h1 of an article inside a wrapper that makes room for a sidebar', () => {
    const html = page(
      '<meta property="og:title" content="Company cars: lease or buy? What pays off?">',
      '<div class="content-sidebar-wrap"><main><article class="post"><header class="entry-header"><h1 class="entry-title">Company cars: leasing or financing?</h1></header><p>Text.</p></article></main><aside class="sidebar"><h2>Popular</h2></aside></div>',
    );
    expect(headline(html)).toBe('Company cars: leasing or financing?');
  });

  it('still leaves out an h1 in a real sidebar', () => {
    const html = page('<meta property="og:title" content="Company cars: lease or buy?">', '<div class="sidebar"><h1>Newsletter</h1></div><article><p>Text.</p></article>');
    expect(headline(html)).toBe('Company cars: lease or buy?');
  });

  it('does not cut the h1 at a colon the rest hangs from, though og:title stops there', () => {
    const html = page('<meta property="og:title" content="Lemon sheet cake | Baking Makes Happy">', '<div class="content-sidebar-wrap"><article><h1 class="entry-title">Lemon sheet cake: simply delicious!</h1></article></div>');
    expect(headline(html, 'Baking Makes Happy')).toBe('Lemon sheet cake: simply delicious!');
  });

  it('lets <title> decide between several h1s when a heading on the page repeats it', () => {
    const html = page(
      '<title>Sustainability in our shop</title>',
      '<h2>Sustainability in our shop</h2><h1>Our three main measures for sustainability</h1><p>Text.</p><h1>How returns work for guests</h1><p>Text.</p>',
    );
    expect(headline(html)).toBe('Sustainability in our shop');
  });

  it.each([
    ['23.01.2022 - Wierer wins the last race', 'Wierer wins the last race'],
    ['Wierer wins the last race | 2022-01-23', 'Wierer wins the last race'],
    ['30.11. | Book of the week', '30.11. | Book of the week'],
    ['2022 - the year in review', '2022 - the year in review'],
  ])('drops a date part: %s', (title, want) => {
    expect(dropDateAffix(title)).toBe(want);
    expect(headline(page(`<title>${title}</title>`, `<h1>${title}</h1>`))).toBe(want);
  });
});

describe('pages with no metadata, no <title> and no h1', () => {
  const head = (html: string) => extractHeadline(createContext(html, { url: null }), null);
  it('take the first h2 of the page', () => {
    expect(head('<body><h2>Volunteers clean up the beach</h2><p>Two hundred people came.</p><h2>Next steps</h2></body>')).toEqual({
      value: 'Volunteers clean up the beach', source: 'h2:only',
    });
  });
  it('find nothing when the only h2 is in navigation or the footer', () => {
    expect(head('<body><nav><h2>Menu</h2></nav><p>Text.</p><footer><h2>Contact us today</h2></footer></body>').value).toBeNull();
  });
});
