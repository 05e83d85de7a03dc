// Generic rule tables for the metadata extractors (headline, site, byline, dates, language).
// Each table is ordered: earlier entries are stronger evidence. The reason for an entry sits beside it.
// Logic lives in src/extract/*; cleaning in src/clean/*. Keys of <meta> are lower-cased (see MetaIndex).

/** <meta> keys that carry the article's title, best first. */
export const HEADLINE_META = [
  'og:title', // Open Graph: the most widely set, often without the site suffix
  'twitter:title', // Twitter cards
  'sailthru.title', // Sailthru
  'parsely-title', // Parse.ly
  'dc.title', // Dublin Core
  'dcterms.title',
  'citation_title', // scholarly pages
  'headline', // itemprop=headline on a <meta>
  'title', // <meta name="title">
] as const;

/**
 * DOM headings that name the article; tried after <h1> when metadata gives nothing to agree with.
 * A selector only counts when its text is plausible as a headline.
 */
export const HEADLINE_SELECTORS = [
  '[itemprop~="headline"]', // schema.org microdata
  'h1.entry-title, h2.entry-title, .entry-title', // WordPress, hAtom
  'h1.post-title, h2.post-title, .post-title', // blog themes
  '.article-title, .article__title, .article-headline, .headline', // news CMSs
] as const;

/**
 * Parts of a heading that a reader sees as a kicker or a hidden separator, not as the headline
 * (`<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span>Bohren…</h1>`).
 */
export const KICKER_CLASS = /kicker|overline|dachzeile|topline|roofline|eyebrow|supertitle|spitzmarke|pretitle|pre-title|headline-intro|label-rubric|small|subtitle|sub-title|subline|unterzeile/;

/** Class tokens of elements only screen readers see: their headings ("Navigation", "detail") are not the page's title. */
export const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|hide-accessible|aural|hidden|element-invisible|offscreen|a11y-hidden|u-hidden|is-hidden|invisible)(?:\s|$)/;

/** Class/id tokens of a heading or its near containers that make it the site's logo, not the article's title. */
export const LOGO_TOKENS = new Set([
  'logo', 'site-logo', 'brand', 'navbar-brand', 'branding', 'site-branding', 'masthead', 'site-title', 'site-name', 'sitename', 'blog-title',
  'blogname', 'blog-name', 'header', 'site-header', 'page-header-logo', 'logo-text', 'custom-logo-link', 'title-area', 'header-title',
]);

/** Title parts that are generic CMS labels, never the headline ("Site » Blog Archive » Post"). */
export const GENERIC_TITLE_PARTS = new Set([
  'blog archive', 'blog archiv', 'blog-archiv', 'archive', 'archiv', 'archives', 'home', 'startseite', 'homepage', 'accueil', 'blog', 'news',
  'aktuelles', 'nachrichten', 'forum', 'article', 'artikel', 'page', 'seite', 'post', 'beitrag', 'index',
]);

/** Prefilter for <h1> and HEADLINE_SELECTORS. */
export const HEADLINE_PREFILTER = /^h[1-6]\s|headline|title/;

/** Containers whose headings never name the article itself. */
export const HEADLINE_EXCLUDE =
  'nav, footer, aside, [role="navigation"], [role="banner"] .logo, .logo, #logo, .site-title, .site-name, .sidebar, #sidebar, .widget, .comments, #comments, .related, .modal, .cookie, #cookie';

/** Separators between a title and the site name in <title> / og:title. */
export const TITLE_SEPARATORS = ['|', '-', '–', '—', '»', '«', '·', '•', '::', ':', '/', '~', '›', '‹', '>'] as const;

/** <meta> keys naming the publication, best first. */
export const SITE_NAME_META = [
  'og:site_name', // Open Graph
  'application-name', // the web app's name
  'apple-mobile-web-app-title', // iOS home-screen title
  'twitter:app:name:iphone', // app name, usually the publication
  'dc.publisher', // Dublin Core
  'dcterms.publisher',
  'publisher', // <meta name="publisher">
  'copyright', // sometimes just the publication's name
] as const;

/** <meta> keys naming the section, best first. */
export const SECTION_META = ['article:section', 'section', 'parsely-section', 'sailthru.section', 'og:section', 'category', 'dc.subject'] as const;

/** <meta> keys holding the description / standfirst. */
export const DESCRIPTION_META = ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description', 'sailthru.description'] as const;

/** <meta> keys holding the page's URL (after link[rel=canonical]). */
export const URL_META = ['og:url', 'twitter:url', 'parsely-link', 'dc.identifier'] as const;

