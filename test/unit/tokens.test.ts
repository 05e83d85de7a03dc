// tokenize, skipWord, isWordCharAt and isUpperAt read char codes through a class table: the tokens must be
// exactly those of the plain per-character version below (kept here as the reference).
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, isUpperAt, isWordCharAt, nextCapitalStart, skipWord, tokenize, type Tok } from '../../src/extract/quotes/tokens.js';

// ---- reference: the former per-character implementation ----
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

const refIsWordCharAt = (s: string, i: number): boolean => isWordChar(s[i]);
const refIsUpperAt = (s: string, i: number): boolean => isUpper(s[i]);
/** A period ending a sentence whose space was lost ("Papst.Der"): see tokens.ts. */
function refLostSpace(s: string, i: number, j: number): boolean {
  if (j - i < 3 || !isUpper(s[j + 1]) || !isWordChar(s[j + 2]) || isUpper(s[j + 2])) return false;
  const a = s[j - 1]!, b = s[j - 2]!, c = s[j - 3]!;
  return a !== a.toUpperCase() && b !== b.toUpperCase() && c !== c.toUpperCase() && !ABBREVIATIONS.has(s.slice(i, j).toLowerCase());
}
/** Index just after the word starting at `i` (same rules as tokenize, without the final period). */
function refSkipWord(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const d = s[j]!;
    if (isWordChar(d)) j++;
    else if (d === '.' && refLostSpace(s, i, j)) break;
    else if ((d === "'" || d === '’' || d === '-' || d === '.' || d === '&' || d === '‑') && isWordChar(s[j + 1])) j++;
    else break;
  }
  return j;
}



function refTokenize(s: string, from = 0, to = s.length): Tok[] {
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
        else if (d === '.' && refLostSpace(s, i, j)) break;
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


// ---- end of reference ----

/** Characters the tokenizer treats specially, and some it does not. */
const ALPHABET = [
  'a', 'b', 'Z', 'Q', '7', ' ', ' ', '\t', '\n', '.', '.', '-', '—', '–', "'", '’', '&', '‑', ',', '"', '«', '»', '\u00a0',
  'é', 'É', 'ß', 'ü', 'Ü', 'İ', 'ﬁ', 'ǅ', 'Ж', 'ж', 'Σ', 'ς', '中', '\u0301', '٣', '\u200b', '\u202a', '\u2060', '\ufeff',
  '\u2003', '\u3000', '\ud83d', '\ude00', '\ud835', '\udc00', '!', '?', '…', '(', ')', ':', 'Mr', 'Dr', 'U.S', 'e.g', 'St', 'abc.De', 'papst.', 'Der',
];

function randomText(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('tokenize over char codes', () => {
  it('gives the same tokens as the per-character reference on random text, whole and in windows', () => {
    const rand = generator(42);
    for (let k = 0; k < 3000; k++) {
      const s = randomText(rand, 1 + Math.floor(rand() * 40));
      expect(tokenize(s)).toEqual(refTokenize(s));
      const from = Math.floor(rand() * s.length);
      const to = from + Math.floor(rand() * (s.length - from + 1));
      expect(tokenize(s, from, to)).toEqual(refTokenize(s, from, to));
    }
  });

  it('answers isWordCharAt, isUpperAt and skipWord as the reference does, past the ends too', () => {
    const rand = generator(7);
    for (let k = 0; k < 500; k++) {
      const s = randomText(rand, 1 + Math.floor(rand() * 30));
      for (let i = -1; i <= s.length; i++) {
        expect(isWordCharAt(s, i)).toBe(refIsWordCharAt(s, i));
        expect(isUpperAt(s, i)).toBe(refIsUpperAt(s, i));
        if (i >= 0 && i < s.length) expect(skipWord(s, i)).toBe(refSkipWord(s, i));
      }
    }
  });

  it('keeps abbreviations, initials and joined words whole', () => {
    const toks = tokenize('Mr. J. O’Brien-Smith of the U.S. said — twice... AT&T ‑ Ärzte', 0);
    expect(toks.map((t) => t.t)).toEqual(['Mr.', 'J.', 'O’Brien-Smith', 'of', 'the', 'U.S.', 'said', '—', 'twice', '...', 'AT&T', '‑', 'Ärzte']);
    expect(toks.map((t) => t.l).slice(0, 3)).toEqual(['mr.', 'j.', 'o’brien-smith']);
    expect(toks[12]!.cap).toBe(true);
  });
});

describe('nextCapitalStart', () => {
  // the reference: a scan that steps over non-word characters and jumps over each word with skipWord
  const reference = (s: string): number[] => {
    const out: number[] = [];
    let i = 0;
    while (i < s.length) {
      if (!isWordCharAt(s, i)) { i++; continue; }
      if (isUpperAt(s, i)) out.push(i);
      i = skipWord(s, i);
    }
    return out;
  };
  const fast = (s: string): number[] => {
    const out: number[] = [];
    for (let i = nextCapitalStart(s, 0); i >= 0; i = nextCapitalStart(s, skipWord(s, i))) out.push(i);
    return out;
  };
  it('finds the capitals that open words, as the word scan does', () => {
    for (const s of ['The U.S. and iPhone', 'x-Men O’Brien', 'Papst.Der Bruder', 'bzw.Das Amt', 'abc.Def.Ghi jkl.Mno',
      'z.B.Die', '\ud835\udc00Bold A', 'AT&T and e.V.Berlin', 'well.Known']) {
      expect(fast(s)).toEqual(reference(s));
    }
    expect(fast('Papst.Der')).toEqual([0, 6]);
    expect(fast('U.S')).toEqual([0]);
  });
});
