// Bytes → text: BOM, then the transport's charset (HTTP Content-Type), then <meta charset>, then detection.
// Legacy charsets decode with iconv-lite (Node's own TextDecoder decodes windows-1252 as ISO-8859-1, losing
// curly quotes and dashes); chardet guesses only when nothing is declared and the bytes are not valid UTF-8.
import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  charset: string;
  /** How the charset was chosen: bom, transport, meta, utf8, detected. */
  via: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** WHATWG maps these labels to windows-1252: pages that say latin1 mean cp1252. */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'x-sjis': 'shift_jis', 'gb2312': 'gb18030', gbk: 'gb18030',
  'iso-8859-9': 'windows-1254', 'tis-620': 'windows-874', 'x-user-defined': 'windows-1252',
};

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset, { stripBOM: true });
}

/** The charset named in a Content-Type value (`text/html; charset=ISO-8859-1`). */
export function charsetFromContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(value);
  return m ? normaliseLabel(m[1]) : null;
}

/** <meta charset> or <meta http-equiv content-type> within the first 4 KB, per the HTML prescan. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  const label = m ? normaliseLabel(m[1]) : null;
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
  return label && label.startsWith('utf-16') ? 'utf-8' : label;
}

/** True when the bytes look like binary data rather than text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeHtml(bytes: Uint8Array, transportContentType?: string | null): Decoded {
  for (const [sig, charset] of BOMS) {
    if (sig.every((b, i) => bytes[i] === b)) {
      return { text: decodeWith(bytes.subarray(sig.length), charset), charset, via: 'bom' };
    }
  }
  if (looksBinary(bytes)) throw new DecodeError('binary content, not text');
  // Non-ASCII bytes that form valid UTF-8 are UTF-8 whatever the page declares: legacy text almost never
  // validates by accident, while pages re-saved as UTF-8 often keep a stale <meta charset>.
  // (isAscii and isUtf8 validate natively, with SIMD; a valid buffer's toString is what a fatal decoder gives:
  // a leading BOM, which only toString would keep, was dealt with above.)
  if (!isAscii(bytes) && isUtf8(bytes)) {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), charset: 'utf-8', via: 'utf8' };
  }
  const declared = charsetFromContentType(transportContentType);
  if (declared) return { text: decodeWith(bytes, declared), charset: declared, via: 'transport' };
  const meta = charsetFromMeta(bytes);
  if (meta) return { text: decodeWith(bytes, meta), charset: meta, via: 'meta' };
  try {
    return { text: fatalUtf8.decode(bytes), charset: 'utf-8', via: 'utf8' };
  } catch {
    const guess = normaliseLabel(chardet.detect(bytes.subarray(0, 65536))) ?? 'windows-1252';
    return { text: decodeWith(bytes, guess), charset: guess, via: 'detected' };
  }
}
