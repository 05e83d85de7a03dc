// The image and copyright extractors read the page through the context's element index: these tests hold the
// index-based helpers to what the tree walks they replace give.
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { createContext } from '../../src/context/index.js';
import { hasWord, wordList } from '../../src/extract/credit-dom.js';
import { pageElements, paragraphTextLength, walkArticleText } from '../../src/extract/images.js';

/** The words of an element as they were read before: class and id joined by a space, the first 600 characters. */
function joinedWords(el: Element): Set<string> {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls === undefined && id === undefined) return new Set();
  const key = id === undefined ? cls! : `${cls ?? ''} ${id}`;
  const raw = key.slice(0, 600).replace(/--\S*/g, ' ');
  return new Set(raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
}

describe('hasWord: class and id words by list bits', () => {
  const lists = [['caption'], ['credit', 'photo'], ['related', 'articles'], ['social'], ['x']].map((w) => ({ words: w, list: wordList(w) }));
  const long = `${'a'.repeat(590)}`;
  const attrs = [
    'class="media-caption"', 'id="relatedArticles"', 'class="header--social-icons"', 'class="photo" id="credit"',
    'class="figureCaption relatedArticles" id="main--x"', `class="${long}" id="caption"`, `class="${long} x" id="caption"`,
    `class="${'b'.repeat(598)}" id="caption"`, `class="${'c'.repeat(597)}" id="x"`, 'id=""', 'class=""', 'class="  " id="--social"',
    'class="PhotoCredit"', 'class="a" id="social--x"',
  ];
  it.each(attrs)('%s', (a) => {
    const ctx = createContext(`<html><body><div ${a}>t</div></body></html>`, {});
    const el = ctx.dom.byTag('div')[0]!;
    const words = joinedWords(el);
    for (const { words: w, list } of lists) expect(hasWord(el, list), w.join()).toBe(w.some((x) => words.has(x)));
  });
});

describe('pageElements: from the tag lists and attribute bits', () => {
  it('leaves out what script, style, template and svg hold, keeps document order, finds the landmarks', () => {
    const html = `<html><head><link rel="canonical" href=""><link rel="Canonical x" href="/second"><link rel="canonical" href="/third">
      <template><link rel="canonical" href="/tpl"></template></head><body>
      <template><img src="/t.jpg"><figure></figure><article></article><div itemprop="articleBody"></div></template>
      <svg><image href="/s.jpg"></image><foreignObject><img src="/svg.jpg"><div role="main"></div></foreignObject></svg>
      <div class="lazy" data-src="/a.jpg"></div><img src="/b.jpg"><amp-img src="/c.jpg"></amp-img>
      <div role="main" id="rm"><figure><picture><img src="/d.jpg"></picture></figure><article itemprop="x articleBody" id="ab"><p>t</p></article></div>
      <main id="m"><div data-bg="/e.png"><span>x</span></div><video></video></main></body></html>`;
    const ctx = createContext(html, {});
    const page = pageElements(ctx);
    const src = (e: Element) => e.attribs.src ?? e.attribs['data-src'] ?? e.attribs['data-bg'];
    expect(page.images.map(src)).toEqual(['/a.jpg', '/b.jpg', '/c.jpg', '/d.jpg', '/e.png']);
    expect(page.figures).toHaveLength(1);
    expect(page.articles.map((e) => e.attribs.id)).toEqual(['ab']);
    expect(page.articleBody?.attribs.id).toBe('ab');
    expect(page.main?.attribs.id).toBe('rm');
    expect(page.body?.name).toBe('body');
    expect(page.canonical).toBe('/second');
    const withPicture = (e: Element) => page.withPicture[ctx.dom.indexOf(e)] === 1;
    expect(withPicture(ctx.dom.byTag('figure')[1]!)).toBe(true);
    expect(withPicture(ctx.dom.byTag('main')[0]!)).toBe(true);
    expect(withPicture(ctx.dom.byTag('article')[1]!)).toBe(false);
    expect(withPicture(ctx.dom.byTag('foreignobject')[0] ?? ctx.dom.byTag('foreignObject')[0]!)).toBe(true);
  });
});

describe('paragraphTextLength: the index walk gives what the tree walk gives', () => {
  const para = (n: number) => `<p>${'word '.repeat(n)}</p>`;
  const articles = [
    `<article>${para(10)}<div><p>nested <b>bold</b> text.</p><span>no</span></div><p>x</p></article>`,
    `<article><div><div>${para(900)}</div>${para(900)}</div>${para(900)}<section>${para(900)}<div>${para(900)}</div></section>${para(900).repeat(8)}<div>${para(900).repeat(3)}<div>${para(9)}</div></div><aside>${para(10)}<div>${para(5)}</div></aside>${para(3)}</article>`,
    `<article>${'<div><i>x</i></div>'.repeat(7000)}${para(50)}</article>`,
    `<article>${'<span>x</span>'.repeat(25000)}${para(50)}</article>`,
    `<article><p>${'<b>x</b>'.repeat(30)}</p><!-- c --><script>var p;</script><p></p></article>`,
  ];
  it.each(articles.map((a, i) => [i, a] as const))('article %i', (_i, a) => {
    const ctx = createContext(`<html><body>${a}</body></html>`, {});
    const el = ctx.dom.byTag('article')[0]!;
    expect(paragraphTextLength(ctx.dom, el)).toBe(walkArticleText(el));
  });
  it.each(articles.map((a, i) => [i, a] as const))('article %i: a count stopped early tells the same side of the limit', (_i, a) => {
    const ctx = createContext(`<html><body>${a}</body></html>`, {});
    const el = ctx.dom.byTag('article')[0]!;
    const full = walkArticleText(el);
    for (const stop of [0, 10, 60, 200, 5000]) expect(paragraphTextLength(ctx.dom, el, stop) > stop).toBe(full > stop);
  });
});
