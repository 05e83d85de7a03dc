// Pure string cleaners for image credits: split a caption from the credit printed in it, clean a credit
// line, and tell the photographer from the agencies. No DOM here: src/extract/images.ts finds the text.
//
// Safety: every regex here is linear (no nested quantifiers over the same characters) and every input is
// capped at MAX_TEXT characters before any matching, so adversarial text cannot make a cleaner slow.
import agencyTable from '../rules/agencies.json' with { type: 'json' };
import { replaceTail } from './tail.js';

/** Text longer than this is not a caption: nothing is split from it. */
export const MAX_TEXT = 3000;
/** A credit longer than this (characters) is a sentence, not a credit. */
export const MAX_CREDIT = 160;
/** A credit of more words than this is a sentence, not a credit. */
const MAX_CREDIT_WORDS = 16;

export interface CaptionCredit {
  caption: string | null;
  credit: string | null;
}

export interface ParsedCredit {
  photographer: string | null;
  agencies: string[];
}

interface AgencyEntry {
  name: string;
  aliases: string[];
}

const AGENCY_INDEX: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of (agencyTable as { agencies: AgencyEntry[] }).agencies) {
    for (const alias of [a.name, ...a.aliases]) m.set(agencyKey(alias), a.name);
  }
  return m;
})();

/** The look-up key of an agency name: NFKC, lower case, runs of spaces and dots as one space. */
export function agencyKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s.]+/g, ' ').trim();
}

/** The canonical agency name for a credit segment ('Agence France-Presse' → 'AFP'), or null. */
export function agencyName(segment: string): string | null {
  return AGENCY_INDEX.get(agencyKey(segment)) ?? null;
}

/** agencyName for a key already worked out by agencyKey. */
export function agencyByKey(key: string): string | null {
  return AGENCY_INDEX.get(key) ?? null;
}

// Words that announce a credit, in the languages copydesk reads (en, fr, nl, de, es/pt, it, pl, ru).
// Longest alternatives first so that 'Photo credit' wins over 'Photo'.
const LABEL_WORDS = [
  'photo credits?', 'image credits?', 'picture credits?', 'photo courtesy of', 'crédits? photos?', 'crédits? photo',
  'cr[ée]dits? image', 'photographs?', 'photography', 'photos?', 'images?', 'pictures?', 'pics?', 'credits?', 'cr[ée]dits?',
  'cr[ée]ditos?', 'fotograf[ií]as?', 'fotografie', 'fotograaf', 'fotograf', 'fotos?', "foto's", 'fot\\.', 'bilder', 'bild',
  'beeld', 'afbeelding', 'bron', 'quelle', 'source', 'sources', 'fuente', 'fonte', 'illustration', 'grafik', 'graphic',
  'copyright', 'immagine', 'zdj[eę]cie', 'фото',
].join('|');

