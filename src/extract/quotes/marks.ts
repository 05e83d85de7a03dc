// A linear scanner for quotation marks in one paragraph. No regular expression: one pass over the
// characters with a stack of open marks, so unbalanced or adversarial text costs O(n).

/** A quoted span found by the scanner: only the outermost quotes of a paragraph are returned. */
export interface MarkSpan {
  /** Index of the opening mark. */
  open: number;
  /** Start of the quoted words (after the mark and any French spacing). */
  start: number;
  /** End of the quoted words, exclusive (before any French spacing and the closing mark). */
  end: number;
  /** Index just after the closing mark; equals `end` when the quote never closed (the paragraph's end, or the next quote's opening). */
  close: number;
  closed: boolean;
  /** Family of the mark: 'double' ("“„«»,,‹›) or 'single' ('‘’‚). */
  family: 'double' | 'single';
}

interface Open {
  /** Bit set of the closers (CLOSER_BIT). */
  mask: number;
  pos: number;
  after: number; // index after the opening mark
  closers: string; // characters that close it
  family: 'double' | 'single';
  kind: string; // the opening mark, to count by kind
}

/** Every character that can close a mark ('\u0000' stands for Dutch '', '\u0001' for a typewriter ''…''), with its bit. */
/** Deepest nesting of open marks kept (see push). */
const MAX_DEPTH = 16;

const CLOSER_LIST = ['"', '”', '“', '»', '«', '›', '‹', '‘', '’', "'", '\u0000', '\u0001'];
const CLOSER_BIT = new Map(CLOSER_LIST.map((c, i) => [c, i]));
const maskCache = new Map<string, number>();
function maskOf(closers: string): number {
  let m = maskCache.get(closers);
  if (m === undefined) {
    m = 0;
    for (const c of closers) m |= 1 << CLOSER_BIT.get(c)!;
    maskCache.set(closers, m);
  }
  return m;
}

const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90);
  if ((x >= 0x2000 && x <= 0x206f) || x === 0xab || x === 0xbb || x === 0xa0) return false; // punctuation, marks, spaces
  return LETTER_RE.test(c);
}
/** An ASCII letter (a code unit; NaN, past either end of the text, is none). */
const asciiLetter = (x: number): boolean => (x >= 97 && x <= 122) || (x >= 65 && x <= 90);
const isUpperLetter = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string | undefined): boolean => isLetter(c) || isDigit(c);
/** Whitespace, or no character at all (the start or end of the text). */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const x = c.charCodeAt(0);
  if (x < 128) return x === 32 || (x >= 9 && x <= 13);
  if (x === 0xa0 || x === 0x202f || x === 0x205f || x === 0x3000 || x === 0x1680 || x === 0xfeff) return true;
  if (x >= 0x2000 && x <= 0x200f) return true; // spaces, and the zero-width and direction marks (invisible)
  if ((x >= 0x202a && x <= 0x202e) || (x >= 0x2060 && x <= 0x2064)) return true;
  if (x === 0x2028 || x === 0x2029) return true;
  if (x < 0x1680 || (x > 0x200a && x < 0x3000)) return false;
  return SPACE_RE.test(c);
}
/** Characters after which a straight quote may open: start, space, opening brackets and dashes. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '"', '“', '„', '«', '»', '‹', '›', '‘', '‚', "'", '\u00a0']);

/** Elisions written with an apostrophe before a word: 'em, 'til, 'cause, 'n', '90s. */
const LEADING_ELISIONS = new Set(['em', 'til', 'cause', 'n', 'tis', 'twas', 'bout', 'round', 'cos', 'coz', 'nuff']);

function elisionAt(s: string, i: number): boolean {
  // s[i] is a straight or curly apostrophe followed by a letter or digit
  if (isDigit(s[i + 1]) && isDigit(s[i + 2]) && !isDigit(s[i + 3])) return true; // '90s, '16
  let j = i + 1;
  while (j < s.length && j - i <= 6 && isLetter(s[j])) j++;
  if (isLetter(s[j])) return false;
  return LEADING_ELISIONS.has(s.slice(i + 1, j).toLowerCase());
}

/** True when the mark at `i` follows feet and inches written with marks: a digit, ’ or ', one or two digits (5’2”, 6'11"). */
function inchMark(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 2 && isDigit(s[k])) k--;
  return k < i - 1 && (s[k] === '’' || s[k] === "'") && isDigit(s[k - 1]);
}

/** True when only spaces or invisible marks stand before index `i` (looked at over a few characters). */
function atStart(s: string, i: number): boolean {
  if (i > 3) return false;
  for (let k = 0; k < i; k++) if (!isSpace(s[k])) return false;
  return true;
}

