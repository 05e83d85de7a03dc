import { describe, expect, it } from 'vitest';
import { DecodeError, decodeHtml, looksBinary } from '../../src/io/decode.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeHtml', () => {
  it.each([
    ['a UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>café</p>')]), 'café', 'bom'],
    ['a UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>café</p>', 'utf16le')]), 'café', 'bom'],
    ['<meta charset=windows-1252>', latin1('<meta charset="windows-1252"><p>caf\xe9 \x93quoted\x94</p>'), 'café “quoted”', 'meta'],
    ['http-equiv ISO-8859-1', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na\xefve</p>'), 'naïve', 'meta'],
    ['undeclared valid UTF-8', Buffer.from('<p>Zürich – «ok»</p>'), 'Zürich – «ok»', 'utf8'],
  ])('decodes %s', (_name, bytes, expected, via) => {
    const d = decodeHtml(bytes);
    expect(d.text).toContain(expected);
    expect(d.via).toBe(via);
  });

  it('prefers the transport charset over the page', () => {
    const d = decodeHtml(latin1('<meta charset="utf-8"><p>\xe9t\xe9</p>'), 'text/html; charset=iso-8859-1');
    expect(d.text).toContain('été');
  });

  it('guesses a charset for undeclared bytes that are not UTF-8', () => {
    const d = decodeHtml(latin1('<html><body><p>Le caf\xe9 de la gare est ferm\xe9 depuis l\x92\xe9t\xe9 dernier, a d\xe9clar\xe9 le maire.</p></body></html>'));
    expect(d.via).toBe('detected');
    expect(d.text).toContain('fermé');
  });

  it('refuses binary data', () => {
    expect(() => decodeHtml(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(DecodeError);
    expect(looksBinary(Buffer.from('<html>plain</html>'))).toBe(false);
  });
});

describe('legacy charsets', () => {
  it.each([
    ['windows-1252', Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x20, 0x96]), '“A” € –'],
    ['iso-8859-2', Buffer.from([0xb1, 0xe6, 0xea]), 'ąćę'],
    ['iso-8859-15', Buffer.from([0xa4, 0xbd]), '€œ'],
    ['shift_jis', Buffer.from([0x93, 0xfa, 0x96, 0x7b]), '日本'],
    ['gb18030', Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), '中文'],
    ['koi8-r', Buffer.from([0xf2, 0xd5, 0xd3, 0xd3, 0xcb, 0xc9, 0xca]), 'Русский'],
  ])('decodes %s declared in <meta charset>', (charset, body, expected) => {
    const bytes = Buffer.concat([Buffer.from(`<meta charset="${charset}"><p>`), body, Buffer.from('</p>')]);
    expect(decodeHtml(bytes).text).toContain(`<p>${expected}</p>`);
  });
});

describe('stale declarations', () => {
  it('reads valid UTF-8 as UTF-8 even when <meta charset> names a legacy charset', () => {
    const bytes = Buffer.from('<meta charset="gb2312"><p>中文 – «café»</p>');
    expect(decodeHtml(bytes)).toMatchObject({ charset: 'utf-8', via: 'utf8' });
    expect(decodeHtml(bytes).text).toContain('中文 – «café»');
  });

  it('still follows the declaration when the bytes are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('</p>')]);
    expect(decodeHtml(bytes)).toMatchObject({ charset: 'gb18030', via: 'meta' });
  });
});

describe('charset from the HTTP Content-Type (a WARC response)', () => {
  it.each([
    ['windows-1252', Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x20, 0x96]), '“A” € –'],
    ['ISO-8859-1', Buffer.from([0x93, 0x41, 0x94, 0xe9]), '“A”é'],
    ['iso-8859-2', Buffer.from([0xb1, 0xe6, 0xea]), 'ąćę'],
    ['ISO-8859-5', Buffer.from([0xbc, 0xde, 0xe1, 0xda, 0xd2, 0xd0]), 'Москва'],
    ['iso-8859-7', Buffer.from([0xc1, 0xe8, 0xde, 0xed, 0xe1]), 'Αθήνα'],
    ['Shift_JIS', Buffer.from([0x93, 0xfa, 0x96, 0x7b]), '日本'],
    ['GB18030', Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), '中文'],
    ['gb2312', Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), '中文'],
    ['KOI8-R', Buffer.from([0xf2, 0xd5, 0xd3, 0xd3, 0xcb, 0xc9, 0xca]), 'Русский'],
  ])('decodes %s named only by the transport', (charset, body, expected) => {
    const bytes = Buffer.concat([Buffer.from('<html><body><p>'), body, Buffer.from('</p></body></html>')]);
    const d = decodeHtml(bytes, `text/html; charset="${charset}"`);
    expect(d.text).toContain(`<p>${expected}</p>`);
    expect(d.via).toBe('transport');
  });
});
