import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { extractCopyright, parseNotice } from '../../src/extract/copyright.js';
import { cpuNow } from '../helpers/cpu.js';

const run = (html: string) => extractCopyright(createContext(html, { url: 'https://news.example/a/story-one' }));
const article = `<article><h1>Story</h1><p>${'The council met on Monday to discuss the new tram line through the city centre. '.repeat(4)}</p></article>`;

describe('extractCopyright: notices as pages print them', () => {
  const cases: Array<[string, string, { notice: string; holder: string | null; year: number | null }]> = [
    ['footer line (en)', `${article}<footer><p>Copyright © 2024 The Brussels Times. All Rights Reserved.</p></footer>`,
      { notice: 'Copyright © 2024 The Brussels Times. All Rights Reserved.', holder: 'The Brussels Times', year: 2024 }],
    ['© year holder (de)', `${article}<footer><div class="footer-bottom"><span>© 2021 RTL interactive GmbH</span></div></footer>`,
      { notice: '© 2021 RTL interactive GmbH', holder: 'RTL interactive GmbH', year: 2021 }],
    ['tous droits réservés (fr)', `${article}<div id="footer"><p>© 2023 Le Journal du Littoral – Tous droits réservés</p></div>`,
      { notice: '© 2023 Le Journal du Littoral – Tous droits réservés', holder: 'Le Journal du Littoral', year: 2023 }],
    ['alle rechten voorbehouden, year after holder (nl)', `${article}<footer><p>© Stadsblad 2025. Alle rechten voorbehouden.</p></footer>`,
      { notice: '© Stadsblad 2025. Alle rechten voorbehouden.', holder: 'Stadsblad', year: 2025 }],
    ['year range (en)', `${article}<footer><small>© 1996-2015 The Harbour Post</small></footer>`,
      { notice: '© 1996-2015 The Harbour Post', holder: 'The Harbour Post', year: 2015 }],
    ['year in a separate span (en)', `${article}<footer><ul><li><a href="/c">©&nbsp;<span>2019</span><span> The Daily Example Company</span></a></li></ul></footer>`,
      { notice: '© 2019 The Daily Example Company', holder: 'The Daily Example Company', year: 2019 }],
  ];
  it.each(cases)('%s', (_name, html, want) => {
    expect(run(`<html><body>${html}</body></html>`).value).toMatchObject(want);
  });

  it('<meta name="copyright"> when nothing is printed', () => {
    const r = run(`<html><head><meta name="copyright" content="Mitteldeutsche Zeitung"></head><body>${article}</body></html>`);
    expect(r).toEqual({ value: { notice: 'Mitteldeutsche Zeitung', holder: 'Mitteldeutsche Zeitung', year: null, source: 'meta' }, source: 'meta:copyright' });
  });
  it('JSON-LD copyrightNotice when nothing is printed', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', copyrightNotice: '© 2022 Harbour News', copyrightYear: 2022, copyrightHolder: { '@type': 'Organization', name: 'Harbour News' } };
    const r = run(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${article}</body></html>`);
    expect(r.value).toMatchObject({ notice: '© 2022 Harbour News', holder: 'Harbour News', year: 2022, source: 'jsonld' });
  });
  it('the footer wins over a notice printed higher up', () => {
    const r = run(`<html><body><div class="menu"><p>© 2019 Parent Media Group</p></div>${article}<footer><p>© 2018 Example Stone, LLC</p></footer></body></html>`);
    expect(r.value?.notice).toBe('© 2018 Example Stone, LLC');
  });
});

describe('extractCopyright: what is not the page notice', () => {
  const cases: Array<[string, string]> = [
    ['no notice at all', `<html><body>${article}</body></html>`],
    ['a wire notice at the end of the article', `<html><body><article><p>${'Text of the story about ports and cranes. '.repeat(6)}</p><p><i>© Reuters</i></p></article></body></html>`],
    ['an image credit', `<html><body>${article}<figure><img src="/a.jpg"><figcaption>The quay. © Jan Peeters</figcaption></figure></body></html>`],
    ['copyright as a word in a sentence', `<html><body>${article}<footer><p>Use of this material is governed by copyright law.</p></footer></body></html>`],
    ['JSON-LD copyrightHolder alone (nothing printed)', `<html><head><script type="application/ld+json">{"@type":"NewsArticle","copyrightHolder":{"@id":"https://news.example/#publisher"}}</script></head><body>${article}</body></html>`],
  ];
  it.each(cases)('%s', (_name, html) => {
    expect(run(html)).toEqual({ value: null, source: null });
  });
});

describe('parseNotice', () => {
  it.each([
    ['Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.', 'Dow Jones & Company, Inc', 2019],
    ['© Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.', 'Future US, Inc', null],
    ['COPYRIGHT © 2021 EL TIEMPO Casa Editorial', 'EL TIEMPO Casa Editorial', 2021],
    ['Copyright (c) Harbour Media 2019', 'Harbour Media', 2019],
  ])('%j', (notice, holder, year) => {
    const p = parseNotice(notice);
    expect(p.year).toBe(year);
    expect(p.holder).toBe(holder);
  });
  it('stays fast on adversarial text', () => {
    const t0 = cpuNow();
    parseNotice('©'.repeat(100_000));
    parseNotice('Copyright 2019 '.repeat(20_000));
    parseNotice('.'.repeat(1_000_000));
    expect(cpuNow() - t0).toBeLessThan(500);
  });
});

describe('extractCopyright: the article text is not scanned for the notice', () => {
  it('a notice inside the article (wire copy) is not the page\'s, the footer\'s is', () => {
    const r = run(`<html><body><article><h1>Story</h1><p>${'The port reopened on Monday after the storm. '.repeat(6)}</p><p>© 2020 Example Wire Holdings</p></article><footer><p>© 2024 Harbour Gazette</p></footer></body></html>`);
    expect(r.value?.notice).toBe('© 2024 Harbour Gazette');
  });
  it('nothing outside the article: no printed notice', () => {
    const r = run(`<html><body><article><h1>Story</h1><p>${'The port reopened on Monday after the storm. '.repeat(6)}</p><p>© 2020 Example Wire Holdings</p></article></body></html>`);
    expect(r.value).toBeNull();
  });
  it('an article with no text of its own right before the footer', () => {
    const r = run(`<html><body><div itemprop="articleBody"><img src="a.jpg"></div><footer><p>© 2024 Harbour Gazette</p></footer></body></html>`);
    expect(r.value?.notice).toBe('© 2024 Harbour Gazette');
  });
  it('an article element that holds <body> (broken nesting) does not hide the footer inside it', () => {
    const r = run(`<html><article><body><h1>Story</h1><p>${'The port reopened on Monday after the storm. '.repeat(6)}</p><footer><p>© 2024 Harbour Gazette</p></footer></body></article></html>`);
    expect(r.value?.notice).toBe('© 2024 Harbour Gazette');
  });
});
