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

describe('invisible direction marks before a mark', () => {
  it('a left-to-right mark before a ” that opens a comment does not hide the quote', () => {
    const qs = run(['\u202a”Thank you for saying it so plainly, we need more of this!” wrote Ellen Marsh.']);
    expect(texts(qs)).toEqual(['Thank you for saying it so plainly, we need more of this!']);
    expect(qs[0]!.speaker?.name).toBe('Ellen Marsh');
  });
  it('a direction mark inside a word-internal apostrophe context still gives no quote', () => {
    expect(run(['The \u202ashop’s owner\u202c never spoke to the press.'])).toEqual([]);
  });
});

describe('English titles and slogans in marks are not quotations', () => {
  it('a title after a work noun and a comma', () => {
    expect(run(['She described the vote in her memoir, "Hard Roads Home."'])).toEqual([]);
    expect(run(['He spoke on the latest episode of his podcast, “Around the Table,” on Monday.'])).toEqual([]);
  });
  it('a long title right after "book"', () => {
    expect(run(['The meeting is told in Ann Reed\'s book "Harbor Lights: The Long Fight for the Soul of the Old Port."'])).toEqual([]);
  });
  it('the programme after "told"', () => {
    const qs = run(['"The plan is dead," Mayor Lena Ortiz told "Morning Edition," adding that a new vote would follow.']);
    expect(texts(qs)).toEqual(['The plan is dead,']);
  });
  it('a second title joined by "and" to a title left out', () => {
    expect(run(['The actor, who starred in "Summer Roads" and "The Night Garden," posted the clip on Thursday.'])).toEqual([]);
  });
  it('a name after "known as" and a term after "so-called"', () => {
    expect(run(['The hacker, known as "Nightowl," said he had read the files.'])).toEqual([]);
    expect(run(['The analysis counted thousands of so-called "outside spending" reports.'])).toEqual([]);
  });
  it('slogans dated by a year in brackets', () => {
    expect(run(['The party\'s posters read: “Safe streets first!” (2009) and “No to the new tax” (2011).'])).toEqual([]);
  });
  it('a web address in marks', () => {
    expect(run(['Officials said the full video is posted at <a href="http://video.example.com">the site</a>.'])).toEqual([]);
  });
  it('but a quote after "told" that is a sentence, and a quote followed by a bracketed note, stay', () => {
    const qs = run(['Rita Gomez told reporters, "We Will Not Stop Here, Not Now."', '"We will rebuild the bridge," Gomez said (she spoke in 2019).']);
    expect(texts(qs)).toEqual(['We Will Not Stop Here, Not Now.', 'We will rebuild the bridge,']);
  });
});

describe('feet and inches written with marks', () => {
  it('the ” after 5’2 is an inch mark, not the end of the quotation', () => {
    const qs = run(['“He is tall, but his brother is only 5’2”. You know what they say about that,” Dana Cole said.']);
    expect(texts(qs)).toEqual(['He is tall, but his brother is only 5’2”. You know what they say about that,']);
  });
  it('a straight inch mark after 6\'1 does not open a quotation', () => {
    expect(marked('The guard, 6\'1" and broad, stood at the door.')).toEqual([]);
  });
  it('a quote that ends right after a number still closes', () => {
    expect(marked('“We counted 52,” she said.')).toEqual(['We counted 52,']);
  });
});

describe('a single-quoted phrase that opens a line as a kicker', () => {
  it('followed by the writer\'s lower-case words and no attribution: not a quotation', () => {
    expect(run(["'Chaos on the bridge' in the harbour town of Brest.", 'A ferry hit the pier on Friday night.'])).toEqual([]);
  });
  it('a single-quoted sentence with its attribution after it stays', () => {
    const qs = run(["'Chaos on the bridge,' said Mayor Anne Roux."]);
    expect(texts(qs)).toEqual(['Chaos on the bridge,']);
  });
});

describe('a “ left unclosed before a new sentence that opens with “', () => {
  it('the open quote ends where the new one starts, and the later quotes are read', () => {
    const qs = run(['“We expected a quiet night,” Officer Lee Hart said. “The crowd came out of nowhere and it got loud. “Then the lights went out,” Hart said.']);
    expect(texts(qs)).toEqual(['We expected a quiet night,', 'Then the lights went out,']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Lee Hart', 'Lee Hart']);
  });
  it('a nested “ after a comma inside an open quote is still nested', () => {
    expect(marked('“He told me, “Go home,” and I did,” Ruth Ames said.')).toEqual(['He told me, “Go home,” and I did,']);
  });
  it('German „…“ is not affected (the inner „…“ stays nested in the open „)', () => {
    expect(marked('„Wir sind bereit. „Morgen geht es los“, sagte er.')).toEqual(['Wir sind bereit. „Morgen geht es los“, sagte er.']);
  });
});
