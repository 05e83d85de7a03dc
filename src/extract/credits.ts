// Text credits and outlets cited, from the article's paragraphs (pure text in, data out).
//
//   extractTextCredits({ paragraphs, byline }) -> { textCredits, outletsCited }
//
// Text credits are the credits for the article's words printed in its text:
//   - wire datelines at the top: 'BRUSSELS (AFP) -', 'Hamburg (dpa/lno) –', '(Reuters) —'
//   - sign-offs: '… geäußert. (dpa)', a paragraph 'Belga' or 'AFP/Reuters', 'With AFP', 'Avec Belga',
//     'Met ANP', 'Mit Material von dpa und AFP', 'Bron: ANP'
//   - contributor lines: 'Additional reporting by …', '(Reporting by X; Editing by Y)', 'Mitarbeit: …',
//     'X and Y contributed to this report' (an agency there is a wire credit)
//   - the byline's 'Jane Doe with AFP' (paragraph null: it stands outside the body)
// Outlets cited are other media named beside a citing cue: 'De Standaard reports', 'told VRT',
// 'according to Le Soir', 'berichtet der Spiegel'. A cue alone is not enough: the name must look like an
// outlet (a known outlet or agency, a broadcaster's acronym, or a name holding a word like Zeitung/News/Radio),
// so 'told reporters', 'told the court' and 'according to Smith' give nothing.
//
// Every word list is in src/rules/text-credits.ts; agency spellings come from src/rules/agencies.json.
// Safety: no regex here runs over a whole paragraph with nested quantifiers. Outlets are found by one linear
// token pass per paragraph; credit lines are at most MAX_LINE characters before any regex sees them, and each
// paragraph is capped at MAX_PARAGRAPH characters, so adversarial text stays linear and cheap.
import { agencyByKey, agencyKey } from '../clean/credit.js';
import * as R from '../rules/text-credits.js';
import type { OutletCited, TextCredit } from '../types/article.js';
import { detach } from '../clean/detach.js';

/** Characters of each paragraph scanned for outlets; the rest of a longer paragraph is ignored. */
export const MAX_PARAGRAPH = 5000;
/** Paragraphs read; the rest of a longer body is ignored. */
export const MAX_PARAGRAPHS = 3000;
/** A credit line (contributors, sign-off) longer than this is prose, not a credit. */
export const MAX_LINE = 400;
/** A wire line ('With AFP', 'Mit Material von dpa und AFP', 'Belga') longer than this is prose. */
const MAX_WIRE_LINE = 80;
/** Paragraphs from the top in which a wire dateline is looked for (standfirsts may come first). */
const DATELINE_PARAGRAPHS = 3;

export interface TextCreditsInput {
  /** The body's paragraphs, in order (from the body extractor). */
  paragraphs: string[];
  /** The byline as printed, if any: 'Jane Doe with AFP' gives a wire credit with paragraph null. */
  byline?: string | null;
}

export interface TextCreditsResult {
  textCredits: TextCredit[];
  outletsCited: OutletCited[];
}

export function extractTextCredits(input: TextCreditsInput): TextCreditsResult {
  const credits = new CreditList();
  const outletsCited: OutletCited[] = [];
  const paragraphs = input.paragraphs.slice(0, MAX_PARAGRAPHS);
  for (let i = 0; i < paragraphs.length; i++) {
    const raw = paragraphs[i]!.slice(0, MAX_PARAGRAPH);
    if (raw.length === 0) continue;
    // credit lines stand at a paragraph's head (dateline) or tail: only those are normalised and read
    if (i < DATELINE_PARAGRAPHS) {
      const d = dateline(normalize(raw.slice(0, 160)));
      if (d) for (const a of d.agencies) credits.add({ name: a, role: 'wire', kind: 'organization', text: d.text, paragraph: i });
    }
    const whole = raw.length <= MAX_LINE * 2;
    const tail = normalize(whole ? raw : raw.slice(-MAX_LINE));
    for (const c of creditLines(tail, whole)) credits.add({ ...c, paragraph: i });
    for (const o of findOutlets(raw)) outletsCited.push({ ...o, paragraph: i });
  }
  if (input.byline) for (const c of bylineCredits(normalize(input.byline.slice(0, MAX_LINE)))) credits.add({ ...c, paragraph: null });
  return { textCredits: credits.items, outletsCited };
}

