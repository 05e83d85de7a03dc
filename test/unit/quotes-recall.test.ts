// Quote extraction, recall classes: quotations the extractor used to miss, each with the cases that must
// still give no quote. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';
import { tokenize } from '../../src/extract/quotes/tokens.js';

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

describe('a long fragment in lower case carried into the writer\'s sentence', () => {
  it('five words or more closed by a full stop inside the marks: a partial quote of the sentence\'s subject', () => {
    const qs = run(['Mayor Dana Ruiz thanked the crews for “working through the night to clear the roads.”']);
    expect(texts(qs)).toEqual(['working through the night to clear the roads.']);
    expect(qs[0]!.partial).toBe(true);
    expect(qs[0]!.speaker?.name).toBe('Dana Ruiz');
  });
  it('the subject past an opening adverbial and its comma', () => {
    const qs = run(['On its website, the Harbour Authority lists “safety of the crews as the first duty of every pilot.”']);
    expect(texts(qs)).toEqual(['safety of the crews as the first duty of every pilot.']);
    expect(qs[0]!.speaker?.name).toBe('Harbour Authority');
  });
  it('a short phrase, or a long one left open inside the sentence, is no quotation', () => {
    expect(run(['The new park would bring a “cleaner city.” The vote is on Monday.'])).toEqual([]);
    expect(run(['The union wants “a fair deal for all the dock workers” in the new contract.'])).toEqual([]);
  });
  it('German sets the stop outside the marks: five words or more in lower case are enough', () => {
    const qs = run(['Für den Verband ist das eine „deutliche Verschlechterung der Lage aller Beschäftigten“.'], 'de');
    expect(texts(qs)).toEqual(['deutliche Verschlechterung der Lage aller Beschäftigten']);
    expect(qs[0]!.partial).toBe(true);
  });
  it('German: a shorter phrase, or a capitalised name, stays unquoted', () => {
    expect(run(['Das Hochwasser erreichte die Stadt „zwei Tage früher“ als erwartet.'], 'de')).toEqual([]);
    expect(run(['Das Festival „Musik im Park am Fluss der Stadt“ beginnt im Juni.'], 'de')).toEqual([]);
  });
});

describe('a sentence in marks after a comma', () => {
  it('five words or more, capitalised and closed by its own stop: a quotation introduced by the comma', () => {
    const qs = run(['Immediately after the vote, the mayor issued a statement, “Tonight the city chose to keep its harbour open.”']);
    expect(texts(qs)).toEqual(['Tonight the city chose to keep its harbour open.']);
    expect(qs[0]!.speaker?.name).toBe('mayor');
  });
  it('a title after a comma, with no stop of its own, stays unquoted', () => {
    expect(run(['The group released a report, “The State of the Harbour and Its Future” on Monday.'])).toEqual([]);
  });
});

describe('a left single mark typed for an apostrophe between two letters', () => {
  it('opens nothing, so the quotations after it are still read', () => {
    const p = '“The mayor has made her views on the port‘s future very clear,” the spokesman said. “She will not sign.”';
    expect(marked(p)).toEqual(['The mayor has made her views on the port‘s future very clear,', 'She will not sign.']);
    expect(marked('Ms. Roux‘s office said “no” to the plan.')).toEqual(['no']);
  });
  it('but a ‘ after a space still opens a single quote', () => {
    expect(marked('He called it ‘a good day’ for the port.')).toEqual(['a good day']);
  });
});

describe('a digest item: a heading in capitals, an excerpt in marks, its source in brackets', () => {
  it('the excerpt is a quotation of the source named in the brackets', () => {
    const qs = run([
      'HOW THE OLD PORT WAS SAVED “The harbour board voted on Friday to keep the ferry terminal open for ten more years.” [Herald.]',
      'THE BRIDGE VOTE “Council members could not agree on the cost of the new bridge.” [City Times]',
    ]);
    expect(texts(qs)).toEqual([
      'The harbour board voted on Friday to keep the ferry terminal open for ten more years.',
      'Council members could not agree on the cost of the new bridge.',
    ]);
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([['Herald', 'organization'], ['City Times', 'organization']]);
  });
  it('a short term in marks inside a heading-less sentence, with a bracket after it, stays unquoted', () => {
    expect(run(['For most people the square is still “the old market” [see map] today.'])).toEqual([]);
  });
});

describe('words chanted, shouted or carried on a sign', () => {
  it('"chanting", "shouting", "interjecting" and a sign that "reads" govern the words in marks', () => {
    const qs = run([
      'Outside the hall about 300 dock workers stood in the rain, chanting “Save our port!”',
      'Mayor Anne Roux tried to answer, but a man in the back kept shouting “not one more cut!”',
      'She held up a sign that reads “Hands off the harbour”.',
    ]);
    expect(texts(qs)).toEqual(['Save our port!', 'not one more cut!', 'Hands off the harbour']);
  });
  it('a title after a reading or a singing of a work stays unquoted', () => {
    expect(run(['The evening closed with a reading of “The Old Harbour” by the poet herself.'])).toEqual([]);
  });
});

