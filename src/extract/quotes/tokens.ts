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

/**
 * The class of each UTF-16 code unit, filled the first time a unit is met (bits below; 0: not yet known). The
 * tests read code units (charCodeAt), so no one-character string is made per character; a lone surrogate
 * is neither a letter nor a space, as the regular expressions say of it.
 */
const CLASS = new Uint8Array(65536);
const KNOWN = 1;
const WORD = 2;
const UPPER = 4;
const SPACE = 8;
for (let x = 0; x < 128; x++) {
  let b = KNOWN;
  if ((x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57)) b |= WORD;
  if (x >= 65 && x <= 90) b |= UPPER;
  if (x === 32 || (x >= 9 && x <= 13)) b |= SPACE;
  CLASS[x] = b;
}

function classify(x: number): number {
  const c = String.fromCharCode(x);
  let b = KNOWN;
  // punctuation and marks of the General Punctuation block, guillemets and the no-break space are not word characters
  if (!((x >= 0x2000 && x <= 0x206f) || x === 0xab || x === 0xbb || x === 0xa0) && WORD_RE.test(c)) b |= WORD;
  if (UPPER_RE.test(c)) b |= UPPER;
  // zero-width and direction marks are invisible: read as space, not as punctuation
  if ((x >= 0x200b && x <= 0x200f) || (x >= 0x202a && x <= 0x202e) || (x >= 0x2060 && x <= 0x2064) || x === 0xfeff || SPACE_RE.test(c)) b |= SPACE;
  CLASS[x] = b;
  return b;
}

/** The class bits of the code unit at `i` of `s` (0 past its end). */
function classAt(s: string, i: number): number {
  const x = s.charCodeAt(i);
  if (x !== x) return 0; // NaN: past the end
  const b = CLASS[x]!;
  return b !== 0 ? b : classify(x);
}

/** Letters, digits and combining marks (a code unit of `s`; false past its end). */
export const isWordCharAt = (s: string, i: number): boolean => (classAt(s, i) & WORD) !== 0;
export const isUpperAt = (s: string, i: number): boolean => (classAt(s, i) & UPPER) !== 0;

/** Apostrophes, hyphens, periods and ampersands join two words into one token (O'Brien, Jean-Luc, U.S, AT&T). */
function isJoiner(x: number): boolean {
  return x === 39 /* ' */ || x === 0x2019 /* ’ */ || x === 45 /* - */ || x === 46 /* . */ || x === 38 /* & */ || x === 0x2011 /* ‑ */;
}

/**
 * True when the period at `j`, inside the word that started at `i`, ends a sentence whose space was lost
 * ("Papst.Der ältere Bruder"): a lower-case word of three letters or more before it, a capitalised word
 * (upper case, then lower case) after it. Not "e.V.", "U.S.", "z.B." or a web address in lower case.
 */
function lostSpace(s: string, i: number, j: number): boolean {
  if (j - i < 3 || !isUpperAt(s, j + 1) || !isWordCharAt(s, j + 2) || isUpperAt(s, j + 2)) return false;
  const a = s[j - 1]!, b = s[j - 2]!, c = s[j - 3]!;
  return a !== a.toUpperCase() && b !== b.toUpperCase() && c !== c.toUpperCase() && !ABBREVIATIONS.has(s.slice(i, j).toLowerCase());
}

/** Index just after the word starting at `i` (same rules as tokenize, without the final period). */
export function skipWord(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    if (classAt(s, j) & WORD) j++;
    else if (s.charCodeAt(j) === 46 && lostSpace(s, i, j)) break;
    else if (isJoiner(s.charCodeAt(j)) && classAt(s, j + 1) & WORD) j++;
    else break;
  }
  return j;
}

/**
 * The next upper-case letter at or after `from` that opens a word of a left-to-right word scan (one that
 * steps over non-word characters and jumps over each word it meets with skipWord): not one inside a word
 * ("iPhone") or joined to the word before it ("U.S", "x-Men"), but one after a period that lost its space
 * ("Papst.Der"). `from` must be a place the scan reaches: 0, or the end of a word. Returns -1 when there is
 * none. Only the capitals are looked at, each by its few neighbours; where that cannot tell (a period after
 * three lower-case letters, whose word start decides lostSpace) the scan itself is run, from the last place
 * known to be reached, so no character is scanned twice.
 */
export function nextCapitalStart(s: string, from: number): number {
  const n = s.length;
  let reached = from;
  for (let k = from; k < n; k++) {
    const x = s.charCodeAt(k);
    if (!((x < 128 ? CLASS[x]! : classAt(s, k)) & UPPER)) continue;
    if (k === reached) return k;
    if (classAt(s, k - 1) & WORD) continue;
    const p = s.charCodeAt(k - 1);
    if (!isJoiner(p) || !(classAt(s, k - 2) & WORD)) return k;
    if (p !== 46 || !mayHaveLostSpace(s, k - 1)) continue;
    let i = reached;
    while (i < k) i = classAt(s, i) & WORD ? skipWord(s, i) : i + 1;
    if (i === k) return k;
    reached = i;
    k = i - 1;
  }
  return -1;
}

/** The tests of lostSpace(s, i, j) that do not depend on the word's start `i`: false when lostSpace is false. */
function mayHaveLostSpace(s: string, j: number): boolean {
  if (j < 3 || !isUpperAt(s, j + 1) || !isWordCharAt(s, j + 2) || isUpperAt(s, j + 2)) return false;
  const a = s[j - 1]!, b = s[j - 2]!, c = s[j - 3]!;
  return a !== a.toUpperCase() && b !== b.toUpperCase() && c !== c.toUpperCase();
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
    const c = s.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : classAt(s, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    if (cls & WORD) {
      // plain: every unit so far is ASCII and not an upper-case letter, so the word is its own lower case
      let plain = c < 65 || c > 90 ? c < 128 : false;
      let j = i + 1;
      while (j < to) {
        const d = s.charCodeAt(j);
        if ((d < 128 ? CLASS[d]! : classAt(s, j)) & WORD) j++;
        else if (d === 46 && lostSpace(s, i, j)) break;
        else if (isJoiner(d) && j + 1 < to && classAt(s, j + 1) & WORD) j++;
        else break;
        if (plain && (d >= 128 || (d >= 65 && d <= 90))) plain = false;
      }
      let w = s.slice(i, j);
      let l = plain ? w : w.toLowerCase();
      // a final period that belongs to an abbreviation or an initial
      if (j < to && s.charCodeAt(j) === 46) {
        if (ABBREVIATIONS.has(l) || (j === i + 1 && cls & UPPER) || l.includes('.')) {
          j++;
          w = s.slice(i, j);
          l = plain ? w : w.toLowerCase();
        }
      }
      out.push({ t: w, l, s: i, e: j, k: 'w', cap: (cls & UPPER) !== 0 });
      i = j;
      continue;
    }
    // punctuation: a run of dashes or of periods is one token
    let j = i + 1;
    if (c === 46 || c === 45 || c === 0x2014 || c === 0x2013) while (j < to && s.charCodeAt(j) === c) j++;
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