class CreditList {
  readonly items: TextCredit[] = [];
  private readonly seen = new Set<string>();
  add(c: TextCredit): void {
    const key = `${c.role}\u0000${c.name.toLowerCase()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(c);
  }
}

/**
 * What normalize would change besides the ends: a control character, a no-break, thin or zero-width space, a
 * soft hyphen, two spaces in a row. One regex test (faster than a loop over the characters in JS).
 */
const NEEDS_NORMALIZING = /[\u0000-\u001f\u00a0\u00ad\u2000-\u200d\u2060\ufeff\u202f]| {2}/;

function normalize(s: string): string {
  // most paragraphs are already clean: only the others are rewritten
  if (!NEEDS_NORMALIZING.test(s)) return s.trim();
  return s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Agencies
// ---------------------------------------------------------------------------------------------------------

const WIRE = new Set(R.WIRE_AGENCIES);
/** An agency name's look-up key, as agencyByKey takes it (the picture dictionary's, so one key serves both). */
const key = agencyKey;
const EXTRA_WIRE: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of R.EXTRA_WIRE_AGENCIES) for (const s of [a.name, ...a.aliases]) m.set(key(s), a.name);
  return m;
})();
const PICTURE = new Set(R.PICTURE_WORDS);

/** The canonical name of a wire agency ('Agence France-Presse' → 'AFP', 'The Associated Press' → 'AP'), or null. */
export function wireAgency(s: string): string | null {
  const hit = AGENCY_MEMO.get(s);
  if (hit !== undefined) return hit;
  const found = lookUpWireAgency(s);
  if (AGENCY_MEMO.size >= AGENCY_MEMO_MAX) AGENCY_MEMO.clear();
  AGENCY_MEMO.set(detach(s), found);
  return found;
}
/** Look-ups repeat across a batch ('AFP', 'dpa', 'With AFP' tails): a small memo saves the NFKC work. */
const AGENCY_MEMO = new Map<string, string | null>();
const AGENCY_MEMO_MAX = 2000;

function lookUpWireAgency(s: string): string | null {
  let t = s.trim();
  if (!t || t.length > 50) return null;
  if (/^the /i.test(t)) t = t.slice(4);
  // the key is worked out once (NFKC is the costly part): agencyName(t) is the look-up of the same key
  const k = key(t);
  const extra = EXTRA_WIRE.get(k);
  if (extra) return extra;
  for (const w of k.split(' ')) if (PICTURE.has(w)) return null;
  const a = agencyByKey(k);
  return a && WIRE.has(a) ? a : null;
}

const LIST_SEPARATOR = /\s*(?:[/,;&+]|\s(?:and|und|et|en|e|y)\s)\s*/i;
const DESK_CODE = new RegExp(`^[a-zäöü]{1,${R.DESK_CODE_MAX}}$`);

/**
 * Agencies in a short list ('dpa/lno', 'AFP, Reuters', 'dpa und AFP'), or null when any part is neither an
 * agency nor a desk code. Lower-case codes of up to four letters beside an agency are desk codes ('lno').
 */
export function agencyList(s: string): string[] | null {
  if (s.length > MAX_WIRE_LINE) return null;
  const out: string[] = [];
  for (const raw of s.split(LIST_SEPARATOR)) {
    const part = raw.trim();
    if (!part) continue;
    const a = wireAgency(part);
    if (a) {
      if (!out.includes(a)) out.push(a);
    } else if (!DESK_CODE.test(part)) {
      return null;
    }
  }
  return out.length ? out : null;
}

// ---------------------------------------------------------------------------------------------------------
// Wire credits: datelines, sign-offs, 'With AFP'
// ---------------------------------------------------------------------------------------------------------

const DASH_OR_COLON = /^[-–—:]/;
const PLACE_BAD = /[!?;:"“”„«»]|\. \p{Ll}/u;

/** 'BRUSSELS (AFP) -', 'Hamburg (dpa/lno) –', '(Reuters) —' at the start of a paragraph. */
function dateline(p: string): { agencies: string[]; text: string } | null {
  const open = p.indexOf('(');
  if (open < 0 || open > 60) return null;
  const close = p.indexOf(')', open);
  if (close < 0 || close - open > 42) return null;
  const place = p.slice(0, open).trim();
  if (place) {
    if (!/^\p{Lu}/u.test(place) || PLACE_BAD.test(place) || place.split(' ').length > 8) return null;
  }
  const rest = p.slice(close + 1).trimStart();
  if (!rest) return null; // a paragraph that is only '(AFP)' is a sign-off
  if (!DASH_OR_COLON.test(rest) && place) return null;
  const agencies = agencyList(p.slice(open + 1, close));
  return agencies ? { agencies, text: p.slice(0, close + 1) } : null;
}

type FoundCredit = Omit<TextCredit, 'paragraph'>;

/** Every credit a paragraph holds as a line of its own or at its end; `whole` says p is all of the paragraph. */
function creditLines(p: string, whole: boolean): FoundCredit[] {
  const out: FoundCredit[] = [];
  const signed = signOff(p);
  if (signed) for (const a of signed.agencies) out.push({ name: a, role: 'wire', kind: 'organization', text: signed.text });
  const cands: string[] = [];
  if (whole && p.length <= MAX_LINE) cands.push(p);
  const tail = p.length > 20 ? lastSentence(p) : null;
  if (tail) cands.push(tail);
  for (const cand of cands) {
    const u = unwrap(cand);
    if (!u || u.length > MAX_LINE) continue;
    const found = [...wireLine(u), ...contributorLine(u), ...contributedLine(u)];
    if (found.length) {
      out.push(...found);
      break;
    }
  }
  return out;
}

const SENTENCE_END_BEFORE = /[.!?"”»“’'…)\]]$/;

/** '… geäußert. (dpa)', '(Belga)' alone, '… (AFP/Reuters).' at the end of a paragraph. */
function signOff(p: string): { agencies: string[]; text: string } | null {
  let end = p.length;
  while (end > 0 && (p[end - 1] === '.' || p[end - 1] === ' ')) end--;
  if (p[end - 1] !== ')') return null;
  const open = p.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > 44) return null;
  const before = p.slice(0, open).trimEnd();
  if (before && !SENTENCE_END_BEFORE.test(before)) return null;
  const agencies = agencyList(p.slice(open + 1, end - 1));
  return agencies ? { agencies, text: p.slice(open, end) } : null;
}

/** The last sentence of a paragraph when it is short: '… Ende. Mit Material von dpa'. */
/** A credit glued to the end of a paragraph is at most this long ('Additional reporting by A, B and C.'). */
const MAX_TAIL = 250;

function lastSentence(p: string): string | null {
  const from = Math.max(0, p.length - MAX_TAIL);
  for (let i = p.length - 3; i >= from; i--) {
    const c = p.charCodeAt(i);
    // . ! ? ” " followed by a space
    if ((c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34) && p.charCodeAt(i + 1) === 32) {
      const next = p.charCodeAt(i + 2);
      const s = p.slice(i + 2);
      // a capital or an opening bracket starts the credit line; 'J. Smith' initials are not a sentence end
      if ((next === 40 || next === 91 || /^\p{Lu}\p{Ll}/u.test(s)) && !/(?:^|\s)\p{Lu}$/u.test(p.slice(Math.max(0, i - 2), i))) return s;
    }
  }
  return null;
}

/** Strips brackets, dashes and a final full stop around a credit line: '(With AFP.)' → 'With AFP'. */
function unwrap(s: string): string {
  let a = 0;
  let b = s.length;
  for (let k = 0; k < 4; k++) {
    while (a < b && s[a] === ' ') a++;
    while (b > a && s[b - 1] === ' ') b--;
    if (a < b && UNWRAP_OPEN.includes(s[a]!)) a++;
    else if (a < b && UNWRAP_CLOSE.includes(s[b - 1]!)) b--;
    else break;
  }
  return s.slice(a, b).trim();
}
const UNWRAP_OPEN = '([{*–—-';
const UNWRAP_CLOSE = ')]}.;';

const WIRE_PREFIXES = [...R.WIRE_PREFIXES].sort((a, b) => b.words.length - a.words.length);

/** 'Belga', 'AFP/Reuters', 'With AFP', 'Avec Belga', 'Met ANP', 'Mit Material von dpa und AFP', 'Bron: ANP'. */
const PREFIX_FIRST = new Set(R.WIRE_PREFIXES.map((w) => w.words.split(' ')[0]!));
const MAX_WIRE_WORDS = 10;
const MAX_BARE_WORDS = 5;

function wireLine(t: string): FoundCredit[] {
  if (!t || t.length > MAX_WIRE_LINE) return [];
  // cheap shape test before any agency look-up: a few words, or a known prefix word first
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) words++;
  if (words > MAX_WIRE_WORDS) return [];
  if (words > MAX_BARE_WORDS) {
    const sp = t.indexOf(' ');
    if (!PREFIX_FIRST.has(t.slice(0, sp).toLowerCase().replace(/:$/, ''))) return [];
  }
  const credit = (agencies: string[]): FoundCredit[] => agencies.map((name) => ({ name, role: 'wire', kind: 'organization', text: t }));
  const bare = agencyList(t);
  if (bare) return credit(bare);
  const low = t.toLowerCase();
  for (const { words } of WIRE_PREFIXES) {
    if (!low.startsWith(words)) continue;
    const next = low.charAt(words.length);
    if (next !== ' ' && next !== ':') continue;
    const rest = t.slice(words.length).replace(/^\s*:?\s*/, '').replace(/^(?:den |der |the |l'|l’)/i, '');
    const agencies = agencyList(rest.replace(/^(?:nachrichtenagenturen|agenturen|agencies|agences|agentschappen) /i, ''));
    return agencies ? credit(agencies) : [];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// Contributors: 'Additional reporting by …', '(Reporting by X; Editing by Y)', 'X contributed to this report'
// ---------------------------------------------------------------------------------------------------------

const LABELS = [...R.CONTRIBUTOR_LABELS].sort((a, b) => b.words.length - a.words.length);
const LETTER = /[\p{L}\p{N}]/u;

function labelAt(low: string, at: number): (typeof LABELS)[number] | null {
  for (const l of LABELS) {
    if (!low.startsWith(l.words, at)) continue;
    const next = low.charAt(at + l.words.length);
    if (l.words.endsWith(':') || !next || !LETTER.test(next)) return l;
  }
  return null;
}

/** Skips 'and ', 'with ' and spaces after a segment separator. */
function skipJoin(low: string, at: number): number {
  let j = at;
  while (low[j] === ' ') j++;
  for (const w of ['and ', 'with ', 'und ', 'en ', 'et ']) if (low.startsWith(w, j)) return j + w.length;
  return j;
}

const LABEL_FIRST = new Set(R.CONTRIBUTOR_LABELS.map((l) => l.words[0]!));

function contributorLine(s: string): FoundCredit[] {
  if (!LABEL_FIRST.has(s.charAt(0).toLowerCase())) return [];
  let label = labelAt(s.slice(0, 40).toLowerCase(), 0);
  if (!label) return [];
  const low = s.toLowerCase();
  const out: FoundCredit[] = [];
  let segStart = label.words.length;
  const flush = (end: number) => {
    const names = parseNames(s.slice(segStart, end));
    if (!names) return;
    for (const n of names) out.push({ name: n.name, role: label!.role, kind: n.kind, text: s });
  };
  for (let i = segStart; i < s.length; i++) {
    const c = s[i];
    let after = -1;
    if (c === ';' || c === ',') after = i + 1;
    else if (c === ' ' && low.startsWith(' and ', i)) after = i + 1;
    if (after < 0) continue;
    const j = skipJoin(low, after);
    const next = labelAt(low, j);
    if (!next) continue;
    flush(i);
    label = next;
    segStart = j + next.words.length;
    i = segStart - 1;
  }
  flush(s.length);
  return out;
}

const ENDINGS = [...R.CONTRIBUTED_ENDINGS].sort((a, b) => b.words.length - a.words.length);

/** 'Heba Habib contributed to this report.', 'The Associated Press contributed to this report from Paris.' */
const CONTRIBUTED_HINT = /contribu|bijgedragen|beigetragen/i;

function contributedLine(s: string): FoundCredit[] {
  if (!CONTRIBUTED_HINT.test(s)) return [];
  const low = s.toLowerCase();
  for (const { words } of ENDINGS) {
    const at = low.indexOf(words);
    if (at <= 0) continue;
    const tail = low.slice(at + words.length).trim();
    // only a place may follow: '… contributed to this report from Kyiv'
    if (tail && (!/^(?:from|in|aus|de|vanuit|uit) /.test(tail) || tail.length > 60)) continue;
    const names = parseNames(s.slice(0, at));
    if (!names) return [];
    return names.map((n) => ({ name: n.name, role: n.kind === 'organization' && wireAgency(n.name) ? 'wire' : 'contributor', kind: n.kind, text: s }));
  }
  return [];
}

const NAME_SPLIT = /\s*(?:[,;&]|\s(?:and|und|et|en)\s)\s*/;
const LOCATION = /\s(?:in|from|aus|à|uit|vanuit|at|for)\s/;
const TITLE = new Set(R.TITLE_WORDS);
const ORG_WORDS = new Set(R.ORGANIZATION_WORDS);
const PARTICLES = new Set(R.NAME_PARTICLES);
const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;

interface Named {
  name: string;
  kind: 'person' | 'organization';
}

/**
 * The people or agencies in a credited list ('Greg Roumeliotis, Joshua Franklin and Koh Gui Qing in New
 * York'), or null when any of it is not a name (then the line is prose, not a credit).
 */
function parseNames(raw: string): Named[] | null {
  const s = raw.trim().replace(/[.:]$/, '').trim();
  if (!s || s.length > 300) return null;
  const out: Named[] = [];
  let afterPlace = false;
  for (let piece of s.split(NAME_SPLIT)) {
    piece = piece.trim();
    if (!piece) continue;
    const loc = LOCATION.exec(piece);
    const hadPlace = afterPlace;
    afterPlace = false;
    if (loc) {
      piece = piece.slice(0, loc.index).trim();
      afterPlace = true;
    }
    const named = cleanName(piece);
    if (named) {
      if (!out.some((o) => o.name === named.name)) out.push(named);
      continue;
    }
    // 'in Cape Canaveral, Florida, and …': the rest of a place named just before
    if (hadPlace && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(piece)) {
      afterPlace = true;
      continue;
    }
    return null;
  }
  return out.length ? out : null;
}

/** 'Aerospace Writer Marcia Dunn' → Marcia Dunn; 'Fox News’ Jessica Napoli' → Jessica Napoli; 'Reuters' → Reuters. */
function cleanName(piece: string): Named | null {
  let p = piece.replace(/^(?:by|von|par|door)\s+/i, '').trim();
  const agency = wireAgency(p);
  if (agency) return { name: agency, kind: 'organization' };
  // an outlet's possessive before the name: "Fox News' Jessica Napoli", "NPR's Jane Doe"
  const poss = /^.{1,40}?['’]s? (?=\p{Lu})/u.exec(p);
  if (poss) p = p.slice(poss[0].length);
  const toks = p.split(' ').filter(Boolean);
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const low = toks[i]!.toLowerCase();
    if (TITLE.has(low) || (toks[i] === low && !PARTICLES.has(low))) from = i + 1;
  }
  const name = toks.slice(from);
  if (name.some((t) => ORG_WORDS.has(t.toLowerCase())) && name.length <= 4 && NAME_TOKEN.test(name[0] ?? '')) {
    return { name: name.join(' '), kind: 'organization' };
  }
  if (!isPersonName(name)) return null;
  return { name: name.join(' '), kind: 'person' };
}

function isPersonName(toks: string[]): boolean {
  if (toks.length < 2 || toks.length > 5) return false;
  if (toks.join(' ').length > 60) return false;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  if (!NAME_TOKEN.test(first) || !NAME_TOKEN.test(last)) return false;
  for (const t of toks) {
    if (t.length > 24) return false;
    if (!NAME_TOKEN.test(t) && !PARTICLES.has(t)) return false;
  }
  return true;
}

/** 'Jane Doe with AFP', 'Rédaction avec Belga', 'John Smith (AFP)' in the byline. */
function bylineCredits(byline: string): FoundCredit[] {
  if (!byline) return [];
  const m = /(?:^|[\s,])(?:with|avec|met|mit)\s+([^,;()]{1,60})$/i.exec(byline);
  const agencies = m ? agencyList(m[1]!.replace(/^(?:the|l'|l’) /i, '')) : signOff(byline)?.agencies ?? null;
  if (!agencies) return [];
  const text = m ? m[0].replace(/^[\s,]/, '') : byline.slice(byline.lastIndexOf('('));
  return agencies.map((name) => ({ name, role: 'wire', kind: 'organization', text }));
}

// ---------------------------------------------------------------------------------------------------------
// Outlets cited
// ---------------------------------------------------------------------------------------------------------

interface Tok {
  /** The token as written. */
  t: string;
  /** Offset in the text tokenized. */
  s: number;
  low: string;
  word: boolean;
}

const WORD_JOIN = new Set(["'", '’', '-', '.', '&']);

function isWordChar(c: string): boolean {
  const n = c.charCodeAt(0);
  if ((n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122)) return true;
  if (n < 128) return false;
  return LETTER.test(c);
}

/** Words and single punctuation marks, in one linear pass. */
function tokenize(p: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = p.length;
  while (i < n) {
    const c = p[i]!;
    const code = c.charCodeAt(0);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = p[j]!;
        if (isWordChar(d)) j++;
        else if (WORD_JOIN.has(d) && j + 1 < n && isWordChar(p[j + 1]!)) j += 2;
        else break;
      }
      const t = p.slice(i, j);
      out.push({ t, s: i, low: t.toLowerCase(), word: true });
      i = j;
    } else {
      out.push({ t: c, s: i, low: c, word: false });
      i++;
    }
  }
  return out;
}

interface Cue {
  parts: string[];
  dir: 'after' | 'before' | 'both';
  /** Index in parts of the key word the cue is found by. */
  keyAt: number;
}

/**
 * Cues indexed by their key word: the longest word before any gap ('interview' in 'in an interview with',
 * 'déclaré' in 'a déclaré * à'), so that common words ('in', 'a') never start a look-up.
 */
const CUES: Map<string, Cue[]> = (() => {
  const m = new Map<string, Cue[]>();
  for (const c of R.OUTLET_CUES) {
    const parts = c.words.toLowerCase().split(' ');
    const gap = parts.indexOf('*');
    let keyAt = 0;
    for (let k = 0; k < (gap < 0 ? parts.length : gap); k++) if (parts[k]!.length > parts[keyAt]!.length) keyAt = k;
    const list = m.get(parts[keyAt]!) ?? [];
    list.push({ parts, dir: c.dir, keyAt });
    list.sort((a, b) => b.parts.length - a.parts.length);
    m.set(parts[keyAt]!, list);
  }
  return m;
})();
const MAX_GAP = 3;

/** Token index after the cue, or -1; `fixed` collects the cue's own words as written. */
function matchCue(toks: Tok[], at: number, parts: string[], k: number, fixed: string[]): number {
  if (k === parts.length) return at;
  const part = parts[k]!;
  if (part === '*') {
    for (let g = 0; g <= MAX_GAP; g++) {
      if (g > 0 && !toks[at + g - 1]?.word) break;
      const mark = fixed.length;
      const end = matchCue(toks, at + g, parts, k + 1, fixed);
      if (end >= 0) return end;
      fixed.length = mark;
    }
    return -1;
  }
  const tok = toks[at];
  if (!tok || !tok.word || tok.low !== part) return -1;
  fixed.push(tok.t);
  return matchCue(toks, at + 1, parts, k + 1, fixed);
}

const ARTICLES = new Set(R.OUTLET_ARTICLES);
const JOINERS = new Set(R.OUTLET_JOINERS);
const OPEN_QUOTES = new Set(['„', '"', '«', '‹', '‘', '“', "'", '‚']);
const CLOSE_QUOTES = new Set(['“', '”', '"', '»', '›', '’', "'", '‘']);
const HINTS = new Set(R.OUTLET_HINT_WORDS);
const KNOWN = new Set(R.KNOWN_OUTLETS.map((o) => o.toLowerCase()));
/** Known outlets written in lower case ('taz', 'ntv', 'franceinfo'): only these may start a name uncapitalised. */
const KNOWN_LOWER = new Set(R.KNOWN_OUTLETS.filter((o) => o === o.toLowerCase()));
/** Known outlets without their article, for contractions: 'au Soir' (à + Le Soir), 'dem Spiegel', 'im Standaard'. */
const KNOWN_BARE = new Set(R.KNOWN_OUTLETS.filter((o) => !/^the /i.test(o)).map((o) => core(o).toLowerCase()));
/** Known outlets of two or more words: a name ending with one is that outlet ('Sioux Falls Argus Leader'). */
const KNOWN_MULTI = R.KNOWN_OUTLETS.filter((o) => o.includes(' ') && !/^the /i.test(o)).map((o) => ` ${o.toLowerCase()}`);
const NOT_NAME_TAIL = new Set(R.NOT_NAME_TAIL_WORDS);
const CONJUNCTIONS = new Set(R.OUTLET_CONJUNCTIONS);
/** Known outlets written in capitals ('VRT', 'BBC'): a name starting with one is an outlet ('VRT NWS'). */
const KNOWN_CAPS = new Set(R.KNOWN_OUTLETS.filter((o) => o.length >= 3 && /^[\p{Lu}\d-]+$/u.test(o)));
const NOT_OUTLETS = new Set(R.NOT_OUTLETS.map((o) => o.toLowerCase()));
const NOT_TAILS = new Set(R.NOT_OUTLET_TAILS);
const OPENERS = new Set(R.SENTENCE_OPENERS);
const MAX_NAME_TOKENS = 6;

function capitalised(w: string): boolean {
  return /^[\p{Lu}\d]/u.test(w);
}

function stripPossessive(w: string): { w: string; poss: boolean } {
  if (/['’]s$/.test(w) && w.length > 2) return { w: w.slice(0, -2), poss: true };
  return { w, poss: false };
}

/** The outlet name starting at token j ('the BBC', '„Spiegel“', "l'AFP", 'Le Soir', 'VRT NWS') and the token after it, or null. */
function nameAfter(toks: Tok[], j: number): { name: string; end: number } | null {
  let k = j;
  if (toks[k] && !toks[k]!.word && OPEN_QUOTES.has(toks[k]!.t)) k++;
  const first = toks[k];
  if (first?.word && ARTICLES.has(first.low) && first.t === first.low) {
    k++;
    if (toks[k] && !toks[k]!.word && OPEN_QUOTES.has(toks[k]!.t)) k++;
  }
  const parts: string[] = [];
  while (k < toks.length && parts.length < MAX_NAME_TOKENS) {
    const tok = toks[k]!;
    if (!tok.word) {
      // 'Standard & Poor's' is one name (and not an outlet); a closing quote ends the name
      if (tok.t === '&' && parts.length && toks[k + 1]?.word) {
        parts.push('&');
        k++;
        continue;
      }
      break;
    }
    let w = tok.t;
    if (!parts.length && /^[ld]['’]/.test(w)) w = w.slice(2); // "l'AFP", "d'RTL"
    const { w: bare, poss } = stripPossessive(w);
    if (capitalised(bare) || (!parts.length && KNOWN_LOWER.has(bare))) {
      parts.push(bare);
      k++;
      if (poss) break;
      continue;
    }
    const next = toks[k + 1];
    if (parts.length && JOINERS.has(tok.low) && next?.word && capitalised(next.t)) {
      parts.push(tok.t);
      k++;
      continue;
    }
    break;
  }
  // 'told the Argus Leader Monday afternoon': a weekday or month after the name is not part of it
  while (parts.length > 1 && NOT_NAME_TAIL.has(parts[parts.length - 1]!.toLowerCase())) {
    parts.pop();
    k--;
  }
  if (toks[k] && !toks[k]!.word && CLOSE_QUOTES.has(toks[k]!.t)) k++;
  return parts.length ? { name: parts.join(' '), end: k } : null;
}

/** The outlet name ending just before token j ('De Standaard' in 'De Standaard reports'), or null. */
function nameBefore(toks: Tok[], j: number, minStart = -1): string | null {
  let k = j - 1;
  if (toks[k] && !toks[k]!.word && CLOSE_QUOTES.has(toks[k]!.t)) k--;
  const parts: string[] = [];
  while (k >= 0 && parts.length < MAX_NAME_TOKENS && toks[k]!.s >= minStart) {
    const tok = toks[k]!;
    if (!tok.word) {
      // '„Bild“': an opening quote ends the name
      break;
    }
    if (capitalised(tok.t) || (!parts.length && KNOWN_LOWER.has(tok.t))) {
      parts.unshift(tok.t);
      k--;
      continue;
    }
    const prev = toks[k - 1];
    if (parts.length && JOINERS.has(tok.low) && prev?.word && capitalised(prev.t)) {
      parts.unshift(tok.t);
      k--;
      continue;
    }
    break;
  }
  while (parts.length && OPENERS.has(parts[0]!.toLowerCase())) parts.shift();
  return parts.length ? parts.join(' ') : null;
}

/** Removes a leading article for the outlet test ('The Guardian' → 'Guardian', 'Der Spiegel' → 'Spiegel'). */
function core(name: string): string {
  const sp = name.indexOf(' ');
  if (sp > 0 && ARTICLES.has(name.slice(0, sp).toLowerCase())) return name.slice(sp + 1);
  return name;
}

/** Whether a name cited by a cue is a medium: a known outlet or agency, a broadcaster's acronym, or a name with an outlet word. */
export function isOutlet(name: string): boolean {
  if (name.length > 60) return false;
  const low = name.toLowerCase();
  const c = core(name);
  const cLow = c.toLowerCase();
  const toks = c.split(' ');
  if (toks.length > MAX_NAME_TOKENS) return false;
  if (NOT_OUTLETS.has(low) || NOT_OUTLETS.has(cLow)) return false;
  if (NOT_TAILS.has(toks[toks.length - 1]!.toLowerCase())) return false;
  if (KNOWN.has(low) || KNOWN.has(cLow) || KNOWN_BARE.has(cLow)) return true;
  if (wireAgency(c)) return true;
  if (toks.length >= 3 && KNOWN_MULTI.some((k) => ` ${cLow}`.endsWith(k))) return true;
  if (KNOWN_CAPS.has(toks[0]!)) return true;
  if (toks.length >= 2 && toks.some((t) => HINTS.has(t.toLowerCase()))) return true;
  return false;
}

/** The name as it goes into the record: an English 'The' is dropped unless it belongs to the name ('The Hill'). */
function outletName(name: string): string {
  if (name.startsWith('The ') && !KNOWN.has(name.toLowerCase()) && isOutlet(name.slice(4))) return name.slice(4);
  return name;
}

/** First words of all cues in one pattern: a paragraph is tokenized only around its cue words. */
const CUE_FIRST = new RegExp(`(?:${[...CUES.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`, 'gi');
const WORDISH = /[\p{L}\p{N}'’-]/u;
/** Characters read before and after a cue word: room for a six-word name and the longest cue. */
const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 160;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every outlet a paragraph cites, in order, with its cue as written. */
function findOutlets(p: string): Array<Omit<OutletCited, 'paragraph'>> {
  const out: Array<Omit<OutletCited, 'paragraph'>> = [];
  let lastEnd = -1; // offset in p after the last outlet found
  CUE_FIRST.lastIndex = 0;
  for (let m = CUE_FIRST.exec(p); m; m = CUE_FIRST.exec(p)) {
    const at = m.index;
    if (at < lastEnd) continue;
    // whole words only (checked here: a look-behind in the pattern would run at every position)
    if ((at > 0 && WORDISH.test(p[at - 1]!)) || (at + m[0].length < p.length && WORDISH.test(p[at + m[0].length]!))) continue;
    let from = Math.max(0, at - WINDOW_BEFORE);
    if (from > 0) {
      const sp = p.slice(from, at).search(/\s/); // start on a word boundary
      from = sp >= 0 ? from + sp + 1 : at;
    }
    const to = Math.min(p.length, at + WINDOW_AFTER);
    const toks = tokenize(p.slice(from, to));
    const i = toks.findIndex((t) => t.s === at - from);
    if (i < 0) continue;
    const found = outletsAtCue(toks, i, lastEnd - from);
    if (!found) continue;
    out.push(...found.items);
    lastEnd = from + found.endOffset;
    CUE_FIRST.lastIndex = Math.max(CUE_FIRST.lastIndex, lastEnd);
  }
  return out;
}

/** Outlets cited by the cue starting at token i; `minStart` is where the previous outlet ended. */
function outletsAtCue(toks: Tok[], i: number, minStart: number): { items: Array<Omit<OutletCited, 'paragraph'>>; endOffset: number } | null {
  const cues = CUES.get(toks[i]!.low);
  if (!cues) return null;
  for (const cue of cues) {
    const start = i - cue.keyAt;
    if (start < 0) continue;
    const fixed: string[] = [];
    const end = matchCue(toks, start, cue.parts, 0, fixed);
    if (end < 0) continue;
    // a gapped cue keeps its verb and preposition, not the dative article it ends on ('sagte * dem' → 'sagte')
    const gapped = cue.parts.includes('*');
    const cueText = fixed.filter((w, k) => !(gapped && k === fixed.length - 1 && ARTICLES.has(w.toLowerCase()))).join(' ');
    const names: string[] = [];
    let stop = end;
    if (cue.dir !== 'before') {
      let n = nameAfter(toks, end);
      while (n && isOutlet(n.name)) {
        names.push(n.name);
        stop = n.end;
        // 'gegenüber CORRECTIV und Frontal21', 'told CNN and the BBC'
        const conj = toks[n.end];
        n = conj?.word && CONJUNCTIONS.has(conj.low) ? nameAfter(toks, n.end + 1) : null;
      }
    }
    if (!names.length && cue.dir !== 'after') {
      const n = nameBefore(toks, start, minStart);
      if (n && isOutlet(n)) names.push(n);
    }
    if (names.length) {
      const last = toks[stop - 1]!;
      return { items: names.map((n) => ({ name: outletName(n), cue: cueText })), endOffset: last.s + last.t.length };
    }
  }
  return null;
}