/** <meta> keys naming the author(s), best first. Values that are URLs are ignored (article:author often is one). */
export const AUTHOR_META = [
  'author', // <meta name="author">
  'article:author', // Open Graph article (when a name rather than a profile URL)
  'parsely-author', // Parse.ly
  'sailthru.author', // Sailthru
  'dc.creator', // Dublin Core
  'dcterms.creator',
  'citation_author', // scholarly
  'byl', // New York Times style
  'article:author_name',
  'og:article:author',
] as const;

/**
 * DOM byline selectors, best first. The first that matches an element with plausible text gives the byline.
 * Kept narrow: broad class matches (`[class*=author]`) come last and need a short text.
 */
export const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]', // microdata Person inside the author
  '[itemprop~="author"]', // microdata author as text
  '.byline .vcard .fn, .author .vcard .fn', // hCard inside a byline block (WordPress)
  '.vcard .fn, .vcard.author', // hCard
  'a[rel~="author"]', // rel=author link
  '.byline__name, .byline-name, .byline__author, .author-name, .author__name, .authorName, .article-author-name', // news CMS byline names
  '.entry-author-name, .post-author-name, .post-author a, .entry-author a, .meta-author a, .posted-by a, .posted-by .author', // blog themes
  '.byline, .by-line, .article-byline, .article__byline, .story-byline, .c-byline, #byline', // byline blocks
  '.author, .post-author, .entry-author, .meta-author, .autor, .verfasser, .auteur, .writer', // author blocks (en/de/fr)
  'a[href*="/author/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/auteur/"], a[href*="/authors/"]', // links to author pages
  '[class*="byline" i], [class*="author" i], [class*="autor" i], [id*="author" i]', // anything byline-ish, short texts only
] as const;

/** Prefilter for BYLINE_SELECTORS over `tag class id itemprop rel property href`: every element they can match passes. */
export const BYLINE_PREFILTER = /author|autor|auteur|byline|by-line|vcard|(?:^|\s)fn(?:\s|$)|writer|verfasser|(?:^|\s|\/)name|posted-by/;

/** Containers whose bylines and dates belong to something else than the article (comments, teasers, widgets). */
export const FOREIGN_CONTAINERS =
  '.comment, .comments, #comments, .commentlist, .comment-list, .comment-body, [id^="comment-"], .reply, .replies, [class*="related" i], [class*="teaser" i], [class*="recommend" i], .widget, .sidebar, #sidebar, aside, footer, nav, .nav, .menu, .breadcrumb, .breadcrumbs, [class*="popular" i], [class*="most-read" i], [class*="newsletter" i], .pagination, .pager, .post-navigation, .nav-links';

/** Author names that are never a person: CMS defaults and placeholders (compared lower-cased). */
export const NOT_A_PERSON = new Set([
  'admin', 'administrator', 'administrador', 'webmaster', 'webadmin', 'root', 'editor', 'editors', 'redaktion', 'rédaction', 'redactie',
  'redaction', 'staff', 'team', 'guest', 'gast', 'anonymous', 'anonym', 'unknown', 'user', 'author', 'autor', 'auteur', 'unbekannt', 'null',
  'undefined', 'none', 'n/a', 'by', 'von', 'par', 'door', 'posted', 'editorial', 'news', 'newsdesk', 'news desk', 'online', 'redaktion online',
]);

/** News agencies and desks: credited as organisations, never as people (compared lower-cased, dots removed). */
export const AGENCIES = [
  'afp', 'ap', 'associated press', 'reuters', 'dpa', 'apa', 'sda', 'kna', 'epd', 'ddp', 'dapd', 'belga', 'anp', 'ansa', 'efe', 'upi', 'bloomberg',
  'press association', 'pa', 'pa media', 'ips', 'xinhua', 'tass', 'itar-tass', 'ria novosti', 'kyodo', 'yonhap', 'aa', 'anadolu', 'ats',
  'keystone-sda', 'sid', 'dts', 'afx', 'dpa-afx', 'rtr', 'cnn', 'bbc', 'bbc news', 'ndr', 'wdr', 'swr', 'br', 'mdr', 'hr', 'rbb', 'orf',
] as const;

