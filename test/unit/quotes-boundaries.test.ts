// Quote extraction, boundary classes: marks and attributions whose shape made a quotation go missing.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';

const run = (paragraphs: string[], language = 'en'): Quote[] => extractQuotes({ paragraphs, language });
const texts = (qs: Quote[]) => qs.map((q) => q.text);
const marked = (s: string) => scanMarks(s).map((m) => s.slice(m.start, m.end));

describe('a horizontal bar (―) before a name attributes the quote before it', () => {
  it('a run of testimonies, each closed and followed by ― Name, gives one quote per speaker', () => {
    const qs = run([
      '“The bus never comes on time. We wait an hour every morning.” ― Rosa Delgado “I have stopped taking it at all.”― Tom Baker “Nobody listens to us.” ― Ann Kerr',
    ]);
    expect(texts(qs)).toEqual(['The bus never comes on time. We wait an hour every morning.', 'I have stopped taking it at all.', 'Nobody listens to us.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Rosa Delgado', 'Tom Baker', 'Ann Kerr']);
  });
  it('a bar followed by lower-case words is no attribution: the phrase in the writer\'s sentence stays unquoted', () => {
    const qs = run(['Residents still know the square as “the old market” ― a name older than the town hall.']);
    expect(qs).toEqual([]);
  });
});

describe('a closing-shaped ” that opens a paragraph', () => {
  it('opens the quote even with a space after it (before an ellipsis)', () => {
    expect(marked('” … the harbour will be rebuilt within the year,” the paper wrote.')).toEqual(['… the harbour will be rebuilt within the year,']);
    const qs = run(['” … the harbour will be rebuilt within the year,” the paper wrote.']);
    expect(texts(qs)).toEqual(['… the harbour will be rebuilt within the year,']);
  });
  it('inside a paragraph, a ” with a space after it still opens nothing', () => {
    expect(marked('The word ” was printed by mistake, and the rest is plain text.')).toEqual([]);
  });
});