/** A label at the start: 'Photo:', 'Crédit photo :', 'Photo by', 'Image via', 'Foto von', '©'. */
const LEADING_LABEL = new RegExp(
  `^(?:(?:${LABEL_WORDS})\\s*(?:[:：|]|\\s(?:by|via|von|par|door|de|di|from)\\s)|(?:${LABEL_WORDS})\\s*©|©|\\(c\\)\\s|copyright\\b)\\s*`,
  'iu',
);
/** A label inside a caption, preceded by a boundary: '… Foto: dpa', '… (Photo: Mike Christy, AP)', '… © Reuters'. */
const INNER_LABEL = new RegExp(
  `(^|[\\s.,;|(–—-])((?:${LABEL_WORDS})\\s*(?:[:：]|\\s(?:by|via|von|par|door)\\s)|©|\\(c\\)\\s)`,
  'giu',
);
/** 'Photo X' without a colon, only in a parenthesis: '(Photo Prakash Mathema. AFP)'. */
const BARE_LABEL_RE = new RegExp(`^(?:${LABEL_WORDS})\\s+`, 'iu');
/** Length of a bare label ('Photo ') followed by a capitalised name, else 0. */
function bareLabel(s: string): number {
  const m = BARE_LABEL_RE.exec(s);
  if (!m) return 0;
  const next = s.charAt(m[0].length);
  return next && next !== next.toLowerCase() ? m[0].length : 0;
}
/** 'BELGA PHOTO BENOIT DOPPAGNE', 'AFP PHOTO / JOHN DOE', 'ANP FOTO': an agency's uppercase stamp. */
const AGENCY_STAMP = /(^|[\s.])(\p{Lu}{2,12} (?:PHOTO|FOTO|PHOTOS|IMAGES?)(?: ?\/ ?| )?[\p{Lu} .'’-]{0,60})$/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * What normalizeText changes: a zero-width character, white space other than a space, two spaces in a row, a
 * space at either end. Texts without any (most of them) come back as they are, with no copy made.
 */
const NOT_NORMAL = /[\u200b-\u200d\u2060\ufeff\u00ad]|[^\S ]| {2}|^ | $/;

/** Collapses whitespace and removes zero-width characters. */
export function normalizeText(s: string): string {
  if (!NOT_NORMAL.test(s)) return s;
  return s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

const ABBREVIATIONS = /(?:^|[\s/.])(?:jr|sr|inc|ltd|co|corp|st|dr|bros|s\.a|b\.v|n\.v|\p{L})\.$/iu;

/** Strips labels, © marks, wrapping parentheses and a final full stop: 'Foto: Archivo El País.' → 'Archivo El País'. */
export function cleanCredit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = normalizeText(raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw);
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(/^[|/•·,;:–—-]+\s*/, '');
    if (s.startsWith('(') && s.endsWith(')') && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
    s = s.replace(LEADING_LABEL, '');
    if (i === 0 && before.startsWith('(')) s = s.slice(bareLabel(s));
    s = s.trim();
    if (s === before) break;
  }
  s = replaceTail(s, /\s*[|,;:–—-]+$/).trim();
  if (s.endsWith('.') && !ABBREVIATIONS.test(s)) s = s.slice(0, -1).trim();
  if (!s || s.length > MAX_CREDIT || wordCount(s) > MAX_CREDIT_WORDS) return null;
  if (!/[\p{L}\p{N}]/u.test(s)) return null;
  return s;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w) n++;
  return n;
}

/** True when a whole string reads as a credit label plus a name: 'Photo: X', '© Reuters', 'Foto von X'. */
export function isLabelledCredit(text: string): boolean {
  const t = normalizeText(text.slice(0, MAX_TEXT)).replace(/^[(|]\s*/, '');
  return LEADING_LABEL.test(t);
}

/** Licences and stage directions that stand in parentheses at the end of captions but are not credits. */
const NOT_A_CREDIT = /^(?:cc[ -]by\b.*|cc0|public domain|pictured|left|right|centre|center|top|bottom|above|below|file|archive|archives|symbolbild|archivbild|archiefbeeld|illustration|stock|l|r|c|\d[\d\s.,:/-]*|from left|v\.?\s?l\.?\s?n\.?\s?r\.?|de g\. à d\.|links|rechts)$/iu;

/**
 * True when an unlabelled fragment (a trailing parenthesis, the end of a caption after ' / ') looks like a
 * credit: a known agency, a 'Name/Agency' pair, 'via', or an all-capitals name. Sentences are not credits.
 */
export function looksLikeCredit(fragment: string): boolean {
  const s = normalizeText(fragment);
  if (!s || s.length > MAX_CREDIT || wordCount(s) > 10) return false;
  if (NOT_A_CREDIT.test(s)) return false;
  if (LEADING_LABEL.test(s)) return true;
  const parts = splitParts(s);
  if (parts.some((p) => agencyName(p) !== null || agencyName(stripPhotoWord(p)) !== null)) return true;
  if (/\bvia\s+\S/u.test(s) || /\bcourtesy\b/iu.test(s)) return true;
  if (/\S\s?\/\s?\S/u.test(s) && !/\d\s?\/\s?\d/u.test(s) && parts.every((p) => wordCount(p) <= 5)) return true;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && wordCount(s) >= 2) return true;
  return false;
}

function stripPhotoWord(p: string): string {
  return p.replace(/\s+(?:photos?|fotos?|images?|pictures?|files?|archives?)$/iu, '').replace(/^(?:photos?|fotos?)\s+/iu, '');
}

/**
 * Splits a caption from the credit printed in it. The credit comes back without its label
 * ('Photo:', 'Credit:', '©'…); the caption without the credit and the separator before it.
 * `Minister X. Credit: Belga` → {caption: 'Minister X.', credit: 'Belga'}.
 */
export function splitCaptionCredit(text: string | null | undefined): CaptionCredit {
  if (!text) return { caption: null, credit: null };
  const t = normalizeText(text);
  if (!t) return { caption: null, credit: null };
  if (t.length > MAX_TEXT) return { caption: t, credit: null };

  // 1. The whole text is a credit: 'Photo: Jane Doe/AFP', '© Reuters', '(Photo: X)'.
  if (isLabelledCredit(t)) {
    const credit = cleanCredit(t);
    if (credit) return { caption: null, credit };
  }

  // 2. A labelled credit inside the caption: '… Foto: dpa', '… (Photo: Mike Christy, AP)', '… © Reuters'.
  for (const m of t.matchAll(INNER_LABEL)) {
    const labelAt = m.index + m[1]!.length;
    if (labelAt === 0) continue;
    const openParen = t.lastIndexOf('(', labelAt);
    const insideParen = openParen >= 0 && t.indexOf(')', openParen) >= labelAt || (openParen >= 0 && !t.includes(')', openParen));
    let end = t.length;
    let start = labelAt;
    if (insideParen && openParen >= 0 && t.slice(openParen + 1, labelAt).trim() === '') {
      const close = t.indexOf(')', labelAt);
      end = close >= 0 ? close : t.length;
      start = openParen;
    }
    const credit = cleanCredit(t.slice(labelAt, end));
    if (!credit) continue;
    const rest = t.slice(end).replace(/^\)/, '').trim();
    // The credit must end the caption (a trailing full stop or bracket at most) or be followed by a new sentence.
    if (rest && rest.length > 3 && !/^[.)\s]*$/.test(rest)) continue;
    return { caption: cleanCaption(t.slice(0, start)), credit };
  }

  // 3. A trailing parenthesis that reads as a credit: '… (Elias Funez/The Union via AP)', '… (AFP)'.
  const paren = /\(([^()]{1,160})\)[\s.]*$/u.exec(t);
  if (paren) {
    const inner = paren[1]!;
    const labelled = bareLabel(inner.trim()) > 0;
    if (labelled || looksLikeCredit(inner)) {
      const credit = cleanCredit(`(${inner})`);
      if (credit) return { caption: cleanCaption(t.slice(0, paren.index)), credit };
    }
  }

  // 4. An agency's uppercase stamp at the end: '… BELGA PHOTO BENOIT DOPPAGNE'.
  const stamp = AGENCY_STAMP.exec(t);
  if (stamp && agencyName(stamp[2]!.split(' ')[0]!) !== null) {
    const credit = cleanCredit(stamp[2]!);
    if (credit) return { caption: cleanCaption(t.slice(0, stamp.index + stamp[1]!.length)), credit };
  }

  // 5. A separator and a credit at the end: '… Joe Biden / AFP', 'praca / ShutterStock', '… | Foto: X'.
  const sep = /\s(?:\/|\||–|—|-)\s([^/|–—]{1,80})$/u.exec(t);
  if (sep) {
    const tail = sep[1]!.trim();
    if (parseCredit(tail).agencies.length > 0 && splitParts(tail).every((p) => agencyName(stripPhotoWord(p)) !== null)) {
      const credit = cleanCredit(tail);
      if (credit) return { caption: cleanCaption(t.slice(0, sep.index)), credit };
    }
  }

  return { caption: t, credit: null };
}

