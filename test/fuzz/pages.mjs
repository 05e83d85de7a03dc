// Hostile page generator for the fuzz test (test/fuzz/extract.fuzz.test.ts) and the long run
// (scripts/fuzz.mjs). Plain JS so that both vitest and a bare `node` can import it; types in pages.d.mts.
//
// A page is a base (one of samples/*.html, or a generated news page) run through 1–8 mutations: random
// truncation, tag soup, unbalanced quote marks of every language, random bytes and code units (lone
// surrogates, NUL, controls), duplicated attributes, enormous attribute values, deeply nested inline
// elements, <script>/<template>/<style>/<textarea> everywhere, broken JSON-LD, prototype keys. Every part
// is a fast-check arbitrary, so a failure shrinks to a small page and replays from its seed and path.
import fc from 'fast-check';

/** Every quote mark the extractors know, plus the ASCII ones: they go in unbalanced, on purpose. */
export const QUOTE_MARKS = ['“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚', "'", '"', '「', '」', '『', '』', '″', '〝', '〞'];

const WORDS = [
  'the', 'minister', 'said', 'told', 'police', 'Brussels', 'Jane', 'Doe', 'John', 'Roe', 'by', 'and', 'Reuters', 'AFP',
  'Belga', 'Photo:', 'Credit:', '©', '2024', 'January', '12', 'mars', 'zei', 'dit', 'sagte', 'according', 'to', 'spokesperson',
  'Mr.', 'Dr', 'van', 'de', 'der', 'le', 'la', '—', '–', '-', ',', '.', ';', ':', '(', ')', '/', '|', '•', 'https://x.example/a',
  '&amp;', '&#x201C;', '&quot;', '&nbsp;', '&#0;', '&#xD800;', '&#1114112;', '&lt;', '&bogus;', 'AP', 'Getty', 'Images',
];

/** Tags a tag-soup run draws from: block, inline, raw-text, void, foreign, table and obsolete elements. */
const TAGS = [
  'p', 'div', 'span', 'b', 'i', 'em', 'strong', 'a', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside',
  'figure', 'figcaption', 'img', 'picture', 'source', 'br', 'hr', 'h1', 'h2', 'h3', 'blockquote', 'q', 'cite', 'time',
  'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'script', 'style', 'template', 'noscript', 'textarea', 'title',
  'svg', 'math', 'iframe', 'object', 'embed', 'meta', 'link', 'base', 'form', 'input', 'select', 'option', 'xmp',
  'plaintext', 'frameset', 'font', 'center', 'marquee', 'address', 'dl', 'dt', 'dd', 'pre', 'code', 'sup', 'small',
];
const ATTRS = [
  'class', 'id', 'href', 'src', 'srcset', 'data-src', 'alt', 'title', 'content', 'name', 'property', 'itemprop', 'itemtype',
  'itemscope', 'rel', 'datetime', 'lang', 'type', 'style', 'hidden', 'aria-hidden', 'role', 'sizes', 'charset', 'http-equiv',
];
const CLASSES = [
  'byline', 'author', 'article-body', 'story', 'content', 'caption', 'credit', 'copyright', 'headline', 'date', 'published',
  'related', 'share', 'nav', 'footer', 'vcard', 'fn', 'entry-content', 'post', 'photo-credit', 'kicker', 'dateline',
];
const CHARS_HEAVY = [' ', '<', '>', '"', "'", ',', '.', 'a', '-', '&', '=', '/', '\\', '\u00a0', '\u200b', '“', '«', '\n'];

// ---------------------------------------------------------------------------------------------------------
// Small pieces

const word = fc.constantFrom(...WORDS);
const quoteMark = fc.constantFrom(...QUOTE_MARKS);
const words = (max = 12) => fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: quoteMark }), { maxLength: max }).map((w) => w.join(' '));

/** Any code units: lone surrogates, NUL, C0/C1 controls, BOM, non-characters. */
const rawUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 64 });
/** Any code points, astral included. */
const anyText = fc.string({ unit: 'binary', maxLength: 64 });

/** One character repeated: the shape that brings super-linear patterns out. */
const run = (maxLen) => fc.tuple(fc.constantFrom(...CHARS_HEAVY), fc.integer({ min: 1, max: maxLen })).map(([c, n]) => c.repeat(n));

