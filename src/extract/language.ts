// Language: the page's declared language (<html lang>, Content-Language, og:locale, JSON-LD inLanguage,
// Dublin Core), checked against the text itself when a detector is available. Declarations are often
// template defaults ("en-US" on a German blog), so when the text clearly says otherwise the text wins.
import { createRequire } from 'node:module';
import type { PageContext } from '../context/index.js';
import { ldString } from '../context/jsonld.js';
import { LANGUAGE_META } from '../rules/metadata.js';
import type { Found } from './types.js';

/**
 * A text language detector: ISO 639-1 code (or null when unsure) for a text. The default wraps tinyld
 * (pure JS, ISO 639-1 codes), loaded on first use only, since most pages declare their language and
 * loading its model costs a worker about a second.
 */
export type LanguageDetector = (text: string) => string | null;

const require = createRequire(import.meta.url);
let tinyld: { detect(text: string): string } | null = null;
export const defaultLanguageDetector: LanguageDetector = (text) => {
  tinyld ??= require('tinyld') as { detect(text: string): string };
  const code = tinyld.detect(text);
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
};

let detector: LanguageDetector | null = defaultLanguageDetector;

/** Installs (or, with null, removes) the text detector used when declarations are missing or disagree. */
export function setLanguageDetector(d: LanguageDetector | null): void {
  detector = d;
}

/** Shortest body text worth detecting on. */
const MIN_DETECT_CHARS = 200;
/** Longest text handed to the detector: a few sentences decide, and detection cost grows with length. */
const MAX_DETECT_CHARS = 1000;

/** Normalises a declared tag to BCP 47 ("de_DE" → "de-DE", "EN" → "en"); null when it is not one. */
export function normalizeLanguageTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // "de-DE", "de_DE", "fr-FR, en" (Content-Language lists): the first tag; anything else is not a tag
  const list = raw.trim().split(/\s*[,;]\s*/);
  const first = list[0]!.replace(/_/g, '-');
  const m = /^([a-zA-Z]{2,3})(?:-([a-zA-Z0-9]{2,8}))*$/.exec(first);
  if (!m) return null;
  const parts = first.split('-');
  const lang = parts[0]!.toLowerCase();
  if (lang === 'xx' || lang === 'und' || lang === 'zxx' || lang === 'mul') return null;
  const rest = parts.slice(1).map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()));
  return [lang, ...rest].join('-');
}

const primary = (tag: string): string => tag.split('-')[0]!;

/** Declared languages in order of strength, with where each came from. */
function declared(ctx: PageContext): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const push = (v: string | null | undefined, source: string): void => {
    const t = normalizeLanguageTag(v);
    if (t) out.push([t, source]);
  };
  const html = ctx.dom.first('html');
  push(html?.attribs.lang ?? html?.attribs['xml:lang'], 'html:lang');
  for (const n of ctx.articleLd) push(ldString(n.inLanguage), 'jsonld:inLanguage');
  for (const k of LANGUAGE_META) push(ctx.meta.first(k), `meta:${k}`);
  push(ctx.dom.first('body')?.attribs.lang, 'body:lang');
  return out;
}

/**
 * Words frequent in any English text and rare in other languages' ('in', 'is', 'was', 'a', 'an', 'to', 'we',
 * 'on', 'he', 'are' are left out: German, Dutch, French, Polish, Spanish or Romanian use them as well).
 */
const ENGLISH_WORDS = new Set([
  'the', 'of', 'and', 'that', 'for', 'with', 'from', 'said', 'have', 'has', 'this', 'were', 'they', 'which', 'would',
  'their', 'been', 'after', 'about', 'it', 'she', 'his', 'you', 'your', 'not', 'be', 'our', 'if', 'but', 'will', 'can',
  'more', 'than', 'there', 'what', 'who', 'when',
]);
/*
 * Thresholds on the share of ENGLISH_WORDS, from the dev pages' first 1000 characters: of the 241 texts tinyld
 * calls English, 99% are above 0.093, 95% above 0.157 (median 0.22); of the 491 others, 4 are above 0.1 (two
 * German texts quoting English, at 0.11 and 0.13; two English texts tinyld misread, at 0.14 and 0.20).
 */
/** Above this, an English declaration is taken as it is; a non-English one is checked by the detector. */
const ENGLISH_LIKELY = 0.1;
/** Above this, the text is English without asking the detector (where the declarations are doubtful). */
const ENGLISH_PLAIN = 0.15;

/** The share of the text's words that are frequent English words (cheap: a word count, no model). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 20) return 0;
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits / words.length;
}

/**
 * Whether the declarations need checking against the text. Detection costs more than the rest of language
 * extraction together, so it runs only where a declaration is doubtful: none declared, declarations that
 * disagree, English declared (the template default: WordPress' "en-US", themes' lang="en") on a text that
 * does not read as English, or another language declared on a text that does (an English edition on a
 * German or French template). A non-English declaration on a non-English text is kept: the detector is no
 * surer than the page there (on the dev pages it took a French text full of soft hyphens for German).
 */
function doubtful(decl: Array<[string, string]>, english: number): boolean {
  if (!decl.length) return true;
  const first = primary(decl[0]![0]);
  if (decl.some(([t]) => primary(t) !== first)) return true;
  return (first === 'en') !== english >= ENGLISH_LIKELY;
}

/**
 * The article's language as a BCP 47 tag. `bodyText` is the extracted article text (for detection). Where
 * the declarations are doubtful, a plainly English text (englishShare above ENGLISH_PLAIN) is English without
 * running the detector; other texts go to the detector.
 */
export function extractLanguage(ctx: PageContext, bodyText: string): Found<string | null> {
  const decl = declared(ctx);
  const text = bodyText.length > MAX_DETECT_CHARS ? bodyText.slice(0, MAX_DETECT_CHARS) : bodyText;
  let detected: string | null = null;
  if (detector && text.length >= MIN_DETECT_CHARS) {
    const english = englishShare(text);
    if (doubtful(decl, english)) detected = english >= ENGLISH_PLAIN ? 'en' : detector(text);
  }
  if (detected) {
    // a declaration that agrees with the text keeps its region ("de-AT")
    const agreeing = decl.find(([t]) => primary(t) === detected);
    if (agreeing) return { value: agreeing[0], source: agreeing[1] };
    return { value: detected, source: 'detect' };
  }
  const first = decl[0];
  return first ? { value: first[0], source: first[1] } : { value: null, source: null };
}