/** Whether only white space and closing punctuation follow position `i` of `s` (the paragraph's end). */
function atEnd(s: string, i: number): boolean {
  for (let k = i; k < s.length; k++) if (!isSpace(s[k]) && '.,;:!?)]'.indexOf(s[k]!) < 0) return false;
  return true;
}

// Scanner state shared by the helpers below: how many open marks each closing character could close, kept
// per closer (a bit index each). scanMarks resets it on entry; it is not re-entered (one thread, no callbacks),
// and module-level helpers keep one optimised copy instead of fresh closures for every paragraph.
const openCount = new Int32Array(CLOSER_LIST.length);
function count(c: string): number {
  const b = CLOSER_BIT.get(c);
  return b === undefined ? 0 : openCount[b]!;
}
function bump(o: Open, by: number): void {
  for (let b = 0; b < CLOSER_LIST.length; b++) if (o.mask & (1 << b)) openCount[b]! += by;
}
function push(stack: Open[], pos: number, after: number, closers: string, family: 'double' | 'single', kind: string): void {
  // one object shape for every open mark (mask first), so the scanner's property reads stay monomorphic
  const o: Open = { mask: maskOf(closers), pos, after, closers, family, kind };
  // real quotes nest two or three deep; a deeper stack is unbalanced text: forget its innermost marks
  if (stack.length >= MAX_DEPTH) bump(stack.pop()!, -1);
  stack.push(o);
  bump(o, 1);
}
/** Pops up to and including the nearest open mark closed by `c`; returns it (or undefined). */
function closeWith(stack: Open[], c: string): Open | undefined {
  if (!count(c)) return undefined;
  const bit = 1 << CLOSER_BIT.get(c)!;
  while (stack.length) {
    const o = stack.pop()!;
    bump(o, -1);
    if (o.mask & bit) return o;
  }
  return undefined;
}
/**
 * Curly double quotes closed right inside a straight " that opens the paragraph (a wrapping mark the page's
 * conversion added: `"Trump said, “Only her.” But …`): kept until that outer mark is read. Typeset text nests
 * single marks in double ones; a straight pair around curly pairs is one style laid over another.
 */
const inner: MarkSpan[] = [];
let innerOwner: Open | undefined;

/** Records the span of `o`, closed at `closePos` by a mark of `closeLen` characters, when it is outermost. */
function emit(s: string, out: MarkSpan[], stack: Open[], o: Open, closePos: number, closeLen: number): void {
  if (stack.length) {
    // nested: part of its outer quote, unless that is a straight " opening the paragraph (see `inner`)
    const outer = stack[0]!;
    if (stack.length === 1 && outer.kind === '"' && atStart(s, outer.pos) && (o.kind === '“' || o.kind === '”')) {
      if (innerOwner !== outer) { inner.length = 0; innerOwner = outer; }
      pushSpan(s, inner, o, closePos, closeLen);
    }
    return;
  }
  if (o.kind === "''") return; // typewriter ''…'': not read as a quotation (see scanMarks)
  // a straight pair opening the paragraph that starts with a curly quote ("“A,” she said."): the curly ones are the quotes
  // (only when the straight pair wraps the whole paragraph: one closed mid-paragraph with its own attribution
  // after it, `"“Big Tom” is what they called him," Ann said.`, is a quotation that opens with a name)
  if (o === innerOwner && inner.length && inner[0]!.open === o.pos + 1 && atEnd(s, closePos + closeLen)) { out.push(...inner); inner.length = 0; return; }
  pushSpan(s, out, o, closePos, closeLen);
}

function pushSpan(s: string, out: MarkSpan[], o: Open, closePos: number, closeLen: number): void {
  let a = o.after;
  let b = closePos;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  if (b > a) out.push({ open: o.pos, start: a, end: b, close: closePos + closeLen, closed: true, family: o.family });
}

/**
 * Finds the outermost quoted spans of `s`. Nested quotes are consumed with their outer quote;
 * an opening mark that never closes is dropped, except the outermost double mark of the paragraph,
 * which runs to the paragraph's end (the convention of a quote that continues in the next paragraph).
 */
