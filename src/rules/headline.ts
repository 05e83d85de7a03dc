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

/**
 * Class/id tokens of page wrappers that make room for a sidebar rather than hold one
 * (`content-sidebar-wrap`, `sidebar-wrapper`, `has-sidebar`, `with-sidebar`): lower-case, tested one by one.
 */
export const LAYOUT_TOKEN = /[-_](?:wrap|wrapper|inner|included)$|^(?:has|with|no)[-_]/;