const attrValue = fc.oneof(
  { weight: 5, arbitrary: words(6) },
  { weight: 2, arbitrary: rawUnits },
  { weight: 1, arbitrary: run(4096) },
  { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', 'data:text/html,<p>x</p>', '//evil.example/x', '../../etc/passwd', 'file:///etc/passwd', 'http://[::1', 'https://a.example/{x}|^`', 'http://127.0.0.1:9/x', '\u0000', '') },
);

/** Attributes with quoting of every kind, broken quoting and duplicated names. */
const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", '', '“', '"unclosed')).map(([name, value, q]) => {
  if (q === '') return `${name}=${value.replace(/[\s>]/g, '_') || 'x'}`;
  if (q === '"unclosed') return `${name}="${value}`;
  return `${name}=${q}${value}${q}`;
});
const attributes = fc.array(attribute, { maxLength: 5 }).chain((attrs) =>
  // duplicated attributes: repeat some of them with the same name
  fc.nat({ max: 3 }).map((dups) => [...attrs, ...attrs.slice(0, dups)].join(' ')),
);

/** Tag soup: opening and closing tags in any order, text between, some unclosed, some stray. */
const tagSoup = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), attributes).map(([t, a]) => `<${t}${a ? ' ' + a : ''}>`) },
    { weight: 2, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
    { weight: 3, arbitrary: words(10) },
    { weight: 1, arbitrary: fc.constantFrom('<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '<!', '</>', '<a/b>', '< p>', '<p/>', '<br/>', '<img', '"', "'", '=') },
    { weight: 1, arbitrary: rawUnits },
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

/** Inline elements nested n deep, closed or not. */
const deepInline = fc
  .tuple(fc.constantFrom('b', 'i', 'span', 'a', 'em', 'font', 'q', 'small'), fc.integer({ min: 50, max: 5000 }), fc.boolean(), words(5))
  .map(([tag, n, closed, text]) => `<${tag}>`.repeat(n) + text + (closed ? `</${tag}>`.repeat(n) : ''));

/** Block nesting past the parser's depth limit (src/context/dom.ts). */
const deepBlock = fc
  .tuple(fc.constantFrom('div', 'section', 'blockquote', 'li', 'p', 'table'), fc.integer({ min: 300, max: 3000 }), words(5))
  .map(([tag, n, text]) => `<${tag}>`.repeat(n) + text + `</${tag}>`.repeat(Math.floor(n / 2)));

/** Raw-text and inert containers, closed, unclosed or nested in each other, holding markup. */
const rawContainer = fc
  .tuple(fc.constantFrom('script', 'template', 'style', 'textarea', 'noscript', 'xmp', 'iframe', 'title', 'noembed', 'svg'), fc.oneof(tagSoup, words(10), fc.constant('</scr'), fc.constant('<!--<script>')), fc.boolean())
  .map(([tag, inner, closed]) => `<${tag}>${inner}${closed ? `</${tag}>` : ''}`);

/** A paragraph of quotes whose marks do not pair up. */
const unbalancedQuotes = fc
  .array(fc.oneof(word, quoteMark, quoteMark.map((q) => q.repeat(3))), { minLength: 1, maxLength: 60 })
  .map((parts) => `<p>${parts.join(' ')}</p>`);

/** Many quote marks in one paragraph. */
const manyQuotes = fc.tuple(quoteMark, fc.integer({ min: 100, max: 20000 }), fc.boolean()).map(([q, n, spaced]) => `<p>${(spaced ? q + ' ' : q).repeat(n)}</p>`);

// ---------------------------------------------------------------------------------------------------------
// JSON-LD, valid and broken

const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '@proto', '__defineGetter__'];

/** Values placed where the extractors expect strings, dates, people and images. */
const ldValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: words(6) },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, 'NaN', '2024-13-45T99:99:99Z', '0000-00-00', '9999-12-31T23:59:59+99:00', '') },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...POISON_KEYS, '@type', '@id', '@value', 'name', 'url', '@graph'), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }) },
  ),
})).value;