/** Words that mark an author string as an organisation rather than a person (compared lower-cased, whole words). */
export const ORGANIZATION_WORDS = [
  'redaktion', 'redaction', 'rédaction', 'redactie', 'newsroom', 'desk', 'staff', 'team', 'editors', 'editorial', 'verlag', 'gmbh', 'ag',
  'e.v.', 'ev', 'inc', 'inc.', 'ltd', 'llc', 'corp', 'company', 'press', 'presse', 'news', 'nachrichten', 'zeitung', 'magazin', 'magazine',
  'agency', 'agentur', 'online', 'media', 'medien', 'radio', 'tv', 'verein', 'verband', 'institut', 'institute', 'university', 'universität',
  'foundation', 'stiftung', 'ministry', 'ministerium', 'partei', 'fraktion', 'gemeinde', 'stadt', 'association', 'group', 'gruppe', 'service',
  'pressestelle', 'kommunikation', 'communications', 'blog', 'wiki', 'forum', 'shop', 'redacción', 'redazione', 'redação', 'rédac',
  'deutschland', 'deutsches', 'deutscher', 'österreich', 'schweiz', 'international', 'europe', 'europa', 'landesanstalt', 'bundesamt',
  'ministerium', 'amt', 'behörde', 'kreuz', 'kirche', 'bistum', 'se', 'kg', 'ohg', 'gbr', 'mbh', 'sa', 'sas', 'bv', 'nv',
] as const;

/** Role and title words that follow a name in a byline ("Jane Doe, Senior Reporter"); a segment made of these is dropped. */
export const ROLE_WORDS = [
  'senior', 'junior', 'chief', 'staff', 'special', 'foreign', 'political', 'business', 'sports', 'science', 'health', 'tech', 'technology',
  'reporter', 'writer', 'correspondent', 'editor', 'contributor', 'contributing', 'columnist', 'analyst', 'producer', 'photographer',
  'journalist', 'journalistin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'author', 'chefredakteur',
  'chefredakteurin', 'volontär', 'volontärin', 'fotograf', 'fotografin', 'rédacteur', 'rédactrice', 'envoyé', 'envoyée', 'spécial', 'spéciale',
  'correspondant', 'correspondante', 'verslaggever', 'redacteur', 'correspondent', 'associate', 'deputy', 'managing', 'executive', 'national',
  'international', 'digital', 'data', 'investigative', 'white', 'house', 'bureau', 'news', 'desk', 'opinion', 'guest', 'gastautor', 'gastautorin',
  'freelance', 'freier', 'freie', 'mitarbeiter', 'mitarbeiterin', 'intern', 'editor-at-large', 'at', 'large', 'in', 'the',
] as const;

/** Leading words that introduce a byline, by language (compared lower-cased). */
export const BYLINE_PREFIXES = [
  'written by', 'posted by', 'published by', 'reported by', 'story by', 'text by', 'words by', 'by', 'from', 'author', 'authors',
  'autor/in', 'autor*in', 'autor:in', 'autorinnen', 'interview', 'ein interview von', 'ein kommentar von', 'kommentar von', 'kommentar', 'eine kolumne von', 'kolumne von',
  'eine analyse von', 'analyse von', 'gastbeitrag von', 'ein gastbeitrag von', 'gastautor', 'gastautorin', 'redakteur', 'redakteurin',
  'veröffentlicht von', 'publiziert von', 'erstellt von', 'eingestellt von', 'gepostet von', 'redaktion', 'bearbeitet von',
  'geschrieben von', 'verfasst von', 'ein beitrag von', 'ein artikel von', 'beitrag von', 'artikel von', 'text von', 'von', 'autor', 'autorin',
  'autoren', 'text', 'par', 'écrit par', 'publié par', 'auteur', 'auteurs', 'door', 'geschreven door', 'auteur', 'van', 'per', 'por', 'di',
] as const;

/** Conjunctions joining the last two names of a byline. */
export const NAME_CONJUNCTIONS = ['and', 'und', 'et', 'en', 'y', 'e', 'og', 'och', 'i', 'a', '&', '+'] as const;

/** <meta> keys for the publication date, best first, with the source name they report. */
export const PUBLISHED_META = [
  'article:published_time', // Open Graph article
  'og:article:published_time',
  'article:published', 'og:published_time', 'published_time', 'article.published',
  'datepublished', // itemprop=datePublished on <meta>
  'parsely-pub-date', // Parse.ly
  'sailthru.date', // Sailthru
  'dc.date.issued', 'dcterms.issued', // Dublin Core
  'citation_publication_date', 'citation_date', 'citation_online_date', // scholarly
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date_published', 'original-publish-date',
  'article_date_original', 'cxenseparse:recs:publishtime', 'og:pubdate', 'pdate', 'displaydate', 'date.available',
] as const;

/**
 * Generic date <meta> keys: often the build or last-change date of the page rather than the article's
 * publication, so they rank after the visible date near the headline.
 */
