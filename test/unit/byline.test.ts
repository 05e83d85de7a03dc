// Byline cleaning and author extraction: one case per failure class, on pages written for these tests.
import { describe, expect, it } from 'vitest';
import { authorKind, cleanByline } from '../../src/clean/byline.js';
import { createContext } from '../../src/context/index.js';
import { extractByline } from '../../src/extract/byline.js';
import { cpuNow } from '../helpers/cpu.js';

describe('cleanByline', () => {
  it.each([
    ['By JANE DOE and John Roe, Senior Reporter', ['Jane Doe', 'John Roe']],
    ['Von Anna Weber und Paul Lenz', ['Anna Weber', 'Paul Lenz']],
    ['Par Marie Dupont et Luc Martin', ['Marie Dupont', 'Luc Martin']],
    ['Door Pieter de Vries en Anne Jansen', ['Pieter de Vries', 'Anne Jansen']],
    ['Ana Ruiz, Tom Berg and Lea Stein', ['Ana Ruiz', 'Tom Berg', 'Lea Stein']],
    ['Ana Ruiz & Tom Berg', ['Ana Ruiz', 'Tom Berg']],
    ['Ana Ruiz; Tom Berg; NDR', ['Ana Ruiz', 'Tom Berg', 'NDR']],
    ['By Jane Doe | Updated 3 May 2024, 10:15', ['Jane Doe']],
    ['Von Tomas Berger Fr, 18. Oktober 2019', ['Tomas Berger']],
    ['Ein Artikel von Pia Sommer | 27.01.2022 - 12:45', ['Pia Sommer']],
    ['Jane Doe jane.doe@example.org @janedoe Follow', ['Jane Doe']],
    ['Autor/in: Karin Holm', ['Karin Holm']],
    ['Jane Doe Staff Writer', ['Jane Doe']],
    ['Jane Doe (AFP)', ['Jane Doe', 'AFP']],
    ['Loïc Le Clerc', ['Loïc Le Clerc']],
    ['Rita Lang im Gespräch mit Max Ober', ['Rita Lang', 'Max Ober']],
    ['Zeige alle Beiträge von Petra Laub', ['Petra Laub']],
    ['Kristen Falk Kristen Falk', ['Kristen Falk']],
    ['© Kathrin Lorenz', ['Kathrin Lorenz']],
    ['05.02.2020 - Redaktion: Eberhard Kurz (Pressesprecher)', ['Eberhard Kurz']],
    ['Ein Interview von Karl Brandt mit Lena Vogt.', ['Karl Brandt']], // the interviewer wrote it
    ['By Tom Berg, BBC News, New York', ['Tom Berg', 'BBC News']], // the place after the outlet is a dateline
    ['Autor: Rechtsanwalt Jonas Weil', ['Jonas Weil']], // a professional title before the name
    ['Jobs & Hire', ['Jobs & Hire']], // one name (an organisation, see authorKind), not two people
  ])('%s', (raw, want) => {
    expect(cleanByline(raw)).toEqual(want);
  });

  it.each([
    ['empty', ''],
    ['a placeholder account', 'admin'],
    ['a role alone', 'Senior Reporter'],
    ['a photo credit', 'Foto: Ingo Lind'],
    ['a sentence', 'the council said on Monday that the bridge will open'],
    ['a rating', '4,9 von 5,0'],
    ['a heading that starts with "Von"', 'Von der Befreiung zum Staatsvertrag'],
    ['an institution joined by "und"', 'Landesanstalt für Wald und Forstwirtschaft'],
  ])('finds no name in %s', (_, raw) => {
    expect(cleanByline(raw)).toEqual([]);
  });

  it('stays fast on 100,000 commas', () => {
    const t0 = cpuNow();
    cleanByline(`By ${'Jane Doe, '.repeat(100_000)}`);
    cleanByline(','.repeat(100_000));
    expect(cpuNow() - t0).toBeLessThan(200);
  });
});

describe('authorKind', () => {
  it.each([
    ['AFP', 'organization'],
    ['dpa', 'organization'],
    ['Reuters', 'organization'],
    ['dpa/AFP', 'organization'],
    ['Redaktion Lokales', 'organization'],
    ['Jobs & Hire', 'organization'],
    ['Jane Doe', 'person'],
  ] as const)('%s is a %s', (name, kind) => {
    expect(authorKind(name)).toBe(kind);
  });
});

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const authors = (html: string, siteName: string | null = null) =>
  extractByline(createContext(html, { url: 'https://news.example.org/2024/05/story' }), siteName).value.authors;
const names = (html: string, siteName: string | null = null) => authors(html, siteName).map((a) => `${a.name}:${a.kind}`);

