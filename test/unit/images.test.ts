import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { extractImages, imageKey, parseSrcset } from '../../src/extract/images.js';
import { cpuNow } from '../helpers/cpu.js';

const URL_ = 'https://news.example/world/2025/harbour-cranes-refit';
const page = (article: string, extra = ''): string =>
  `<html><head><title>t</title>${extra}</head><body>
  <header role="banner"><a href="/"><img src="/static/site-logo.png" alt="News Example"></a><nav><a href="/world">World</a></nav></header>
  <article><h1>Cranes refitted</h1>${article}
  <p>${'The port authority finished the refit of the cranes on the east quay this week after months of work. '.repeat(4)}</p></article>
  <aside class="related"><a href="/world/2025/other-story-here"><img src="/img/other-story.jpg" alt=""><span>Other story</span></a></aside>
  <footer><p>© 2025 News Example Ltd. All rights reserved.</p></footer></body></html>`;

const run = (html: string) => extractImages(createContext(html, { url: URL_ }), { mainNode: null }).value;

describe('extractImages: caption and credit forms', () => {
  const cases: Array<[string, string, { url?: string; caption: string | null; credit: string | null; photographer?: string | null; agencies?: string[] }]> = [
    ['figcaption ending in Credit: (en)',
      '<figure><img src="/img/minister.jpg" alt="The minister"><figcaption>Federal Justice Minister Paul Van Tigchelt. Credit: Belga</figcaption></figure>',
      { url: 'https://news.example/img/minister.jpg', caption: 'Federal Justice Minister Paul Van Tigchelt.', credit: 'Belga', agencies: ['Belga'] }],
    ['separate .credit element (en)',
      '<figure><img src="/img/q.jpg"><figcaption><span class="caption-text">Cranes on the quay.</span><span class="credit">Photo: Jan Peeters/AFP</span></figcaption></figure>',
      { caption: 'Cranes on the quay.', credit: 'Jan Peeters/AFP', photographer: 'Jan Peeters', agencies: ['AFP'] }],
    ['copyrightHolder microdata with © (de)',
      '<figure><img src="/img/zug.jpg"><figcaption><span itemprop="caption">Ein Zug in Köln.</span> <span class="figure__copyright" itemprop="copyrightHolder">© Anna Schmidt/dpa</span></figcaption></figure>',
      { caption: 'Ein Zug in Köln.', credit: 'Anna Schmidt/dpa', photographer: 'Anna Schmidt', agencies: ['dpa'] }],
    ['Crédit photo in the caption (fr)',
      '<figure><img src="/img/tram.jpg"><figcaption>Le tram à Ostende. Crédit photo : Jean Dupont</figcaption></figure>',
      { caption: 'Le tram à Ostende.', credit: 'Jean Dupont' }],
    ['Beeld: in a .caption-credit (nl)',
      '<figure><img src="/img/bomen.jpg"><figcaption>Jonge bomen in het park. <small class="caption-credit">Beeld: ANP</small></figcaption></figure>',
      { caption: 'Jonge bomen in het park.', credit: 'ANP', agencies: ['ANP'] }],
    ['(Photo: X, AP) at the end, WordPress caption (en)',
      '<div class="wp-caption"><img src="/img/library.jpg" width="800" height="500"><p class="wp-caption-text">The reading room. (Photo: Mike Christy, AP)</p></div>',
      { caption: 'The reading room.', credit: 'Mike Christy, AP', photographer: 'Mike Christy', agencies: ['AP'] }],
    ['caption beside the figure, not inside (es)',
      '<div class="image-container"><figure class="image"><img src="/img/puerto.jpg"></figure><figcaption class="caption">Puerto de Montevideo. Foto: Archivo.</figcaption></div>',
      { caption: 'Puerto de Montevideo.', credit: 'Archivo' }],
    ['credit in a data attribute (en)',
      '<figure><img data-src="/img/plague.jpg" data-credit="EPA" src="data:image/gif;base64,R0lGOD"><figcaption>A hospital in Beijing.</figcaption></figure>',
      { url: 'https://news.example/img/plague.jpg', caption: 'A hospital in Beijing.', credit: 'EPA' }],
    ['screen-reader labels left out (en)',
      '<figure><img src="/img/debt.jpg"><figcaption><span>Interest payments rise.</span><span class="credit"><span class="visually-hidden">Credit</span>Jeon Min/EPA, via Shutterstock</span></figcaption></figure>',
      { caption: 'Interest payments rise.', credit: 'Jeon Min/EPA, via Shutterstock', agencies: ['EPA', 'Shutterstock'] }],
    ['lazy placeholder div with a copyright span (en)',
      '<figure><span class="image-and-copyright-container"><div class="js-delayed-image-load" data-src="https://cdn.news.example/320/eva.jpg" data-alt="Eva"></div><span class="off-screen">Image copyright</span><span class="story-image-copyright">EPA</span></span><figcaption class="media-caption">Eva Persson said the decision was taken.</figcaption></figure>',
      { url: 'https://cdn.news.example/320/eva.jpg', caption: 'Eva Persson said the decision was taken.', credit: 'EPA' }],
  ];
  it.each(cases)('%s', (_name, body, want) => {
    const images = run(page(body));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject(want);
  });
});

