// Direct quotations, their speakers, cues and places, from an article's paragraphs (pure text in, data out).
//
//   extractQuotes({ paragraphs, headline, language }) -> Quote[]
//
// 1. scanMarks finds the outermost quoted spans of each paragraph in one linear pass (quotes/marks.ts).
// 2. Each span is read with the writer's words around it: the clause after it ("…," X said) and the
//    sentence before it (X said: "…", X stressed that "…"); the cue lexicon is src/rules/quote-cues.ts.
// 3. The speaker phrase is resolved to the fullest name the article gives (quotes/names.ts); a pronoun or
//    a quote with no attribution of its own takes the running speaker.
// 4. Spans with no speech act (scare quotes, titles of works, names of ships or papers) are dropped.
import { CUE_FILLERS, CUE_WORDS, MEDIUM_CUES, NAMING_CUES, NON_SPEECH_CUES, SOURCE_PREPOSITIONS, WORK_NOUNS, WORK_SUFFIXES_DE } from '../rules/quote-cues.js';
import { scanMarks, type MarkSpan } from './quotes/marks.js';
import {
  NameIndex, detPhraseAt, isParticle, detPhraseBefore, isDeterminer, isNameToken, isOrgWord, isPossessive, isPronoun, isRole, nameRunAt,
  nameRunBefore, phraseParts, type Phrase, type SpeakerParts,
} from './quotes/names.js';
import type { Quote, Speaker } from '../types/article.js';
import { endsSentence, isUpperAt, isWordCharAt, nextCapitalStart, skipWord, startsUpper, tokenize, type Tok } from './quotes/tokens.js';

// The record's Quote and Speaker, derived from schemas/article.schema.json (one definition, not two).
export type { Quote, Speaker };

export interface QuoteInput {
  paragraphs: readonly string[];
  headline?: string | null;
  /** BCP 47 tag; picks the cue lexicon and word order (unknown: all lexicons). */
  language?: string | null;
  /**
   * Also return the headline's quotes (where: 'headline') that repeat a body quote. Default false:
   * annotators of quotation corpora label body text only, and a headline quote is a copy of a body one.
   */
  headlineQuotes?: boolean;
}

// ---------- the cue lexicon, compiled once per language ----------
interface Lexicon {
  byFirst: Map<string, string[][]>;
  lang: string;
}
const lexicons = new Map<string, Lexicon>();
const SOURCE = SOURCE_PREPOSITIONS.map((e) => e.split(' '));
const MEDIUM = new Set(MEDIUM_CUES);
const FILLER = new Set(CUE_FILLERS);
const WORK = new Set(WORK_NOUNS);
const NON_SPEECH = new Set(NON_SPEECH_CUES);
const NAMING = new Set(NAMING_CUES);

/** A noun naming a work or medium: one of WORK_NOUNS, or in German a compound ending in one ("Fachblatt", "Erstwerk"). */
function isWorkNoun(l: string, lang: string): boolean {
  if (WORK.has(l)) return true;
  if (lang !== 'de') return false;
  for (const suf of WORK_SUFFIXES_DE) if (l.length >= suf.length + 3 && l.endsWith(suf)) return true;
  return false;
}

/**
 * True when the words before `end` hold a cue that is a speech act ("bezeichnete … , in dem es … gab, als
 * „…“"); `sources` false leaves out source phrases ("laut X").
 */
function speechCueBefore(toks: readonly Tok[], end: number, lex: Lexicon, sources = true): boolean {
  for (let c = 0; c < end; c++) {
    const len = cueAt(toks, c, lex);
    if (len && (sources || !isSource(toks, c, len)) && isSpeechAct(toks[c]!.l, toks, c)) return true;
  }
  return false;
}

/** True when the words after a quote credit it as a headline: ", by Post's Ann Lee", "by Reuters:". */
function headlineBy(post: readonly Tok[]): boolean {
  let i = 0;
  if (post[i]?.t === ',') i++;
  if (post[i]?.l !== 'by') return false;
  const n = post[i + 1];
  return n !== undefined && n.k === 'w' && n.cap;
}

/** True when a web link follows the closing mark at `at` within a few characters ("…" http://nyti.ms/…). */
function linkAfter(p: string, at: number): boolean {
  let i = at;
  while (i < p.length && i < at + 3 && (p[i] === ' ' || p[i] === '.' || p[i] === ',' || p[i] === '\u00a0')) i++;
  return p.startsWith('http', i) || p.startsWith('www.', i);
}

/** Words that open a clause glossing a name ("so", "wie", "as", "comme", "zoals"), and the naming verbs that close it. */
const GLOSS_OPENERS = new Set(['so', 'wie', 'as', 'comme', 'zoals', 'zo']);
const GLOSS_VERBS = new Set(['genannt', 'heißt', 'hieß', 'heißen', 'hießen', 'genoemd', 'heet', 'heette', 'appelé', 'appelée', 'surnommé', 'nennt', 'nannte', 'nennen', 'nannten', 'lautet', 'lautete', 'bezeichnet', 'calls', 'called',
  'known', 'dubbed', 'nicknamed', 'appelle', 'appellent', 'noemt', 'noemen', 'noemde']);

/** True when the words after a quote open a clause that gives it as a name: ", wie der Senator genannt wurde". */
function namingClauseAfter(post: readonly Tok[]): boolean {
  let i = 0;
  while (i < post.length && i < 2 && post[i]!.k === 'p' && /^[,–—-]+$/u.test(post[i]!.t)) i++;
  if (i === 0 || !GLOSS_OPENERS.has(post[i]?.l ?? '')) return false;
  for (let j = i + 1; j < post.length && j <= i + 12; j++) {
    const t = post[j]!;
    if (t.k === 'p' && t.t !== '-') return false;
    if (GLOSS_VERBS.has(t.l)) return true;
  }
  return false;
}

/** German prepositions by which a speech act takes a quoted phrase as its object ("sprach von", "warnte vor", "bezeichnete als"). */
const FRAME_PREPOSITIONS = new Set(['von', 'vor', 'als']);

/**
 * True when the quoted phrase after `toks` is the object of a speech act: a framing preposition right before
 * it (or before its article), with a verb cue that is a speech act earlier in the sentence.
 */
function framedBySpeech(toks: readonly Tok[], lex: Lexicon): boolean {
  let k = toks.length - 1;
  if (k >= 0 && isDeterminer(toks[k]!.l)) k--;
  return k >= 1 && FRAME_PREPOSITIONS.has(toks[k]!.l) && speechCueBefore(toks, k, lex, false);
}

/** True when an attribution's cue is a speech act that can frame a quoted phrase (not "stellte … vor", "nennt sich"). */
function speechCue(a: Attribution & { at?: number }): boolean {
  return !!a.cue && isSpeechAct(a.cue, a.toks, a.at);
}

/** True when the cue word (at `at` of `toks`, when known) is a speech act, not a naming or presenting verb. */
function isSpeechAct(cue: string, toks: readonly Tok[], at: number | undefined): boolean {
  const w = cue.toLowerCase().split(' ')[0]!;
  if (NON_SPEECH.has(w)) return false;
  if (NAMING.has(w) && at !== undefined) {
    // "nennt sich", "nennt sie sich", "nennt man"
    for (let j = at + 1; j <= at + 2; j++) {
      const n = toks[j]?.l;
      if (n === 'sich' || n === 'man' || n === 'zich' || n === 'men' || n === 'on') return false;
    }
  }
  return true;
}
/** Cues that attribute only right after a quote ("„…“, so Merkel", "„…”, aldus Jansen"). */
const POST_ONLY = new Set(['so', 'aldus', 'zo', 'gegenüber', 'read', 'note', 'juge', 'lance', 'dit']);
/** Post-only cues that are also adverbs: with no speaker right after them they open the writer's next clause. */
const ADVERB_CUES = new Set(['so', 'zo']);
/** Prepositions before a quoted name ("im „Adler“", "at "Chez Panisse""). */
const NAME_PREPOSITIONS = new Set(['im', 'ins', 'vom', 'zum', 'zur', 'beim', 'am', 'in', 'at', 'aboard', 'au', 'aux', 'du']);
const CONJ = new Set(['and', 'und', 'et', 'en', 'but', 'aber', 'mais', 'maar', 'then']);
/** Words before a quoted title or name that make it one ("on ABC's "This Week"", "laut „Reuters“", "sur « Europe 1 »"). */
const TITLE_CONTEXT = new Set([
  'on', 'in', 'at', 'to', 'from', 'of', 'for', 'with', 'during', 'via', 'about', 'including', 'like', 'into', 'onto', 'the',
  'im', 'ins', 'vom', 'zum', 'zur', 'beim', 'am', 'auf', 'bei', 'von', 'mit', 'für', 'über', 'aus', 'laut', 'der', 'die',
  'das', 'des', 'dem', 'den', 'sur', 'dans', 'à', 'au', 'aux', 'du', 'de', 'des', 'par', 'pour', 'avec', 'selon', 'le', 'la',
  'les', "l'", 'op', 'bij', 'van', 'voor', 'met', 'volgens', 'aan', 'uit', 'het',
]);
/** Source prepositions right before a quoted name: the name is the source, not a quotation. */
const SOURCE_NAMES = new Set(['laut', 'volgens', 'selon']);
/** Naming verbs right after a quoted name ("auch „Bruno“ genannt", ""X" heet het plan", "« X » appelé"). */
const NAMING_AFTER = new Set(['genannt', 'heißt', 'hieß', 'heißen', 'hießen', 'genoemd', 'heet', 'heette', 'appelé', 'appelée', 'surnommé', 'surnommée', 'baptisé', 'baptisée']);
/** Short function words that a title may hold in lower case ("Meet the Press", "Orange is the New Black"). */
const TITLE_SMALL = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'de', 'la', 'le',
  'du', 'des', 'et', 'en', 'van', 'het', 'y', 'del', 'di', 'da',
]);

/**
 * A quoted span that reads as a name or a title rather than words spoken: at most six words, each one
 * capitalised (English, French and Dutch titles may keep short function words in lower case; German
 * capitalises every noun, so there every word must be), and no question or exclamation.
 */
function titleLike(text: string, lang: string, loose = false, maxWords = 6): boolean {
  const toks = tokenize(text);
  const words = toks.filter((t) => t.k === 'w');
  if (!words.length || words.length > maxWords) return false;
  for (const t of toks) if (t.k === 'p' && /[!?]/u.test(t.t)) return false;
  const last = words.length - 1;
  return words.every((w, i) => w.cap || /^\p{N}/u.test(w.t) || (lang !== 'de' && i > 0 && TITLE_SMALL.has(w.l))
    // loose: a German name may hold lower-case function words inside ("Ärzte ohne Grenzen", "Bild am Sonntag")
    || (loose && i > 0 && i < last && (TITLE_SMALL.has(w.l) || TITLE_SMALL_DE.has(w.l))));
}
/** Nouns of words carried or chanted: a quoted phrase right after one (or after "Sprüche wie") is a quotation. */
const SLOGAN_NOUNS = new Set(['parole', 'parolen', 'aufschrift', 'aufschriften', 'spruch', 'sprüche', 'sprüchen', 'sprechchor', 'sprechchöre', 'sprechchören', 'losung']);
function sloganNoun(pre: readonly Tok[]): boolean {
  const b = pre[pre.length - 1];
  if (!b || b.k !== 'w') return false;
  return SLOGAN_NOUNS.has(b.l) || (b.l === 'wie' && SLOGAN_NOUNS.has(pre[pre.length - 2]?.l ?? ''));
}

