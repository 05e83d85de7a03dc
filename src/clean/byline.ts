// Byline cleaning: from the byline as printed ("By JANE DOE and John Roe, Senior Reporter | Updated 2 May")
// to the names alone (["Jane Doe", "John Roe"]), and whether a name is a person or an organisation.
// Pure string functions. Input is capped, and every regex is linear, so hostile bylines stay cheap.
import {
  AGENCIES, BYLINE_PREFIXES, NAME_CONJUNCTIONS, NOT_A_PERSON, ORGANIZATION_WORDS, ROLE_WORDS,
} from '../rules/metadata.js';
import { findDates } from './date.js';
import { replaceTail } from './tail.js';

/** Bylines longer than this are cut: no byline needs more, and it bounds the work on hostile input. */
export const MAX_BYLINE = 600;
/** Most names a byline may credit. */
const MAX_NAMES = 12;

const ROLES = new Set<string>(ROLE_WORDS);
const AGENCY_KEYS = new Set<string>(AGENCIES.map((a) => a.replace(/\./g, '')));
const ORG_WORDS = new Set<string>(ORGANIZATION_WORDS);
/** Role nouns that may trail a name without a comma ("Jane Doe Staff Writer"). */
const ROLE_NOUNS = new Set([
  'reporter', 'writer', 'correspondent', 'editor', 'contributor', 'columnist', 'analyst', 'producer', 'photographer', 'journalist',
  'journalistin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'rédacteur', 'rédactrice',
  'correspondant', 'correspondante', 'verslaggever', 'redacteur', 'volontär', 'volontärin',
]);
/** Professional titles printed before a name ("Rechtsanwalt Jane Doe"), dropped when a name of two words or more follows. */
const LEADING_TITLES = new Set([
  'rechtsanwalt', 'rechtsanwältin', 'fachanwalt', 'fachanwältin', 'anwalt', 'anwältin', 'notar', 'notarin', 'steuerberater', 'steuerberaterin',
  'redakteur', 'redakteurin', 'reporter', 'reporterin', 'korrespondent', 'korrespondentin', 'journalist', 'journalistin', 'avocat', 'avocate', 'advocaat',
]);
/** Role words that are also surnames: never stripped from the end of a name. */
const AMBIGUOUS_ROLE = new Set(['white', 'house', 'data', 'large', 'at', 'in', 'the', 'news', 'desk', 'bureau', 'national', 'freier', 'freie']);

/** Lower-case particles that may sit inside a name (van, von, de, …). */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'zum', 'y', 'bin', 'al',
  'el', 'ibn', "d'", 'vom', 'op', "'t", 'het', 'des', 'mac', 'st.',
]);

// "By", "Par", "Door", "Von", "Posted by"… at the start of a segment, followed by a space or a colon.
const PREFIX_RE = new RegExp(
  `^(?:${[...BYLINE_PREFIXES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s*:\\s*|\\s+)`,
  'iu',
);
// " and ", " & ", " und ", " et ", " en "… between names.
const CONJ_RE = new RegExp(
  `\\s(?:${NAME_CONJUNCTIONS.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s`,
  'giu',
);

/** Phrases that end the useful part of a byline segment (dates, updates, buttons). */
const NOISE_TAIL =
  /(?:^|\s)(?:updated|aktualisiert|published|veröffentlicht|posted|publié|mis à jour|modifié|gepubliceerd|bijgewerkt|geändert|erschienen|stand|il y a|ago|vor \d)(?:\s|:|$).*$/iu;
/** Prepositions left hanging at the end once a date is cut ("Jane Doe on", "Max Muster am"). */
const DANGLING_WORD = /\s(?:on|am|le|op|um|at|à|om|vor|den|der|le|du|the|in|,)$/iu;
const NOISE_WORDS =
  /\b(?:follow|folgen|suivre|volgen|twitter|facebook|instagram|linkedin|e-?mail|mail|contact|kontakt|profil|profile|bio|more (?:from|by|articles|stories)|all (?:posts|articles|stories) by|(?:zeige )?alle (?:artikel|beiträge|posts)(?: von| anzeigen)?|view all|see all|read more|weiterlesen|mehr vom autor|mehr von|articles by|kommentare?|comments?|\d+ (?:min|minuten|minutes) (?:lesezeit|read))\b/giu;