describe('English: words in marks right after a noun naming words used (phrase, term, slogan, adage, words)', () => {
  it('are a quotation, of the subject of the sentence', () => {
    const qs = run(['Mayor Anne Roux has coined a new phrase, “harbour first,” to sum up her plan.', 'Residents still remember the term “managed decline” from the nineties.']);
    expect(texts(qs)).toEqual(['harbour first,', 'managed decline']);
    expect(qs[0]!.speaker?.name).toBe('Anne Roux');
  });
  it('but a short phrase after another noun stays a scare quote', () => {
    expect(run(['Residents still remember the plan as “managed decline” from the nineties.'])).toEqual([]);
  });
});

describe('a “ set off by a space with nothing open for it to close', () => {
  it('opens the quotation (a stray space after the mark)', () => {
    expect(marked('As the Herald reported, “ … if the vote were held today, the harbour plan would pass.”')).toEqual(['… if the vote were held today, the harbour plan would pass.']);
    expect(marked('“We are ready,” Ruiz said. “ You know, the crews worked all night.”')).toEqual(['We are ready,', 'You know, the crews worked all night.']);
  });
  it('with a quotation open, it still closes it; alone in the writer\'s text, it gives no quote', () => {
    expect(marked('“We are ready “ she said, and left.')).toEqual(['We are ready']);
    expect(run(['The typesetter left a “ in the middle of this sentence by mistake.'])).toEqual([]);
  });
});

describe('a sentence whose space after the period was lost ("Papst.Der")', () => {
  it('ends at the period, so the name that opens the next sentence is read as the speaker', () => {
    const toks = tokenize('Das sagte der Bischof.Der Sprecher des Bistums, Karl Huber, erklärte dazu:');
    expect(toks.slice(0, 6).map((t) => t.t)).toEqual(['Das', 'sagte', 'der', 'Bischof', '.', 'Der']);
    const qs = run(['Das sagte der Bischof.Der Sprecher des Bistums, Karl Huber, erklärte: „Wir bedauern den Schritt.“'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Karl Huber');
  });
  it('but abbreviations, initials and web addresses keep their periods', () => {
    expect(tokenize('Der Verein e.V. und die U.S. Navy bei tagesschau.de').map((t) => t.t)).toEqual(['Der', 'Verein', 'e.V.', 'und', 'die', 'U.S.', 'Navy', 'bei', 'tagesschau.de']);
  });
});

describe('German: a paragraph opening with „ and left open runs on into the next one', () => {
  const long = '„Wir haben lange beraten und sind zu einem klaren Ergebnis gekommen. Die Brücke wird nicht abgerissen, sondern saniert, und die Arbeiten beginnen im Frühjahr.';
  it('twenty words or more: a quotation, even with no attribution in its own paragraph', () => {
    const qs = run(['Der Bürgermeister trat am Abend vor die Presse.', long, 'Die Kosten trägt das Land.'], 'de');
    expect(texts(qs)).toEqual([long.slice(1)]);
  });
  it('a short open line, or one opened by a straight mark, is still dropped', () => {
    expect(run(['„Die Brücke bleibt stehen.'], 'de')).toEqual([]);
    expect(run(['"' + long.slice(1)], 'de')).toEqual([]);
  });
});

describe('one quotation interrupted by the writer\'s aside between dashes', () => {
  it('the two parts and the aside are one quotation', () => {
    const qs = run(['"I don\'t think the old wisdom" -- that the harbour is a lost cause -- "is going to last," Ruiz says.']);
    expect(texts(qs)).toEqual(['I don\'t think the old wisdom" -- that the harbour is a lost cause -- "is going to last,']);
    expect(qs[0]!.speaker?.name).toBe('Ruiz');
  });
  it('but two quotations that each close their sentence, or a second one opening in capitals, stay two', () => {
    expect(texts(run(['"We are ready." -- the mayor paused -- "we always were," she said.']))).toEqual(['We are ready.', 'we always were,']);
    expect(texts(run(['"The harbour is not a lost cause" -- she paused -- "It never was," Ruiz says.']))).toEqual(['The harbour is not a lost cause', 'It never was,']);
  });
});

describe('a short capitalised name in marks inside a run of capitalised words', () => {
  it('is part of a name (a nickname, a model), not a quotation', () => {
    expect(run(['Council member Jesus "Chuy" Ramos voted against the plan.'])).toEqual([]);
    expect(run(['Die Firma stellte den SSC „Ultimate Aero“ EV im Mai vor.'], 'de')).toEqual([]);
  });
  it('but a quotation after a name and its cue stays', () => {
    expect(texts(run(['Mayor Anne Roux said "Never Again" Monday.']))).toEqual(['Never Again']);
  });
});

describe('English: the subject of a sentence whose cue follows a comma, past an opening adverbial', () => {
  it('is the speaker, not a noun of the adverbial', () => {
    const qs = run(['Outside the Harbour Hall in Brest, union leader Dana Ruiz stood in the rain, chanting "Save our port!"']);
    expect(qs[0]!.speaker?.name).toBe('Dana Ruiz');
  });
  it('a subordinate clause with nothing after its comma gives its own subject', () => {
    const qs = run(['When Mayor Anne Roux used the words, “not one more cut,” the hall fell silent.']);
    expect(qs[0]!.speaker?.name).toBe('Anne Roux');
  });
});

describe('English: a sentence opening with a participle clause', () => {
  it('the subject after the clause\'s comma speaks', () => {
    const qs = run(['Filling in for the mayor at the harbour meeting, Dana Ruiz took a swipe at “my dear friends on the council who never come to the docks.”']);
    expect(qs[0]!.speaker?.name).toBe('Dana Ruiz');
  });
});
