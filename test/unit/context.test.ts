import { describe, expect, it } from 'vitest';
import { absoluteUrl, createContext } from '../../src/context/index.js';
import { checkArticle } from '../../src/validate/index.js';
import { cpuNow } from '../helpers/cpu.js';

describe('absoluteUrl', () => {
  it.each([
    ['/a/b.jpg', 'https://example.org/x/y', 'https://example.org/a/b.jpg'],
    ['c.jpg', 'https://example.org/x/y', 'https://example.org/x/c.jpg'],
    ['//cdn.example.org/i.png', 'https://example.org/', 'https://cdn.example.org/i.png'],
    ['javascript:alert(1)', 'https://example.org/', null],
    ['data:image/gif;base64,R0lGOD', 'https://example.org/', null],
    ['relative-without-base', null, null],
    // JSON left in an attribute: WHATWG keeps the braces, RFC 3986 (the schema's uri format) does not
    ['/{"src":"x"}|a^b`[c]', 'https://example.org/', 'https://example.org/%7B%22src%22:%22x%22%7D%7Ca%5Eb%60%5Bc%5D'],
    ['https://[::1]:8080/p?q={1}', null, 'https://[::1]:8080/p?q=%7B1%7D'],
  ])('resolves %s against %s', (href, base, expected) => {
    expect(absoluteUrl(href, base)).toBe(expected);
  });

  it('gives URLs the record schema accepts', () => {
    const url = absoluteUrl('/{"default":{"w":"73"}}?x={y}', 'http://example.org/');
    const problems = checkArticle({
      schemaVersion: '1.0', id: '0'.repeat(32), input: { path: 'a' }, url, headline: null, authors: [], byline: null,
      datePublished: null, dateModified: null, language: null, siteName: null, articleBody: '', quotes: [],
      images: [{ url, caption: null, credit: null, alt: null }], copyright: null, provenance: {}, warnings: [],
    });
    expect(problems).toEqual([]);
  });
});

describe('createContext', () => {
  it('indexes meta by name, property and itemprop, and parses JSON-LD graphs safely', () => {
    const ctx = createContext(`<html><head>
      <meta property="og:title" content=" A  title "><meta name="author" content="Jane">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":1}},{"@type":"Person","name":"P"}]}</script>
      <script type="application/ld+json">{ not json</script>
      </head><body></body></html>`, { url: 'https://example.org/a' });
    expect(ctx.meta.first('og:title')).toBe('A title');
    expect(ctx.meta.first('missing', 'author')).toBe('Jane');
    expect(ctx.jsonld).toHaveLength(2);
    expect(ctx.articleLd[0]!.headline).toBe('H');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(ctx.warnings.join(' ')).toMatch(/JSON-LD block 2 is not valid JSON/);
  });

  it('flattens a DOM nested 100,000 deep and keeps its text in order', () => {
    const html = '<body>' + '<div>'.repeat(100_000) + '<p>one</p><p>two</p>' + '</div>'.repeat(100_000) + '</body>';
    const ctx = createContext(html);
    expect(ctx.$('body').text()).toBe('onetwo');
    expect(ctx.warnings.join(' ')).toMatch(/flattened/);
  });

  it('parses a page once when it nests shallowly, and drops tags beyond the parser limit when it does not', async () => {
    const { MAX_TAG_DEPTH, parseBounded } = await import('../../src/context/dom.js');
    const shallow = '<body>' + '<div>'.repeat(MAX_TAG_DEPTH - 2) + 'x' + '</div>'.repeat(MAX_TAG_DEPTH - 2) + '</body>';
    expect(parseBounded(shallow)).not.toBeNull();
    expect(createContext(shallow).warnings.join(' ')).not.toMatch(/dropped/);
    const deep = '<body>' + '<div>'.repeat(MAX_TAG_DEPTH + 10) + 'x' + '</div>'.repeat(MAX_TAG_DEPTH + 10) + '</body>';
    expect(parseBounded(deep)).toBeNull();
    const ctx = createContext(deep);
    expect(ctx.warnings.join(' ')).toMatch(/tags nested deeper than the parser limit were dropped/);
    expect(ctx.$('body').text()).toBe('x');
    // auto-closed tags (<p>, <li>) do not deepen the tree: a long run of them is no reason to drop any
    const items = '<body><ul>' + '<li>i'.repeat(3 * MAX_TAG_DEPTH) + '</ul></body>';
    const list = createContext(items);
    expect(list.warnings).toEqual([]);
    expect(list.dom.byTag('li')).toHaveLength(3 * MAX_TAG_DEPTH);
  });
});