export const WEAK_PUBLISHED_META = ['dc.date.created', 'dcterms.created', 'datecreated', 'dc.date', 'dcterms.date', 'date', 'created', 'creation_date'] as const;

/**
 * Keys of inline-script data (`window.__DATA__`, Next.js `__NEXT_DATA__`, `application/json` state) that hold
 * the publication date, best first. Weak evidence: read only when the page's markup gives no date.
 */
export const SCRIPT_DATE_KEYS = [
  'datePublished', 'publishedDate', 'publishDate', 'publish_date', 'date_published', 'publicationDate', 'publication_date', 'pubDate',
  'published_at', 'publishedAt', 'firstPublished', 'firstPublishedAt', 'first_published_at', 'createdAt', 'created_at',
] as const;

/** <meta> keys for the last modification, best first. */
export const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'og:modified_time', 'modified_time', 'article.updated', 'datemodified',
  'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'revised', 'updated', 'parsely-updated', 'sailthru.lastmodified',
] as const;

/** Prefilter for the date tables (PUBLISHED_SELECTORS, MODIFIED_SELECTORS, DATE_TEXT_SELECTORS, <time>). */
export const DATE_PREFILTER = /^time\s|submitted|date|datum|time|publish|modified|updated|created|pubdate|meta|posted|byline|dateline|info|dc:/;

/** Elements whose datetime/content attribute is the publication date, best first. */
export const PUBLISHED_SELECTORS = [
  '[itemprop~="datePublished"]', // microdata (time, span, meta)
  'time[pubdate]', // HTML5 draft pubdate
  'time.published, time.entry-date, time.post-date, abbr.published, .published[title], time[class*="publish" i]', // hAtom / WordPress
  '[property~="datePublished"], [property~="dc:date"], [property~="dc:created"]', // RDFa
] as const;

/** Elements whose datetime/content is the modification date. */
export const MODIFIED_SELECTORS = ['[itemprop~="dateModified"]', 'time.updated, abbr.updated, time[class*="modified" i]'] as const;

/**
 * Elements whose visible text usually carries the article's date, best first. The text is parsed with
 * the multilingual date cleaner; elements inside FOREIGN_CONTAINERS are skipped.
 */
export const DATE_TEXT_SELECTORS = [
  '.submitted, .entry-date, .post-date, .published, .article-date, .article__date, .story-date, .date-published, .publish-date, .pubdate, .dateline',
  '.entry-meta, .post-meta, .article-meta, .meta, .postmeta, .post-info, .entry-info, .byline, .article-info, .info',
  '[class*="date" i], [id*="date" i], [class*="datum" i], [class*="time" i], [class*="meta" i], [class*="posted" i], [class*="byline" i]',
] as const;

/**
 * Words just before a visible date that make it the last change, not the publication ("Zuletzt geändert am:
 * 15.10.2021", "Updated Jan 3, 2022"); tested on the 40 characters before the date.
 */
export const MODIFIED_LABEL =
  /(?:updated?|modified|last edited|aktualisiert|geändert|bearbeitet|überarbeitet|änderung|zuletzt|mise? à jour|modifié|modification|actualisé|bijgewerkt|gewijzigd)(?:\s(?:am|on|le|op|at|um))?\s?:?\s?$/iu;

/**
 * Words around a visible date that call it the publication ("wurde am 19. Mai 2010 um 23:03 Uhr gepostet",
 * "Posted on …"); tested on the 40 characters before and the 30 after the date.
 */
export const PUBLISHED_LABEL =
  /(?<!\p{L})(?:posted|published|veröffentlicht|gepostet|erschienen|publié|publiée|gepubliceerd|geplaatst|publicado|publicada|pubblicato)(?!\p{L})/iu;

/** Words right before a full date that make it the page's copyright stamp ("Copyright © 19.12.2019 - 12:14 h"). */
export const COPYRIGHT_LABEL = /(?:©|\(c\)|copyright)\s{0,3}$/iu;

/** Class/id of containers whose dates are readers' (comments), never the page's, even as a last resort. */
export const COMMENT_CLASS = /(?:^|[\s_-])(?:comments?|commentlist|kommentare?|reply|replies|respond|disqus)(?:$|[\s_-])/;

/**
 * Elements that hold the page's own last-change stamp where the page has no publication date: the MediaWiki
 * footer ("This page was last edited on 29 January 2020"). Read even inside the page's footer.
 */
export const PAGE_STAMP_SELECTORS = ['#footer-info-lastmod'] as const;

/** <meta> and markup keys for the language. */
export const LANGUAGE_META = ['content-language', 'dc.language', 'dcterms.language', 'language', 'og:locale', 'inlanguage'] as const;
