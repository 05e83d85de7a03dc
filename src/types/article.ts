/* Generated from schemas/article.schema.json by scripts/gen-types.mjs. Do not edit by hand. */

/**
 * ISO 8601 date-time with offset, or a date alone when only the day is known.
 *
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "DateOrNull".
 */
export type DateOrNull = string | null;

/**
 * One news article extracted by copydesk: one NDJSON line per article. Field names follow ../shared/CONTRACT.md (schema.org NewsArticle vocabulary where it has one).
 */
export interface ArticleRecord {
  /**
   * Version of the record contract this record follows.
   */
  schemaVersion: '1.0';
  /**
   * Stable id: SHA-256 (first 32 hex digits) of the canonical URL when there is one, else of the normalised headline and body. Same article, same id, on every run and machine.
   */
  id: string;
  input: Input;
  /**
   * The page's URL: envelope, link[rel=canonical], og:url or JSON-LD, resolved to absolute.
   */
  url: string | null;
  /**
   * Headline as a reader sees it, without the site-name suffix of <title>.
   */
  headline: string | null;
  /**
   * Standfirst or meta description.
   */
  description?: string | null;
  /**
   * People (kind person) and organisations (kind organization) credited in the byline.
   */
  authors: Author[];
  /**
   * The byline as printed on the page.
   */
  byline: string | null;
  datePublished: DateOrNull;
  dateModified: DateOrNull;
  /**
   * BCP 47 language tag.
   */
  language: string | null;
  /**
   * The publication.
   */
  siteName: string | null;
  /**
   * The section of the publication, when the page names one.
   */
  section?: string | null;
  /**
   * The article's text, paragraphs separated by a blank line.
   */
  articleBody: string;
  /**
   * Words in articleBody.
   */
  wordCount?: number;
  quotes: Quote[];
  images: Image[];
  /**
   * Credits for the article's words printed in its text: wire and agency credits ('(Belga)', 'BRUSSELS (AFP) -', 'With AFP', 'Reuters contributed to this report') and contributors ('Additional reporting by …', 'Edited by …').
   */
  textCredits?: TextCredit[];
  /**
   * Other media the article cites as a source ('De Standaard reports', 'told VRT', 'according to Le Soir'), one entry per mention.
   */
  outletsCited?: OutletCited[];
  copyright: Copyright | null;
  /**
   * For each field, the rule that gave its value (e.g. headline: "h1", datePublished: "jsonld").
   */
  provenance: {
    [k: string]: string;
  };
  /**
   * Non-fatal problems met while extracting (invalid JSON-LD, truncated input…).
   */
  warnings: string[];
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Input".
 */
export interface Input {
  /**
   * Where the HTML came from, as given on the command line ('-' for standard input).
   */
  path: string;
  /**
   * Byte offset of the record in a WARC or line number in an NDJSON envelope file.
   */
  offset?: number;
  /**
   * WARC-Record-ID or envelope id.
   */
  recordId?: string;
  /**
   * WARC-Date: when the page was fetched.
   */
  fetchedAt?: string;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Author".
 */
export interface Author {
  /**
   * The name alone: no 'By', role, date or e-mail.
   */
  name: string;
  kind: 'person' | 'organization';
  /**
   * Author page, when given.
   */
  url?: string;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Quote".
 */
export interface Quote {
  /**
   * The quoted words without the marks.
   */
  text: string;
  speaker: Speaker | null;
  /**
   * Reporting verb as written (said, told, a déclaré, sagte).
   */
  cue: string | null;
  /**
   * Addressee or outlet the words were said to (told VRT -> VRT).
   */
  medium: string | null;
  /**
   * True when the quote is embedded in the writer's sentence.
   */
  partial: boolean;
  where: 'body' | 'headline';
  /**
   * Index of the paragraph of articleBody; null in the headline.
   */
  paragraph: number | null;
  /**
   * Offset of text in articleBody (in the headline when where is headline).
   */
  start: number | null;
  /**
   * End offset (exclusive).
   */
  end: number | null;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Speaker".
 */
export interface Speaker {
  /**
   * Fullest name the article gives the speaker.
   */
  name: string;
  /**
   * The speaker as written next to this quote (a surname, a pronoun, a descriptor).
   */
  mention: string;
  /**
   * Role or title written beside the name, e.g. 'Federal Justice Minister'.
   */
  descriptor: string | null;
  kind: 'person' | 'organization';
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Image".
 */
export interface Image {
  /**
   * Absolute image URL.
   */
  url: string | null;
  /**
   * Caption without the credit.
   */
  caption: string | null;
  /**
   * The credit alone: 'Belga', 'John Smith/AFP'.
   */
  credit: string | null;
  alt: string | null;
  /**
   * The person who made the picture, when the credit names one.
   */
  photographer?: string | null;
  /**
   * Agencies named in the credit.
   */
  agencies?: string[];
  /**
   * True for the article's lead image.
   */
  lead?: boolean;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "TextCredit".
 */
export interface TextCredit {
  /**
   * The agency or person alone: 'Belga', 'Jane Doe'.
   */
  name: string;
  /**
   * wire: the copy comes from the agency; reporting: 'Additional reporting by'; editing: 'Edited by'; contributor: 'X contributed to this report'.
   */
  role: 'wire' | 'contributor' | 'reporting' | 'editing' | 'translation' | 'research' | 'other';
  kind: 'person' | 'organization';
  /**
   * The credit as printed, e.g. 'With AFP'.
   */
  text?: string;
  /**
   * Index of the paragraph of articleBody holding it; null when outside the body (dateline).
   */
  paragraph?: number | null;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "OutletCited".
 */
export interface OutletCited {
  /**
   * The outlet as named: 'De Standaard', 'VRT'.
   */
  name: string;
  /**
   * The words that cite it, as written: 'reports', 'told', 'according to', 'selon', 'aldus', 'berichtet'.
   */
  cue: string;
  paragraph?: number | null;
}
/**
 * This interface was referenced by `ArticleRecord`'s JSON-Schema
 * via the `definition` "Copyright".
 */
export interface Copyright {
  /**
   * The copyright line as printed.
   */
  notice: string;
  holder: string | null;
  year: number | null;
  /**
   * footer, meta or jsonld.
   */
  source?: string;
}
