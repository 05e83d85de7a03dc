// A small word tokenizer with offsets, written as a character loop (linear, no backtracking).

export interface Tok {
  /** The token as written. */
  t: string;
  /** Lower case. */
  l: string;
  /** Offsets in the paragraph. */
  s: number;
  e: number;
  /** 'w' word (letters/digits), 'p' punctuation. */
  k: 'w' | 'p';
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const SPACE_RE = /\s/u;
/** Letters, digits and combining marks; ASCII answered without a regular expression. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57);
  if ((x >= 0x2000 && x <= 0x206f) || x === 0xab || x === 0xbb || x === 0xa0) return false; // punctuation and marks
  return WORD_RE.test(c);
}
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return x >= 65 && x <= 90;
  return UPPER_RE.test(c);
}
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return x === 32 || (x >= 9 && x <= 13);
  // zero-width and direction marks are invisible: read as space, not as punctuation
  if ((x >= 0x200b && x <= 0x200f) || (x >= 0x202a && x <= 0x202e) || (x >= 0x2060 && x <= 0x2064) || x === 0xfeff) return true;
  return SPACE_RE.test(c);
}

export const isWordCharAt = (s: string, i: number): boolean => isWordChar(s[i]);
export const isUpperAt = (s: string, i: number): boolean => isUpper(s[i]);
/**
 * True when the period at `j`, inside the word that started at `i`, ends a sentence whose space was lost
 * ("Papst.Der ältere Bruder"): a lower-case word of three letters or more before it, a capitalised word
 * (upper case, then lower case) after it. Not "e.V.", "U.S.", "z.B." or a web address in lower case.
 */
function lostSpace(s: string, i: number, j: number): boolean {
  if (j - i < 3 || !isUpper(s[j + 1]) || !isWordChar(s[j + 2]) || isUpper(s[j + 2])) return false;
  const a = s[j - 1]!, b = s[j - 2]!, c = s[j - 3]!;
  return a !== a.toUpperCase() && b !== b.toUpperCase() && c !== c.toUpperCase() && !ABBREVIATIONS.has(s.slice(i, j).toLowerCase());
}

/** Index just after the word starting at `i` (same rules as tokenize, without the final period). */
export function skipWord(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const d = s[j]!;
    if (isWordChar(d)) j++;
    else if (d === '.' && lostSpace(s, i, j)) break;
    else if ((d === "'" || d === '’' || d === '-' || d === '.' || d === '&' || d === '‑') && isWordChar(s[j + 1])) j++;
    else break;
  }
  return j;
}

/** Abbreviations whose final period belongs to the word (and does not end a sentence). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'rev', 'st', 'jr',
  'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'gov', 'pres', 'atty',
  'supt', 'sec', 'd', 'r', 'i', 'ind', 'calif', 'fla', 'mass', 'conn', 'wash', 'ariz', 'tenn', 'penn', 'mich', 'minn',
  'wis', 'ill', 'okla', 'ore', 'nev', 'colo', 'kan', 'ky', 'la', 'md', 'mo', 'neb', 'va', 'vt', 'wyo', 'ala', 'ark',
  'del', 'ga', 'miss', 'n.c', 'n.y', 's.c', 'n.j', 'n.h', 'n.m', 'w.va', 'd.c', 'bzw', 'bspw', 'usw', 'ca', 'z.b',
  'u.a', 'd.h', 'evtl', 'ggf', 'nr', 'hr', 'fr', 'mme', 'mlle', 'm', 'dhr', 'mevr', 'drs', 'ir', 'mr', 'bijv', 'o.a',
]);

export function tokenize(s: string, from = 0, to = s.length): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = s[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < to) {
        const d = s[j]!;
        if (isWordChar(d)) j++;
        else if (d === '.' && lostSpace(s, i, j)) break;
        else if ((d === "'" || d === '’' || d === '-' || d === '.' || d === '&' || d === '‑') && isWordChar(s[j + 1]) && j + 1 < to) j++;
        else break;
      }
      let w = s.slice(i, j);
      // a final period that belongs to an abbreviation or an initial
      if (s[j] === '.' && j < to) {
        const lw = w.toLowerCase();
        if (ABBREVIATIONS.has(lw) || (w.length === 1 && isUpper(w)) || lw.includes('.')) {
          j++;
          w = s.slice(i, j);
        }
      }
      out.push({ t: w, l: w.toLowerCase(), s: i, e: j, k: 'w', cap: isUpper(c) });
      i = j;
      continue;
    }
    // punctuation: a run of dashes or of periods is one token
    let j = i + 1;
    if (c === '.' || c === '-' || c === '—' || c === '–') while (j < to && s[j] === c) j++;
    const p = s.slice(i, j);
    out.push({ t: p, l: p, s: i, e: j, k: 'p', cap: false });
    i = j;
  }
  return out;
}

/** True when token `k` ends a sentence (a period, question or exclamation mark, an ellipsis). */
export function endsSentence(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.k !== 'p') return false;
  return t.t === '.' || t.t === '!' || t.t === '?' || t.t === '…' || t.t === '...' || t.t === '?!' || t.t === '!?';
}

export const startsUpper = (s: string): boolean => {
  for (const c of s) {
    if (/\p{L}/u.test(c)) return /\p{Lu}/u.test(c);
    if (/\p{N}/u.test(c)) return true;
  }
  return false;
};