describe('extractImages: URLs', () => {
  it('takes the largest srcset candidate of <picture> and its <img>', () => {
    const images = run(page(`<figure><picture><source srcset="/img/a-400.webp 400w, /img/a-1600.webp 1600w"><img src="/img/a-400.jpg" srcset="/img/a-800.jpg 800w"></picture><figcaption>Quay. Foto: dpa</figcaption></figure>`));
    expect(images[0]!.url).toBe('https://news.example/img/a-1600.webp');
  });
  it('reads data-lazy-src and data-original', () => {
    expect(run(page('<figure><img src="/img/blank.gif" data-lazy-src="/img/lazy-real.jpg"><figcaption>A. Credit: Belga</figcaption></figure>'))[0]!.url).toBe('https://news.example/img/lazy-real.jpg');
    expect(run(page('<figure><img data-original="/img/orig.jpg"><figcaption>B. Credit: Belga</figcaption></figure>'))[0]!.url).toBe('https://news.example/img/orig.jpg');
  });
  it('falls back to the <noscript> copy and counts it once', () => {
    const images = run(page('<figure><img src="data:image/gif;base64,R0lGOD" class="lazyload"><noscript><img src="/img/real.jpg"></noscript><figcaption>Quay at dawn. © Reuters</figcaption></figure>'));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ url: 'https://news.example/img/real.jpg', credit: 'Reuters' });
  });
  it('parses srcset linearly, commas inside URLs included', () => {
    expect(parseSrcset('https://x.example/w_2560,c_limit/a.jpg 2560w, b.jpg 2x')).toEqual([
      { url: 'https://x.example/w_2560,c_limit/a.jpg', w: 2560, x: 0 },
      { url: 'b.jpg', w: 0, x: 2 },
    ]);
  });
  it('gives two sizes of one picture the same key', () => {
    expect(imageKey('https://x.example/uploads/quay-1200x800.jpg')).toBe(imageKey('https://x.example/uploads/quay-600x400.jpg'));
  });
});

describe('extractImages: one picture counts once', () => {
  it('mobile and desktop copies of the lead', () => {
    const fig = '<figure><img src="/img/lead-1200x800.jpg"><figcaption>The quay. <cite>Image: Vera Pavic / Harbour News</cite></figcaption></figure>';
    const images = run(page(`<div class="mobile">${fig}</div><div class="desktop">${fig.replace('1200x800', '2000x1333')}</div>`));
    expect(images).toHaveLength(1);
    expect(images[0]!.credit).toBe('Vera Pavic / Harbour News');
  });
  it('og:image shown in the article is the lead, not a second image', () => {
    const images = run(page('<figure><img src="/img/lead.jpg"><figcaption>Lead. Credit: Belga</figcaption></figure>', '<meta property="og:image" content="https://news.example/img/lead.jpg">'));
    expect(images).toHaveLength(1);
    expect(images[0]!.lead).toBe(true);
  });
  it('og:image stands in when the page shows no picture', () => {
    const images = run(page('', '<meta property="og:image" content="https://news.example/img/social.jpg">'));
    expect(images).toEqual([expect.objectContaining({ url: 'https://news.example/img/social.jpg', credit: null, lead: true })]);
  });
});