/** English nouns naming words someone used: a quoted phrase right after one ("coined the phrase "…"", "the slogan, "…"") is a quotation. */
const WORDS_NOUNS_EN = new Set(['phrase', 'phrases', 'term', 'terms', 'slogan', 'slogans', 'motto', 'adage', 'saying', 'words', 'line',
  'mantra', 'refrain', 'catchphrase', 'expression']);
/** The noun before the quote (a comma allowed between) when it names words used, or null. */
function wordsNounEn(pre: readonly Tok[]): Tok | null {
  let k = pre.length - 1;
  if (pre[k]?.t === ',') k--;
  const b = pre[k];
  return b && b.k === 'w' && WORDS_NOUNS_EN.has(b.l) ? b : null;
}

/** Words joining two quotations of one speaker ("„A.“ und „B.“"). */
const JOINERS = new Set(['und', 'and', 'et', 'en', 'oder', 'or', 'sowie']);

/** True when "mit den Worten" (or "mit folgenden/diesen Worten") stands right before `at`, a colon allowed. */
function withWordsBefore(p: string, at: number): boolean {
  let e = at;
  while (e > 0 && (p[e - 1] === ' ' || p[e - 1] === ':' || p[e - 1] === '\u00a0')) e--;
  if (!p.endsWith('Worten', e) && !p.endsWith('Worte', e)) return false;
  const head = p.slice(Math.max(0, e - 24), e).toLowerCase();
  return / mit (den|folgenden|diesen) worte[n]?$/u.test(' ' + head);
}

/** True when `s` ends with [.!?…] after a word of three letters or a digit ("kann.", "1999."), not an abbreviation ("e.V."). */
function closesWithFullStop(s: string): boolean {
  let i = s.length;
  while (i > 0 && '.!?…'.includes(s[i - 1]!)) i--;
  if (i === s.length || i === 0) return false;
  if (/\d/u.test(s[i - 1]!)) return true;
  return i >= 3 && /\p{L}/u.test(s[i - 1]!) && /\p{L}/u.test(s[i - 2]!) && /\p{L}/u.test(s[i - 3]!);
}

/**
 * A quoted phrase of five words or more that opens in lower case: a fragment of someone's words carried into
 * the writer's sentence. English, French and Dutch close such a fragment with its own full stop inside the
 * marks when it ends the sentence; a shorter or open one is as often a term or a scare quote. German sets the
 * stop outside the marks, so there the length alone tells.
 */
function longPartial(text: string, words: number, lang: string, sentenceEnd: boolean): boolean {
  return words >= 5 && !startsUpper(text) && (sentenceEnd || lang === 'de');
}

/** True when the words before a quote are a heading in capitals: three words or more, every letter upper case. */
function capsHeading(toks: readonly Tok[]): boolean {
  let n = 0;
  for (const t of toks) {
    if (t.k !== 'w') continue;
    if (t.t !== t.t.toUpperCase() || t.t === t.t.toLowerCase() && !/^\p{N}/u.test(t.t)) return false;
    n++;
  }
  return n >= 3;
}

/** The source named in brackets right after a closing mark ("…” [Herald.]", "…” [Ann Lee, Herald]"), or null. */
function sourceTag(p: string, at: number): string | null {
  let i = at;
  while (i < p.length && i < at + 2 && (p[i] === ' ' || p[i] === '\u00a0')) i++;
  if (p[i] !== '[' || !isUpperAt(p, i + 1)) return null;
  const end = p.indexOf(']', i + 1);
  if (end < 0 || end - i > 60) return null;
  const inner = p.slice(i + 1, end).replace(/[.\s]+$/u, '');
  return inner.includes('[') || !inner ? null : inner;
}

/** True when `p[a, b)` is a writer's aside between two dashes: " -- that the plan … -- ", " — as he put it — ". */
function dashAside(p: string, a: number, b: number): boolean {
  if (b - a > 200 || b - a < 6) return false;
  const isDash = (c: string | undefined) => c === '-' || c === '—' || c === '–';
  let i = a;
  while (i < b && p[i] === ' ') i++;
  if (!isDash(p[i])) return false;
  while (i < b && isDash(p[i])) i++;
  if (p[i] !== ' ') return false;
  let j = b;
  while (j > i && p[j - 1] === ' ') j--;
  if (!isDash(p[j - 1])) return false;
  while (j > i && isDash(p[j - 1])) j--;
  if (p[j - 1] !== ' ' || j - i < 4) return false;
  for (let k = i; k < j; k++) if (isDash(p[k]) && isDash(p[k + 1])) return false;
  return true;
}

/**
 * One quotation interrupted by the writer's aside between dashes ("I don't think the conventional wisdom" --
 * that the mayor is a spendthrift -- "is going to last," he said): the second part goes on in lower case and the
 * first has no closing punctuation, so the two spans are one quotation with the aside inside it.
 */
function joinDashAsides(p: string, spans: MarkSpan[]): MarkSpan[] {
  if (spans.length < 2) return spans;
  const out: MarkSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.closed && !/[.!?…,;:]$/u.test(p.slice(prev.start, prev.end)) && /^\p{Ll}/u.test(p.slice(sp.start, sp.start + 1))
      && dashAside(p, prev.close, sp.open)) {
      out[out.length - 1] = { ...prev, end: sp.end, close: sp.close, closed: sp.closed };
      continue;
    }
    out.push(sp);
  }
  return out;
}

/** Words that open an adverbial set off by a comma before a sentence's subject ("In Washington,", "Immediately after …,"). */
const LEAD_ADVERBIAL = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'immediately', 'since', 'for', 'with', 'without', 'by', 'under', 'from',
  'despite', 'unlike', 'like', 'last', 'earlier', 'later', 'meanwhile', 'then', 'yesterday', 'today', 'also', 'instead', 'still',
  'outside', 'inside', 'amid', 'among', 'across', 'near', 'as', 'while', 'when', 'although', 'though', 'because', 'if',
  'dans', 'après', 'avant', 'pendant', 'selon', 'op', 'na', 'voor', 'tijdens', 'volgens']);

/** The subject an SVO sentence opens with, past an opening adverbial and its comma: "On its website, the FBI lists …". */
function openingClauseSubject(toks: readonly Tok[]): Phrase | null {
  let from = 0;
  const t0 = toks[0];
  // an adverbial, or a participle clause ("Filling in for Sanders at the rally, West …")
  if (t0 && t0.k === 'w' && (LEAD_ADVERBIAL.has(t0.l) || (t0.l.length > 5 && t0.l.endsWith('ing') && !isNameToken(toks[1] ?? t0)))) {
    from = -1;
    for (let j = 1; j < toks.length && j <= 10; j++) if (toks[j]!.t === ',') { from = j + 1; break; }
    if (from < 0) return null;
    // a subordinate clause with nothing after its comma ("When Trump used the words, "…""): its own subject
    if (from >= toks.length && SUBORDINATE_OPENERS.has(t0.l)) return clauseSubject(toks, 1, toks.length);
  }
  return clauseSubject(toks, from, toks.length);
}
const SUBORDINATE_OPENERS = new Set(['as', 'while', 'when', 'although', 'though', 'because', 'if', 'after', 'before', 'since']);

