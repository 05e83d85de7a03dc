// Rule tables for the headline extractor (data, not code).

/**
 * Class/id fragments of a heading that names the page's section or rubric, not the article
 * (`<h1 class="header__section-name">Politics</h1>` above the story).
 */
export const SECTION_LABEL_CLASS = /section-?name|section-?title|section-?label|rubric|ressort|rubrik|category-?(?:name|title)|channel-?name|breadcrumb/;

/**
 * Headings that label a kind of page rather than name it: "Detailansicht" over a press release,
 * "Artikel" over a story. Lower-case; compared with the whole heading.
 */
export const PAGE_LABELS = new Set([
  'detailansicht', 'detail', 'details', 'artikel', 'article', 'beitrag', 'meldung', 'pressemitteilung', 'news', 'nachrichten', 'aktuelles',
  'aktuell', 'blog', 'startseite', 'home', 'homepage', 'accueil', 'actualites', 'actualités', 'magazin', 'magazine', 'page', 'seite', 'archiv',
  'archive', 'archives', 'inhalt', 'content', 'contents', 'navigation', 'menu', 'menü', 'suche', 'search', 'kontakt', 'contact',
]);