export function scanMarks(s: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  const stack: Open[] = [];
  openCount.fill(0);
  inner.length = 0;
  innerOwner = undefined;

  const n = s.length;
  // only quote marks and doubled commas matter: the regular expression (one character class, or two commas; no
  // backtracking) finds the next one natively, so the text between marks costs no script at all
  for (let i = nextCandidate(s, 0); i >= 0; i = nextCandidate(s, i + 1)) {
    const code = s.charCodeAt(i);
    // an apostrophe between two ASCII letters (don't, l'homme, O’Malley, Trump‘s) is no mark
    if ((code === 39 || code === 0x2019 || code === 0x2018) && asciiLetter(s.charCodeAt(i - 1)) && asciiLetter(s.charCodeAt(i + 1))) continue;
    const c = s[i]!;
    const prev = i > 0 ? s[i - 1] : undefined;
    const next = i + 1 < n ? s[i + 1] : undefined;
    // feet and inches (5’2”, 6'1"): the mark after the inches is a unit, not a quotation mark
    if ((c === '”' || c === '"') && inchMark(s, i)) continue;
    switch (c) {
      case '"': {
        // a mark set off by spaces on both sides cannot open: with a quote open, it closes it ("… a disgrace, " he said;
        // "… like, 'Oh, this is important,' " he said)
        const canClose = prev !== undefined && (!isSpace(prev) || ((next === undefined || isSpace(next)) && i >= 2 && !isSpace(s[i - 2])));
        const canOpen = next !== undefined && !isSpace(next);
        if (canClose && count('"') > 0) {
          const o = closeWith(stack, '"');
          if (o) emit(s, out, stack, o, i, 1);
        } else if (canOpen) {
          push(stack, i, i + 1, '"”“', 'double', '"'); // "…” and "…“ mixed marks close too
        }
        break;
      }
      case '“': {
        // German „…“ closes with “; elsewhere “ opens an English quote
        if (count('“') > 0 && stackTopWants(stack, '“') && !isSpace(prev)) {
          const o = closeWith(stack, '“');
          if (o) emit(s, out, stack, o, i, 1);
        } else if (next !== undefined && !isSpace(next)) {
          // a new sentence opening with “ while a lone “ is still open: the writer left the first one unclosed
          // (“A, ” X said. “B. “C,” …): the open quote ends where the new one starts
          const top = stack.length === 1 ? stack[0]! : undefined;
          if (top && top.kind === '“' && isSpace(prev) && i >= 2 && '.!?…'.includes(s[i - 2]!) && isUpperLetter(next)) {
            stack.pop();
            bump(top, -1);
            let b = i;
            while (b > top.after && isSpace(s[b - 1])) b--;
            let a = top.after;
            while (a < b && isSpace(s[a])) a++;
            // still unclosed: it takes no attribution after it, and goes when it has none before it either
            if (b > a) out.push({ open: top.pos, start: a, end: b, close: b, closed: false, family: 'double' });
          }
          push(stack, i, i + 1, '”"“', 'double', '“');
        } else if (count('“') > 0) {
          const o = closeWith(stack, '“');
          if (o) emit(s, out, stack, o, i, 1);
        } else if (isSpace(prev) && next === ' ' && i + 2 < n && !isSpace(s[i + 2])) {
          // nothing open for it to close: a “ set off by a space is an opening mark with a stray space (“ … if the vote
          // were held today,” / said. “ You know, …”)
          push(stack, i, i + 2, '”"“', 'double', '“');
        }
        break;
      }
      case '”': {
        if (count('”') > 0) {
          const o = closeWith(stack, '”');
          if (o) emit(s, out, stack, o, i, 1);
        } else if ((prev === undefined || isSpace(prev)) && next !== undefined && (!isSpace(next) || (atStart(s, i) && i + 2 < n && !isSpace(s[i + 2])))) {
          // Swedish/typo ”…”; at the very start of a paragraph a ” closes nothing, so it opens even with a space
          // after it (a mistyped opening mark before an ellipsis: ” … they are so not like him,”)
          push(stack, i, i + 1, '”', 'double', '”');
        }
        break;
      }
      case '„': {
        if (next !== undefined && !isSpace(next)) push(stack, i, i + 1, '“”"', 'double', '„');
        break;
      }
      case ',': {
        // Dutch ,,…'' (two commas)
        if (next === ',' && (prev === undefined || isSpace(prev) || OPENING_CONTEXT.has(prev)) && i + 2 < n && !isSpace(s[i + 2])) {
          push(stack, i, i + 2, '\u0000', 'double', ',,');
          i++;
        }
        break;
      }
      case '«':
      case '»': {
        const other = c === '«' ? '»' : '«';
        if (count(c) > 0 && stackHasOpenKind(stack, other)) {
          const o = closeWith(stack, c);
          if (o) emit(s, out, stack, o, i, 1);
        } else {
          let after = i + 1;
          if (next === ' ' || next === '\u00a0' || next === '\u202f') after++;
          push(stack, i, after, other, 'double', c);
        }
        break;
      }
      case '‹':
      case '›': {
        const other = c === '‹' ? '›' : '‹';
        if (count(c) > 0 && stackHasOpenKind(stack, other)) {
          const o = closeWith(stack, c);
          if (o) emit(s, out, stack, o, i, 1);
        } else if (next !== undefined && (!isSpace(next) || (next !== '\n' && i + 2 < n && !isSpace(s[i + 2])))) {
          // French spacing inside single guillemets too: ‹ mot ›
          push(stack, i, isSpace(next) ? i + 2 : i + 1, other, 'single', c);
        }
        break;
      }
      case '‚': {
        // German single low mark ‚…‘ (a comma look-alike: only when a letter follows)
        if (isLetter(next) && (prev === undefined || isSpace(prev) || OPENING_CONTEXT.has(prev))) {
          push(stack, i, i + 1, '‘’', 'single', '‚');
        }
        break;
      }
      case '‘': {
        if (isLetter(prev) && isLetter(next)) break; // a mistyped apostrophe: Trump‘s, don‘t
        if (count('‘') > 0 && !isSpace(prev) && !isAlnum(next)) {
          const o = closeWith(stack, '‘');
          if (o) emit(s, out, stack, o, i, 1);
        } else if (next !== undefined && !isSpace(next) && !elisionAt(s, i)) {
          push(stack, i, i + 1, '’\'', 'single', '‘');
        }
        break;
      }
      case '’':
      case "'": {
        // Dutch closing '' (two straight apostrophes) for ,,…''
        if (c === "'" && next === "'" && count('\u0000') > 0) {
          const o = closeWith(stack, '\u0000');
          if (o) emit(s, out, stack, o, i, 2);
          i++;
          break;
        }
        // a doubled straight apostrophe outside Dutch ,,…'' is a typewriter double mark (''…'', archived
        // wire and newspaper text). Its spans are not returned as quotations (the quotation corpora leave such
        // text unlabelled), but they are paired, so that the single marks inside are nested, not outermost
        if (c === "'" && next === "'") {
          const after = s[i + 2];
          if (count('\u0001') > 0 && prev !== undefined && !isSpace(prev)) {
            const o = closeWith(stack, '\u0001');
            if (o) emit(s, out, stack, o, i, 2);
          } else if (after !== undefined && !isSpace(after) && (prev === undefined || isSpace(prev) || OPENING_CONTEXT.has(prev))) {
            push(stack, i, i + 2, '\u0001', 'double', "''");
          }
          i++;
          break;
        }
        if (isLetter(prev) && isLetter(next)) break; // don't, l'homme, O’Malley
        if (isDigit(prev) && (next === 's' || isDigit(next))) break; // 1990's
        const canClose = prev !== undefined && !isSpace(prev);
        if (canClose && count(c) > 0 && !isAlnum(next)) {
          const o = closeWith(stack, c);
          if (o) emit(s, out, stack, o, i, 1);
          break;
        }
        if (c === "'" && next !== undefined && !isSpace(next) && (prev === undefined || isSpace(prev) || OPENING_CONTEXT.has(prev)) && !elisionAt(s, i)) {
          push(stack, i, i + 1, "'", 'single', "'");
        }
        break;
      }
      default:
        break;
    }
  }
  // Unclosed at the paragraph's end: only the outermost double mark survives, running to the end.
  const first = stack[0];
  // a straight " opening the paragraph and never closed, with curly quotes inside it: a stray mark; the curly ones are the quotes
  if (first && first === innerOwner && inner.length) out.push(...inner);
  else if (first && first.family === 'double' && first.kind !== "''") {
    let a = first.after;
    let b = n;
    while (a < b && isSpace(s[a])) a++;
    while (b > a && isSpace(s[b - 1])) b--;
    if (b > a && !out.some((q) => q.open > first.pos)) out.push({ open: first.pos, start: a, end: b, close: b, closed: false, family: 'double' });
  }
  out.sort((x, y) => x.open - y.open);
  return out;
}

