// Rule tables for the body extractor (src/extract/body.ts): which elements never hold article text, which
// class/id words raise or lower an element's chance of being the article, and which short paragraphs are
// page furniture. Data only: the logic that reads these tables lives in the extractor.
//
// Class/id matching works on the lower-cased `class` and `id` values. Two kinds of entry:
// - *substrings* (long, distinctive words) match anywhere, so `relatedArticles`, `post-related` and
//   `related_links` all match `related`;
// - *tokens* (short or ambiguous words) match only a whole token after splitting on anything that is not a
//   letter or digit, so `ad` matches `ad-slot` but not `header` or `shadow`.
// Every literal is escaped before it is turned into a pattern: no entry can make a regex backtrack.

/** Elements skipped with everything inside them: never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', // code and fallbacks, not text
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'map', 'picture', // media and embeds
  'button', 'input', 'select', 'textarea', 'option', 'label', // form controls ("Share", "Subscribe")
  'nav', // navigation, by definition
  'head', 'title', 'meta', 'link', 'base', // document metadata (the headline comes from its own extractor)
  'figcaption', // captions and credits belong to images
  'dialog', // pop-ups: cookie banners, paywall prompts
]);

/**
 * Elements skipped unless they are (or hold) the chosen article container: page furniture by HTML
 * semantics. `header` inside an article holds the headline and byline; `footer` holds tags and share bars.
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'header', // site masthead, or the article's headline + byline block
  'footer', // site footer, or the article's tags/share block
  'aside', // sidebars, pull-outs, related-content boxes
  'figure', // images with their captions and credits (embedded media, not prose)
  'form', // search boxes, newsletter sign-ups, comment forms (an ASP.NET page wrapping everything in a form is rescued by size)
  'h1', // the headline: its own field, not part of the body
  'address', // contact blocks
]);

/** Block-level elements: each one starts and ends a paragraph of the output. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'body', 'html',
  'menu', 'legend', 'frameset', 'frame', 'noframes', 'listing', 'plaintext', 'xmp',
]);

/** Headings: kept as paragraphs of their own, but never scored as article prose. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose text is scored as a paragraph (readability's tagsToScore, plus leaf divs found at run time). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote']);

/** Embedded media counted by the conditional cleaner (a block that is mostly an embed is not prose). */
export const EMBED_TAGS: ReadonlySet<string> = new Set(['iframe', 'object', 'embed', 'video', 'audio']);

/** Base score of a candidate container by tag (Mozilla Readability's initializeNode). */
export const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, // containers that usually hold prose (article/main: HTML5 hint)
  pre: 3, td: 3, blockquote: 3, // may hold prose
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, // lists and forms rarely are the article
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, // headings are not containers
};

/**
 * Boilerplate that is never the article, whatever its size: an element whose class or id has one of these
 * words is skipped with its subtree (unless it is marked `itemprop=articleBody`).
 */
export const STRONG_BOILERPLATE_SUBSTRINGS: readonly string[] = [
  'comment', 'disqus', 'replies', // reader comments ('commentary' is an article type: see NOT_BOILERPLATE_SUBSTRINGS)
  'cookie', 'consent', 'gdpr', 'privacy-banner', // cookie banners
  'caption', 'credit', 'wp-caption-text', // captions and credits belong to images
  'byline', 'dateline', 'author-info', 'authorinfo', 'author-bio', 'authorbio', 'about-author', 'about-the-author', // bylines and author boxes (their own fields)
  'print-only', 'screen-reader', 'sr-only', 'visually-hidden', 'visuallyhidden', // not shown to a sighted reader
  'embed-preview', 'privacy-embed', // consent placeholders of embeds (embedded posts themselves are quoted material and stay)
  'image-source', 'imagesource', 'bildquelle', 'photo-source', // image credits outside a caption
];

/** Class names holding a strong boilerplate word that are not boilerplate. */
export const NOT_BOILERPLATE_SUBSTRINGS: readonly string[] = [
  'commentary', // opinion pieces
  'comment-count', 'comments-count', 'commentcount', 'comments-link', // a counter or link in an article's toolbar: small anyway, and naming a wrapper
];

/**
 * Page furniture by class or id: skipped with its subtree, unless the element holds most of the page's
 * non-link text. Layout wrappers name their neighbours (`content-with-sidebar`, `has-ads`, `layout-right-rail`,
 * `docked-sharebar-content-container`, Elementor's `elementor-widget-theme-post-content`): those hold the
 * article and are kept; the sidebar, ad slot or share bar itself holds a small share and is skipped.
 */