/** Removes the separator left between a caption and its credit: trailing ' -', ' |', ' /', ' ('. */
export function cleanCaption(s: string): string | null {
  const c = replaceTail(normalizeText(s), /[\s|/(–—,:-]+$/u).trim();
  return c && /[\p{L}\p{N}]/u.test(c) ? c : null;
}

/** Splits a credit into its parts: 'A/B', 'A | B', 'A, B', 'A via B', 'A — B', 'A for B'. */
function splitParts(credit: string): string[] {
  return credit
    .split(/\s*(?:\/|\||;|,|\s—\s|\s–\s|\s-\s|\svia\s|\sfor\s|\sand\s|\s&\s|\sund\s|\set\s|\sen\s)\s*/iu)
    .map((p) => p.replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/^(?:via|by|for|von|par|door)\s+/iu, '').trim())
    .filter(Boolean);
}

const ORG_WORDS = /\b(?:the|times|news|press|media|images?|photos?|pictures?|agency|agentur|archive|archiv|archivo|collaboration|institute|institut|instituto|university|universit[äé]t|museum|police|polizei|library|studio|studios|entertainment|records|group|inc|llc|ltd|gmbh|ag|sa|corp|company|foundation|stiftung|ministry|ministerium|department|government|office|council|club|team|hardware|network|tv|radio|facebook|twitter|instagram|youtube|x|nasa|esa|jpl|courtesy|handout|supplied|screenshot|privat|private|archief|handout)\b|\.(?:com|org|net|de|be|nl|fr|uk|at|ch)\b|@|\d/iu;
const FILLER = /^(?:files?|archives?|archivbild|symbolbild|archiefbeeld|archive photo|photo|foto|pool|handout|dossier)$/iu;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function looksLikePerson(part: string): boolean {
  if (ORG_WORDS.test(part)) return false;
  const words = part.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|de|der|den|da|di|du|le|la|del|dos|ter|ten|bin|al|el)|\p{Lu}\.)$/u.test(w));
}