const ldNode = fc
  .record({
    '@type': fc.oneof(fc.constantFrom('NewsArticle', 'Article', 'WebPage', 'Person', 'Organization', 'ImageObject', 'BlogPosting', '', 'newsarticle'), fc.array(fc.constantFrom('NewsArticle', 'Thing', 7), { maxLength: 3 })),
    headline: ldValue,
    author: fc.oneof(ldValue, fc.array(fc.record({ '@type': fc.constantFrom('Person', 'Organization'), name: ldValue }), { maxLength: 4 })),
    datePublished: ldValue,
    dateModified: ldValue,
    image: ldValue,
    publisher: ldValue,
    inLanguage: ldValue,
    articleBody: ldValue,
    url: ldValue,
    copyrightHolder: ldValue,
    poison: fc.constantFrom(...POISON_KEYS),
  }, { requiredKeys: ['@type'] })
  .map((node) => {
    const { poison, ...rest } = node;
    // JSON.stringify cannot write an own "__proto__" key from a literal: splice it in as text.
    const json = JSON.stringify(rest);
    return poison ? json.replace(/^\{/, `{"${poison}":{"polluted":true,"@type":"NewsArticle","headline":"polluted"},`) : json;
  });

const brokenJson = fc.oneof(
  ldNode,
  fc.array(ldNode, { maxLength: 3 }).map((ns) => `{"@context":"https://schema.org","@graph":[${ns.join(',')}]}`),
  fc.tuple(ldNode, fc.nat()).map(([j, cut]) => j.slice(0, cut % (j.length + 1))), // truncated
  fc.tuple(ldNode, fc.constantFrom('\n', '\t', '\u0000', ',', '}', '"', '//', '<!--', '</script>')).map(([j, junk]) => j.replace(/:/, `:${junk}`)),
  fc.integer({ min: 10, max: 20000 }).map((n) => '['.repeat(n) + ']'.repeat(n)), // deep nesting
  fc.integer({ min: 10, max: 20000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 10, max: 20000 }).map((n) => '['.repeat(n)), // deep and unclosed
  fc.constantFrom('', 'null', '[]', '{}', '"string"', '42', '{"@type":null}', '{"@graph":{"@graph":{"@graph":{}}}}', '<!--{"@type":"NewsArticle"}-->', '//<![CDATA[\n{"@type":"Article","headline":"CDATA"}\n//]]>'),
);

const jsonLdScript = fc.tuple(brokenJson, fc.constantFrom('application/ld+json', 'APPLICATION/LD+JSON', 'application/ld+json; charset=utf-8')).map(([j, t]) => `<script type="${t}">${j}</script>`);

// ---------------------------------------------------------------------------------------------------------
// A generated news page

const head = fc
  .record({
    title: fc.oneof(words(10), fc.tuple(words(6), fc.constantFrom(' | ', ' - ', ' — ', ' :: ', ' » ', ' « '), words(3)).map(([a, s, b]) => a + s + b)),
    metas: fc.array(
      fc.tuple(fc.constantFrom('og:title', 'og:url', 'og:site_name', 'og:image', 'og:description', 'author', 'article:published_time', 'article:modified_time', 'description', 'og:locale', 'citation_author', 'dc.date', 'twitter:creator', 'refresh', 'content-language'), attrValue, fc.constantFrom('name', 'property', 'itemprop', 'http-equiv')).map(([k, v, a]) => `<meta ${a}="${k}" content="${v.replace(/"/g, '&quot;')}">`),
      { maxLength: 8 },
    ),
    lds: fc.array(jsonLdScript, { maxLength: 2 }),
    links: fc.array(fc.tuple(fc.constantFrom('canonical', 'preload', 'stylesheet', 'prefetch', 'dns-prefetch', 'amphtml', 'alternate'), attrValue).map(([r, h]) => `<link rel="${r}" href="${h.replace(/"/g, '')}">`), { maxLength: 3 }),
  })
  .map(({ title, metas, lds, links }) => `<head><meta charset="utf-8"><title>${title}</title>${metas.join('')}${links.join('')}${lds.join('')}</head>`);

const paragraph = fc.oneof(
  { weight: 6, arbitrary: words(40).map((t) => `<p>${t}</p>`) },
  { weight: 2, arbitrary: fc.tuple(quoteMark, words(12), quoteMark, fc.constantFrom('said', 'told reporters', 'zei hij', 'a-t-il dit', 'sagte er'), words(3)).map(([o, t, c, cue, who]) => `<p>${o}${t}${c} ${cue} ${who}.</p>`) },
  { weight: 1, arbitrary: unbalancedQuotes },
);

const figure = fc
  .tuple(attrValue, words(10), fc.constantFrom('Credit: Belga', 'Photo: Jane Doe/AFP', '© Reuters', '(Photo: John Roe, AP)', 'Foto: ANP', '', 'Credit:', '©'))
  .map(([src, cap, credit]) => `<figure><img src="${src.replace(/"/g, '')}" alt="${cap.replace(/"/g, '')}"><figcaption>${cap} ${credit}</figcaption></figure>`);

const article = fc
  .record({
    kicker: fc.option(words(3)),
    h1: words(10),
    byline: fc.oneof(words(6).map((w) => `By ${w}`), fc.integer({ min: 1, max: 2000 }).map((n) => `By ${'Jane Doe, '.repeat(n)}`), fc.constant('')),
    time: fc.tuple(fc.constantFrom('2024-03-01T10:00:00+01:00', '2024-03-01', 'yesterday', '31/02/2024', '1 janvier 2024', '', '99999'), words(4)),
    paras: fc.array(paragraph, { minLength: 0, maxLength: 25 }),
    figures: fc.array(figure, { maxLength: 3 }),
    footer: fc.constantFrom('© 2024 The Brussels Times', 'Copyright © 2019-2024 Example Media NV. All rights reserved.', '© ', 'Alle rechten voorbehouden', ''),
  })
  .map(({ kicker, h1, byline, time, paras, figures, footer }) =>
    `<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article>` +
    (kicker ? `<div class="kicker">${kicker}</div>` : '') +
    `<h1>${h1}</h1><div class="byline">${byline}</div><time datetime="${time[0]}">${time[1]}</time>` +
    figures.slice(0, 1).join('') + paras.join('') + figures.slice(1).join('') +
    `</article><aside class="related"><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></aside></main><footer><p class="copyright">${footer}</p></footer></body>`,
  );

export const generatedPage = fc.tuple(fc.constantFrom('<!DOCTYPE html>', '', '<?xml version="1.0" encoding="utf-8"?>', '\ufeff'), fc.constantFrom('<html lang="en">', '<html lang="fr-BE">', '<html lang="xx-invalid-!!">', '<html>', ''), head, article).map(([d, h, hd, b]) => `${d}${h}${hd}${b}</html>`);

// ---------------------------------------------------------------------------------------------------------
// Mutations

/** A hostile fragment to splice into a page. */
export const hostileSnippet = fc.oneof(
  { weight: 3, arbitrary: tagSoup },
  { weight: 2, arbitrary: unbalancedQuotes },
  { weight: 1, arbitrary: manyQuotes },
  { weight: 2, arbitrary: rawContainer },
  { weight: 2, arbitrary: jsonLdScript },
  { weight: 1, arbitrary: deepInline },
  { weight: 1, arbitrary: deepBlock },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), run(300_000)).map(([t, a, v]) => `<${t} ${a}="${v}">x</${t}>`) }, // enormous attribute
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('img', 'meta', 'time', 'a', 'div'), fc.constantFrom(...ATTRS), fc.array(attrValue, { minLength: 2, maxLength: 30 })).map(([t, a, vs]) => `<${t} ${vs.map((v) => `${a}="${v.replace(/"/g, '')}"`).join(' ')}>`) }, // duplicated attributes
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CLASSES), words(8)).map(([c, t]) => `<div class="${c}">${t}</div>`) },
  { weight: 1, arbitrary: rawUnits },
  { weight: 1, arbitrary: run(20_000) },
  { weight: 1, arbitrary: fc.constantFrom('<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">', '<base href="javascript:alert(1)">', '<base href="http://[::1">', '<link rel="canonical" href="../../etc/passwd">', '<meta property="og:url" content="file:///etc/passwd">', '<img src="http://127.0.0.1:9/x.jpg" srcset="http://127.0.0.1:9/a.jpg 1x, , ,, 2x">', '<iframe src="http://127.0.0.1:9/"></iframe>', '<script src="http://127.0.0.1:9/x.js"></script>', '<link rel="preload" href="http://127.0.0.1:9/f.woff">', '<html><html><head><head><body><body>', '</html>', '</body><p>after body</p>', '<title>Second title</title>', '<h1></h1><h1>   </h1>') },
);