describe('extractByline', () => {
  describe('a lead in its own element, the name after it on the same line of a long paragraph', () => {
    const prose = 'Lange Rede über alte Fahrzeuge und ihre Geschichte. '.repeat(4);
    it.each([
      ['<strong>Text:</strong> Klara Brandt<br>', `<p>${prose}<br><strong>Text:</strong> Klara Brandt<br><strong>Fotos:</strong> Max Ober</p>`],
      ['<b>Von:</b><br><br>Name', `<div>${prose}<a href="mailto:x"><b>Von:</b><br><br>Klara Brandt</a></div>`],
      ['Autor: <a>Rechtsanwalt</a> Name', `<div>${prose}<br>Autor: <a href="/anwalt/">Rechtsanwalt</a> Klara Brandt</div>`],
    ])('%s', (_, body) => {
      expect(names(page('', body))).toEqual(['Klara Brandt:person']);
    });
  });

  it('reads a dateline with a name and no lead right below the headline', () => {
    expect(names(page('', '<h1>Variablen und ihr Zuhause</h1><p class="text-muted">11.12.2019 - Amelie Lorenz</p><p>Text.</p>'))).toEqual(['Amelie Lorenz:person']);
    expect(names(page('', '<h1>Freiheit der Planung</h1><div>Essay</div><div><span>25.10.2022 - Reiner Stahl</span></div>'))).toEqual(['Reiner Stahl:person']);
  });

  it('reads the byline of an article inside <main> whatever the page frame\'s classes say', () => {
    const html = page('', '<div class="layout-container has-sidebar"><main><article><h1>Pelz</h1><div class="field--name-field-tag-author"><a href="/autor/jil">Jil Berger</a></div></article></main></div>');
    expect(names(html)).toEqual(['Jil Berger:person']);
  });

  it('reads JSON-LD authors: arrays, nested objects and @graph references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'x', author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Tom Berg' }] },
        { '@type': 'Person', '@id': '#p1', name: 'Ana Ruiz' },
      ],
    };
    expect(names(page(ld(graph), '<p>By Ana Ruiz and Tom Berg</p>'))).toEqual(['Ana Ruiz:person', 'Tom Berg:person']);
  });

  it('ignores a metadata author the page never shows (a CMS account)', () => {
    const html = page(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Webmaster Account' } }), '<article><p>Text.</p></article>');
    expect(names(html)).toEqual([]);
  });

  it('never takes a profile URL in article:author for a name', () => {
    const html = page('<meta property="article:author" content="https://www.facebook.com/jane">', '<p class="byline">By Jane Doe</p>');
    expect(names(html)).toEqual(['Jane Doe:person']);
  });

  it('completes a one-word metadata name from the byline', () => {
    const html = page(ld({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Nils' } }), '<span class="author-name">Nils Becker</span>');
    expect(names(html)).toEqual(['Nils Becker:person']);
  });

  it("completes a one-word JSON-LD name from the Person's own description", () => {
    const person = { '@type': 'Person', name: 'Jonas', description: 'Jonas Keller ist freier Autor und Vater von zwei Kindern.' };
    const html = page(ld({ '@type': 'BlogPosting', author: person }), '<article><h1>Kolumne</h1><p>Eine Kolumne von Jonas Keller</p></article>');
    expect(names(html)).toEqual(['Jonas Keller:person']);
    const vague = { '@type': 'Person', name: 'Jonas', description: 'Jonas schreibt über Familie.' };
    expect(names(page(ld({ '@type': 'BlogPosting', author: vague }), '<p>Jonas</p>'))).toEqual(['Jonas:person']); // no surname given: as written
  });

  it('reads hCard bylines with two authors', () => {
    const html = page('', '<div class="byline">By <span class="vcard"><span class="fn">Ana Ruiz</span></span> and <span class="vcard"><span class="fn">Tom Berg</span></span></div>');
    expect(names(html)).toEqual(['Ana Ruiz:person', 'Tom Berg:person']);
  });

  it('reads microdata authors', () => {
    const html = page('', '<article><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lea Stein</span></span></article>');
    expect(names(html)).toEqual(['Lea Stein:person']);
  });

  it('reads Yoast\'s "written by" card', () => {
    const html = page('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Karl Frost">', '<p>Karl Frost</p>');
    expect(names(html)).toEqual(['Karl Frost:person']);
  });

  it('reads a text byline with a lead word', () => {
    const html = page('', '<div class="meta">Ein Artikel von <strong>Pia Sommer</strong> | 27.01.2022 - 12:45</div><p>Text.</p>');
    expect(names(html)).toEqual(['Pia Sommer:person']);
  });

  it('reads a lead and its name in one node inside a long article block', () => {
    const prose = '<p>Grenzen zu setzen ist eine Übung, die jeden Tag neu beginnt, sagt die Trainerin.</p>'.repeat(4);
    const html = page('', `<main><div class="wrapper"><h1>Grenzen setzen</h1><div><p><i>von Lea Stein</i></p>${prose}</div></div></main>`);
    expect(names(html)).toEqual(['Lea Stein:person']);
  });

  it('does not take a comment author for the byline', () => {
    const html = page('', '<article><p>Text.</p></article><ol class="commentlist"><li><span class="vcard"><b class="fn">Max Kommentar</b></span></li></ol>');
    expect(names(html)).toEqual([]);
  });

  it('marks agencies and the publication as organisations', () => {
    expect(names(page('<meta name="author" content="dpa">', '<p>dpa</p>'))).toEqual(['dpa:organization']);
    expect(names(page('<meta name="author" content="Example News">', '<p>Example News</p>'), 'Example News')).toEqual(['Example News:organization']);
  });

  it.each([
    ['a page without a byline', page('<title>x</title>', '<p>Just text.</p>')],
    ['an "admin" account', page('<meta name="author" content="admin">', '<p>admin</p>')],
    ['a login handle', page(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'kj' } }), '<p>kj</p>')],
    ['a lower-case "author" in running text', page('', `<p>${'Prose about books. '.repeat(10)}The author <b>Tom Berg</b> wrote them.</p>`)],
  ])('finds no person on %s', (_, html) => {
    expect(authors(html).filter((a) => a.kind === 'person')).toEqual([]);
  });
});
