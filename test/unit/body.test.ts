import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { collapseWhitespace, extractBody } from '../../src/extract/body.js';
import { cpuNow } from '../helpers/cpu.js';

// Pages written for these tests. Prose paragraphs are long enough to score like real ones.
const P1 = 'The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted, by most counts, more than ten years.';
const P2 = 'Engineers said the new span would carry trams as well as cars, and that work could start in the spring if the contracts are signed in time.';
const P3 = 'Residents of the east bank, who have waited for a safer crossing since the flood, welcomed the decision but asked for quieter night work.';
const P4 = 'The mayor, speaking after the vote, said the bridge would be finished before the next election, a promise her opponents doubted openly.';

const page = (body: string, head = ''): string => `<!doctype html><html><head><title>Harbour bridge</title>${head}</head><body>${body}</body></html>`;
const body = (html: string, url = 'https://news.example/2024/bridge') => extractBody(createContext(html, { url })).value;
const article = (inner: string) => `<article class="story"><h1>Council backs harbour bridge</h1>${inner}</article>`;
const prose = `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>`;

describe('extractBody: furniture around the article is left out', () => {
  const cases: Array<[string, string, string[]]> = [
    ['navigation', `<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport and leisure</a></li></ul></nav>${article(prose)}`, ['Sport and leisure']],
    ['a menu by class', `<div class="main-menu"><a href="/a">World news</a> <a href="/b">Local news</a></div>${article(prose)}`, ['World news']],
    ['related stories', article(`${prose}<div class="related-stories"><h3>Related stories</h3><ul><li><a href="/x">Tram fares to rise next year</a></li><li><a href="/y">Harbour festival returns</a></li></ul></div>`), ['Tram fares to rise', 'Related stories']],
    ['most read list', `${article(prose)}<aside><h3>Most read</h3><ol><li><a href="/z">Ferry strike called off</a></li></ol></aside>`, ['Ferry strike']],
    ['share block', article(`<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Share on X</a></div>${prose}`), ['Share on X', 'Facebook']],
    ['newsletter box', article(`${prose}<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day, for free.</p></div>`), ['morning briefing']],
    ['comments', `${article(prose)}<section id="comments"><div class="comment"><p>I have lived by this bridge for forty years and it was never safe, finally someone acts.</p></div></section>`, ['forty years']],
    ['site footer', `${article(prose)}<footer><p>© 2024 Example News Ltd. All rights reserved. Registered in England, company number 000000.</p></footer>`, ['All rights reserved']],
    ['caption and credit', article(`<p>${P1}</p><figure><img src="b.jpg"><figcaption>The old bridge at dawn. Photo: Jan Smit/ANP</figcaption></figure><p>${P2}</p><p>${P3}</p><div class="wp-caption-text">Workers on the deck</div><p>${P4}</p>`), ['old bridge at dawn', 'Jan Smit', 'Workers on the deck']],
    ['cookie banner', `<div id="cookie-consent"><p>We use cookies to improve your experience, please accept them to continue reading.</p><button>Accept</button></div>${article(prose)}`, ['We use cookies', 'Accept']],
    ['byline and dateline', article(`<div class="byline">By Anna de Vries</div><time class="date" datetime="2024-03-05">5 March 2024</time>${prose}`), ['Anna de Vries', '5 March 2024']],
    ['advertisement', article(`<p>${P1}</p><div class="ad-slot"><span>Advertisement</span></div><p>${P2}</p><p>Advertisement</p><p>${P3}</p><p>${P4}</p>`), ['Advertisement']],
    ['scripts, styles, templates, noscript', article(`<script>var secretScript = 1;</script><style>.x{color:red}</style><template><p>templated text</p></template><noscript>Enable JavaScript please</noscript>${prose}`), ['secretScript', 'color:red', 'templated text', 'Enable JavaScript']],
    ['hidden elements', article(`${prose}<div hidden><p>Hidden paywall teaser text.</p></div><p style="display: none">Invisible promo line.</p><div aria-hidden="true">Decorative label</div>`), ['Hidden paywall', 'Invisible promo', 'Decorative label']],
    ['the headline', article(prose), ['Council backs harbour bridge']],
    ['a sidebar', `<div class="layout">${article(prose)}<div class="sidebar"><p>Weather: sunny spells, a light breeze from the west and 18 degrees.</p></div></div>`, ['Weather: sunny']],
  ];
  it.each(cases)('%s', (_name, inner, excluded) => {
    const b = body(page(inner));
    for (const p of [P1, P2, P3, P4]) expect(b.text).toContain(p);
    for (const x of excluded) expect(b.text).not.toContain(x);
  });
});

