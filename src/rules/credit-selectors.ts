// Rule tables for images, captions and credits (read by src/extract/images.ts and src/extract/copyright.ts).
// Class and id names are matched as words: 'article__media-caption' holds the words article, media, caption;
// 'relatedArticles' holds related, articles. Each entry says why it is there.

/** Words in a class or id that mark an element as an image caption. */
export const CAPTION_WORDS: readonly string[] = [
  'caption', // figcaption-like wrappers on most CMSs: .caption, .wp-caption-text, .media-caption
  'captions',
  'figcaption', // class copies of the tag name
  'legend', // French CMSs: .legende is matched below; .legend on some English ones
  'legende', // Le Monde, Le Soir: .legende
  'bildunterschrift', // German CMSs
  'bildtext', // German and Scandinavian CMSs
  'subtitle', // Folha: .widget-image__subtitle under the photo
  'imagedescription', // .imageDescription (Polish and Czech CMSs)
  'description', // .image-caption__description, itemprop=description inside a figure
];

/** Words in a class or id that mark an element as a credit. */
export const CREDIT_WORDS: readonly string[] = [
  'credit', // .credit, .caption__credit, .image-credit, .article__credit
  'credits', // .credits under the lead image (Drupal)
  'credito', // Spanish CMSs: .credito-foto
  'copyright', // .story-image-copyright (BBC), .figure__copyright (Zeit)
  'photographer', // .article-image-photographer
  'fotograf', // German CMSs
  'attribution', // Breitbart, Snopes: .attribution
  'courtesy', // .courtesy
];

/**
 * Words that mark a credit only inside a figure or caption, or beside an image word in the same class
 * ('photo-byline', 'image-author', 'img-source'): alone they are the article's byline or sources.
 */
export const WEAK_CREDIT_WORDS: readonly string[] = ['byline', 'author', 'autor', 'source', 'foto', 'fonte', 'fuente', 'quelle'];

/** Words that, beside a weak credit word in the same class, make it an image credit. */
export const IMAGE_WORDS: readonly string[] = ['image', 'img', 'photo', 'foto', 'picture', 'pic', 'media', 'figure', 'caption', 'bild', 'beeld', 'imagen', 'imagem'];

/** itemprop values that hold a caption. */
export const CAPTION_ITEMPROPS: readonly string[] = ['caption', 'description'];
/** itemprop values that hold a credit (schema.org ImageObject). */
export const CREDIT_ITEMPROPS: readonly string[] = ['copyrightholder', 'creator', 'author', 'credittext', 'copyrightnotice'];

/** Attributes on an image or its figure that carry the credit. */
export const CREDIT_ATTRIBUTES: readonly string[] = [
  'data-credit', // The Sun and other WordPress VIP themes
  'data-image-copyright', // Adobe AEM themes (Agrarverlag)
  'data-copyright',
  'data-photo-credit',
  'data-mediaviewer-credit', // NYT media viewer
  'data-photographer',
];

/** Attributes on an image or its figure that carry the caption. */
export const CAPTION_ATTRIBUTES: readonly string[] = ['data-caption', 'data-mediaviewer-caption'];

/** Words in a class or id of an ancestor that put an image outside the article. */
export const EXCLUDED_ZONE_WORDS: readonly string[] = [
  'related', 'relacionadas', 'relacionados', 'verwandte', 'teaser', 'teasers', 'recommend', 'recommended', 'recommendations',
  'recirc', 'recirculation', 'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'most', 'readmore',
  'sidebar', 'rail', // other articles
  'comment', 'comments', 'disqus', // reader comments
  'author', 'authors', 'autor', 'autors', 'autores', 'auteur', 'autoren', 'avatar', 'byline', 'profile', 'bio', 'headshot', 'mugshot', // people, not pictures of the story
  'logo', 'brand', 'masthead', 'sponsor', 'sponsored', 'promo', 'promotion', 'newsletter', 'subscribe', 'subscription',
  'signup', // publisher furniture
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'dfp', // advertising
  'share', 'sharing', 'social', 'follow', // share buttons and social icons
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'pagination', // page furniture
  'video', 'player', 'jwplayer', 'youtube', 'vjs', // video players: their captions are not image captions
  'cookie', 'popup',
];

/** Tags whose content is never the article's pictures. */
export const EXCLUDED_TAGS: readonly string[] = ['nav', 'footer', 'aside', 'form', 'button', 'video', 'iframe', 'svg', 'template', 'dialog'];

/** Lazy-loading attributes that hold the real image URL, best first. */
export const LAZY_SRC_ATTRIBUTES: readonly string[] = [
  'data-src-large', 'data-full-src', 'data-src-full', 'data-zoom-src', 'data-hi-res-src', 'data-large-file',
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-img', 'data-image', 'data-orig-file',
  'data-echo', 'data-srcset-fallback', 'data-low-res-src',
];
/** Lazy-loading attributes that hold a srcset. */
export const LAZY_SRCSET_ATTRIBUTES: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** Words in an image URL's file name that mark it as furniture, not a picture of the story ('site-logo.png', 'icon_print.gif'). */
export const FURNITURE_URL = /(?:^|[\W_])(?:logo|logos|icon|icons|favicon|avatar|avatars|sprite|sprites|gravatar|emoji|badge|preloader|preloaderbig|spinner)(?:[\W_]|$)/i;
/** File names that are placeholders as a whole ('blank.gif', 'pixel.png', 'lazy-placeholder.jpg'), not as a word in a slug. */
export const PLACEHOLDER_FILE = /^(?:blank|pixel|transparent|spacer|lazy|lazyload|loading|loader|placeholder|fallback|default|empty|1x1|clear|dot|grey|gray|white|trans|pix|s)(?:[\W_](?:\d{1,4}x\d{1,4}|\d{1,4}|placeholder|image|img|bg|px))?\.(?:gif|png|jpe?g|webp|svg)$/i;

/** Hosts of tracking pixels and ad servers. */
export const TRACKING_HOSTS = /(?:^|\.)(?:doubleclick\.net|google-analytics\.com|googlesyndication\.com|facebook\.com|scorecardresearch\.com|quantserve\.com|chartbeat\.net|amazon-adsystem\.com|adnxs\.com|pixel\.wp\.com|stats\.wp\.com|bat\.bing\.com|ioam\.de|tracking\.|taboola\.com|outbrain\.com)$/i;

/** Words in a class or id of a footer-like element, where the copyright line is printed. */
export const FOOTER_WORDS: readonly string[] = ['footer', 'copyright', 'colophon', 'legal', 'imprint', 'impressum', 'bottom', 'site-info', 'siteinfo', 'credits'];