/** Where an opening bracket stands unclosed within 200 characters before `at` ("(Codename: „…"), or -1. */
function openBracketBefore(p: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const c = p[i];
    if (c === ')' || c === ']') return -1;
    if (c === '(' || c === '[') return i;
  }
  return -1;
}
/** A line of a transcript: a speaker label in capitals and a colon ("RAMOS:", "SEN. KAINE:", "Q:"). */
function transcriptLine(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && i < 40; i++) {
    const c = text[i]!;
    if (c === ':') return letters >= 2 || (letters === 1 && i === 1);
    if (/\p{Lu}/u.test(c)) letters++;
    else if (!/[ .'’-]/u.test(c)) return false;
  }
  return false;
}

/** A transcript line labelled with a name in ordinary case: two or three capitalised words, then a colon ("Chris Holt: …"). */
function namedTranscriptLine(text: string): boolean {
  const toks = tokenize(text, 0, Math.min(text.length, 60));
  let i = 0;
  while (i < toks.length && i < 3 && toks[i]!.k === 'w' && toks[i]!.cap) i++;
  return i >= 2 && toks[i]?.t === ':' && (toks[i]!.s === toks[i - 1]!.e);
}
/** A line asking the reader to follow someone on a social network: "Follow Ann Lee on Twitter @annlee." */
function followLine(text: string): boolean {
  return text.startsWith('Follow ') && text.length <= 120 && (text.includes('@') || / on (?:Twitter|Facebook|Instagram|X)\b/u.test(text));
}

/** English cues after which a title in marks names the programme spoken to, not words spoken: "told "Fox and Friends,"". */
const TOLD = new Set(['told', 'tells', 'telling', 'tell']);

/**
 * English: a quoted span that is the title of a work, a programme or a slogan rather than words spoken: a title
 * after a work noun and a comma ("in her memoir, "Tough Choices.""), a title after "told" (the programme), a
 * title joined by "and"/"or" to a title just left out ("in "Parks and Recreation" and "Guardians of the Galaxy""),
 * a name after "known as", or a span dated by a year in brackets right after it (a poster or a film: "…" (2005)).
 */
function englishTitle(preSent: readonly Tok[], post: readonly Tok[], text: string, prevDropped: boolean): boolean {
  const n = preSent.length;
  const last = preSent[n - 1];
  const prev = preSent[n - 2];
  if (post[0]?.t === '(' && post[1]?.k === 'w' && /^\d{4}$/u.test(post[1].t) && post[2]?.t === ')') return true;
  if (!last) return false;
  if (last.t === ',' && prev?.k === 'w' && WORK.has(prev.l) && titleLike(text, 'en', false, 15)) return true;
  if (last.k !== 'w') return false;
  if (TOLD.has(last.l) && titleLike(text, 'en')) return true;
  if (last.l === 'as' && prev?.l === 'known' && titleLike(text, 'en')) return true;
  // preSent starts where the span left out ended: "and" alone (or ", and") between the two
  return prevDropped && (last.l === 'and' || last.l === 'or') && (n === 1 || (n === 2 && prev?.t === ',')) && titleLike(text, 'en');
}

/** English words that may follow a quoted phrase without being the noun it modifies: function words, verbs of the clause. */
const NOT_HEAD_NOUN = new Set([
  'in', 'on', 'at', 'to', 'of', 'for', 'from', 'with', 'by', 'as', 'and', 'or', 'nor', 'but', 'that', 'which', 'who', 'whom',
  'whose', 'where', 'when', 'while', 'if', 'than', 'then', 'so', 'because', 'since', 'after', 'before', 'about', 'over',
  'under', 'into', 'onto', 'through', 'during', 'without', 'within', 'against', 'among', 'between', 'across', 'around',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'shall', 'do', 'does', 'did', 'not', 'it', 'its', 'this', 'these', 'those', 'the', 'a', 'an', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'according', 'too', 'also', 'only', 'even', 'again',
  'here', 'there', 'now', 'yet', 'still', 'just', 'once', 'up', 'down', 'out', 'off', 'back', 'away', 'ahead',
]);
const ATTRIBUTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/**
 * English: a phrase of at most four words in marks, right after a determiner or a possessive and right before a
 * lower-case word that can be the noun it modifies ("his "Miss Universe" pageant", "a 'Make America Great Again'
 * hat", "the "confidential" level"): a name or a label inside the writer's noun phrase, not words spoken.
 * A phrase that closes with punctuation, or a function word or verb after the mark ("a "disaster" and"), is left alone.
 */
function attributiveUse(preSent: readonly Tok[], post: readonly Tok[], text: string, words: number): boolean {
  if (words > 4 || /[.!?,;:…]$/u.test(text)) return false;
  const before = preSent[preSent.length - 1];
  if (!before || before.k !== 'w' || !(ATTRIBUTIVE_DETERMINERS.has(before.l) || isPossessive(before))) return false;
  const head = post[0];
  return head !== undefined && head.k === 'w' && !head.cap && /^\p{Ll}+$/u.test(head.t) && !NOT_HEAD_NOUN.has(head.l);
}

/** German function words inside names of organisations and works. */
const TITLE_SMALL_DE = new Set(['ohne', 'für', 'am', 'im', 'und', 'der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'zur', 'zum', 'mit', 'auf', 'aus', 'an', 'in', 'über', 'unter', 'gegen']);

function lexicon(language: string | null | undefined): Lexicon {
  const lang = (language ?? '').slice(0, 2).toLowerCase();
  const key = CUE_WORDS[lang] ? lang : '*';
  let lex = lexicons.get(key);
  if (lex) return lex;
  const entries = key === '*' ? Object.values(CUE_WORDS).flat() : [...(CUE_WORDS[key] ?? []), ...(key === 'en' ? [] : (CUE_WORDS.en ?? []))];
  const byFirst = new Map<string, string[][]>();
  for (const e of [...entries, ...SOURCE_PREPOSITIONS]) {
    const words = e.replace(/[:]$/u, '').split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  lex = { byFirst, lang: key };
  lexicons.set(key, lex);
  return lex;
}

/** Length in tokens of the cue starting at token `i`, or 0. Cues are written in lower case (bar "According to"). */
function cueAt(toks: readonly Tok[], i: number, lex: Lexicon): number {
  const t = toks[i];
  if (!t || t.k !== 'w') return 0;
  const list = lex.byFirst.get(t.l);
  if (!list) return 0;
  for (const words of list) {
    let ok = true;
    for (let j = 0; j < words.length; j++) if (toks[i + j]?.l !== words[j]) { ok = false; break; }
    if (!ok) continue;
    if (t.cap && !isSource(toks, i, words.length) && i > 0) continue;
    return words.length;
  }
  return 0;
}

function isSource(toks: readonly Tok[], i: number, len: number): boolean {
  const w = toks.slice(i, i + len).map((t) => t.l).join(' ');
  return SOURCE.some((s) => s.join(' ') === w);
}

// ---------- finding the speaker phrase around a cue ----------
interface Attribution {
  phrase: Phrase | null;
  toks: readonly Tok[];
  text: string;
  cue: string | null;
  medium: string | null;
  /** Speaker taken from the clause's subject of an earlier quote ("…", adding that "…"). */
  inherit?: boolean;
}

function skipFillersBack(toks: readonly Tok[], k: number): number {
  while (k > 0) {
    const t = toks[k - 1]!;
    if (t.k === 'w' && !t.cap && (FILLER.has(t.l) || (t.l.endsWith('ly') && t.l.length > 4))) k--;
    else break;
  }
  return k;
}

/** The subject written before token `k` (the cue): a pronoun, a name, "the spokesman", an apposition. */
function subjectBefore(toks: readonly Tok[], k: number): Phrase | null {
  k = skipFillersBack(toks, k);
  let t = toks[k - 1];
  if (!t) return null;
  // "Smith (R-Texas) said"
  if (t.t === ')') {
    let j = k - 2;
    while (j >= 0 && k - j < 14 && toks[j]!.t !== '(') j--;
    if (j >= 0 && toks[j]!.t === '(') { k = j; t = toks[k - 1]; if (!t) return null; }
  }
  // apposition: "Haley Morris, a spokeswoman for the campaign, said" / "Der Vorsitzende, Stefan Sporn, sagte"
  if (t.t === ',') {
    let j = k - 2;
    while (j >= 0 && k - j < 16 && toks[j]!.t !== ',' && !endsSentence(toks, j)) j--;
    if (j >= 0 && toks[j]!.t === ',') {
      const inner = nameRunAt(toks, j + 1);
      const outer = nameRunBefore(toks, j) ?? detPhraseBefore(toks, j);
      // "Der Vorsitzende des Verbands, Michael Kramer, kritisierte": a full name between the commas is
      // the person, unless a full name stands before them ("Haley Morris, Campaign Spokeswoman, said")
      if (inner && inner.b === k - 1 && inner.b - inner.a >= 2 && !(outer && outer.kind === 'name' && outer.b - outer.a >= 2)) return inner;
      if (outer && outer.kind === 'name') return outer;
      if (inner && inner.b === k - 1) return inner;
      if (outer) return outer;
      const np = detPhraseAt(toks, j + 1);
      if (np) return np;
    }
    return null;
  }
  if (t.k === 'w' && isPronoun(t.l)) return { a: k - 1, b: k, kind: 'pronoun' };
  const run = nameRunBefore(toks, k);
  if (run) {
    // "the Federal Prosecutor's Office", "a White House official": keep the determiner phrase around a run
    const np = detPhraseBefore(toks, k);
    if (np && np.a < run.a && !toks.slice(np.a + 1, run.a).some((x) => x.cap)) return np.a + 1 === run.a ? run : np;
    return run;
  }
  const np = detPhraseBefore(toks, k);
  if (np) return np;
  // bare plural or role: "officials said", "police say"
  if (t.k === 'w' && (isRole(t.l) || isOrgWord(t.l) || t.l === 'police' || t.l === 'people')) {
    let a = k - 1;
    while (a > 0 && k - a < 3 && toks[a - 1]!.k === 'w' && !toks[a - 1]!.cap && !isPronoun(toks[a - 1]!.l) && /(al|ior|ern|ic|ive|ish|ian|an|ed)$/u.test(toks[a - 1]!.l)) a--;
    return { a, b: k, kind: 'np' };
  }
  return null;
}

/** The subject written after token `k` (inversion: "said Smith", "sagte der Minister", "so Merkel"). */
function subjectAfter(toks: readonly Tok[], k: number, source = false): Phrase | null {
  const t = toks[k];
  if (!t || t.k !== 'w') return null;
  if (isPronoun(t.l)) return { a: k, b: k + 1, kind: 'pronoun' };
  // a reflexive verb: "erinnerte sich Trotnow", "zeigte sich der Minister"
  if (t.l === 'sich' && k + 1 < toks.length) return subjectAfter(toks, k + 1, source);
  // an object pronoun before the subject: "so charakterisierte ihn der Funktionär", "sagte ihm die Ärztin"
  if ((t.l === 'ihn' || t.l === 'ihm' || t.l === 'ihnen') && k + 1 < toks.length) return subjectAfter(toks, k + 1, source);
  const run = nameRunAt(toks, k);
  if (run) {
    const head = roleThenName(toks, run.b);
    return head ? { a: k, b: head.b, kind: 'np' } : run;
  }
  // German accusative and dative determiners open an object, never the subject ("begründete seinen Schritt"),
  // though a source preposition takes them ("nach Angaben des Leiters")
  if (!source && OBLIQUE_DETERMINERS.has(t.l)) return null;
  const np = detPhraseAt(toks, k);
  if (np) return np;
  // "said coach Dana Ruiz", "zei vakbondsleider Piet Jansen": one or two lower-case words, then a name
  for (let j = k + 1; j <= k + 2 && j < toks.length; j++) {
    const w = toks[j - 1]!;
    if (w.k !== 'w' || w.cap || isDeterminer(w.l) || isPronoun(w.l) || CUE_STOP.has(w.l)) return null;
    const r = nameRunAt(toks, j);
    if (!r) continue;
    // "said former Obama adviser David Axelrod": the name after the role
    const head = roleThenName(toks, r.b);
    if (head) return { a: k, b: head.b, kind: 'np' };
    // the words before the name must hold a role ("coach"), or the name be a full one: not "dabei Parolen"
    if (toks.slice(k, j).some((x) => isRole(x.l)) || r.b - r.a >= 2) return { a: k, b: r.b, kind: 'np' };
    return null;
  }
  return null;
}

const OBLIQUE_DETERMINERS = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines', 'seinen', 'seinem', 'seines', 'ihren', 'ihrem', 'ihres', 'unserem', 'unseren']);

/** "Clinton ally James Carville", "Rutte-adviseur … Jan de Wit": after a name at `from`, lower-case words with a role, then a name. */
function roleThenName(toks: readonly Tok[], from: number): Phrase | null {
  let j = from;
  let role = false;
  while (j < toks.length && j - from < 3 && toks[j]!.k === 'w' && !toks[j]!.cap && !CUE_STOP.has(toks[j]!.l) && !isPronoun(toks[j]!.l)) {
    if (isRole(toks[j]!.l)) role = true;
    j++;
  }
  return role && j > from ? nameRunAt(toks, j) : null;
}

/** Lower-case words that end the search for a name after a cue ("said in …", "said that …"). */
const CUE_STOP = new Set(['in', 'on', 'at', 'that', 'to', 'of', 'for', 'with', 'by', 'from', 'as', 'and', 'but', 'it', 'this',
  'dass', 'am', 'im', 'auf', 'zu', 'mit', 'und', 'que', 'à', 'en', 'dans', 'et', 'dat', 'op', 'te', 'met', 'last', 'next']);

/** The first subject of a clause (for "X … and stressed that"). */
function clauseSubject(toks: readonly Tok[], from: number, to: number): Phrase | null {
  for (let i = from; i < to && i < from + 4; i++) {
    const t = toks[i]!;
    if (t.k !== 'w') continue;
    if (isPronoun(t.l)) return { a: i, b: i + 1, kind: 'pronoun' };
    const np = detPhraseAt(toks, i);
    if (np) {
      // "the Security Services" -> keep; stop the phrase at the end of its capitalised run
      return np;
    }
    const run = nameRunAt(toks, i);
    if (run) return run;
  }
  return null;
}

function mediumAfter(toks: readonly Tok[], k: number, text: string): string | null {
  const t = toks[k];
  if (!t || t.k !== 'w') return null;
  const p = nameRunAt(toks, k) ?? detPhraseAt(toks, k);
  if (p) return text.slice(toks[p.a]!.s, toks[p.b - 1]!.e);
  if (!t.cap && !isPronoun(t.l) && !['that', 'the', 'a', 'dass', 'que', 'dat', 'him', 'her', 'them', 'me', 'us'].includes(t.l)) return t.t;
  return null;
}

/** Impersonal cues whose source is a document or body named in a prepositional phrase ("In der Erklärung heißt es:"). */
const IMPERSONAL = new Set(['heißt', 'hieß', 'hiess', 'heisst']);
const DOC_PREPOSITIONS = new Set(['in', 'im', 'vom', 'von', 'aus', 'bei', 'beim']);

/** "heißt es in der Erklärung", "Im letzten Satz der Anordnung heißt es", "hieß es vom Abgeordneten X": the named source. */
function impersonalSource(toks: readonly Tok[], c: number, from: number, to: number): Phrase | null {
  if (!IMPERSONAL.has(toks[c]?.l ?? '') || !(toks[c + 1]?.l === 'es' || toks[c - 1]?.l === 'es')) return null;
  for (let p = from; p < to; p++) {
    const t = toks[p]!;
    if (p === c || t.k !== 'w' || !DOC_PREPOSITIONS.has(t.l)) continue;
    const np = detPhraseAt(toks, p + 1);
    if (np) return np;
    let b = p + 1;
    while (b < to && b - p <= 6 && toks[b]!.k === 'w' && b !== c && toks[b]!.l !== 'es') b++;
    if (b > p + 1 && toks[p + 1]!.cap) return { a: p + 1, b, kind: 'np' };
  }
  return null;
}

/** German and Dutch finite auxiliaries: second in a main clause, with the participle last. */
const AUXILIARIES = new Set(['hat', 'hatte', 'hatten', 'haben', 'habe', 'ist', 'war', 'waren', 'sind', 'wurde', 'wurden', 'wird', 'werden', 'sei',
  'heeft', 'had', 'hadden', 'hebben', 'is', 'was', 'werd', 'werden']);

/** Conjunctions that open a subordinate clause (German, Dutch): a sentence that opens with one has its subject after the verb. */
const SUBORDINATORS = new Set(['da', 'weil', 'wenn', 'als', 'nachdem', 'obwohl', 'während', 'sobald', 'bevor', 'seit', 'seitdem', 'indem', 'falls', 'ob',
  'omdat', 'toen', 'nadat', 'hoewel', 'terwijl', 'zodra', 'voordat', 'sinds', 'indien']);

/** Words that end a subject read between a quote and its cue. */
const SUBJECT_BREAK = new Set(['that', 'which', 'who', 'when', 'because', 'if', 'as', 'while', 'after', 'before', 'dass', 'weil', 'wenn', 'que', 'qui', 'quand', 'dat', 'omdat', 'toen']);

/** True when tokens [from, to) are a plain descriptor run (words and possessives only, at most nine). */
function descriptorRun(toks: readonly Tok[], from: number, to: number): boolean {
  if (to <= from || to - from > 9) return false;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.k !== 'w' || isPronoun(t.l) || SUBJECT_BREAK.has(t.l) || (CUE_ANY.has(t.l) && !isDeterminer(t.l))) return false;
  }
  return true;
}

/** Attribution in the clause that follows the quote: "…," Van Tigchelt told VRT / "…," said Smith / "…", so Merkel. */
function postAttribution(toks: readonly Tok[], text: string, lex: Lexicon, lang: string, tight = false): Attribution | null {
  let i = 0;
  while (i < toks.length && toks[i]!.k === 'p' && /^[,;:―—–-]+$/u.test(toks[i]!.t)) i++;
  // "…" — Jane Doe / "…" ― Jane Doe (a horizontal bar, the typographers' quotation dash)
  if (i > 0 && /^[―—–-]+$/u.test(toks[i - 1]!.t)) {
    const run = nameRunAt(toks, i);
    if (run && (run.b >= toks.length || toks[run.b]!.k === 'p')) return { phrase: run, toks, text, cue: null, medium: null };
  }
  // "…," Mitch Brandt, R-Ky., said / "…," Jo Bond, 30, of Dayton, who was polled, said: a name, then an
  // apposition between commas, then the cue
  const head = tight ? null : nameRunAt(toks, i);
  if (head && toks[head.b]?.t === ',') {
    const end = Math.min(toks.length, head.b + 40);
    for (let c = head.b + 1; c < end; c++) {
      const t = toks[c]!;
      if (endsSentence(toks, c) && toks[c + 1]?.t !== ',') break;
      if (t.k === 'p' && !/^[,.()'’-]+$/u.test(t.t)) break;
      if (t.k !== 'w' || toks[skipFillersBack(toks, c) - 1]?.t !== ',') continue;
      const len = cueAt(toks, c, lex);
      if (!len || isSource(toks, c, len) || POST_ONLY.has(t.l)) continue;
      const cue = text.slice(t.s, toks[c + len - 1]!.e);
      return { phrase: head, toks, text, cue, medium: MEDIUM.has(cue.toLowerCase()) ? mediumAfter(toks, c + len, text) : null };
    }
  }
  // after a quote that closes its own sentence ("…." Smith said), only a cue within a few words attributes
  const limit = Math.min(toks.length, i + (tight ? 4 : 11));
  for (let c = i; c < limit; c++) {
    if (endsSentence(toks, c)) break;
    if (toks[c]!.k === 'p' && c > i && toks[c]!.t !== ',' && toks[c]!.t !== '(' && toks[c]!.t !== ')') break;
    const len = cueAt(toks, c, lex);
    if (!len) continue;
    const cue = text.slice(toks[c]!.s, toks[c + len - 1]!.e);
    const medCue = MEDIUM.has(cue.toLowerCase());
    if (isSource(toks, c, len)) {
      const after = subjectAfter(toks, c + len, true);
      const before = c > i ? subjectBefore(toks, c) : null;
      return { phrase: after ?? before, toks, text, cue, medium: null };
    }
    if (c === i) {
      // "…," said Smith / "…", so Merkel / "…", sagte er
      const doc = impersonalSource(toks, c, c + len, Math.min(toks.length, c + 12));
      if (doc) return { phrase: doc, toks, text, cue, medium: null };
      const after = subjectAfter(toks, c + len);
      if (after) return { phrase: after, toks, text, cue, medium: medCue ? mediumAfter(toks, after.b, text) : null };
      // "„…“, so wurde sein Werk …", "„…”, zo bleek later": an adverb opening the next clause, not "so Merkel"
      // ("„…“, so charakterisierte ihn …": the verb after it may still be the cue)
      if (ADVERB_CUES.has(toks[c]!.l)) { if (cueAt(toks, c + 1, lex)) continue; return null; }
      return { phrase: null, toks, text, cue, medium: null };
    }
    if (POST_ONLY.has(toks[c]!.l) && c !== i) continue;
    // "…," Van Tigchelt told VRT / "…," er sagte / "…", sagte der Minister
    const before = subjectBefore(toks, c);
    if (before && before.a <= i + 1) {
      return { phrase: before, toks, text, cue, medium: medCue ? mediumAfter(toks, c + len, text) : null };
    }
    // verb-last clause: "„…“, hatte VW-Chef Tom Wall in einem Interview erklärt": the subject opens the clause;
    // the noun of a prepositional phrase before the verb is not it
    if (lang !== 'en' && before && before.kind !== 'pronoun' && inPrepositionalPhrase(toks, before.a)) {
      const subj = clauseSubject(toks, i, c);
      if (subj && subj.b <= before.a && !inPrepositionalPhrase(toks, subj.a)) {
        return { phrase: subj, toks, text, cue, medium: medCue ? mediumAfter(toks, c + len, text) : null };
      }
    }
    // "…," White House press secretary Jane Roe told reporters / "…," the Vermont senator and candidate said:
    // the whole run of words between the quote and the cue is the subject
    if (tight) return null;
    if (before && descriptorRun(toks, i, before.a)) {
      const run = nameRunBefore(toks, before.b);
      const phrase: Phrase = run && run.b === before.b && run.a > i ? { a: i, b: before.b, kind: 'np' } : { a: i, b: before.b, kind: 'np' };
      return { phrase, toks, text, cue, medium: medCue ? mediumAfter(toks, c + len, text) : null };
    }
    if (lang !== 'en') {
      const after = subjectAfter(toks, c + len);
      if (after) return { phrase: after, toks, text, cue, medium: null };
    }
    return null;
  }
  return null;
}

/** Attribution in the writer's sentence before the quote: X said: "…" / X stressed that "…" / according to X, "…". */
function preAttribution(toks: readonly Tok[], text: string, lex: Lexicon, lang: string, index?: NameIndex): (Attribution & { at: number }) | null {
  for (let c = toks.length - 1; c >= 0; c--) {
    const len = cueAt(toks, c, lex);
    if (!len) continue;
    if (POST_ONLY.has(toks[c]!.l)) continue;
    const cue = text.slice(toks[c]!.s, toks[c + len - 1]!.e);
    const medCue = MEDIUM.has(cue.toLowerCase());
    if (isSource(toks, c, len)) {
      const after = subjectAfter(toks, c + len, true) ?? (toks[c]!.l === 'zufolge' ? subjectBefore(toks, c) : null);
      return { phrase: after, toks, text, cue, medium: null, at: c };
    }
    const k = skipFillersBack(toks, c);
    const prev = toks[k - 1];
    let before: Phrase | null = null;
    if (lang !== 'en' && prev?.t === ',' && SUBORDINATORS.has(toks[0]!.l)) {
      // verb-second: a subordinate clause first ("Da Brauereien … angewiesen sind, warnte der Chef"),
      // then the verb, then its subject
      before = null;
    } else if (prev && ((prev.k === 'w' && CONJ.has(prev.l)) || (prev.t === ',' && !nameRunBefore(toks, k - 1)))) {
      before = (lang === 'en' ? openingClauseSubject(toks.slice(0, k)) : null) ?? clauseSubject(toks, 0, k);
      if (!before && prev.t === ',') before = subjectBefore(toks, c);
    } else {
      before = subjectBefore(toks, c);
    }
    let after = medCue ? null : subjectAfter(toks, c + len);
    let phrase: Phrase | null;
    // verb-second languages: the noun of a prepositional phrase before the verb is not its subject
    // ("Nach Gerüchten auf der Landebahn teilte dessen Stellvertreter mit:", "Op de persconferentie zei …")
    if (lang !== 'en' && before && before.kind !== 'pronoun' && inPrepositionalPhrase(toks, before.a)) before = null;
    const bare = before;
    if (index) {
      // a phrase that cannot speak ("das Interview", "die Begründung") gives way to the other side
      if (before && !plausibleSpeaker(before, toks, index, lang)) before = null;
      if (after && !plausibleSpeaker(after, toks, index, lang)) after = null;
    }
    // "Putin sagte auf den Kontext bezogen:": a lone capitalised word that opens the sentence right before
    // the verb, with no subject after the verb, is the subject (a surname the article gives alone)
    if (!before && !after && bare && bare.a === 0 && bare.b === k && bare.kind === 'name' && !abstractNoun(toks[bare.b - 1]!.l)) before = bare;
    // verb-second languages: a sentence that opens with a determiner phrase, the cue within a few words
    // and no comma in between has that whole phrase as its subject ("Das Komitee in Oslo würdigte …")
    if (lang !== 'en' && c >= 2 && c <= 8 && isDeterminer(toks[0]!.l) && toks[1]!.cap && (!before || before.a > 1)) {
      let plain = true;
      for (let j = 0; j < c; j++) if (toks[j]!.k !== 'w' || CUE_ANY.has(toks[j]!.l) || isPronoun(toks[j]!.l)) { plain = false; break; }
      if (plain) before = { a: 0, b: skipFillersBack(toks, c), kind: 'np' };
    }
    // verb-last with an auxiliary second: "Stoiber hatte besonders die Rolle der Vorsitzenden betont:": the
    // phrase before the auxiliary is the subject, not a noun nearer the participle
    if (lang !== 'en' && c > 2 && (!before || before.a > 1)) {
      const open = nameRunAt(toks, 0) ?? detPhraseAt(toks, 0);
      const oneClause = !toks.slice(0, c).some((t) => t.t === ',');
      if (open && oneClause && open.b < c && AUXILIARIES.has(toks[open.b]!.l) && !abstractNoun(toks[open.b - 1]!.l)) before = open;
      // "Dazu hatte er … betont:": a pronoun right after the auxiliary
      else if (!open && oneClause && AUXILIARIES.has(toks[1]!.l) && toks[2]!.k === 'w' && isPronoun(toks[2]!.l)) before = { a: 2, b: 3, kind: 'pronoun' };
    }
    if (lang === 'en') phrase = before ?? after;
    // verb-second languages: "Dazu sagte Merkel" (subject after the verb) but "Die Ministerin sagte" (first)
    else if (before && (before.a === 0 || (before.a === 1 && isDeterminer(toks[0]!.l)) || (before.a > 0 && CONJ.has(toks[before.a - 1]!.l))
      // a name between commas right before the verb: the apposition of the subject
      || (toks[before.a - 1]?.t === ',' && toks[before.b]?.t === ',' && before.b === skipFillersBack(toks, c) - 1))) phrase = before;
    else phrase = after ?? before;
    const medium = medCue ? mediumAfter(toks, c + len, text) : null;
    const doc = impersonalSource(toks, c, 0, toks.length);
    if (doc) phrase = doc;
    return { phrase, toks, text, cue, medium, at: c };
  }
  return null;
}

/**
 * The most speaker-like phrase of a sentence before token `upto`, read from right to left: a pronoun, a
 * name with a role or a known full name, a role or organisation phrase ("der Bundespräsident").
 */
function bestSpeakerPhrase(toks: readonly Tok[], upto: number, index: NameIndex): Phrase | null {
  for (let k = Math.min(upto, toks.length); k > 0; k--) {
    const t = toks[k - 1]!;
    if (t.k !== 'w') continue;
    if (isPronoun(t.l) && !t.cap === false && k - 1 === 0) return { a: k - 1, b: k, kind: 'pronoun' };
    if (isPronoun(t.l)) return { a: k - 1, b: k, kind: 'pronoun' };
    if (isNameToken(t) && !(toks[k] && isNameToken(toks[k]!) && k < upto)) {
      const run = nameRunBefore(toks, k);
      if (run) {
        const words = toks.slice(run.a, run.b);
        const np = detPhraseBefore(toks, k);
        if (words.some((w) => isRole(w.l) || isOrgWord(w.l))) return np && np.a < run.a && run.a - np.a <= 2 ? np : run;
        if (words.length >= 2 || index.resolve(words.map((w) => w.t))?.words.length) return run;
      }
    }
    if ((isRole(t.l) || isOrgWord(t.l)) && t.k === 'w') {
      const np = detPhraseBefore(toks, k);
      if (np) return np;
    }
  }
  return null;
}

/**
 * The subject a German sentence opens with, when a verb follows it: a nominative determiner, lower-case adjectives,
 * a noun and a genitive attribute ("Die staatliche Nachrichtenagentur meldet", "Die Autoren der Studie werfen …").
 */
function openingSubject(toks: readonly Tok[], end: number): Phrase | null {
  const d = toks[0];
  if (!d || d.k !== 'w' || !isDeterminer(d.l) || OBLIQUE_DETERMINERS.has(d.l)) return null;
  let j = 1;
  while (j < end && j < 4 && toks[j]!.k === 'w' && !toks[j]!.cap) j++;
  const n = toks[j];
  if (j >= end || !n || n.k !== 'w' || !n.cap || abstractNoun(n.l)) return null;
  j++;
  if (j + 1 < end && (toks[j]!.l === 'des' || toks[j]!.l === 'der') && toks[j + 1]!.cap) j += 2;
  const v = toks[j];
  if (j >= end || !v || v.k !== 'w' || v.cap || PREPOSITIONS.has(v.l) || isDeterminer(v.l) || isPronoun(v.l)) return null;
  return { a: 0, b: j, kind: 'np' };
}

/** Prepositions that open a phrase whose noun is never the subject of the verb after it (verb-second languages). */
const PREPOSITIONS = new Set([
  'nach', 'auf', 'in', 'im', 'an', 'am', 'bei', 'beim', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'über', 'unter', 'vor',
  'für', 'gegen', 'durch', 'aus', 'seit', 'während', 'wegen', 'trotz', 'hinter', 'neben', 'zwischen', 'ins',
  'op', 'bij', 'met', 'van', 'naar', 'na', 'voor', 'uit', 'tijdens', 'tegen', 'door', 'over', 'onder',
]);

/** True when the phrase starting at token `a` is the noun of a prepositional phrase ("auf der Landebahn"). */
function inPrepositionalPhrase(toks: readonly Tok[], a: number): boolean {
  let j = a;
  // back over the determiner and lower-case adjectives of the phrase ("auf der neuen Landebahn")
  while (j > 0 && a - j < 3) {
    const t = toks[j - 1]!;
    if (t.k !== 'w' || t.cap) break;
    if (PREPOSITIONS.has(t.l)) return true;
    if (!isDeterminer(t.l) && !/(e|en|er|es|em)$/u.test(t.l)) break;
    j--;
  }
  const t = toks[j - 1];
  return j < a && t !== undefined && t.k === 'w' && PREPOSITIONS.has(t.l);
}

const abstractNoun = (l: string): boolean => ABSTRACT_ENDINGS.some((e) => l.endsWith(e));

/** Endings of German abstract nouns, which never speak ("Begründung", "Zuversicht", "Möglichkeit"). */
const ABSTRACT_ENDINGS = ['ung', 'heit', 'keit', 'tion', 'tät', 'nis', 'icht', 'ismus', 'ment', 'view', 'fläche', 'punkt', 'frage', 'rede', 'formen', 'kriterium', 'weise'];

/**
 * Whether a phrase can be a speaker. In German every noun is capitalised, so a one-word "name" must be
 * known as a person's surname (seen with a first name) or be a role or organisation, and abstract
 * nouns never speak.
 */
function plausibleSpeaker(p: Phrase, toks: readonly Tok[], index: NameIndex, lang: string): boolean {
  if (p.kind === 'pronoun') return true;
  const words = toks.slice(p.a, p.b).filter((w) => w.k === 'w');
  const last = words[words.length - 1];
  if (!last) return false;
  if (words.some((w) => isRole(w.l) || isOrgWord(w.l))) return true;
  if (lang !== 'de') return true;
  if (ABSTRACT_ENDINGS.some((e) => last.l.endsWith(e))) return false;
  // "die Menschenmenge", "der Student": a noun after an article is a description, not an unknown surname
  if (p.kind === 'name' && words.length === 1 && p.a > 0 && isDeterminer(toks[p.a - 1]!.l)) return true;
  if (p.kind === 'name' && words.length === 1) return (index.resolve([last.t])?.words.length ?? 0) >= 2;
  return true;
}

// ---------- resolving and filtering ----------
interface Resolved {
  speaker: Speaker;
}

function resolveSpeaker(a: Attribution, index: NameIndex, running: Speaker | null): Speaker | null {
  if (!a.phrase) return null;
  const parts: SpeakerParts = phraseParts(a.toks, a.phrase, a.text);
  if (parts.pronoun) {
    if (running && running.kind === 'person') return { ...running, mention: parts.mention };
    if (running && ['they', 'sie', 'ils', 'elles', 'zij', 'ze', 'we', 'wir', 'nous', 'wij'].includes(parts.mention.toLowerCase())) return { ...running, mention: parts.mention };
    return { name: parts.mention, mention: parts.mention, descriptor: null, kind: 'person' };
  }
  if (!parts.name.length) return null;
  if (a.phrase.kind === 'name') {
    // "Graham, a former candidate, said" / "said Butz, 49," / "Doley, who held …, said": the writer
    // introduces the person again with an apposition, and the mention with it is the reference; the name
    // stays as written there (a fuller name from elsewhere in the article is not carried over)
    if (appositionAfter(a.toks, a.phrase.b)) {
      return { name: clean(parts.name.join(' ')), mention: parts.mention, descriptor: parts.descriptor, kind: parts.kind };
    }
    const full = index.resolve(parts.name);
    const name = full ? full.words.join(' ') : parts.name.join(' ');
    return { name: clean(name), mention: parts.mention, descriptor: parts.descriptor ?? full?.descriptor ?? null, kind: parts.kind };
  }
  // a role phrase ("the governor", "der Minister") stays as written: the article may name several
  // holders of a role, and the writer chose the role; resolution goes from surnames and pronouns only
  return { name: clean(parts.name.join(' ')), mention: parts.mention, descriptor: null, kind: parts.kind };
}

/** True when token `k` opens an apposition or relative clause: ", a former …", ", 49,", ", who …", ", der …". */
function appositionAfter(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.t !== ',') return false;
  const n = toks[k + 1];
  if (!n || n.k !== 'w') return false;
  return isDeterminer(n.l) || APPOSITION_OPENERS.has(n.l) || /^\p{N}/u.test(n.t) || (!n.cap && !CUE_FILLER_OR_CUE(n.l));
}
const APPOSITION_OPENERS = new Set(['who', 'whose', 'which', 'now', 'once', 'formerly', 'der', 'die', 'das', 'qui', 'dont', 'die', 'wie', 'welcher', 'welche']);
const CUE_FILLER_OR_CUE = (l: string): boolean => FILLER.has(l) || CUE_ANY.has(l);
const CUE_ANY = new Set(Object.values(CUE_WORDS).flat().map((w) => w.split(' ')[0]!));

const clean = (s: string): string => s.replace(/['’]s$/u, '').trim();

/** The first eight words of `s`, lower-cased and joined: the key of a quotation repeated word for word. */
function leadKey(s: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < s.length && out.length < 8) {
    if (!isWordCharAt(s, i)) { i++; continue; }
    const j = skipWord(s, i);
    out.push(s.slice(i, j).toLowerCase());
    i = j;
  }
  return out.join(' ');
}

/** Words in `s`, counted up to `cap` (a character scan, no tokens). */
function wordCount(s: string, cap = 64): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const w = isWordCharAt(s, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const NO_SPANS: MarkSpan[] = [];

/** How far before and after a quote the attribution is looked for. */
const WINDOW_BEFORE = 600;
const WINDOW_AFTER = 300;

// ---------- the extractor ----------
export function extractQuotes(input: QuoteInput): Quote[] {
  const paragraphs = input.paragraphs;
  const lang = (input.language ?? '').slice(0, 2).toLowerCase() || guessLanguage(paragraphs);
  const lex = lexicon(lang);
  // every capitalised run of the article, descriptor split off: the names a mention may resolve to, and the last
  // person each unit names (what a pronoun refers to when no one has spoken since); read the first time a quote needs them
  let lastPersonOf: (Speaker | null)[] = [];
  const index = new NameIndex(() => { lastPersonOf = all.map((u) => indexNames(u.text, index)); });
  const all = units(paragraphs);
  // the first unit with a quoted span: an article with none has no quotations (and nothing else need be read);
  // the units before it have none (the spans of the others are found as they are read, not held all at once)
  let first = 0;
  let firstSpans: MarkSpan[] = [];
  for (; first < all.length; first++) {
    firstSpans = joinDashAsides(all[first]!.text, scanMarks(all[first]!.text));
    if (firstSpans.length) break;
  }
  if (first === all.length) return [];
  const answers = interviewAnswers(all);
  // the last person named before unit `personsUpTo` (read on demand, for a pronoun), and the unit that named them
  let lastPerson: Speaker | null = null;
  let lastPersonAt = -1;
  let personsUpTo = 0;
  const personBefore = (ui: number): void => {
    index.ensure();
    for (; personsUpTo < ui; personsUpTo++) {
      const introduced = lastPersonOf[personsUpTo];
      if (!introduced) continue;
      const full = index.resolve(introduced.name.split(' '));
      lastPerson = full ? { ...introduced, name: full.words.join(' ') } : introduced;
      lastPersonAt = personsUpTo;
    }
  };

  const quotes: Quote[] = [];
  // the running speaker; narrative sentences that may name a new one are read only when it is asked for
  const run = new RunningSpeaker(lex, lang, index);
  // a quotation left open at the end of the previous unit, attributed: the next unit that opens with a mark continues it
  let chainOpen = false;
  // the first words of each quotation kept, to know a repeated one
  const seenLeads = new Map<string, number>();
  const repeated = new Set<number>();
  for (let ui = 0; ui < all.length; ui++) {
    const unit = all[ui]!;
    const { text: p, paragraph: pi, base } = unit;
    const spans = ui < first ? NO_SPANS : ui === first ? firstSpans : joinDashAsides(p, scanMarks(p));
    const inChain = chainOpen && spans[0]?.start !== undefined && spans[0].open === 0;
    chainOpen = false;
    let prevSpeaker: Speaker | null = null;
    let prevCue: string | null = null;
    let prevEnd = 0;
    let prevDropped = false;
    let prevPost = false;
    let prevMedium: string | null = null;
    // narrative attributions before the first quote update the running speaker ("Smith said:" ¶ "…")
    for (let si = 0; si < spans.length; si++) {
      const span = spans[si]!;
      const text = p.slice(span.start, span.end);
      const nextOpen = si + 1 < spans.length ? spans[si + 1]!.open : p.length;
      // bounded windows: the words around a quote, never the whole paragraph (linear on any input)
      const pre = tokenize(p, Math.max(prevEnd, span.open - WINDOW_BEFORE), span.open);
      const post = span.closed ? tokenize(p, span.close, Math.min(nextOpen, span.close + WINDOW_AFTER)) : [];
      let cut = -1;
      for (let k = pre.length - 1; k >= 0; k--) if (endsSentence(pre, k)) { cut = k; break; }
      const preSent = cut >= 0 ? pre.slice(cut + 1) : pre;
      // narrative sentences before this one may name a new speaker ("Smith said the plan failed.")
      if (cut >= 0) {
        const narrative = pre.slice(0, cut + 1);
        run.defer(narrative, p, ui);
      }
      const prevText = si > 0 ? p.slice(spans[si - 1]!.start, spans[si - 1]!.end) : '';
      const continuesSentence = si > 0 && cut < 0 && !prevDropped && !/[.!?…]$/u.test(prevText);
      const lastPre = preSent[preSent.length - 1];
      const colon = lastPre !== undefined && lastPre.t === ':';
      const opensSentence = preSent.length === 0 || (colon && preSent.length === 1);
      // an excerpt in marks that opens with a quotation of its own and that quotation's attribution
      // (""“We won,” Rubio said after the vote."" as a cited passage): the inner quotations are the quotes
      if (opensSentence && nestedDepth === 0 && OPENING_DOUBLE.has(text[0] ?? '') && text[0] !== p[span.open]) {
        const inner = excerptQuotes(text, lang, index);
        if (inner.length) {
          for (const q of inner) quotes.push({ ...q, paragraph: pi, start: base + span.start + (q.start ?? 0), end: base + span.start + (q.end ?? 0) });
          const last = inner[inner.length - 1]!;
          if (last.speaker && last.speaker.name.length > 0) run.set(last.speaker, ui);
          prevEnd = span.close; prevDropped = false; prevSpeaker = last.speaker; prevCue = last.cue; prevPost = false;
          continue;
        }
      }
      // a comma, a lower-case word or a dash after the mark ("…." ― Jane Doe) leaves the sentence open
      const endsWithBreak = /[,?!—–-]$/u.test(text) || post[0]?.t === ',' || (post[0]?.k === 'w' && !post[0].cap) || /^[―—–]$/u.test(post[0]?.t ?? '');

      const closesSentence = /[.…]$/u.test(text) && post[0]?.t !== ',';
      const postA = span.closed && (endsWithBreak || !/[.]$/u.test(text) || opensSentence) ? postAttribution(post, p, lex, lang, closesSentence) : null;
      let preA = preAttribution(preSent, p, lex, lang, index);
      const preAdjacent = preA !== null && (preA.at >= preSent.length - 4 || colon);
      // a cue with no subject found by word order (German participle last: "Schily hatte … zugesichert:"),
      // or a colon with no cue at all ("Zitat von Schröder: „…“"): the most speaker-like phrase of the sentence
      if (preA && !preA.phrase) preA = { ...preA, phrase: bestSpeakerPhrase(preSent, preA.at, index) };
      if (!preA && colon && preSent.length > 1) {
        // German: a sentence that opens with its subject ("Die Bewohner des Dorfes sehen es gelassen:")
        const phrase = (lang === 'de' ? openingSubject(preSent, preSent.length - 1) : null) ?? bestSpeakerPhrase(preSent, preSent.length - 1, index);
        if (phrase) preA = { phrase, toks: preSent, text: p, cue: null, medium: null, at: preSent.length - 1 };
      }
      let attr: Attribution | null = null;
      if (postA && (opensSentence || !preAdjacent) && (endsWithBreak || opensSentence)) attr = postA;
      else if (preA) attr = preA;
      else if (postA) attr = postA;

      // what is not a quotation
      const words = wordCount(text);
      const sentenceEnd = /[.!?…]$/u.test(text);
      const before = preSent[preSent.length - 1];
      const nounUse = !opensSentence && post[0]?.k === 'w' && !post[0].cap && words <= 4 && !/[.!?,;:]$/u.test(text);
      const drop = () => { prevEnd = span.close; prevDropped = true; prevSpeaker = null; prevPost = false; };
      // an answer of an interview printed as questions and answers: words the interviewee quotes are part of
      // the answer, and the answer is no quotation of the article's
      if (answers[ui]) { drop(); continue; }
      // the title of a work, a paper, a ship: "das Buch „…“", "the newspaper "…""
      if (before && before.k === 'w' && isWorkNoun(before.l, lang) && words <= 15 && (!sentenceEnd || titleLike(text, lang, false, 15))) { drop(); continue; }
      if (lang === 'en' && englishTitle(preSent, post, text, prevDropped)) { drop(); continue; }
      // a title given after a colon by a sentence that names a work and has no speech act: "Sein erstes Werk
      // entstand 1970: „Der Turm“.", "The band's new album is out: "Night Roads"."
      if (colon && words <= 6 && !sentenceEnd && !/[,;]$/u.test(text) && preSent.some((t) => t.k === 'w' && isWorkNoun(t.l, lang))
        && !speechCueBefore(preSent, preSent.length, lex) && !(postA && postA.cue)) { drop(); continue; }
      // German: the phrase is the object of a speech act ("warnte vor den „…“", "sprach von „…“", "bezeichnete als „…“")
      const framed = lang === 'de' && framedBySpeech(preSent, lex);
      // a name inside a run of capitalised words, no punctuation either side: "der SSC „Ultimate Aero“ EV", "Senator
      // "Chuck" Grassley": part of a name, not speech
      if (before && before.k === 'w' && before.cap && post[0]?.k === 'w' && post[0].cap && span.closed && p[span.close] === ' '
        && p[span.open - 1] === ' ' && words <= 4 && titleLike(text, lang) && !cueAt(preSent, preSent.length - 1, lex)) { drop(); continue; }
      // a name used as a noun phrase: "die „New York Times“ berichtete", "im „Adler“"
      if (before && before.k === 'w' && (isDeterminer(before.l) || NAME_PREPOSITIONS.has(before.l)) && startsUpper(text) && words <= 4
        && !/[.!?,]$/u.test(text) && !(preA && preA.cue && preA.at < preSent.length - 1)) { drop(); continue; }
      // English: a short phrase in marks between a determiner and the noun it modifies is a name or a label in the
      // writer's noun phrase, whatever cue the sentence has ("his "Miss Universe" pageant", "the "confidential" level")
      if (lang === 'en' && attributiveUse(preSent, post, text, words)) { drop(); continue; }
      // a nickname between a first name and a surname ("Jesús "Chuy" García", "John "Tig" Tiegen"): not speech
      if (lang !== 'de' && words <= 2 && span.closed && before?.k === 'w' && before.cap && preSent.length >= 2 && post[0]?.k === 'w'
        && post[0].cap && titleLike(text, lang) && !/[.!?,;:…]$/u.test(text) && !cueAt(preSent, preSent.length - 1, lex)) { drop(); continue; }
      if (!text.trim() || words === 0) { drop(); continue; }
      // a source named in marks ("laut „tagesschau.de“", "volgens "De Morgen""), a gloss in brackets
      // ("(Codename: „Maelstrom“)"), a name given ("auch „Bruno“ genannt", "„X“ heißt"): not speech
      const short = words <= 6 && !/[.!?…,]$/u.test(text);
      // German: words carried or chanted ("mit der Aufschrift „…“", "die Parole „…“", "Sprüche wie „…“"): a quotation
      const slogan = lang === 'de' && before !== undefined && sloganNoun(preSent) ? (before.l === 'wie' ? preSent[preSent.length - 2]! : before)
        : lang === 'en' ? wordsNounEn(preSent) : null;
      const prevTok = preSent[preSent.length - 2];
      if (short && before && (SOURCE_NAMES.has(before.l) || before.t === '(' || before.t === '[' || (before.t === ':' && prevTok?.t !== undefined && preSent.slice(-4).some((t) => t.t === '(' || t.t === '[')))) { drop(); continue; }
      // a short phrase inside a bracket the writer opened before it: a gloss, translation or heading
      // ("[auf Deutsch: „…“]", "(etwa: „…“, engl. „…“)", "(Überschrift der Seite: „…“)")
      const bracket = short ? openBracketBefore(p, span.open) : -1;
      if (bracket >= 0 && !(preA && preA.cue && preA.toks[preA.at]!.s > bracket)) { drop(); continue; }
      if (short && post[0]?.k === 'w' && NAMING_AFTER.has(post[0].l)) { drop(); continue; }
      // a name glossed by the clause after it: "„Rot-Hemden“ – so werden sie genannt", "„X“, wie er sich nennt",
      // ""X," as the group calls itself": not speech
      if (short && namingClauseAfter(post)) { drop(); continue; }
      // a programme, paper, agency or work named in the sentence: "on ABC's "This Week,"", "laut „Reuters“",
      // "the podcast "Here's the Thing."", "das Fachblatt „La Gazzetta“"
      if (!opensSentence && before && before.k === 'w' && words <= 6 && !framed && !slogan
        && (isPossessive(before) || TITLE_CONTEXT.has(before.l) || (lang === 'de' && before.cap && preSent.length >= 2 && !cueAt(preSent, preSent.length - 1, lex)))
        && titleLike(text, lang, lang === 'de' && TITLE_CONTEXT.has(before.l))) { drop(); continue; }

      // a transcript line reproduced in marks ("RAMOS: Secretary Clinton, …"): a document, not a quotation
      if (opensSentence && transcriptLine(text)) { drop(); continue; }
      // a passage in marks with no attribution that opens with a speaker's name and a colon ("Chris Holt: Seriously,
      // …"): a transcript excerpt; or that asks the reader to follow someone ("Follow Ann Lee on Twitter @annlee."): boilerplate
      if (opensSentence && !attr && (namedTranscriptLine(text) || followLine(text))) { drop(); continue; }
      // the headline of an article ("Museum to close," by Post's Ann Lee:) or an excerpt with its link after it
      // ("…." http://…): written text cited, not speech
      if (span.closed && (headlineBy(post) || linkAfter(p, span.close))) { drop(); continue; }
      // a web address in marks (an attribute of markup left in the text, a link written out): not speech
      if (/^(?:https?:\/\/|www\.)\S+$/u.test(text)) { drop(); continue; }
      // a paragraph that is one short single-quoted line: a section heading ('A really tough decision.')
      if (span.family === 'single' && span.open === 0 && span.close >= p.trimEnd().length - 1 && words <= 8) { drop(); continue; }
      // a short single-quoted phrase opening a line with no attribution: a kicker or a quoted headline
      // ('Carnage on the road' in southern city of Nice.)
      if (span.family === 'single' && span.open === 0 && span.closed && words <= 8 && !attr && post[0]?.k === 'w' && !post[0].cap) { drop(); continue; }
      // a name in marks used as a noun of the writer's sentence: "„Reporter ohne Grenzen“ weist darauf hin",
      // ""Meet the Press" is a show", "„BBC News“ berichtet": no comma, a lower-case word follows; in English also
      // when the sentence's cue stands more than three words back ("writes a column and leads "Night Desk" on TV")
      const verbCue = preA !== null && preA.cue !== null && !isSource(preA.toks, preA.at, 1) && !SOURCE_NAMES.has(preA.toks[preA.at]!.l);
      if (span.closed && !/[.!?…,;:]$/u.test(text) && post[0]?.k === 'w' && !post[0].cap && (!cueAt(post, 0, lex) || (words >= 2 && (opensSentence || before?.cap === true)))
        && (opensSentence || !verbCue || (lang === 'en' && preA !== null && preA.at < preSent.length - 3)) && !slogan && titleLike(text, lang, true)) { drop(); continue; }
      // the medium or paper named in marks right after a cue: "„…“, schrieb „Die Zeit“ in einem Nachruf",
      // "zitiert „BBC News“ aus": the subject of the cue, not a quotation
      if (!opensSentence && before && before.k === 'w' && cueAt(preSent, preSent.length - 1, lex) && words >= 2
        && !/[.!?…,;:]$/u.test(text) && post[0]?.k === 'w' && !post[0].cap && titleLike(text, lang, true)) {
        const prev = quotes[quotes.length - 1];
        if (prev && !prev.speaker && prev.paragraph === pi && preSent.length === 2 && preSent[0]!.t === ',') {
          prev.speaker = { name: text, mention: text, descriptor: null, kind: 'organization' };
        }
        drop();
        continue;
      }

      // a mark left open to the paragraph's end with no attribution in its own sentence, and not continuing an
      // attributed quotation of the paragraph before: a block quotation of a document, or a lost closing mark
      // (German „ opening a paragraph of twenty words or more and left open is the convention of a quotation that
      // runs on into the next paragraph, not a lost mark)
      if (!span.closed && !attr && !(inChain && si === 0) && !(span.open === 0 && p[0] === '„' && words >= 20)) { drop(); continue; }
      // English: a quoted word or two inside the writer's sentence is a scare quote unless a cue governs it from
      // close by ("called the system "rigged"", "promised to "rip up""); a cue further back belongs to another
      // clause ("said Ramos, whose book features … and "rebellious" people")
      if (lang === 'en' && !opensSentence && words <= 2 && !startsUpper(text) && attr === preA && preA && preA.at < preSent.length - 5) { drop(); continue; }
      // a short phrase inside the writer's sentence whose only cue is no speech act: a name or a term
      if (!opensSentence && words <= 6 && !sentenceEnd && attr && attr.cue && !speechCue(attr)
        && !(postA && speechCue(postA)) && !speechCueBefore(preSent, preSent.length, lex)) { drop(); continue; }

      let speaker: Speaker | null = null;
      let cue: string | null = null;
      let medium: string | null = null;
      // a digest item: a heading in capitals, the excerpt in marks, its source in brackets
      // ("HOW THE PORT WAS SAVED “The harbour board voted …” [Herald.]"): the source's words
      const digest = span.closed && (opensSentence || capsHeading(preSent)) ? sourceTag(p, span.close) : null;
      if (digest) {
        speaker = { name: digest, mention: digest, descriptor: null, kind: 'organization' };
      } else if (attr) {
        cue = attr.cue;
        medium = attr.medium;
        // a pronoun refers to the running speaker, or to a person named since that speaker last spoke
        // (read only for a pronoun, the one phrase resolveSpeaker resolves by it)
        let referent: Speaker | null = null;
        if (attr.phrase && attr.phrase.kind === 'pronoun') {
          const running = run.get();
          personBefore(ui);
          referent = running && run.at >= lastPersonAt ? running : lastPerson ?? running;
        }
        speaker = attr.phrase ? resolveSpeaker(attr, index, referent) : null;
        if (!speaker && continuesSentence) speaker = prevSpeaker;
        if (!speaker && attr.cue && !attr.phrase) speaker = continuesSentence ? prevSpeaker : run.get();
      } else if (continuesSentence && prevSpeaker) {
        speaker = prevSpeaker;
        cue = prevCue;
      } else if (prevPost && prevSpeaker && opensSentence) {
        // "A," she told VRT. "B." -- the second half of an interrupted quotation
        speaker = prevSpeaker;
        cue = prevCue;
        medium = prevMedium;
      } else if ((opensSentence || colon) && (words >= 3 || sentenceEnd) && !nounUse) {
        // a quote standing alone: the running speaker
        speaker = run.get();
      } else if (si > 0 && !prevDropped && prevSpeaker && preSent.length === 1 && JOINERS.has(preSent[0]!.l)) {
        // "„A.“ und „B.“": a second quotation joined to the first, by the same speaker
        speaker = prevSpeaker;
        cue = prevCue;
      } else if (lang === 'de' && withWordsBefore(p, span.open)) {
        // "Mit den Worten „…“ richtete er den Blick …": the quotation is named as words spoken
        speaker = run.get();
        cue = 'mit den Worten';
      } else if (before?.t === '(' && sentenceEnd && startsUpper(text) && words >= 3 && nameRunBefore(preSent, preSent.length - 1)) {
        // "…, Mohammed ElBaradei („Mir fällt niemand ein.“), …": a sentence in brackets after a name is that person's
        const phrase = nameRunBefore(preSent, preSent.length - 1)!;
        speaker = resolveSpeaker({ phrase, toks: preSent, text: p, cue: null, medium: null }, index, null);
      } else if (words >= 8 && lang === 'de' && closesWithFullStop(text)) {
        // a long quotation closing with its own full stop inside the writer's sentence ("kam zu dem Ergebnis,
        // „dass … werden kann.“"; not a name ending in "e.V."): words of someone, not a scare quote; the most
        // speaker-like phrase before it
        const phrase = bestSpeakerPhrase(preSent, preSent.length, index);
        speaker = phrase ? resolveSpeaker({ phrase, toks: preSent, text: p, cue: null, medium: null }, index, run.get()) : run.get();
      } else if (longPartial(text, words, lang, sentenceEnd) || (before?.t === ',' && words >= 5 && startsUpper(text) && sentenceEnd)) {
        // five words or more carried into the writer's sentence ("thanked him for "stepping up and taking action
        // when Congress won't."", "in Forbes' words, "They are …."", "eine „friedliche Lösung der … Frage“"):
        // words of someone, not a scare quote or a name; the most speaker-like phrase before them
        // (English, French, Dutch: the subject the sentence opens with, past an opening adverbial)
        const phrase = (lang !== 'de' ? openingClauseSubject(preSent) : null) ?? bestSpeakerPhrase(preSent, preSent.length, index);
        speaker = phrase ? resolveSpeaker({ phrase, toks: preSent, text: p, cue: null, medium: null }, index, run.get()) : run.get();
      } else if (slogan) {
        // English: "Trump coined the phrase "…"": the subject of the sentence used the words
        const phrase = lang === 'en' ? openingClauseSubject(preSent) : null;
        speaker = phrase ? resolveSpeaker({ phrase, toks: preSent, text: p, cue: null, medium: null }, index, run.get()) : null;
        cue = slogan.t;
      } else {
        // a quoted phrase with no speech act: scare quotes, titles, nicknames
        drop();
        continue;
      }
      prevDropped = false;
      prevPost = attr !== null && attr === postA;
      prevMedium = medium;
      if (speaker && speaker.name.length > 0 && !digest) {
        run.set(speaker.mention && isPronounMention(speaker) ? run.get() ?? speaker : speaker, ui);
      }
      prevSpeaker = speaker;
      prevCue = cue;
      const partial = !opensSentence && !startsUpper(text);
      // the same words quoted again (a pull quote repeating the body, "… the bomb. Donald Trump."): one quotation
      // the copy with no cue of its own goes; two attributed copies are both kept
      if (words >= 6) {
        const key = leadKey(text);
        const earlier = seenLeads.get(key);
        if (earlier !== undefined) {
          if (!cue) { drop(); continue; }
          if (!quotes[earlier]!.cue) repeated.add(earlier);
        }
        seenLeads.set(key, quotes.length);
      }
      if (!span.closed) chainOpen = true;
      quotes.push({
        text, speaker, cue, medium, partial, where: 'body', paragraph: pi,
        start: base + span.start, end: base + span.end,
      });
      prevEnd = span.close;
    }
    // the rest of the paragraph may name the next speaker ("…" ¶ Smith said: ¶ "…")
    run.deferRange(p, Math.max(prevEnd, p.length - WINDOW_BEFORE), ui);
  }
  const kept = repeated.size ? quotes.filter((_q, i) => !repeated.has(i)) : quotes;
  if (input.headline && input.headlineQuotes) kept.unshift(...headlineQuotes(input.headline, kept));
  return kept;
}

/** Opening double marks that may start a quotation nested at the head of an excerpt. */
const OPENING_DOUBLE = new Set(['“', '"', '„', '«', '»']);
/** Depth of excerptQuotes calls in progress: an excerpt inside an excerpt is read as it stands. */
let nestedDepth = 0;

/**
 * The attributed quotations of a passage quoted whole: the passage read as a paragraph of its own, kept only
 * when its first quotation has a cue (so a passage merely opening with a name in marks stays one quotation);
 * speakers resolved to the fullest name the article gives. Offsets are into the passage.
 */
function excerptQuotes(text: string, lang: string, index: NameIndex): Quote[] {
  nestedDepth++;
  try {
    const inner = extractQuotes({ paragraphs: [text], language: lang });
    if (!inner.length || !inner[0]!.cue || (inner[0]!.start ?? 9) > 2) return [];
    return inner.map((q) => {
      if (!q.speaker || q.speaker.kind !== 'person') return q;
      const full = index.resolve(q.speaker.name.split(' '));
      return full ? { ...q, speaker: { ...q.speaker, name: full.words.join(' ') } } : q;
    });
  } finally {
    nestedDepth--;
  }
}

/** A question or answer label opening a line of an interview transcript: "Q:", "A:", "Q.", "A." */
const qaLabel = (s: string): 'Q' | 'A' | null =>
  (s[0] === 'Q' || s[0] === 'A') && (s[1] === ':' || s[1] === '.') && (s[2] === ' ' || s[2] === '\u00a0') ? s[0] : null;

/**
 * The units that belong to an answer of an interview printed as questions and answers: a unit opening with
 * "A:", and an unlabelled unit between an "A:" unit and the next question, in an article with at least two
 * "Q:" units. Prose after the last answer is not an answer (no question follows it).
 */
function interviewAnswers(all: readonly Unit[]): boolean[] {
  const out = new Array<boolean>(all.length).fill(false);
  const labels = all.map((u) => qaLabel(u.text));
  if (labels.filter((l) => l === 'Q').length < 2) return out;
  let next: 'Q' | 'A' | null = null;
  for (let i = all.length - 1; i >= 0; i--) {
    if (labels[i]) next = labels[i]!;
    out[i] = labels[i] === 'A' || (labels[i] === null && next === 'Q');
  }
  // an unlabelled unit is an answer only when the labelled unit before it is an answer
  let prev: 'Q' | 'A' | null = null;
  for (let i = 0; i < all.length; i++) {
    if (labels[i]) prev = labels[i]!;
    else if (prev !== 'A') out[i] = false;
  }
  return out;
}

/**
 * The units quotes are read in: each line of each paragraph (a paragraph with hard line breaks is several
 * units, so that an unclosed mark or a name run never crosses a line), with its offset in articleBody.
 */
interface Unit { text: string; paragraph: number; base: number }

function units(paragraphs: readonly string[]): Unit[] {
  const out: Unit[] = [];
  let offset = 0;
  paragraphs.forEach((p, paragraph) => {
    let from = 0;
    for (;;) {
      const nl = p.indexOf('\n', from);
      const to = nl < 0 ? p.length : nl;
      if (to > from) {
        const text = p.slice(from, to);
        out.push({ text, paragraph, base: offset + from });
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    offset += p.length + 2;
  });
  return out;
}

/** The tokens lying wholly within [from, to) of a sorted token list (binary search, then a slice). */
function sliceToks(toks: readonly Tok[], from: number, to: number): Tok[] {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < toks.length && toks[end]!.e <= to) end++;
  return toks.slice(lo, end);
}

const isPronounMention = (s: Speaker): boolean => isPronoun(s.mention.toLowerCase());

/**
 * The running speaker of extractQuotes: set by each attributed quotation, and by the narrative sentences between
 * quotations that name a speaker ("Smith said the plan failed."). Those sentences are read only when the running
 * speaker is asked for, the latest first: the latest one that names a speaker wins, and the ones before it need
 * not be read at all. lastNarrativeSpeaker depends on the words and the (fixed) name index only, so the order of
 * reading does not change the result.
 */
class RunningSpeaker {
  value: Speaker | null = null;
  /** The unit that set `value` (-1: none). */
  at = -1;
  /** Narrative passages not read yet, oldest first: tokens (or null: tokenize text[from, text.length)), text, from, unit. */
  private toks: (readonly Tok[] | null)[] = [];
  private texts: string[] = [];
  private froms: number[] = [];
  private uis: number[] = [];

  constructor(private readonly lex: Lexicon, private readonly lang: string, private readonly index: NameIndex) {}

  set(sp: Speaker | null, ui: number): void {
    this.value = sp;
    this.at = ui;
    this.toks.length = this.texts.length = this.froms.length = this.uis.length = 0;
  }

  /** Narrative sentences (tokens of `text`) that may name the next speaker. */
  defer(toks: readonly Tok[], text: string, ui: number): void {
    this.toks.push(toks); this.texts.push(text); this.froms.push(0); this.uis.push(ui);
  }

  /** The words of `text` from `from` to its end: the rest of a unit after its last quotation. */
  deferRange(text: string, from: number, ui: number): void {
    if (from >= text.length) return;
    this.toks.push(null); this.texts.push(text); this.froms.push(from); this.uis.push(ui);
  }

  get(): Speaker | null {
    for (let i = this.toks.length - 1; i >= 0; i--) {
      const text = this.texts[i]!;
      const toks = this.toks[i] ?? tokenize(text, this.froms[i]!, text.length);
      const sp = toks.length ? lastNarrativeSpeaker(toks, text, this.lex, this.lang, this.index) : null;
      if (sp) { this.value = sp; this.at = this.uis[i]!; break; }
    }
    this.toks.length = this.texts.length = this.froms.length = this.uis.length = 0;
    return this.value;
  }
}

/** The speaker of the last sentence in `toks` that has a cue and a named subject (no pronoun), or null. */
function lastNarrativeSpeaker(toks: readonly Tok[], text: string, lex: Lexicon, lang: string, index: NameIndex): Speaker | null {
  let end = toks.length;
  for (let k = toks.length - 1; k >= -1; k--) {
    if (k === -1 || endsSentence(toks, k)) {
      const sent = toks.slice(k + 1, end);
      if (sent.length) {
        const a = preAttribution(sent, text, lex, lang);
        if (a && a.phrase && a.phrase.kind !== 'pronoun') {
          const sp = resolveSpeaker(a, index, null);
          if (sp) return sp;
        }
      }
      end = k + 1;
    }
  }
  return null;
}

/**
 * Adds every capitalised name run of `text` to the index. Lower-case words are skipped (nextCapitalStart
 * looks at the capitals only); only the short windows that hold a run are tokenized.
 */
function indexNames(text: string, index: NameIndex): Speaker | null {
  let last: Speaker | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    i = nextCapitalStart(text, i);
    if (i < 0) break;
    // a window from this capitalised word over the capitalised words and particles that follow it
    let j = skipWord(text, i);
    let more = false;
    for (;;) {
      let k = j;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
      if (k >= n || !isWordCharAt(text, k)) break;
      const e = skipWord(text, k);
      if (!isUpperAt(text, k) && !isParticle(text.slice(k, e).toLowerCase())) break;
      j = e;
      more = true;
      if (j - i > 200) break;
    }
    // a window of one word is one token: a name run of one word, with no descriptor, which the index does not take
    if (!more) { i = j; continue; }
    const toks = tokenize(text, i, j);
    let a = 0;
    while (a < toks.length) {
      const run = isNameToken(toks[a]!) ? nameRunAt(toks, a) : null;
      if (!run) { a++; continue; }
      const parts = phraseParts(toks, run, '');
      if (parts.name.length >= 2 || parts.descriptor) {
        const words = parts.name.map((w, x) => (x === parts.name.length - 1 ? w.replace(/['’]s$/u, '') : w));
        index.add(words, parts.descriptor, parts.kind);
        if (parts.kind === 'person' && words.length >= 2 && words.length <= 4) {
          last = { name: words.join(' '), mention: words.join(' '), descriptor: parts.descriptor, kind: 'person' };
        }
      }
      a = run.b;
    }
    i = j;
  }
  return last;
}

/**
 * Quotes in the headline, kept only when the body quotes the same words (a headline's quoted words are
 * often a paraphrase or a title); the speaker is that body quote's. Marked where: 'headline'.
 */
function headlineQuotes(headline: string, body: Quote[]): Quote[] {
  const out: Quote[] = [];
  const fold = (s: string) => tokenize(s).filter((t) => t.k === 'w').map((t) => t.l).join(' ');
  for (const span of scanMarks(headline)) {
    if (!span.closed) continue;
    const text = headline.slice(span.start, span.end);
    if (wordCount(text) < 2) continue;
    const key = fold(text);
    const source = body.find((q) => (' ' + fold(q.text) + ' ').includes(' ' + key + ' '));
    if (!source) continue;
    out.push({ text, speaker: source.speaker, cue: null, medium: null, partial: true, where: 'headline', paragraph: null, start: span.start, end: span.end });
  }
  return out;
}

/** A guess at the language from function words, for callers that do not know it. */
function guessLanguage(paragraphs: readonly string[]): string {
  const sample = paragraphs.slice(0, 6).join(' ').slice(0, 4000).toLowerCase();
  const count = (words: string[]) => words.reduce((n, w) => n + (sample.split(` ${w} `).length - 1), 0);
  const scores: [string, number][] = [
    ['en', count(['the', 'and', 'said', 'that', 'of'])],
    ['de', count(['der', 'die', 'und', 'das', 'nicht'])],
    ['fr', count(['le', 'la', 'les', 'et', 'des'])],
    ['nl', count(['de', 'het', 'een', 'en', 'van'])],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > 0 ? scores[0]![0] : '';
}

export type { MarkSpan };