describe('extractBody: paragraphs', () => {
  it('keeps headings, list items and block quotes as paragraphs of their own, in reading order', () => {
    const b = body(page(article(`<p>${P1}</p><h2>What happens next</h2><p>${P2}</p><ul><li>Tenders open in May.</li><li>Work starts in <em>spring</em>.</li></ul><blockquote>We have waited long enough.</blockquote><p>${P3}</p>`)));
    expect(b.paragraphs).toEqual([P1, 'What happens next', P2, 'Tenders open in May.', 'Work starts in spring.', 'We have waited long enough.', P3]);
    expect(b.text).toBe(b.paragraphs.join('\n\n'));
  });

  it('keeps inline elements inline and normalises whitespace inside a paragraph', () => {
    const b = body(page(article(`<p>The   council <a href="/c">voted</a>\n on <b>Tuesday</b>, <span>ending</span> a <em>long</em> debate that had lasted more than ten years, by most counts.</p><p>${P2}</p><p>${P3}</p>`)));
    expect(b.paragraphs[0]).toBe('The council voted on Tuesday, ending a long debate that had lasted more than ten years, by most counts.');
  });

  it('splits text at double line breaks and keeps a single break as a newline', () => {
    const b = body(page(`<div class="entry-content">${P1}<br><br>${P2}<br>${P3}<br><br>${P4}</div>`));
    expect(b.paragraphs).toEqual([P1, `${P2}\n${P3}`, P4]);
  });

  it('joins the article container and its sibling paragraphs', () => {
    const b = body(page(`<div id="page"><div class="text"><p>${P1}</p><p>${P2}</p></div><p>${P3}</p><p>${P4}</p></div>`));
    expect(b.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('returns the main container as node', () => {
    const b = body(page(`<div class="menu"><a href="/">Home</a></div><main><div id="story-body">${prose}</div><div class="box"><a href="/more">More from the harbour desk</a></div></main>`));
    expect(b.node?.attribs.id).toBe('story-body');
  });

  it('returns no node when the page has no container', () => {
    expect(body('just some words').node).toBeNull();
  });

  it('prefers the element marked itemprop=articleBody', () => {
    const b = body(page(`<div itemscope itemtype="https://schema.org/NewsArticle"><div class="intro"><p>${P1}</p></div><div itemprop="articleBody"><p>${P2}</p><p>${P3}</p></div></div>`));
    expect(b.node?.attribs.itemprop).toBe('articleBody');
    expect(b.paragraphs).toEqual([P2, P3]);
  });

  it('does not change the DOM that other extractors read', () => {
    const ctx = createContext(page(`<nav>Menu</nav>${article(prose)}<footer>Footer text</footer>`), { url: 'https://news.example/a' });
    const before = ctx.$.html();
    extractBody(ctx);
    expect(ctx.$.html()).toBe(before);
  });
});

describe('extractBody: pages without an article', () => {
  it('gives the text of a page with no article container', () => {
    const b = body(page(`Short note: the office is closed on Monday.`));
    expect(b.text).toBe('Short note: the office is closed on Monday.');
  });

  it('finds a body whose container is named like furniture when nothing else holds text', () => {
    const b = body(page(`<div class="sidebar-content">${prose}</div>`));
    expect(b.text).toContain(P1);
    expect(b.text).toContain(P4);
  });

  const empty: Array<[string, string]> = [
    ['an empty document', ''],
    ['an empty body', page('')],
    ['only whitespace', page('   \n\t ')],
    ['only scripts and styles', page('<script>var a = "text";</script><style>p{}</style>')],
    ['only navigation', page('<nav><a href="/">Home</a> <a href="/news">News</a></nav>')],
  ];
  it('gives the text of a fragment that is not a whole page', () => {
    expect(body('just some words').text).toBe('just some words');
  });

  it.each(empty)('finds nothing in %s', (_name, html) => {
    const b = body(html);
    expect(b.text).toBe('');
    expect(b.paragraphs).toEqual([]);
  });

  it('survives a deeply nested page', () => {
    const depth = 5000;
    const b = body(page(`${'<div>'.repeat(depth)}<p>${P1}</p>${'</div>'.repeat(depth)}`));
    expect(b.text).toContain(P1);
  });
});

// One case per failure class fixed on real pages (pages written here, not copied).
describe('extractBody: failure classes', () => {
  it('keeps an article whose WordPress taxonomy classes look like boilerplate (tag-social, category-comments)', () => {
    const b = body(page(`<article class="post type-post tag-social-media category-comments tag-sharing">${prose}</article><div class="related"><a href="/x">Another story about trams</a></div>`));
    expect(b.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('keeps a layout wrapper named after its neighbours (content-with-sidebar, has-ads, widget)', () => {
    const b = body(page(`<div class="content-with-sidebar has-ads"><div class="elementor-widget-container">${prose}</div><div class="sidebar"><a href="/a">Tram fares</a> <a href="/b">Ferry times</a></div></div>`));
    expect(b.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('ignores classes on <body> and <html> (has-navigation, sidebar-left)', () => {
    const html = `<!doctype html><html class="nav-open"><body class="has-navigation sidebar-left">${article(prose)}</body></html>`;
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('keeps the paid part wrapped in a paywall element', () => {
    const b = body(page(article(`<p>${P1}</p><div class="paywall"><p>${P2}</p><p>${P3}</p></div>`)));
    expect(b.paragraphs).toEqual([P1, P2, P3]);
  });

  it('does not clean away the only child of the chosen container, whatever its class weight', () => {
    const b = body(page(`<div class="text-offset"><div class="editor scrolling-tracker">${prose}</div></div>`));
    expect(b.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('keeps text blocks written as divs next to a search box', () => {
    const b = body(page(`<div class="story"><div>${P1}</div><div>${P2}</div><div>${P3}</div><div><input type="text" name="q"></div></div>`));
    expect(b.text).toContain(P3);
  });

  it('takes the standfirst from the header of the <article> around the body', () => {
    const lead = 'The council has backed a new harbour bridge after ten years of debate, with trams and cars on one span.';
    const b = body(page(`<article><header><h1>Council backs harbour bridge</h1><p class="standfirst">${lead}</p><div class="byline">By Anna de Vries</div></header><div class="article-body">${prose}</div><footer><a href="/tags/bridges">Bridges</a></footer></article>`));
    expect(b.paragraphs).toEqual([lead, P1, P2, P3, P4]);
  });

  it('keeps soft hyphens as written', () => {
    const b = body(page(article(`<p>Die Werk\u00adzeug\u00adtypen und ihre Lauf\u00adzeiten werden in der folgenden Übersicht behandelt, Schritt für Schritt.</p><p>${P2}</p>`)));
    expect(b.paragraphs[0]).toContain('Werk\u00adzeug\u00adtypen');
  });

  it('drops paragraphs that are all link: teasers for other pages', () => {
    const b = body(page(article(`<p>${P1}</p><p><strong><a href="/app">GET THE HARBOUR NEWS APP BY CLICKING HERE</a></strong></p><p>${P2}</p><h3><a href="/other">Ferry strike called off</a></h3><p>${P3}</p>`)));
    expect(b.paragraphs).toEqual([P1, P2, P3]);
  });

  it('keeps in-page anchor links as text', () => {
    const b = body(page(article(`<h2><a href="#costs">What it will cost</a></h2><p>${P1}</p><p>${P2}</p>`)));
    expect(b.paragraphs[0]).toBe('What it will cost');
  });

  it.each([
    ['Lesen Sie auch: Neue Fähre für die Altstadt'],
    ['Read more: Tram fares to rise next year'],
    ['À lire aussi : le pont du port'],
    ['Foto: Jan Smit/ANP'],
    ['Abbildung 4: Querschnitt der neuen Brücke.'],
    ['Crédits photos : Agence Urbaine'],
    ['© 2024 Harbour News'],
  ])('drops the short furniture paragraph %s', (line) => {
    const b = body(page(article(`<p>${P1}</p><p>${line}</p><p>${P2}</p>`)));
    expect(b.paragraphs).toEqual([P1, P2]);
  });

  it('keeps a long paragraph that opens like a caption', () => {
    const long = `Foto: ${P1} ${P2}`;
    const b = body(page(article(`<p>${long}</p><p>${P3}</p>`)));
    expect(b.paragraphs).toEqual([long, P3]);
  });

  it('splits on line breaks in linear time, whatever the whitespace between them', () => {
    const spaces = ' '.repeat(200_000);
    const t0 = cpuNow();
    const b = body(page(`<div class="entry-content">${P1}<br>${spaces}x${spaces}<br>${P2}<br>${spaces}<br>${P3}</div>`));
    expect(cpuNow() - t0).toBeLessThan(1000);
    expect(b.text).toContain(P3);
  });

  it('puts the standfirst kept outside the body container in front (class lead, itemprop=description)', () => {
    const lead = 'The council has backed a new harbour bridge after ten years of debate, with trams and cars on one span.';
    const byClass = body(page(`<div class="page-head"><h1>Council backs harbour bridge</h1><p class="article-lead">${lead}</p></div><div class="story-body">${prose}</div>`));
    expect(byClass.paragraphs).toEqual([lead, P1, P2, P3, P4]);
    const byItemprop = body(page(`<div class="news"><h1>Council backs harbour bridge</h1><div class="row"><div class="col" itemprop="description"><p>${lead}</p></div><div class="col" itemprop="articleBody">${prose}</div></div></div>`));
    expect(byItemprop.paragraphs).toEqual([lead, P1, P2, P3, P4]);
  });

  it('takes no standfirst from a teaser list, a byline box or a lead the body repeats', () => {
    const lead = 'The council has backed a new harbour bridge after ten years of debate, with trams and cars on one span.';
    const teasers = body(page(`<h1>Council backs harbour bridge</h1><div class="teaser"><a href="/a">Tram fares to rise next year, the transport board says in its plan</a></div><div class="story-body">${prose}</div>`));
    expect(teasers.paragraphs).toEqual([P1, P2, P3, P4]);
    const inByline = body(page(`<h1>Council backs harbour bridge</h1><div class="byline"><p class="intro">Anna de Vries covers the city council and its long-running harbour plans.</p></div><div class="story-body">${prose}</div>`));
    expect(inByline.paragraphs).toEqual([P1, P2, P3, P4]);
    const repeated = body(page(`<header><h1>Council backs harbour bridge</h1><p class="lead">${P1}</p></header><div class="story-body">${prose}</div>`));
    expect(repeated.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it.each([
    ['Subscribe now to our weekend edition for the full story.'],
    ['If you are already a subscriber, log in to read on.'],
    ['Get the latest news straight to your phone with the Harbour News app.'],
    ['Folgen Sie uns auf Mastodon und Bluesky!'],
    ['Kostenlos zum Newsletter anmelden und nichts verpassen'],
    ['Sie müssen sich einloggen, um Kommentare zu schreiben.'],
    ['*Werbung. Dieser Beitrag enthält Werbung für eine Brückenbaufirma.'],
    ['- Anzeige -'],
    ['Abonnez-vous pour lire la suite de cet article.'],
    ['Volg ons op Instagram voor meer havennieuws.'],
    ['Aktualisiert am 17.01.2024.'],
    ['Release Date: 5 March 2024'],
    ['Veröffentlichung: 2. Februar 2024'],
    ['Mit unserem Newsletter sind Sie immer auf dem Laufenden über den Hafen.'],
    ['Dieses Skript als PDF herunterladen'],
    ['Werden Sie Mitglied und erhalten Sie exklusive Angebote!'],
    ['Previous article: Ferry strike called off'],
    ['zurück zur Listenansicht'],
    ['PUEDES VER: ¿Qué pasa con el puente del puerto?'],
    ['(Credit: Jan Smit / Harbour News)'],
  ])('drops the call to action or dateline paragraph %s', (line) => {
    const b = body(page(article(`<p>${P1}</p><p>${line}</p><p>${P2}</p>`)));
    expect(b.paragraphs).toEqual([P1, P2]);
  });

  it('keeps prose that mentions subscriptions, advertising or updates', () => {
    const lines = [
      'Werbung ist nach dem neuen Gesetz an der Brücke verboten, sagte die Bürgermeisterin am Dienstag.',
      'Subscribers to the ferry pass will pay less next year, the transport board said.',
      'Updated plans for the bridge were shown to residents in the town hall on Monday evening.',
    ];
    const b = body(page(article(`<p>${P1}</p>${lines.map((l) => `<p>${l}</p>`).join('')}<p>${P2}</p>`)));
    expect(b.paragraphs).toEqual([P1, ...lines, P2]);
  });

  it('joins the text elements of a page builder spread over several sections', () => {
    const section = (id: string, inner: string) => `<section class="builder-section section-${id}"><div class="builder-container"><div class="builder-row"><div class="builder-col col-${id}"><div class="builder-col-wrap">${inner}</div></div></div></div></section>`;
    const text = (id: string, inner: string) => `<div class="builder-element text-editor element-${id}"><div class="element-inner">${inner}</div></div>`;
    const html = page(`<div class="builder-page">${section('a1', text('a1', `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`))}${section('b2', `<div class="builder-element image-box"><img src="x.jpg"><a href="/shop">Visit the harbour shop</a></div>`)}${section('c3', text('c3', `<p>${P4}</p>`))}</div><div class="sidebar"><p>Weather: sunny spells and a light breeze from the west.</p></div>`);
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('does not join the other posts of a blog listing made from the same template', () => {
    const post = (n: number, title: string, text: string) => `<div class="post post-${n}"><h2><a href="/p/${n}">${title}</a></h2><div class="entry-content"><p>${text}</p></div></div>`;
    const other = 'A different story about the ferry timetable, which changes next month for the whole summer season, as the operator announced.';
    const html = page(`<div id="content"><div class="post post-1"><h2>Council backs harbour bridge</h2><div class="entry-content">${prose}</div></div>${post(2, 'Ferry timetable', other)}${post(3, 'Tram fares', other.replace('ferry', 'tram'))}</div>`);
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('drops image sources, disclosures, newsletter boxes and Italian captions named by class', () => {
    const b = body(page(article(`<div class="head-image-source">Quelle: Foto Jan Smit</div><p>${P1}</p><p class="disclosure-text">We may earn a commission when you buy through links on this page.</p><p>${P2}</p><div class="news-letter-section"><span>We have many exciting topics for you every week.</span></div><p>${P3}</p><div class="dida">Grafico: the bridge traffic by month</div><p>${P4}</p>`)));
    expect(b.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('keeps embedded posts quoted in the article', () => {
    const tweet = 'We will build the bridge, and we will build it well.';
    const b = body(page(article(`<p>${P1}</p><blockquote class="twitter-tweet"><p>${tweet}</p></blockquote><p>${P2}</p>`)));
    expect(b.paragraphs).toEqual([P1, tweet, P2]);
  });

  it('leaves out a hover card hanging from a word of a paragraph', () => {
    const b = body(page(article(`<p>The mayor met <span class="person">Anna de Vries<div class="hovercard"><p>Anna de Vries is an engineer who has led three bridge projects.</p></div></span> on the site, and both said the work would start in spring as planned.</p><p>${P2}</p><p>${P3}</p>`)));
    expect(b.paragraphs[0]).toBe('The mayor met Anna de Vries on the site, and both said the work would start in spring as planned.');
  });

  it('keeps the standfirst in an article header whose class says header', () => {
    const lead = 'The council has backed a new harbour bridge after ten years of debate, with trams and cars on one span.';
    const b = body(page(`<article class="single"><header class="single-header"><div class="titles"><h1>Council backs harbour bridge</h1><p class="excerpt">${lead}</p></div></header><div class="article-body">${prose}</div></article>`));
    expect(b.paragraphs).toEqual([lead, P1, P2, P3, P4]);
  });

  it('reads page-builder widgets as blocks, not as sidebar widgets (their menus and share bars still go)', () => {
    const w = (kind: string, inner: string) => `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
    const col = (inner: string) => `<section class="elementor-section"><div class="elementor-column"><div class="elementor-widget-wrap">${inner}</div></div></section>`;
    const html = page(`<div class="elementor">${col(w('nav-menu', '<ul><li><a href="/">Home</a></li><li><a href="/about">About the harbour</a></li></ul>'))}${col(w('text-editor', `<p>${P1}</p><p>${P2}</p>`))}${col(w('share-buttons', '<a href="#">Share on the social networks</a>'))}${col(w('text-editor', `<p>${P3}</p><p>${P4}</p>`))}</div>`);
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('joins prose paragraphs written straight into the wrappers around the content element', () => {
    const closing = 'The harbour board, which coordinates the city ferries and bridges, publishes its building plans every spring for residents to read.';
    const html = page(`<div class="page"><div class="main-col"><div id="c12" class="frame"><div class="news-list-links"><a href="/news">All news</a></div><div class="news-single"><h3>Harbour news</h3><div class="news-text">${prose}${prose}</div></div></div><p>${closing}</p><p><a href="/contact">Contact the harbour board</a></p></div><div class="side-col"><a href="/a">Tram fares</a></div></div>`);
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4, P1, P2, P3, P4, closing]);
  });

  it('reads a wrapper named after its neighbours (o-section--has-ads) as what it holds, so furniture rules still apply inside it', () => {
    const c = 'I have lived by this bridge for forty years, and I can tell you that nobody, not one councillor, has ever crossed it at night on foot.';
    const html = page(`<div class="o-section o-section--has-ads"><div class="story-copy"><p>${P1}</p><p>${P2}</p><div class="newsletter-box">Get the harbour briefing in your inbox every morning, for free and without ads.</div><p>${P3}</p><p>${P4}</p></div></div><div class="comments">${`<div class="comment-text"><p>${c}</p><p>${c}</p></div>`.repeat(4)}</div>`);
    expect(body(html).paragraphs).toEqual([P1, P2, P3, P4]);
  });
});

describe('collapseWhitespace', () => {
  it('collapses exactly as replace(/\\s+/g, " ") does', () => {
    const alphabet = [' ', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'a', 'b', '.', '\u200b'];
    let seed = 11;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let k = rnd(24); k > 0; k--) s += alphabet[rnd(alphabet.length)];
      expect(collapseWhitespace(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
    }
    for (const s of ['', ' ', '  ', 'a b', 'a  b', ' a\tb \n', '\u00a0 x', 'x \u00a0']) expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('stays linear on long runs of mixed white space', () => {
    const t0 = cpuNow();
    for (const run of [' '.repeat(300_000), ' \t'.repeat(150_000), '\n '.repeat(150_000), 'a '.repeat(150_000)]) expect(collapseWhitespace(run).length).toBeLessThanOrEqual(run.length);
    expect(cpuNow() - t0).toBeLessThan(1000);
  });
});
