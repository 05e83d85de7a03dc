// Builds WARC files for tests with warcio, the same library copydesk reads them with.
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  type: 'response' | 'request' | 'metadata' | 'warcinfo' | 'resource' | 'revisit';
  url: string;
  /** HTTP headers of a response/request (a response gets `Content-Type: text/html` unless given). */
  http?: Record<string, string>;
  status?: number;
  body?: Uint8Array | string;
  /** WARC Content-Type of a resource/metadata record. */
  warcContentType?: string;
  date?: string;
}

export interface BuiltWarc {
  bytes: Buffer;
  /** Byte offset of each entry's record (of its gzip member when gzip). */
  offsets: number[];
  recordIds: string[];
}

export async function buildWarc(entries: WarcEntry[], gzip: boolean): Promise<BuiltWarc> {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  const recordIds: string[] = [];
  let at = 0;
  for (const e of entries) {
    const body = typeof e.body === 'string' ? new TextEncoder().encode(e.body) : (e.body ?? new Uint8Array());
    const http = e.type === 'response' || e.type === 'request' || (e.type === 'revisit' && e.http);
    const record = WARCRecord.create(
      {
        url: e.url,
        date: e.date ?? '2024-05-06T07:08:09Z',
        type: e.type,
        warcVersion: 'WARC/1.1',
        ...(http ? { httpHeaders: e.http ?? (e.type === 'response' ? { 'Content-Type': 'text/html; charset=utf-8' } : { Host: new URL(e.url).host }) } : {}),
        ...(e.type === 'response' ? { statusline: `HTTP/1.1 ${e.status ?? 200} ${e.status && e.status !== 200 ? 'Other' : 'OK'}` } : {}),
        ...(e.type === 'request' ? { statusline: `GET ${new URL(e.url).pathname} HTTP/1.1` } : {}),
        ...(e.warcContentType ? { warcHeaders: { 'Content-Type': e.warcContentType } } : {}),
      },
      (async function* () { yield body; })(),
    );
    const bytes = Buffer.from(await WARCSerializer.serialize(record, { gzip }));
    offsets.push(at);
    recordIds.push(record.warcHeader('WARC-Record-ID') ?? '');
    parts.push(bytes);
    at += bytes.length;
  }
  return { bytes: Buffer.concat(parts), offsets, recordIds };
}