describe('createContext: the element index (ctx.dom)', () => {
  const ctx = createContext(`<html lang="fr"><head><link rel="Alternate CANONICAL" href="/canon"><base href="https://cdn.example.org/">
    </head><body><div id="a"><p id="p1">one <b id="b">two</b></p><p id="p2">three</p></div><img id="i" src="x.jpg"></body></html>`, { url: 'https://example.org/page' });
  const ids = (els: readonly { attribs: Record<string, string> }[]) => els.map((e) => e.attribs.id ?? '');

  it('lists elements and text nodes in document order, and by tag name', () => {
    expect(ctx.dom.elements.map((e) => e.name)).toEqual(['html', 'head', 'link', 'base', 'body', 'div', 'p', 'b', 'p', 'img']);
    expect(ids(ctx.dom.byTag('p'))).toEqual(['p1', 'p2']);
    expect(ctx.dom.byTag('video')).toEqual([]);
    expect(ctx.dom.first('html')?.attribs.lang).toBe('fr');
    expect(ctx.dom.texts.map((t) => t.data.trim()).filter(Boolean)).toEqual(['one', 'two', 'three']);
  });

  it('knows each subtree: containment and descendants in constant time', () => {
    const [div] = ctx.dom.byTag('div');
    const [b] = ctx.dom.byTag('b');
    const [img] = ctx.dom.byTag('img');
    expect(ctx.dom.contains(div!, b!)).toBe(true);
    expect(ctx.dom.contains(div!, div!)).toBe(true);
    expect(ctx.dom.contains(div!, img!)).toBe(false);
    expect(ctx.dom.contains(b!, div!)).toBe(false);
    expect(ids(ctx.dom.descendants(div!))).toEqual(['p1', 'b', 'p2']);
    expect(ctx.dom.indexOf(img!)).toBe(ctx.dom.elements.length - 1);
    expect(ctx.dom.end[ctx.dom.indexOf(img!)]).toBe(ctx.dom.elements.length);
  });

  it('reads the canonical link (rel token, any case) and <base href> from it', () => {
    expect(ctx.baseUrl).toBe('https://cdn.example.org/');
  });

  it('knows which attributes each element has (ATTR bits), as the parser reported them or, for a tree parsed elsewhere, from the element', async () => {
    const { ATTR, indexDocument } = await import('../../src/context/dom.js');
    const { load } = await import('cheerio/slim');
    const html = `<body><a href="/x" CLASS="c" rel="author">a</a><p style="color:red">p</p><div role="main" data-bg="x.jpg" id="d" class="c" hidden></div>
      <time pubdate itemprop="datePublished" aria-hidden="true">t</time><meta property="og:title" content="T"><br></p><input type=text></body>`;
    const expected = (e: { attribs: Record<string, string> }): number => {
      const a = e.attribs;
      const bit = (name: string, b: number): number => (a[name] !== undefined ? b : 0);
      return bit('class', ATTR.class) | bit('id', ATTR.id) | bit('itemprop', ATTR.itemprop) | bit('rel', ATTR.rel) | bit('property', ATTR.property) |
        bit('href', ATTR.href) | bit('pubdate', ATTR.pubdate) | bit('role', ATTR.role) | bit('data-bg', ATTR.lazySrc) |
        bit('style', ATTR.style) | bit('aria-hidden', ATTR.ariaHidden) | bit('hidden', ATTR.hidden) | bit('type', ATTR.type);
    };
    const parsed = createContext(html).dom;
    const other = indexDocument(load(html).root()[0]!).index;
    for (const dom of [parsed, other]) {
      // the stray </p> opens an empty <p> of its own, as browsers do: an element the parser makes without attributes
      expect(dom.elements.map((e) => e.name)).toEqual(['body', 'a', 'p', 'div', 'time', 'meta', 'br', 'p', 'input']);
      expect([...dom.attrs]).toEqual(dom.elements.map(expected));
      expect(dom.attrs[dom.indexOf(dom.byTag('a')[0]!)]).toBe(ATTR.href | ATTR.class | ATTR.rel);
      expect(dom.attrs[dom.indexOf(dom.byTag('div')[0]!)]).toBe(ATTR.role | ATTR.lazySrc | ATTR.id | ATTR.class | ATTR.hidden);
      expect(dom.attrs[dom.indexOf(dom.byTag('time')[0]!)]).toBe(ATTR.pubdate | ATTR.itemprop | ATTR.ariaHidden);
    }
  });

  it('gives each element its subtree end and text range, and every text node in document order, as a plain recursive walk does', async () => {
    const { indexDocument } = await import('../../src/context/dom.js');
    const { load } = await import('cheerio/slim');
    const html = `<html><head><title>T</title><script>var a = '<p>';</script></head><body><div id="a"><p>one <b>two</b> three</p>
      <ul><li>x</li><li></li><li><span><i>deep</i></span></li></ul><!-- c --><br><img src="i.jpg"></div><table><tr><td>c</td></tr></table>
      <p>last</p></body></html>`;
    for (const dom of [createContext(html).dom, indexDocument(load(html).root()[0]!).index]) {
      const names: string[] = [];
      const ends: number[] = [];
      const texts: string[] = [];
      const textStart: number[] = [];
      const textEnd: number[] = [];
      const parents: number[] = [];
      const textParents: number[] = [];
      const visit = (n: { type: string; children?: unknown[]; data?: string; name?: string }, parent: number): void => {
        if (n.type === 'text') { texts.push(n.data!); textParents.push(parent); }
        const tag = n.type === 'tag' || n.type === 'script' || n.type === 'style';
        const at = names.length;
        if (tag) { names.push(n.name!); ends.push(-1); textStart.push(texts.length); textEnd.push(-1); parents.push(parent); }
        for (const c of (n.children ?? []) as Array<typeof n>) visit(c, tag ? at : -1);
        if (tag) { ends[at] = names.length; textEnd[at] = texts.length; }
      };
      for (const c of load(html).root()[0]!.children) visit(c as never, -1);
      expect(dom.elements.map((e) => e.name)).toEqual(names);
      expect([...dom.end]).toEqual(ends);
      expect(dom.texts.map((t) => t.data)).toEqual(texts);
      expect(dom.attrs.length).toBe(names.length);
      expect([...dom.textStart]).toEqual(textStart);
      expect([...dom.textEnd]).toEqual(textEnd);
      expect([...dom.parent]).toEqual(parents);
      expect([...dom.textParent]).toEqual(textParents);
      // tag codes: one per name, numbered in order of first use
      expect([...dom.tag].map((c) => dom.tagNames[c])).toEqual(names);
      expect(dom.tagNames).toEqual([...new Set(names)]);
    }
  });

  it('builds the index while parsing exactly as a walk of the finished tree does (implied opens and closes, merged text, unclosed tags)', async () => {
    const { indexDocument, parseIndexed } = await import('../../src/context/dom.js');
    const { load } = await import('cheerio/slim');
    const pages = [
      '<p>a<b>b<i>c</p>d<table><td>e<tr><td>f</table><br/></br></p><li>x<li>y<dd>z<dt>w<option>o<option>p',
      'one &amp; two<!-- c -->three<div>four&lt;<span class="s">five</div>six<h1 id=h>seven<h2>eight',
      '<svg><![CDATA[raw]]><path/></svg><math><mi>x</mi></math><select><option>a<optgroup>b</select><script>x</script><style>y</style>',
      '<html><body>' + '<section>'.repeat(450) + 'deep<em>er</em>' + '</section>'.repeat(450) + '<p>after</p>',
      '<ul><li><a href="/x" rel="author" CLASS="c">a</a>' + '<div><p>p'.repeat(30) + '</ul>tail',
    ];
    for (const html of pages) {
      const parsed = parseIndexed(html)!;
      const walked = indexDocument(load(html).root()[0]!);
      const [a, b] = [parsed.index, walked.index];
      expect(a.elements.map((e) => e.name)).toEqual(b.elements.map((e) => e.name));
      expect(a.texts.map((t) => t.data)).toEqual(b.texts.map((t) => t.data));
      expect([...a.end]).toEqual([...b.end]);
      expect([...a.attrs]).toEqual([...b.attrs]);
      expect([...a.textStart]).toEqual([...b.textStart]);
      expect([...a.textEnd]).toEqual([...b.textEnd]);
      expect([...a.parent]).toEqual([...b.parent]);
      expect([...a.textParent]).toEqual([...b.textParent]);
      expect([...a.tag]).toEqual([...b.tag]);
      expect(a.tagNames).toEqual(b.tagNames);
      expect(a.elements.every((e, i) => a.indexOf(e) === i)).toBe(true);
      expect(parsed.flattened).toBe(walked.flattened);
      for (const name of ['p', 'td', 'li', 'section', 'missing']) expect(a.byTag(name).map((e) => a.indexOf(e))).toEqual(b.byTag(name).map((e) => b.indexOf(e)));
    }
  });

  it('indexes a flattened tree', () => {
    const deep = createContext('<body>' + '<div>'.repeat(600) + '<p>one</p><p>two</p>' + '</div>'.repeat(600) + '</body>');
    expect(deep.dom.byTag('p')).toHaveLength(2);
    expect(deep.dom.byTag('div')).toHaveLength(600);
    expect(deep.warnings.join(' ')).toMatch(/flattened/);
    const [first] = deep.dom.byTag('div');
    expect(deep.dom.descendants(first!).length).toBe(deep.dom.elements.length - deep.dom.indexOf(first!) - 1);
  });
});