/**
 * Tells the photographer from the agencies in a credit line:
 * `Fethi Belaid/AFP/Getty Images` → {photographer: 'Fethi Belaid', agencies: ['AFP', 'Getty Images']}.
 * Agencies are the dictionary's canonical names (src/rules/agencies.json) or, for other organisations
 * named in the credit, as printed.
 */
export function parseCredit(credit: string | null | undefined): ParsedCredit {
  const out: ParsedCredit = { photographer: null, agencies: [] };
  if (!credit) return out;
  let s = normalizeText(credit.slice(0, MAX_CREDIT * 2));
  const add = (name: string): void => {
    if (!out.agencies.includes(name)) out.agencies.push(name);
  };
  // 'BELGA PHOTO BENOIT DOPPAGNE', 'AFP PHOTO / JOHN DOE'
  const stamp = /^(\p{Lu}{2,12}) (?:PHOTO|FOTO|PHOTOS|IMAGES?)(?: ?\/ ?| )([\p{Lu} .'’-]{3,60})$/u.exec(s);
  if (stamp && agencyName(stamp[1]!)) {
    add(agencyName(stamp[1]!)!);
    s = stamp[2]!.trim();
    if (looksLikePerson(s)) out.photographer = titleCase(s);
    return out;
  }
  for (const raw of splitParts(s)) {
    const part = raw.trim();
    if (!part || FILLER.test(part)) continue;
    const agency = agencyName(part) ?? agencyName(stripPhotoWord(part));
    if (agency) {
      add(agency);
      continue;
    }
    if (!out.photographer && looksLikePerson(part)) {
      const letters = part.replace(/[^\p{L}]/gu, '');
      out.photographer = letters === letters.toUpperCase() ? titleCase(part) : part;
      continue;
    }
    if (ORG_WORDS.test(part) || /^\p{Lu}[\p{L}]+$/u.test(part)) {
      // an organisation that is not in the dictionary (a newspaper, a museum, a company)
      if (part.split(' ').length <= 6 && !/^(?:by|photo|foto)$/iu.test(part)) add(part.replace(/^the\s+/iu, (m) => m));
    }
  }
  return out;
}