/** Quote marks (the cases of scanMarks' switch) and a doubled comma (Dutch ,,…''). */
const CANDIDATE = /["'\u00ab\u00bb\u2018-\u201a\u201c-\u201e\u2039\u203a]|,,/g;

/** Index of the next mark or doubled comma at or after `from` in `s`, or -1. */
function nextCandidate(s: string, from: number): number {
  // the next few characters are looked at here (marks come close together in dense or hostile text, where a
  // regular expression match per mark costs more than it saves), the rest by the regular expression
  const lim = from + 8 < s.length ? from + 8 : s.length;
  for (let i = from; i < lim; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0x2039 || c === 0x203a
      || (c === 44 && s.charCodeAt(i + 1) === 44)) return i;
  }
  if (lim >= s.length) return -1;
  CANDIDATE.lastIndex = lim;
  const m = CANDIDATE.exec(s);
  return m === null ? -1 : m.index;
}

/** True when the innermost open mark that `c` can close is a German „ (so “ closes rather than opens). */
function stackTopWants(stack: Open[], c: string): boolean {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) {
    const o = stack[k]!;
    if (o.closers.includes(c)) return o.kind === '„' || o.kind === '“';
  }
  return false;
}

function stackHasOpenKind(stack: Open[], kind: string): boolean {
  // bounded look at the top of the stack: guillemets rarely nest deeper
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) if (stack[k]!.kind === kind) return true;
  return false;
}