describe('extractImages: what is not a picture of the article', () => {
  const cases: Array<[string, string]> = [
    ['site logo and related thumbnails only', ''],
    ['author avatar', '<div class="author-card"><img src="/img/jane-doe.jpg" width="300" height="300"><span>Jane Doe</span></div>'],
    ['tracking pixel', '<img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1">'],
    ['icon', '<img src="/static/icons/print.png">'],
    ['advert', '<div class="ad-slot"><img src="/ads/banner-728.jpg"></div>'],
    ['thumbnail of another article', '<a href="/world/2025/another-story-about-ports"><img src="/img/another.jpg"></a>'],
    ['video player poster', '<figure><div class="video-player"><img src="/img/poster.jpg"></div><figcaption>Media caption: watch. (Reuters)</figcaption></figure>'],
    ['pull quote figure', '<figure class="pullquote"><blockquote>We will finish in May</blockquote><figcaption>Port director</figcaption></figure>'],
  ];
  it.each(cases)('%s', (_name, body) => {
    expect(run(page(body)).filter((i) => i.credit || i.url?.includes('/img/'))).toEqual([]);
  });
  it('a caption without credit gives credit null', () => {
    const images = run(page('<figure><img src="/img/calm.jpg"><figcaption>The harbour on a calm morning.</figcaption></figure>'));
    expect(images[0]).toMatchObject({ caption: 'The harbour on a calm morning.', credit: null, photographer: null, agencies: [] });
  });
  it('a page without anything gives an empty list and no source', () => {
    expect(extractImages(createContext('<p>plain</p>', {}), {})).toEqual({ value: [], source: null });
  });
});

describe('extractImages: the body node is a whole-page wrapper', () => {
  it('a lead figure beside the article inside a right-rail layout is kept', () => {
    const html = `<html><body><div id="app"><div class="layout-right-rail"><div class="header-image"><figure><img src="/img/lead.jpg"><figcaption>Die Kanzlerin in Berlin.</figcaption><footer class="credit">© imago images/Jan Roe</footer></figure></div>
      <article><p>${'Die Ministerpräsidenten beraten am Freitag über das weitere Vorgehen in der Pandemie. '.repeat(5)}</p></article>
      <div class="right-rail"><img src="/img/ad-teaser.jpg"></div></div></div></body></html>`;
    const ctx = createContext(html, { url: URL_ });
    const wrapper = ctx.$('#app')[0] as import('domhandler').Element;
    const images = extractImages(ctx, { mainNode: wrapper }).value;
    expect(images).toEqual([expect.objectContaining({ caption: 'Die Kanzlerin in Berlin.', credit: 'imago images/Jan Roe', agencies: ['imago'] })]);
  });
});

describe('extractImages: stays fast', () => {
  it('a page with 3,000 images and deep nesting', () => {
    const figs = Array.from({ length: 3000 }, (_, i) => `<figure><img src="/img/p${i}.jpg"><figcaption>Picture ${i}. Foto: dpa</figcaption></figure>`).join('');
    const deep = '<div>'.repeat(2000) + '<img src="/img/deep.jpg">' + '</div>'.repeat(2000);
    const t0 = cpuNow();
    const images = run(page(figs + deep));
    expect(images.length).toBeGreaterThan(50);
    expect(cpuNow() - t0).toBeLessThan(3000);
  });
});

describe('textLength', () => {
  it('is the length of textOf without building the text: white space, punctuation, hidden labels, <br>, blocks, the cap', async () => {
    const { load } = await import('cheerio/slim');
    const { textLength, textOf } = await import('../../src/extract/credit-dom.js');
    const samples = [
      '<p>  Plain   text\n with\truns  </p>',
      '<p>Before <b>bold</b>, after <i>it</i> . End )</p>',
      '<p><span>a</span><span>b</span><div>block</div>! <br>next<br> , x</p>',
      '<p>\u00a0nbsp\u2009thin\u3000wide\ufeffbom \u200bzw</p>',
      '<p><span class="sr-only">Image copyright</span>Jane<script>x=1</script><style>p{}</style> Doe<span aria-hidden="true">hid</span></p>',
      '<p> , ; leading punct ) </p>',
      '<p></p>',
      '<p>   </p>',
      `<p>${'word '.repeat(600)}<b>tail</b> more</p>`,
      `<p>${'<span>x</span> '.repeat(300)}</p>`,
    ];
    for (const html of samples) {
      const p = load(html)('p')[0]!;
      for (const max of [5000, 2000, 10]) expect(textLength(p, max), html.slice(0, 40)).toBe(textOf(p, undefined, max).length);
    }
  });
});