/** One mutation of a page, as plain data so that fast-check shrinks it. */
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant('insert'), fc.double({ min: 0, max: 1, noNaN: true }), hostileSnippet) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('truncate'), fc.double({ min: 0, max: 1, noNaN: true })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('delete'), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2000 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('repeat'), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 200 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('bytes'), fc.double({ min: 0, max: 1, noNaN: true }), rawUnits) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('quotes'), quoteMark) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('wrap'), fc.constantFrom('script', 'template', 'noscript', 'textarea', 'svg', 'math', 'table', 'select', 'xmp'), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })) },
);

const at = (s, f) => Math.min(s.length, Math.floor(f * s.length));

/** Applies one mutation (as generated by `mutation`) to a page. */
export function mutate(page, m) {
  switch (m[0]) {
    case 'insert': {
      const i = at(page, m[1]);
      return page.slice(0, i) + m[2] + page.slice(i);
    }
    case 'truncate':
      return page.slice(0, at(page, m[1]));
    case 'delete': {
      const i = at(page, m[1]);
      return page.slice(0, i) + page.slice(i + m[2]);
    }
    case 'repeat': {
      const i = at(page, m[1]);
      return page.slice(0, i) + page.slice(i, i + m[2]).repeat(m[3]) + page.slice(i);
    }
    case 'bytes': {
      const i = at(page, m[1]);
      return page.slice(0, i) + m[2] + page.slice(i + m[2].length);
    }
    case 'quotes': // every straight double quote (attributes included) becomes another mark
      return page.replace(/"/g, m[1]);
    case 'wrap': {
      const a = at(page, Math.min(m[2], m[3]));
      const b = at(page, Math.max(m[2], m[3]));
      return `${page.slice(0, a)}<${m[1]}>${page.slice(a, b)}</${m[1]}>${page.slice(b)}`;
    }
    default:
      return page;
  }
}

/**
 * Pages to fuzz: a seed (real-looking sample) or a generated page, then 1–8 mutations. The value is
 * `{base, mutations}` so a failure shrinks to fewer, smaller mutations; build the HTML with `buildPage`.
 */
export function pageArbitrary(seeds) {
  const base = seeds.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...seeds) }, { weight: 2, arbitrary: generatedPage }) : generatedPage;
  return fc.record({ base, mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }) });
}