/** Segments that credit a photo, not the text ("Foto: Ingo Schneider"): dropped whole. */
const PHOTO_CREDIT = /^(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|grafik|illustration|video|quelle|source|crédit|credit|©)\b/iu;
/** Conversation bylines: "A im Gespräch mit B", "A in conversation with B" credit both. */
const CONVERSATION = /\s(?:im gespräch mit|in conversation with|en conversation avec|in gesprek met|interviewed by|talks to|spricht mit)\s/giu;
/** An interview credit: the interviewer (kept, with the lead) and the interviewee (dropped). */
const INTERVIEW_WITH = /^((?:(?:ein|an)\s+)?interview\s+(?:von|by|par|door)\s+[^,;|]{1,80}?)\s+(?:mit|with|avec|met)\s.*$/iu;
/** Weekday names and abbreviations that stand before a date ("Von Tomas Spahn Fr, 18. Oktober 2019"). */
const WEEKDAY_TAIL =
  /[\s,]+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?\s*$/iu;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;
const URL_RE = /\bhttps?:\/\/\S{1,300}|\bwww\.\S{1,300}/gi;
const HANDLE = /(?:^|\s)@\w{1,40}/g;
const TIME = /\b\d{1,2}[:.h]\d{2}(?:\s?(?:am|pm|uhr|h))?\b|\b\d{1,2}\s?(?:am|pm|uhr)\b/giu;

/** Title-cases a name written in capitals ("JANE DOE" → "Jane Doe"); leaves mixed case alone. */
export function fixCase(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  // acronyms and agencies stay as written: NDR, AFP, SWR
  if (isAgency(name) || (!name.includes(' ') && name.length <= 4)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Whether a string is a news agency or desk we know (AFP, dpa, Reuters…). */
export function isAgency(s: string): boolean {
  const k = s.toLowerCase().replace(/[.()]/g, '').replace(/\s+/g, ' ').trim();
  if (AGENCY_KEYS.has(k)) return true;
  // "dpa/AFP", "AFP/dpa"
  const parts = k.split(/\s*[/,]\s*/);
  return parts.length > 1 && parts.every((p) => AGENCY_KEYS.has(p));
}

/** person or organization: agencies and names with organisation words ("Redaktion", "GmbH", "Team") are organisations. */
export function authorKind(name: string): 'person' | 'organization' {
  if (isAgency(name)) return 'organization';
  if (/[&+]/.test(name)) return 'organization';
  const words = name.toLowerCase().split(/[\s/]+/);
  if (words.some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/[.,]$/, '')))) return 'organization';
  if (/\.(?:com|de|org|net|at|ch|fr|nl|be|eu|info|co\.uk)\b/i.test(name)) return 'organization';
  return 'person';
}

/** A segment made only of role words ("Senior Reporter", "Staff Writer"). */
function isRole(seg: string): boolean {
  const words = seg.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => ROLES.has(w.replace(/[.,:]$/, '')));
}

/**
 * Whether a cleaned string can be a credited name: 1-6 words, letters, capitalised words (particles
 * excepted), not a placeholder like "Admin". Agencies pass (they are marked organisations later).
 */
export function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 70) return false;
  if (isAgency(name)) return true;
  if (!/\p{L}/u.test(name)) return false;
  if (NOT_A_PERSON.has(name.toLowerCase())) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  if (/\d/.test(name)) return false;
  // a name starts with a capital (or is one lower-case handle); "der Befreiung zum …" is a phrase
  if (words.length > 1 && /^\p{Ll}/u.test(words[0]!) && !/^(?:van|von|de|di|da|du|le|la|al|el)$/.test(words[0]!)) return false;
  let lower = 0;
  for (const w of words) {
    if (/^\p{Ll}/u.test(w) && !PARTICLES.has(w.toLowerCase())) lower++;
  }
  // one lower-case handle ("c1ph4", "lupa") is a name as printed; lower-case words among others are a sentence
  if (words.length > 1 && lower > 0) return false;
  if (/[!?;{}<>=|]/.test(name)) return false;
  return true;
}