export const BOILERPLATE_SUBSTRINGS: readonly string[] = [
  'respond', // comment forms
  'related', 'recommend', 'mostread', 'most-read', 'mostpopular', 'most-popular', 'popular', 'trending', 'readmore', 'read-more', 'morestories', 'more-stories', 'also-read', 'alsoread', 'further-reading', 'outbrain', 'taboola', 'plista', // "related" and "most read" lists, recommendation widgets
  'share', 'sharing', 'social', 'sociable', 'addthis', 'shariff', 'follow-us', 'followus', // share bars and follow buttons
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'register', // sign-up prompts ('paywall' is not here: sites wrap the paid part of the article in it)
  'sidebar', 'side-bar', 'skyscraper', 'widget', // sidebars and widgets
  'footer', 'masthead', 'breadcrumb', 'pagination', 'pager', 'navbar', 'navigation', 'menu', 'topbar', 'toolbar', // site furniture
  'advert', 'sponsor', 'promo', 'banner', 'adslot', 'ad-slot', 'adsense', 'doubleclick', 'dfp-', 'google-ad', 'commercial', 'anzeige', 'werbung', 'reklame', // advertising
  'copyright', // copyright lines belong to `copyright`
  'modal', 'popup', 'overlay', 'lightbox', // pop-ups
  'rating', 'vote', 'poll', 'survey', // reader interaction
  'tag-list', 'taglist', 'tagcloud', 'tag-cloud', 'post-tags', 'article-tags', 'entry-tags', 'keywords', // tag lists
  'jump-to', 'skip-link', 'skiplink', 'back-to-top', 'backtotop', // in-page navigation
  'next-prev', 'prev-next', 'post-nav', // links to the previous and next post
  'disclosure', 'news-letter', // affiliate disclosures, newsletter boxes spelt apart
];

/** Short or ambiguous boilerplate words, matched as whole class/id tokens only. */
export const BOILERPLATE_TOKENS: readonly string[] = [
  'ad', 'ads', 'adv', 'advert', // advertising slots (`ad`, `ads`, `ad-container`)
  'nav', 'menu', 'breadcrumbs', 'crumbs', // navigation
  'tags', 'tag', 'topics', 'categories', // tag lists
  'meta', 'postmeta', 'entry-meta', 'post-meta', 'article-meta', // date/author lines under a headline
  'author', 'authors', 'date', 'time', 'timestamp', 'published', 'updated', 'posted', 'pubdate', // bylines and datelines
  'email', 'mail', // e-mail buttons
  'login', 'signin', 'account', // site account widgets
  'sharebar', 'shares', 'likes', // share counters
  'hide', 'hid', 'noprint', 'offscreen', // hidden or print-suppressed
  'extra', 'extras', 'supplemental', 'rail', 'right-rail', 'sideline', // side content
  'links', 'linklist', // link lists
  'legal', 'disclaimer', 'imprint', 'impressum', // legal boilerplate
  'contact', // contact boxes
  'dida', 'didascalia', // captions (Italian)
];

/**
 * Class-name prefixes that name the post's taxonomy, not the element's role: WordPress `post_class()` puts
 * `tag-berlin category-social-media format-standard` on the article itself. Such class names are ignored.
 */
export const TAXONOMY_CLASS_PREFIXES: readonly string[] = [
  'tag-', 'tags-', 'category-', 'categories-', 'cat-', 'format-', 'status-', 'type-', 'postid-', 'post-type-', 'topic-', 'section-', 'rubrik-', 'ressort-', 'term-', 'taxonomy-', 'author-', 'shows-',
];

/**
 * Class-name prefixes of page builders (Elementor, Divi, WPBakery, Beaver Builder, Thrive, Bricks, SiteOrigin),
 * which call every block of a page a "widget" or "module": in their class names the word "widget" is dropped
 * before the boilerplate words are looked for (`elementor-widget-text-editor` is text; `elementor-widget-nav-menu`
 * is still a menu).
 */
export const BUILDER_CLASS_PREFIXES: readonly string[] = ['elementor-', 'et_pb_', 'wpb_', 'vc_', 'fl-', 'tve_', 'thrv_', 'brxe-', 'so-panel', 'so-widget', 'siteorigin-'];

/**
 * Class/id words that raise (+25) or lower (-25) a candidate container's score (Mozilla Readability's
 * class weight, extended with German CMS words).
 */
export const POSITIVE_WEIGHT_SUBSTRINGS: readonly string[] = [
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'prose',
  'artikel', 'beitrag', 'inhalt', 'fliesstext', 'richtext', 'rich-text',
];
export const NEGATIVE_WEIGHT_SUBSTRINGS: readonly string[] = [
  'hidden', 'banner', 'combx', 'comment', 'com-', 'contact', 'footer', 'masthead', 'media', 'meta', 'outbrain', 'promo',
  'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget',
  'nav', 'menu', 'header', 'social', 'rail', 'caption', 'credit', 'byline', 'author', 'date',
];