export function buildPage(value) {
  return value.mutations.reduce(mutate, value.base);
}

/** Random bytes, or a page's bytes with some overwritten: for the decode → extract → validate path. */
export const byteArbitrary = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.tuple(generatedPage, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 50 }), fc.constantFrom('', '\ufeff', '\ufeff\ufeff')).map(([p, flips, bom]) => {
    const bytes = Buffer.from(bom + p, 'utf8');
    for (const [i, b] of flips) if (bytes.length) bytes[i % bytes.length] = b;
    return new Uint8Array(bytes);
  }),
);

// ---------------------------------------------------------------------------------------------------------
// The property

/** Errors that mean a bug in copydesk, not a page copydesk declines: a crash, not a reject. */
const CRASH = [TypeError, ReferenceError, RangeError, SyntaxError, EvalError, URIError];

/**
 * The fuzz property for one page: extractArticle gives a record that checkArticle accepts, or throws a clean
 * error (an Error with a one-line message, not a TypeError/RangeError/… from a bug), within `maxMs`.
 * Throws an Error describing the failure; returns the outcome otherwise.
 */
export function checkPage(html, { extractArticle, checkArticle }, maxMs) {
  const started = performance.now();
  let record;
  let outcome = 'record';
  try {
    record = extractArticle(html, { input: { path: 'fuzz.html' } });
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`extractArticle threw a non-Error: ${String(e)}`);
    if (CRASH.some((C) => e instanceof C) || !e.message || /\n/.test(e.message)) {
      const wrapped = new Error(`extractArticle crashed: ${e.name}: ${e.message.split('\n')[0]}`);
      wrapped.cause = e;
      throw wrapped;
    }
    outcome = 'error';
  }
  if (record) {
    const problems = checkArticle(record);
    if (problems.length) throw new Error(`record does not match the schema: ${JSON.stringify(problems.slice(0, 5))}`);
    if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || ({}).polluted !== undefined) throw new Error('Object.prototype was polluted');
  }
  const ms = performance.now() - started;
  if (ms > maxMs) throw new Error(`page took ${Math.round(ms)} ms (bound ${maxMs} ms) for ${html.length} characters`);
  return { outcome, ms };
}
