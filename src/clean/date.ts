// Date cleaning: machine-readable values (ISO 8601, compact, RFC 2822, epoch) and visible date text in
// English, French, Dutch and German, with numeric formats. Pure string functions; every regex is linear
// (bounded quantifiers, no nested repetition), so a megabyte of text is scanned in one pass.

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "Z" or "+hh:mm"; only set when the source states an offset. */
  offset?: string;
}

/**
 * Month names and abbreviations, by month number, in English, German, French and Dutch, and the full names in
 * Spanish, Italian, Portuguese and Russian (genitive, as dates write them) (lower-case).
 */
export const MONTH_NAMES: Readonly<Record<string, number>> = (() => {
  const table: Array<[number, string[]]> = [
    [1, ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'januari', 'enero', 'gennaio', 'janeiro', 'января', 'январь']],
    [2, ['february', 'feb', 'febr', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'februari', 'febrero', 'febbraio', 'fevereiro', 'февраля', 'февраль']],
    [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'maart', 'mrt', 'marzo', 'março', 'марта', 'март']],
    [4, ['april', 'apr', 'avril', 'avr', 'abril', 'aprile', 'апреля', 'апрель']],
    [5, ['may', 'mai', 'mei', 'mayo', 'maggio', 'maio', 'мая', 'май']],
    [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июня', 'июнь']],
    [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'июля', 'июль']],
    [8, ['august', 'aug', 'août', 'aout', 'augustus', 'agosto', 'августа', 'август']],
    [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентября', 'сентябрь']],
    [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'октября', 'октябрь']],
    [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь']],
    [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'декабрь']],
  ];
  const out: Record<string, number> = {};
  for (const [n, names] of table) for (const name of names) out[name] = n;
  return out;
})();