/**
 * Class/id tokens (whole tokens, as BOILERPLATE_TOKENS) that name a standfirst: the lead paragraph between
 * the headline and the body, which some layouts keep outside the body's container. Taken only when it sits
 * between the page's headline and the chosen body (see `standfirstBefore` in the extractor).
 */
export const STANDFIRST_TOKENS: readonly string[] = [
  'lead', 'lede', 'intro', 'introduction', 'excerpt', 'standfirst', 'summary', 'abstract', 'teaser', 'subheadline', 'subhead', 'subtitle', 'deck', 'dek', 'strapline', // English CMS words
  'vorspann', 'einleitung', 'anreisser', 'anriss', // German
  'chapo', 'chapeau', // French
  'sommario', 'bajada', 'entradilla', 'copete', // Italian, Spanish
];

/**
 * Class names that only describe layout (grid rows and columns, wrappers, clearfix helpers): a template made
 * of these alone says nothing about what an element holds, so text blocks are not matched by it (lower-cased,
 * whole class names).
 */
export const LAYOUT_CLASS_TOKENS: readonly string[] = [
  'row', 'col', 'column', 'columns', 'cell', 'grid', 'container', 'container-fluid', 'wrapper', 'wrap', 'inner', 'outer', 'inside', 'clearfix', 'clear', 'cf', 'group',
  'box', 'block', 'section', 'panel', 'content', 'view-content', 'field-items', 'field-item', 'module', 'component', 'portlet', 'region', 'collapse', 'pull-left', 'pull-right',
  'left', 'right', 'center', 'full', 'main', 'even', 'odd', 'first', 'last', 'js', 'fade', 'show', 'active',
];

/** Class-name parts of teasers and cards: lists of other pages, never a piece of the article (substrings). */
export const TEASER_CLASS_SUBSTRINGS: readonly string[] = ['teaser', 'excerpt', 'card', 'preview', 'snippet', 'tile', 'listing'];

/** `itemprop` values and attributes that name the article body directly (schema.org microdata). */
export const ARTICLE_BODY_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'reviewbody']);

/** ARIA roles of page furniture: skipped like boilerplate classes. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'tablist', 'toolbar', 'alert',
]);

/**
 * Standalone short paragraphs that are page furniture, whatever element holds them (lower-cased, whitespace
 * collapsed, trailing colon dropped before the comparison). Exact matches only.
 */
export const FURNITURE_PARAGRAPHS: ReadonlySet<string> = new Set([
  'advertisement', 'advertising', 'anzeige', 'werbung', 'publicité', 'publicite', 'advertentie', 'sponsored', 'sponsored content',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'teilen', 'artikel teilen', 'partager',
  'read more', 'read more:', 'more', 'weiterlesen', 'mehr', 'lire aussi', 'lees ook', 'related', 'related articles', 'related stories', 'mehr zum thema',
  'print', 'email', 'e-mail', 'drucken', 'tweet', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest',
  'comments', 'kommentare', 'leave a comment', 'leave a reply', 'add comment',
  'subscribe', 'sign up', 'newsletter', 'abonnieren',
  'close', 'schließen', 'back to top', 'nach oben', 'top', 'skip to content', 'skip to main content',
  'beitragsbild', 'titelbild', 'bild anzeigen', 'bild vergrößern', 'pdf', 'weiter', 'zurück', 'von', 'by', 'foto', 'photo', 'credit', // image furniture, pagers, lone byline cues
]);

/**
 * Short paragraphs (under MAX_FURNITURE_PARAGRAPH characters) that open with one of these are "read also"
 * teasers: the cue and the linked headline after it. Lower-cased prefixes, matched literally.
 */
export const READ_MORE_PREFIXES: readonly string[] = [
  'previous article', 'next article', 'previous post', 'next post', 'vorheriger artikel', 'nächster artikel', 'vorheriger beitrag', 'nächster beitrag', 'article précédent', 'article suivant', 'vorig artikel', 'volgend artikel', // links to neighbouring posts
  'zurück zur übersicht', 'zurück zur listenansicht', 'zurück zur startseite', 'back to overview', 'back to the list', 'retour à la liste', 'terug naar overzicht', // links back to a listing
  'lesen sie auch', 'lesen sie hier', 'lesen sie mehr', 'lies auch', 'auch lesen', 'auch interessant', 'das könnte dich', 'das könnte sie', 'das thema könnte', 'mehr zum thema', 'mehr themen', 'zum weiterlesen', 'weiterlesen:', 'schon gelesen', 'siehe auch', 'passend dazu', // German
  'read more', 'read also', 'also read', 'see also', 'related:', 'recommended:', 'more on this', // English
  'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lire la suite', // French
  'lees ook', 'lees meer', 'lees verder', // Dutch
  'le puede interesar', 'te puede interesar', 'puedes ver:', 'lea también', 'lee también', 'leer más', // Spanish
  'czytaj też', 'czytaj także', 'czytaj więcej', 'dowiedz się więcej', // Polish
  'leggi anche', 'leia também', 'leia mais', // Italian, Portuguese
];

