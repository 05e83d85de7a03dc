// Noun phrases that can speak: capitalised name runs, determiner phrases, pronouns; descriptors split off;
// mentions resolved to the fullest name the article gives.
import {
  CUE_WORDS, DETERMINERS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANIZATION_WORDS, PRONOUNS, ROLE_SUFFIXES, ROLE_WORDS,
} from '../../rules/quote-cues.js';
import type { Tok } from './tokens.js';

const ROLE = new Set(ROLE_WORDS);
const ORG = new Set(ORGANIZATION_WORDS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const PARTICLE = new Set(NAME_PARTICLES);
const PRONOUN = new Set(PRONOUNS);
const DET = new Set(DETERMINERS);

export const isParticle = (l: string): boolean => PARTICLE.has(l) || l === 'of';
/** Articles that are name particles only after van/von/de ("von der Leyen", "van den Berg"), never alone:
 * in German they join two nouns ("Kreise der Parteivorsitzenden", "Meer der Ruhe"). */
const ARTICLE_PARTICLE = new Set(['der', 'den', 'das', 'des', 'dem']);
const PARTICLE_PAIRS = new Set(['von der', 'van der', 'van den', 'van de', 'de la', 'de los', 'de las', 'von und']);
const pairOk = (first: string, second: string): boolean => !ARTICLE_PARTICLE.has(second) || PARTICLE_PAIRS.has(`${first} ${second}`);
export const isPronoun = (l: string): boolean => PRONOUN.has(l);
export const isDeterminer = (l: string): boolean => DET.has(l);
export const isPossessive = (t: Tok): boolean => t.k === 'w' && /['’]s$/u.test(t.t) && t.t.length > 2;

/** A role or title word: "Minister", "spokeswoman", "Sen.", and German/Dutch compounds by suffix ("RTL-Chefin"). */
export function isRole(l: string): boolean {
  if (ROLE.has(l)) return true;
  const last = l.includes('-') ? l.slice(l.lastIndexOf('-') + 1) : l;
  if (ROLE.has(last)) return true;
  const list = SUFFIXES_BY_END.get(endKey(last));
  if (list) for (const suf of list) if (last.length > suf.length + 2 && last.endsWith(suf)) return true;
  return false;
}

/** The last two code units of a word as one number (a word's suffixes share them): no string made per test. */
const endKey = (w: string): number => w.charCodeAt(w.length - 1) * 65536 + w.charCodeAt(w.length - 2);
/** ROLE_SUFFIXES by their last two code units: isRole tests the few that can match, not all ninety. */
const SUFFIXES_BY_END = new Map<number, string[]>();
for (const suf of ROLE_SUFFIXES) {
  const k = endKey(suf);
  const list = SUFFIXES_BY_END.get(k);
  if (list) list.push(suf);
  else SUFFIXES_BY_END.set(k, [suf]);
}

export const isOrgWord = (l: string): boolean => ORG.has(l.replace(/['’]s$/u, ''));

/** A token that can be part of a proper name. */
export function isNameToken(t: Tok): boolean {
  if (t.k !== 'w' || !t.cap) return false;
  if (NOT_NAME.has(t.l) || CUE_LOWER.has(t.l)) return false;
  // an all-caps word of more than five letters is a shouted heading, not a name ("BREAKING", "UPDATE")
  if (t.t.length > 5 && t.t === t.t.toUpperCase() && /\p{L}{6}/u.test(t.t)) return false;
  return true;
}

/** Every single-word cue, in any language: "Said Smith" does not make "Said" a name. */
const CUE_LOWER = new Set(Object.values(CUE_WORDS).flat().filter((w) => !w.includes(' ') && w.length > 3 && !ROLE.has(w)));

export interface Phrase {
  /** Token range [a, b) in the token list. */
  a: number;
  b: number;
  kind: 'name' | 'pronoun' | 'np';
}

/** The capitalised name run that ends just before token `k` (exclusive), or null. */
export function nameRunBefore(toks: readonly Tok[], k: number): Phrase | null {
  let a = k;
  while (a > 0) {
    const t = toks[a - 1]!;
    // "Breitbart’s Joel Pollak": a possessive is not part of the name after it
    // (but "the Federal Prosecutor's Office": a possessive before an organisation word stays in the name)
    if (isNameToken(t) && a < k && isPossessive(t) && !isOrgWord(toks[a]!.l)) break;
    if (isNameToken(t)) { a--; continue; }
    // a particle between two name tokens ("Paul van Tigchelt"), "of" inside an office ("Secretary of State")
    if (t.k === 'w' && (PARTICLE.has(t.l) || t.l === 'of') && a < k) {
      let c = a - 2;
      if (c >= 0 && !isNameToken(toks[c]!) && toks[c]!.k === 'w' && PARTICLE.has(toks[c]!.l) && t.l !== 'of') c--;
      if (ARTICLE_PARTICLE.has(t.l) && !pairOk(toks[a - 2]?.l ?? '', t.l)) break;
      if (c < 0 || !isNameToken(toks[c]!)) break;
      if (t.l === 'of' && !(isRole(toks[c]!.l) || isOrgWord(toks[c]!.l))) break;
      a = c + 1;
      continue;
    }
    break;
  }
  // "Van Tigchelt" at a sentence start: "Van" is capitalised and in NOT_NAME? no; a leading particle stays
  if (a === k) return null;
  return { a, b: k, kind: 'name' };
}

/** The capitalised name run that starts at token `k`, or null. */
export function nameRunAt(toks: readonly Tok[], k: number): Phrase | null {
  let b = k;
  while (b < toks.length) {
    const t = toks[b]!;
    // "Breitbart’s Joel Pollak": the name starts after the possessive
    if (b > k && isPossessive(toks[b - 1]!) && !isOrgWord(t.l)) break;
    if (isNameToken(t) || (b === k && t.k === 'w' && t.cap && PARTICLE.has(t.l) && toks[b + 1] && isNameToken(toks[b + 1]!))) { b++; continue; }
    if (t.k === 'w' && (PARTICLE.has(t.l) || t.l === 'of') && b > k) {
      // one or two particles, then a name: "Karel van der Berg", "Secretary of State"
      let c = b + 1;
      if (ARTICLE_PARTICLE.has(t.l) && !pairOk(toks[b - 1]!.l, t.l)) break;
      if (toks[c] && toks[c]!.k === 'w' && PARTICLE.has(toks[c]!.l) && t.l !== 'of') {
        if (!pairOk(t.l, toks[c]!.l)) break;
        c++;
      }
      if (!toks[c] || !isNameToken(toks[c]!)) break;
      if (t.l === 'of' && !(isRole(toks[b - 1]!.l) || isOrgWord(toks[b - 1]!.l))) break;
      b = c;
      continue;
    }
    break;
  }
  return b > k ? { a: k, b, kind: 'name' } : null;
}

/** Words that end a determiner phrase when read forward or backward. */
const NP_BREAK = new Set([
  'that', 'who', 'which', 'and', 'or', 'but', 'to', 'for', 'of', 'in', 'on', 'at', 'with', 'by', 'from', 'as', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'dass', 'und', 'oder', 'ist', 'war', 'hat', 'wird',
  'für', 'mit', 'von', 'bei', 'im', 'am', 'zu', 'que', 'qui', 'et', 'est', 'a', 'pour', 'avec', 'dat', 'en', 'is', 'van',
  'voor', 'met', 'op', 'not', 'nicht', 'ne', 'niet', 'also', 'auch', 'sich',
]);

/** A determiner phrase ("the spokesman", "a White House official", "Clinton's campaign") ending before `k`. */
export function detPhraseBefore(toks: readonly Tok[], k: number, maxLen = 6): Phrase | null {
  let a = k;
  while (a > 0 && k - a < maxLen) {
    const t = toks[a - 1]!;
    if (t.k !== 'w') return null;
    if (isDeterminer(t.l) && a < k && !(t.l === 'a' && toks[a] && !toks[a]!.cap && false)) return { a: a - 1, b: k, kind: 'np' };
    if (isPossessive(t) && a < k) return { a: a - 1, b: k, kind: 'np' };
    if (NP_BREAK.has(t.l) || isPronoun(t.l)) return null;
    a--;
  }
  return null;
}

/** A determiner phrase starting at `k`: the determiner, then words up to a break (stops after a capitalised run). */
export function detPhraseAt(toks: readonly Tok[], k: number, maxLen = 6): Phrase | null {
  const d = toks[k];
  if (!d || d.k !== 'w' || !(isDeterminer(d.l) || isPossessive(d))) return null;
  let b = k + 1;
  let sawCap = false;
  while (b < toks.length && b - k <= maxLen) {
    const t = toks[b]!;
    if (t.k !== 'w') break;
    if (NP_BREAK.has(t.l) || isPronoun(t.l)) break;
    if (sawCap && !t.cap && !PARTICLE.has(t.l)) break;
    if (t.cap) sawCap = true;
    b++;
    // a role or organisation noun ends the phrase unless a name follows it ("der Minister Peter Müller")
    if ((isRole(t.l) || isOrgWord(t.l)) && !(toks[b] && toks[b]!.cap && toks[b]!.k === 'w')) break;
  }
  return b > k + 1 ? { a: k, b, kind: 'np' } : null;
}

export interface SpeakerParts {
  /** The mention as written. */
  mention: string;
  /** The name part, without role words. */
  name: string[];
  descriptor: string | null;
  kind: 'person' | 'organization';
  pronoun: boolean;
}

/** Splits "Federal Justice Minister Paul Van Tigchelt" into descriptor and name. */
export function splitDescriptor(words: readonly string[]): { descriptor: string[]; name: string[] } {
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (isRole(words[i]!.toLowerCase())) cut = i;
  if (cut < 0) return { descriptor: [], name: [...words] };
  let end = cut + 1;
  // "Secretary of State John Kerry": the office runs through "of X" when a name follows
  if (words[end]?.toLowerCase() === 'of' && end + 2 < words.length) end += 2;
  if (end >= words.length) return { descriptor: [], name: [...words] };
  return { descriptor: words.slice(0, end), name: words.slice(end) };
}

export function phraseParts(toks: readonly Tok[], p: Phrase, text: string): SpeakerParts {
  const mention = text.slice(toks[p.a]!.s, toks[p.b - 1]!.e);
  const words = toks.slice(p.a, p.b).map((t) => t.t);
  if (p.kind === 'pronoun') return { mention, name: words, descriptor: null, kind: 'person', pronoun: true };
  if (p.kind === 'np') {
    // strip a leading article; a possessive stays ("Clinton's campaign")
    const first = toks[p.a]!;
    const body = isDeterminer(first.l) && !isPossessive(first) && ['the', 'a', 'an', 'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'einem', 'le', 'la', 'les', 'un', 'une', 'de', 'het', 'een'].includes(first.l)
      ? words.slice(1) : words;
    // "la ministre Claire Dubois", "der Landrat Peter Vogt": a role phrase ending in a name
    const bodyToks = toks.slice(p.b - body.length, p.b);
    let c = bodyToks.length;
    while (c > 0 && (isNameToken(bodyToks[c - 1]!) || (PARTICLE.has(bodyToks[c - 1]!.l) && c < bodyToks.length && c > 1 && isNameToken(bodyToks[c - 2]!))) && !isRole(bodyToks[c - 1]!.l)) c--;
    const prefix = bodyToks.slice(0, c);
    if (c > 0 && c < bodyToks.length && (prefix.some((t) => isRole(t.l)) || prefix.every((t) => !t.cap && !isPossessive(t)))) {
      const name = body.slice(c);
      const kind = name.some((w) => isOrgWord(w.toLowerCase())) ? 'organization' : 'person';
      return { mention, name, descriptor: body.slice(0, c).join(' '), kind, pronoun: false };
    }
    const kind = body.some((w) => isOrgWord(w.toLowerCase())) && !body.some((w) => isRole(w.toLowerCase())) ? 'organization' : 'person';
    // "the Security Services" is an organisation's name; "the spokesman" a description
    return { mention, name: body, descriptor: null, kind, pronoun: false };
  }
  const { descriptor, name } = splitDescriptor(words);
  const kind = name.some((w) => isOrgWord(w.toLowerCase())) ? 'organization' : 'person';
  return { mention, name, descriptor: descriptor.length ? descriptor.join(' ') : null, kind, pronoun: false };
}

/** `core`: the words of `lower` that are not particles, counted once here rather than on every resolve. */
interface NameEntry { words: string[]; lower: string[]; core: number; descriptor: string | null; kind: 'person' | 'organization' }

/** The people and organisations the article names: fullest form of each, with the descriptor first seen. */
export class NameIndex {
  /** The entries by their last word (lower case), in the order added: a mention matches only names that end with its last word. */
  private byLast = new Map<string, NameEntry[]>();

  private seen = new Map<string, { descriptor: string | null }>();

  /** Adds the article's names the first time the index is read (null: done, or names are added by hand). */
  private fill: (() => void) | null;

  constructor(fill: (() => void) | null = null) {
    this.fill = fill;
  }

  /** Runs the fill callback now, if it has not run. */
  ensure(): void {
    const fill = this.fill;
    if (fill) {
      this.fill = null;
      fill();
    }
  }

  add(words: readonly string[], descriptor: string | null, kind: 'person' | 'organization'): void {
    if (!words.length || words.length > 6) return;
    const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
    const key = lower.join(' ');
    const hit = this.seen.get(key);
    if (hit) {
      if (!hit.descriptor && descriptor) hit.descriptor = descriptor;
      return;
    }
    let core = 0;
    for (const w of lower) if (!PARTICLE.has(w)) core++;
    const entry: NameEntry = { words: [...words], lower, core, descriptor, kind };
    this.seen.set(key, entry);
    const last = lower[lower.length - 1]!;
    const bucket = this.byLast.get(last);
    if (bucket) bucket.push(entry);
    else this.byLast.set(last, [entry]);
  }

  /** Fullest name ending with (or equal to) the mention's words: "Van Tigchelt" -> "Paul Van Tigchelt". */
  resolve(words: readonly string[]): { words: string[]; descriptor: string | null } | null {
    if (this.fill) this.ensure();
    const m = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
    if (!m.length) return null;
    let best: NameEntry | null = null;
    const bucket = this.byLast.get(m[m.length - 1]!);
    if (!bucket) return null;
    for (const n of bucket) {
      if (n.lower.length < m.length || n.lower.length > 5) continue;
      // a person's full name has at most three words besides particles ("North Korea Donald Trump" is two names)
      if (n.kind === 'person' && n.core > 3) continue;
      const off = n.lower.length - m.length;
      let ok = true;
      for (let i = 0; i < m.length; i++) if (n.lower[off + i] !== m[i]) { ok = false; break; }
      // a single first name may also stand for the full name ("Hillary" -> "Hillary Clinton") — only when unique
      if (!ok) continue;
      if (!best || n.lower.length > best.lower.length) best = n;
    }
    return best ? { words: best.words, descriptor: best.descriptor } : null;
  }
}
