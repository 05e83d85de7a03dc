// Quote extraction, recall classes: quotations the extractor used to miss, each with the cases that must
// still give no quote. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';

const run = (paragraphs: string[], language = 'en'): Quote[] => extractQuotes({ paragraphs, language });
const texts = (qs: Quote[]) => qs.map((q) => q.text);
const marked = (s: string) => scanMarks(s).map((m) => s.slice(m.start, m.end));

describe('a straight " opening the paragraph around curly quotes', () => {
  it('left open to the end: a stray mark, and the curly quotes inside are the quotations', () => {
    const p = '"The mayor tried to wave it away, answering, “Only on Sundays.” But the council pressed on.';
    expect(marked(p)).toEqual(['Only on Sundays.']);
  });
  it('closed, with a curly quote right after it: the curly quote is the quotation, not the whole line', () => {
    const p = '"“We will reopen the bridge by May,” Mayor Anne Roux said at the hearing."';
    expect(marked(p)).toEqual(['We will reopen the bridge by May,']);
    const qs = run([p]);
    expect(texts(qs)).toEqual(['We will reopen the bridge by May,']);
    expect(qs[0]!.speaker?.name).toBe('Anne Roux');
  });
  it('but a straight quotation holding single marks, or curly marks later in it, stays whole', () => {
    expect(marked('"He told me, \'Go home,\' and I did," Ruth Ames said.')).toEqual(['He told me, \'Go home,\' and I did,']);
    expect(marked('"I hear the words “too loud” every week," Ruth Ames said.')).toEqual(['I hear the words “too loud” every week,']);
  });
  it('and a straight " opening a paragraph with no curly quote inside still runs to the end', () => {
    expect(marked('"We will rebuild the pier and the station before winter.')).toEqual(['We will rebuild the pier and the station before winter.']);
  });
  it('a straight " that opens mid-paragraph keeps its curly quotes nested', () => {
    expect(marked('She wrote: "the words “too loud” came up again')).toEqual(['the words “too loud” came up again']);
  });
});