describe('limitNesting', () => {
  it('leaves ordinary pages untouched', async () => {
    const { limitNesting } = await import('../../src/context/dom.js');
    const html = '<html><body><div><p>a<br>b<img src="x"/></p><script>if (a<b) "<div>"</script></div></body></html>';
    expect(limitNesting(html, 5)).toEqual({ html, dropped: 0 });
  });

  it('drops tags beyond the limit and keeps their text, in linear time', async () => {
    const { limitNesting } = await import('../../src/context/dom.js');
    expect(limitNesting('<div><div><div><b>x</b></div></div></div>', 2).html).toBe('<div><div>x</div></div>');
    const n = 200_000;
    const t0 = cpuNow();
    const r = limitNesting('<body>' + '<div>'.repeat(n) + 'deep' + '</div>'.repeat(n) + '</body>');
    expect(cpuNow() - t0).toBeLessThan(2000);
    expect(r.html).toContain('deep');
    expect(r.dropped).toBeGreaterThan(n);
  });

  it('stays linear on unclosed tag openers and stray closers', async () => {
    const { limitNesting } = await import('../../src/context/dom.js');
    const t0 = cpuNow();
    limitNesting('<a'.repeat(500_000));
    limitNesting('<div>'.repeat(2000) + '</span>'.repeat(200_000));
    expect(cpuNow() - t0).toBeLessThan(2000);
  });
});