/** Cuts the noise off one segment of a byline, or returns '' when nothing name-like is left. */
function cleanSegment(seg: string): string {
  let s = seg.trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(PREFIX_RE, '').trim();
    s = s.replace(/^[\s:,;.\-–—·|]+/, '');
    if (s === before) break;
  }
  s = s.replace(NOISE_TAIL, '').replace(DANGLING_WORD, '');
  s = s.replace(/\([^)]{0,80}\)/g, ' ').replace(/\[[^\]]{0,80}\]/g, ' ');
  s = replaceTail(s, /[\s,;:.\-–—·|]+$/).replace(/^[\s,;:.\-–—·|"“”'‘’]+/, '');
  s = replaceTail(s, /["“”‘’]+$/);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Splits one byline segment into names at commas, semicolons and conjunctions. A conjunction splits only
 * when every side is a plausible name: "Landesanstalt für Wald und Forstwirtschaft" and "Jobs & Hire"
 * are one (organisation) name, not two people.
 */
function splitNames(seg: string): string[] {
  const out: string[] = [];
  for (const part of seg.split(/\s*[,;]\s*/)) {
    CONJ_RE.lastIndex = 0;
    if (!CONJ_RE.test(part)) {
      out.push(part);
      continue;
    }
    const sides = part.replace(CONJ_RE, '\u0000').split('\u0000').map((x) => cleanSegment(x));
    const ok = sides.every((x) => x && plausibleName(fixCase(x)) && (x.includes(' ') || isAgency(x)));
    out.push(...(ok ? sides : [part]));
  }
  return out;
}

/** "Jane Doe Jane Doe" (an avatar's alt text next to the name) is one Jane Doe. */
function undouble(name: string): string {
  const w = name.split(' ');
  if (w.length % 2 !== 0 || w.length < 2) return name;
  const half = w.length / 2;
  return w.slice(0, half).join(' ') === w.slice(half).join(' ') ? w.slice(0, half).join(' ') : name;
}

/**
 * The names in a byline as printed: prefixes (By, Par, Door, Von, Van…), roles, dates, "Updated …",
 * e-mails, handles, URLs and "Follow" buttons removed; `A, B and C`, `A & B`, `A und B`, `A et B`,
 * `A en B` split. Agencies in parentheses ("Jane Doe (AFP)") are kept as names of their own.
 */
export function cleanByline(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let s = raw.length > MAX_BYLINE ? raw.slice(0, MAX_BYLINE) : raw;
  s = s.replace(/\s+/g, ' ').trim();
  // agencies credited in parentheses or after a slash
  const extra: string[] = [];
  s = s.replace(/\(([^)]{1,40})\)/g, (m, inner: string) => {
    for (const p of inner.split(/\s*[/,]\s*/)) if (isAgency(p)) extra.push(p.trim());
    return ' ';
  });
  s = s.replace(/©|\(c\)/gi, ' ').replace(EMAIL, ' ').replace(URL_RE, ' ').replace(HANDLE, ' ').replace(NOISE_WORDS, ' | ');
  // dates and times end a segment
  s = s.replace(CONVERSATION, ', ');
  // "Ein Interview von A mit B", "An interview by A with B": A wrote it, B was interviewed
  s = s.replace(INTERVIEW_WITH, '$1');
  for (const d of findDates(s, 'dmy', 5).reverse()) s = `${replaceTail(s.slice(0, d.index), WEEKDAY_TAIL)} | ${s.slice(d.index + d.length)}`;
  s = s.replace(TIME, ' | ');
  const segments = s.split(/\s*(?:[|•·\n\t]|\s[-–—]\s|\/\s|\s\/)\s*/);
  const names: string[] = [];
  for (const segment of segments) {
    if (names.length >= MAX_NAMES) break;
    if (PHOTO_CREDIT.test(segment.trim())) continue;
    const seg = cleanSegment(segment);
    if (!seg) continue;
    // split "A, B and C" / "A & B" / "A und B": conjunctions first, then commas and semicolons
    const pieces = splitNames(seg);
    let afterOutlet = false;
    for (const piece of pieces) {
      if (names.length >= MAX_NAMES) break;
      // "Jane Doe, BBC News, New York": what follows the outlet in a comma list is the dateline's place
      if (afterOutlet) break;
      const p = cleanSegment(piece);
      if (!p || isRole(p)) continue;
      // "Jane Doe Senior Reporter": drop a trailing role noun and the role words before it
      const words = p.split(' ');
      // "Rechtsanwalt Jane Doe": a professional title before the name
      while (words.length > 2 && LEADING_TITLES.has(words[0]!.toLowerCase())) words.shift();
      if (words.length > 2 && ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase())) {
        words.pop();
        while (words.length > 2 && ROLES.has(words[words.length - 1]!.toLowerCase()) && !AMBIGUOUS_ROLE.has(words[words.length - 1]!.toLowerCase())) words.pop();
      }
      const name = undouble(fixCase(words.join(' ')));
      if (plausibleName(name)) {
        names.push(name);
        if (names.length > 1 && authorKind(name) === 'organization') afterOutlet = true;
      }
    }
  }
  for (const a of extra) if (!names.some((n) => n.toLowerCase() === a.toLowerCase())) names.push(a);
  // the same name twice ("Jane Doe · Jane Doe") once
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