const MONTH_ALT = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Visible-text patterns. (?<!\p{L}) / (?!\p{L}) stand for word boundaries that know about accented letters.
/** 27. Januar 2020 · 27 janvier 2020 · 1er mars 2020 · 27th January, 2020 · Montag, 27. Jan. 2020 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|er|st|nd|rd|th|e)?\\s{0,3}(?:de\\s{1,3}|of\\s{1,3})?(${MONTH_ALT})(?!\\p{L})\\.?,?\\s{0,3}(?:de\\s{1,3})?('?\\d{4}|'\\d{2})(?!\\p{N})`,
  'iu',
);
/** January 27, 2020 · Jan. 27th 2020 · Januar 27, 2020 · Jan 04 09:34 2021 (a time before the year) */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})(?!\\p{L})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\p{N}),?(?:\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s{1,3}(\\d{4})(?!\\p{N})`,
  'iu',
);
/** 2020-01-27 · 2020/01/27 · 2020.01.27, optionally with a time and an offset */
const YEAR_MONTH_DAY =
  /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:[T\s]{1,2}(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?/;
/** 27.01.2020 · 27.1.20 · 27/01/2020 · 01/27/2020 · 27-01-2020 */
const DAY_MONTH_YEAR_NUM = /(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d])/;

/** Language hint for ambiguous numeric dates: only English pages write month first. */
export type DateOrder = 'dmy' | 'mdy';

function validParts(p: DateParts): boolean {
  if (p.year < 1000 || p.year > 2999 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  const dim = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day > dim) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 60)) return false;
  return true;
}

function fullYear(y: string): number {
  const s = y.replace("'", '');
  if (s.length === 4) return Number(s);
  const n = Number(s);
  const nowYY = new Date().getUTCFullYear() % 100;
  return n <= nowYY + 1 ? 2000 + n : 1900 + n;
}

function normOffset(o: string | undefined): string | undefined {
  if (!o) return undefined;
  if (o === 'Z' || o === 'z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(o);
  if (!m) return undefined;
  const hh = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (hh > 14 || mm > 59) return undefined;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function ymd(year: number, month: number, day: number): DateParts | null {
  const p: DateParts = { year, month, day };
  return validParts(p) ? p : null;
}

/** Date parts from match groups: year, month, day, then optional hour, minute, second, offset. */
function partsOf([year, month, day, hour, minute, second, offset]: Array<string | undefined>): DateParts | null {
  const p: DateParts = { year: Number(year), month: Number(month), day: Number(day) };
  if (hour !== undefined) {
    p.hour = Number(hour);
    p.minute = Number(minute);
    p.second = Number(second ?? '0');
    const off = normOffset(offset);
    if (off) p.offset = off;
  }
  return validParts(p) ? p : null;
}

/**
 * A machine-readable date: ISO 8601 (with or without time and offset), `20200127`, RFC 2822
 * (`Mon, 27 Jan 2020 10:00:00 +0100`), or a Unix epoch in seconds or milliseconds. Null when unreadable.
 */
export function parseMachineDate(input: string | null | undefined): DateParts | null {
  if (!input) return null;
  const s = input.trim().slice(0, 200);
  if (!s) return null;
  const iso = YEAR_MONTH_DAY.exec(s);
  if (iso && iso.index <= 12) return partsOf([iso[1], iso[3], iso[4], iso[5], iso[6], iso[7], iso[8]]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (compact) return partsOf(compact.slice(1, 8));
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) && {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offset: 'Z',
    };
  }
  // RFC 2822 and other written forms: the text parser knows month names.
  const rfc = /(\d{1,2})\s([A-Za-z]{3})[a-z]*\.?\s(\d{4})\s(\d{2}):(\d{2})(?::(\d{2}))?\s?(GMT|UTC|Z|[+-]\d{4})?/.exec(s);
  if (rfc) {
    const month = MONTH_NAMES[rfc[2]!.toLowerCase()];
    if (month) {
      const p: DateParts = { year: Number(rfc[3]), month, day: Number(rfc[1]), hour: Number(rfc[4]), minute: Number(rfc[5]), second: Number(rfc[6] ?? '0') };
      const off = rfc[7] === 'GMT' || rfc[7] === 'UTC' ? 'Z' : normOffset(rfc[7]);
      if (off) p.offset = off;
      return validParts(p) ? p : null;
    }
  }
  return parseDateText(s);
}

/** One date found in text, with where it starts (to prefer dates near a byline, or the first one). */
export interface DateMatch {
  parts: DateParts;
  index: number;
  /** Length of the matched text. */
  length: number;
  /** Which pattern matched: written month names are stronger evidence than bare numbers. */
  kind: 'iso' | 'named' | 'numeric';
}

type Builder = (m: RegExpExecArray, order: DateOrder) => DateParts | null;

const namedDMY: Builder = (m) => {
  const month = MONTH_NAMES[m[2]!.toLowerCase()];
  return month ? ymd(fullYear(m[3]!), month, Number(m[1])) : null;
};
const namedMDY: Builder = (m) => {
  const month = MONTH_NAMES[m[1]!.toLowerCase()];
  return month ? ymd(Number(m[3]), month, Number(m[2])) : null;
};
const isoYMD: Builder = (m) => {
  const p: DateParts = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  if (m[5] !== undefined && m[8]) {
    p.hour = Number(m[5]);
    p.minute = Number(m[6]);
    p.second = Number(m[7] ?? '0');
    const off = normOffset(m[8]);
    if (off) p.offset = off;
  }
  return validParts(p) ? p : null;
};
const numericDMY: Builder = (m, order) => {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fullYear(m[4]!);
  if (m[2] === '/' && order === 'mdy' && a <= 12) return ymd(year, a, b) ?? ymd(year, b, a);
  return ymd(year, b, a) ?? (m[2] === '/' ? ymd(year, a, b) : null);
};

/** The visible-text patterns, each with the kind of evidence it gives and how to read a match. */
const TEXT_PATTERNS: ReadonlyArray<{ re: RegExp; kind: DateMatch['kind']; build: Builder }> = [
  { re: new RegExp(YEAR_MONTH_DAY.source, 'g'), kind: 'iso', build: isoYMD },
  { re: new RegExp(DAY_MONTH_YEAR.source, 'giu'), kind: 'named', build: namedDMY },
  { re: new RegExp(MONTH_DAY_YEAR.source, 'giu'), kind: 'named', build: namedMDY },
  { re: new RegExp(DAY_MONTH_YEAR_NUM.source, 'g'), kind: 'numeric', build: numericDMY },
];

/**
 * The earliest-placed date written in a piece of visible text ("Veröffentlicht am 27. Januar 2020",
 * "Posted on Jan 27, 2020", "27.01.2020 | 10:15"), or null. `order` decides 01/02/2020.
 */
export function parseDateText(text: string | null | undefined, order: DateOrder = 'dmy'): DateParts | null {
  const all = findDates(text, order, 1);
  return all[0]?.parts ?? null;
}

const HAS_DIGIT = /\d/;

/**
 * Dates written in `text`, in order of position. Scans at most `limit` matches per pattern; each pattern
 * is a single linear pass over the text.
 */
export function findDates(text: string | null | undefined, order: DateOrder = 'dmy', limit = 50): DateMatch[] {
  // every pattern holds digits (day, year): a text without one has no date, and the month-name patterns
  // (case-insensitive Unicode alternations) are the dear part of the scan
  if (!text || !HAS_DIGIT.test(text)) return [];
  const s = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const out: DateMatch[] = [];
  for (const { re, kind, build } of TEXT_PATTERNS) {
    re.lastIndex = 0;
    let count = 0;
    let m: RegExpExecArray | null;
    while (count < limit && (m = re.exec(s)) !== null) {
      const parts = build(m, order);
      if (parts) {
        out.push({ parts, index: m.index, length: m[0].length, kind });
        count++;
      }
    }
  }
  // numeric patterns also match inside ISO dates' neighbourhoods; keep the first match at each position
  out.sort((x, y) => x.index - y.index);
  const dedup: DateMatch[] = [];
  for (const d of out) {
    const last = dedup[dedup.length - 1];
    if (last && d.index < last.index + 6) continue;
    dedup.push(d);
  }
  return dedup;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO 8601: a date-time with its offset when the source gave time and offset, else the date alone. */
export function formatDate(p: DateParts): string {
  const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined || !p.offset) return day;
  return `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset}`;
}

/** The earliest year a news page's date may plausibly have. */
export const MIN_YEAR = 1990;

/**
 * A date is plausible when it is not before 1990 and not after the moment the page was fetched (when
 * known; else now), with a day's slack for time zones.
 */
export function isPlausible(p: DateParts, fetchedAt: string | null = null): boolean {
  if (p.year < MIN_YEAR) return false;
  const limit = fetchedAt ? Date.parse(fetchedAt) : Date.now();
  const ceiling = (Number.isNaN(limit) ? Date.now() : limit) + 36 * 3600 * 1000;
  return Date.UTC(p.year, p.month - 1, p.day) <= ceiling;
}

/** Day key for comparing candidates: "YYYY-MM-DD". */
export const dayKey = (p: DateParts): string => `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;

/** A date written in a URL path: /2020/01/27/, /2020-01-27-, /20200127/. Month-only paths give null. */
export function dateFromUrl(url: string | null | undefined): DateParts | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ?? /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // /meldungen/29-10-2021, /news/29.10.2021-title
  const dmy = /(?<![\d.])(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?![\d])/.exec(path);
  return dmy ? ymd(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
}