/**
 * Short paragraphs that open with one of these words and a colon are captions or credits written as plain
 * paragraphs ("Foto: dpa", "Abbildung 4: …", "Crédits photos : …"); they belong to images.
 */
export const CAPTION_PREFIXES: readonly string[] = [
  'foto', 'fotos', 'photo', 'photos', 'bild', 'bilder', 'bildquelle', 'abbildung', 'abb.', 'grafik', 'titelbild', 'beitragsbild', 'image', 'images',
  'credit', 'credits', 'crédit', 'crédits', 'crédit photo', 'crédits photos', 'photo credit', 'picture', 'quelle', 'source', 'copyright', 'illustration',
];

/**
 * Calls to action written as paragraphs of the article: subscription and paywall prompts, app and newsletter
 * promotion, "follow us", advertising and affiliate disclosures, comment-login notices. A paragraph of at most
 * MAX_PROMO_PARAGRAPH characters holding one of these lower-cased phrases is dropped. Phrases are addressed to
 * the reader ("subscribe now", "folgen Sie uns"), so reporting about subscriptions does not hold them.
 */
export const PROMO_PHRASES: readonly string[] = [
  // English
  'please subscribe', 'subscribe now', 'subscribe today', 'subscribe to our', 'already a subscriber', 'first-time subscribers', 'to view the full story', 'for the full story',
  'sign up for our', 'sign up here', 'our newsletter', 'download as pdf', 'sign up to our', 'sign up to receive', 'click here to subscribe', 'get the latest news straight', 'for the latest stories and breaking news',
  'app for ios', 'apps for ios', 'submit your letter', 'support our journalism', 'support independent journalism', 'become a member', 'do you want to be informed', 'follow us on',
  // German
  'newsletter abonnieren', 'zum newsletter', 'newsletter anmelden', 'jetzt abonnieren', 'jetzt registrieren', 'hier registrieren', 'jetzt auch digital', 'folgen sie uns', 'folge uns auf',
  'enthält werbung', 'enthält affiliate', 'affiliate-links', 'affiliate links', 'alle angaben ohne gewähr', 'nicht eingeloggt', 'müssen sich einloggen', 'um kommentare zu schreiben',
  'gibt die meinung des autors wieder', 'unterstützen sie unabhängigen journalismus', 'werden sie mitglied', 'jetzt mitglied werden', 'unserem newsletter', 'unseren newsletter',
  'feed abonnieren', 'als pdf herunterladen',
  // French
  'abonnez-vous', 'inscrivez-vous à notre', 'notre newsletter', 'télécharger en pdf', 'suivez-nous', 'déjà abonné', 'téléchargez notre application', "téléchargez l'application", 'soutenez notre journalisme',
  // Dutch
  'abonneer je', 'abonneer nu', 'onze nieuwsbrief', 'download als pdf', 'word abonnee', 'al abonnee', 'schrijf je in voor', 'volg ons op', 'download de app', 'meld je aan voor onze',
  // Spanish, Portuguese
  'hazte miembro', 'suscríbete', 'cancela cuando quieras', 'tenemos canal de', 'síguenos en', 'nos siga no', 'siga-nos',
];
export const MAX_PROMO_PARAGRAPH = 300;

/**
 * Short paragraphs opening with one of these words followed by punctuation are advertising disclosures or
 * markers ("*Werbung.", "- Anzeige -", "ANZEIGE - …"), matched after leading punctuation is dropped.
 */
export const AD_MARKERS: readonly string[] = ['anzeige', 'werbung', 'advertisement', 'advertising', 'sponsored', 'publicité', 'advertentie', 'reklame'];

/**
 * Short paragraphs (at most MAX_DATELINE_PARAGRAPH characters) opening with one of these are datelines and
 * labels of the page's metadata ("Aktualisiert am 17.01.2021.", "Release Date:", "News date : …").
 */
export const DATELINE_PREFIXES: readonly string[] = [
  'aktualisiert am', 'aktualisiert:', 'zuletzt aktualisiert', 'veröffentlicht am', 'veröffentlicht:', 'veröffentlichung:', 'erstellt am', 'stand:', 'datum:',
  'updated:', 'updated on', 'last updated', 'published:', 'published on', 'release date', 'news date', 'posted on', 'posted:',
  'mis à jour le', 'publié le', 'bijgewerkt op', 'gepubliceerd op', 'laatst bijgewerkt',
];
export const MAX_DATELINE_PARAGRAPH = 80;

/** Paragraphs longer than this are prose, whatever they open with. */
export const MAX_FURNITURE_PARAGRAPH = 200;
