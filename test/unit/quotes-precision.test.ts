// Quote extraction, precision classes: spans that are marked but not direct quotations, and the scanner
// cases that made a quotation run on. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';

const run = (paragraphs: string[], language = 'en'): Quote[] => extractQuotes({ paragraphs, language });
const texts = (qs: Quote[]) => qs.map((q) => q.text);
const marked = (s: string) => scanMarks(s).map((m) => s.slice(m.start, m.end));

describe('scanMarks: closing marks set off by a space', () => {
  it('a straight mark after a nested quote and a space closes the outer quote', () => {
    expect(marked(`"They call it, 'a new start,' " Dana Holt said. "Then nothing."`)).toEqual([`They call it, 'a new start,'`, 'Then nothing.']);
  });
  it('a straight mark with spaces on both sides closes an open quote', () => {
    expect(marked('"The fund is empty, " the treasurer said.')).toEqual(['The fund is empty,']);
  });
  it('a straight opening mark may be closed by a curly “ at the end', () => {
    expect(marked('The board wrote. "A change is needed now.“')).toEqual(['A change is needed now.']);
  });
});

describe('a mark left open to the end of its paragraph', () => {
  it('with no attribution of its own it is a block quotation of a document: no quote', () => {
    const qs = run([
      'The county newsletter put it this way:',
      '"The new road will open in the spring, and the old bridge will close for repairs.',
      '"Residents are asked to use the ferry in the meantime.',
      'The mayor did not comment.',
    ]);
    expect(qs).toEqual([]);
  });
  it('after an attributed quote, an unclosed second half with no cue is not kept', () => {
    const qs = run(['"We are ready," Ben Ortiz said. "The crews start on Monday and work through the night.']);
    expect(texts(qs)).toEqual(['We are ready,']);
  });
  it('an attributed quote that runs over paragraphs still gives one quote per paragraph', () => {
    const qs = run([
      'Judge Mark Elden read his ruling aloud: "The evidence was gathered unlawfully.',
      '"It cannot be used in this court.',
      '"The defendant is free to go."',
    ]);
    expect(texts(qs)).toEqual(['The evidence was gathered unlawfully.', 'It cannot be used in this court.', 'The defendant is free to go.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Mark Elden', 'Mark Elden', 'Mark Elden']);
  });
});

describe("typewriter double marks ''…''", () => {
  it('single marks inside them are nested, not quotations of their own', () => {
    expect(marked("''When I said, 'Not now,' they laughed,'' Mr. Lund recalled.")).toEqual([]);
    const qs = run(["''He told me, 'Keep going,' and I did,'' Mr. Lund said."]);
    expect(qs).toEqual([]);
  });
  it("they still close Dutch ,,…'' and never swallow the paragraph when left open", () => {
    expect(marked(",,We gaan door,'' zei hij.")).toEqual(['We gaan door,']);
    expect(marked("''It started here and 'never' ended")).toEqual([]);
  });
});

describe('a short phrase whose only cue is no speech act', () => {
  const none: [string, string, string][] = [
    ['de: stellte … vor', 'de', 'Die Firma Larsen stellte am Montag ein „Wasser-Fahrrad“ vor.'],
    ['de: gab … bekannt', 'de', 'Den Titel der Reihe gab der Sender schon bekannt: „Leben am Fluss“.'],
    ['de: hieß (a name)', 'de', 'Damals hieß die Gaststätte noch «Zum Alten Fass».'],
    ['de: nennt man', 'de', 'Diesen Vorgang nennt man einen „Rückkauf“.'],
    ['de: nennt sich', 'de', 'Im nächsten Jahr nennt sie sich „Messe 25“ und zieht um.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });
  it('de: an evaluative speech act in the same sentence keeps the phrase', () => {
    const qs = run(['Trainer Olaf Brenner bezeichnete die Strafe, die es am Ende gab, als „völlig übertrieben“.'], 'de');
    expect(texts(qs)).toEqual(['völlig übertrieben']);
    expect(qs[0]!.speaker?.name).toBe('Olaf Brenner');
    const q2 = run(['Die Vorsitzende Ina Kolb nannte das Angebot „sehr fair“, stellte aber Bedingungen.'], 'de');
    expect(texts(q2)).toEqual(['sehr fair']);
  });
});

describe('de: a phrase that is the object of a speech act', () => {
  const kept: [string, string, string][] = [
    ['warnte vor den „…“', 'Schon damals warnte Gewerkschafter Rolf Kern vor den „Sparmodellen“.', 'Sparmodellen'],
    ['sprachen von „…“', 'Händler sprachen an diesem Tag von „Angstverkäufen“.', 'Angstverkäufen'],
    ['bezeichneten … als „…“', 'Beobachter bezeichneten den Einsatz als „auffallend ruhig“.', 'auffallend ruhig'],
    ['hält … für „…“', 'Anklägerin Maren Voss hält den Mann für „gefährlich und unberechenbar“.', 'gefährlich und unberechenbar'],
  ];
  it.each(kept)('%s', (_name, paragraph, text) => {
    expect(texts(run([paragraph], 'de'))).toEqual([text]);
  });
  it('a name after von, vom or with hielt man is still no quote', () => {
    expect(run(['Das sagte Lea Brandt vom „Freien Chor Nord“ am Abend.'], 'de')).toEqual([]);
    expect(run(['Den Fund hielt man lange für einen „Riesenfrosch“.'], 'de')).toEqual([]);
  });
});

describe('a name glossed by the clause after it', () => {
  const none: [string, string, string][] = [
    ['de: – so werden sie genannt', 'de', 'Seit Montag besetzen „Blau-Mützen“ – so werden die Anhänger des Bürgermeisters wegen ihrer Kappen genannt – das Rathaus.'],
    ['de: wie er sich nennt', 'de', 'Am Abend erklärte der „Hohe Rat der Einheit“, wie sich die neue Führung nennt, die Lage sei ruhig.'],
    ['de: so heißt', 'de', '„Nordlicht“, so heißt das neue Projekt der Stadtwerke.'],
    ['de: so genannte', 'de', 'Die Messung an den so genannten „Bodensonden“ schlug fehl.'],
    ['en: as the group calls itself', 'en', 'The "Friends of the Valley," as the group calls itself, met on Tuesday.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });
});

describe('de: names with lower-case function words after an article or preposition', () => {
  const none: [string, string, string][] = [
    ['für die „X am Y“', 'de', 'Das schrieb der Richter in einem Beitrag für die „Post am Abend“ am Freitag.'],
    ['von „X ohne Y“', 'de', 'Nach Angaben eines Helfers von „Köche ohne Grenzen“ fehlt Wasser.'],
    ['des Magazines „…“', 'de', 'Laut einem Test des Magazines „rad, weg und ziel“ gibt es neue Modelle.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });
  it('a chanted slogan after zum Beispiel is kept', () => {
    const qs = run(['Die Menge skandierte Parolen wie zum Beispiel „Stoppt den Ausverkauf“.'], 'de');
    expect(texts(qs)).toEqual(['Stoppt den Ausverkauf']);
  });
});

describe('written text cited, and headings', () => {
  it('the headline of a linked article and its excerpt are no quotations', () => {
    const qs = run(['CLOSING—"Corner bakery to shut after 40 years," by Gazette\'s Ann Lee: "The bakery on Elm Street will close its doors in March, the owners said." http://example.com/x1']);
    expect(qs).toEqual([]);
  });
  it('a paragraph that is one short single-quoted line is a heading', () => {
    const qs = run(['Ms. Vance ran the plant for a decade.', "'A place that worked.'", '"We were proud of it," Ms. Vance said.']);
    expect(texts(qs)).toEqual(['We were proud of it,']);
  });
  it('a single-quoted quotation inside a paragraph is kept', () => {
    const qs = run(["Then Ms. Vance said: 'We were proud of it.'"]);
    expect(texts(qs)).toEqual(['We were proud of it.']);
  });
});

describe('a quotation repeated word for word', () => {
  it('a pull quote with no cue repeating an attributed quote is dropped, the attributed copy kept', () => {
    const qs = run([
      '"We will not close a single school this year, whatever the budget says," Mayor Ruth Adler said.',
      'The council meets on Friday.',
      '"We will not close a single school this year, whatever the budget says. Ruth Adler."',
    ]);
    expect(texts(qs)).toEqual(['We will not close a single school this year, whatever the budget says,']);
  });
  it('a pull quote placed first gives way to the attributed copy after it', () => {
    const qs = run([
      '"Nobody in this town should go hungry on a holiday weekend."',
      'The food bank opened a second site.',
      '"Nobody in this town should go hungry on a holiday weekend," director Sam Ode said.',
    ]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe('Sam Ode');
  });
});

describe('en: scare quotes', () => {
  it('a quoted word with its cue far back in the sentence is no quotation', () => {
    expect(run(['Officials said the new plan, which the board discussed for hours on Monday, was a "reset" for the district.'])).toEqual([]);
  });
  it('a quoted word governed by a close cue is kept', () => {
    expect(texts(run(['Senator Ada Price called the process "rigged" on Tuesday.']))).toEqual(['rigged']);
  });
});

describe('en: a short phrase in marks between a determiner and the noun it modifies', () => {
  const none: [string, string][] = [
    ['a title before its noun, with a cue in the sentence', 'Ana Ruiz, the host, said the network dropped his "Stars of Tomorrow" pageant last year.'],
    ['a label before its noun, with a source in the sentence', 'Most of the files were raised to the "confidential" level, according to an official.'],
    ['a slogan on a cap, single marks', "\"Who pays for it?\" asked the boy, who wore a 'Build the Bridge Now' cap to the rally."],
    ['a possessive before it', "The plan's \"fair share\" clause was struck out, Dana Holt said."],
  ];
  it.each(none)('%s', (_name, paragraph) => {
    expect(texts(run([paragraph])).filter((t) => !t.startsWith('Who pays'))).toEqual([]);
  });
  const kept: [string, string, string][] = [
    ['the phrase closes with a comma', 'Lee said the cuts were "a big mistake," and left the room.', 'a big mistake,'],
    ['a preposition follows the mark', 'Lee said the "cuts will hurt" in the spring.', 'cuts will hurt'],
    ['a pronoun follows the mark', 'Dana Holt said the budget is "the worst plan" we have seen.', 'the worst plan'],
    ['no determiner before the mark', 'Senator Ada Price called the process "rigged" on Tuesday.', 'rigged'],
  ];
  it.each(kept)('%s: kept', (_name, paragraph, text) => {
    expect(texts(run([paragraph]))).toEqual([text]);
  });
});

describe('en: a title used as a noun of the sentence, its cue far back', () => {
  it('a programme named in a clause with a cue more than three words back is no quotation', () => {
    expect(run(['Ana Ruiz writes a weekly column and, since 2013, hosts "Night Desk Live" on a cable channel.'])).toEqual([]);
  });
  it('a quotation after a dropped title keeps the cue of its own clause ("remarking")', () => {
    const qs = run(['Mayor Jo Lind closed the meeting with a nod to the "Star Trek" film opening that night, remarking, "Live long and prosper, everyone."']);
    expect(texts(qs)).toEqual(['Live long and prosper, everyone.']);
    expect(qs[0]!.cue).toBe('remarking');
  });
});

describe('an interview printed as questions and answers', () => {
  const interview = [
    'Reporter Jo Park spoke with Mayor Ann Lee about the park.',
    'Q: What did the council tell you?',
    'A: They told me, "We will fund the park this year." I believe them.',
    'It gives people hope, and then you hear someone say, "Close it down!"',
    'Q: And the budget?',
    'A: It is fine.',
    '"The work starts in May," Mayor Lee said after the interview.',
  ];
  it('words quoted inside an answer, and in its unlabelled continuation, are no quotations of the article', () => {
    expect(texts(run(interview))).toEqual(['The work starts in May,']);
  });
  it('a single "Q:" line is no interview: its answer\'s quotation is kept', () => {
    const qs = run(['Q: What did the council tell you?', 'A: They told me, "We will fund the park this year."']);
    expect(texts(qs)).toEqual(['We will fund the park this year.']);
  });
});

describe('an excerpt in marks that opens with a quotation and its attribution', () => {
  it('the inner quotation is the quote, with its speaker; the cited passage is not', () => {
    const qs = run([
      'The paper summed up the night this way:',
      '"“We won the county,” Mayor Jo Lind said after the count, adding that the next vote would be closer."',
    ]);
    expect(texts(qs)).toEqual(['We won the county,']);
    expect(qs[0]!.speaker?.name).toBe('Jo Lind');
    expect(qs[0]!.paragraph).toBe(1);
    const body = ['The paper summed up the night this way:', '"“We won the county,” Mayor Jo Lind said after the count, adding that the next vote would be closer."'].join('\n\n');
    expect(body.slice(qs[0]!.start!, qs[0]!.end!)).toBe('We won the county,');
  });
  it('a quotation that merely opens with a name in marks stays one quotation', () => {
    const qs = run(['"“Big Tom” is what they called him at the plant," Ann Lee said.']);
    expect(texts(qs)).toEqual(['“Big Tom” is what they called him at the plant,']);
  });
});

describe('transcript excerpts and follow lines in marks', () => {
  it('a quoted passage opening with a name and a colon, with no attribution, is a transcript excerpt', () => {
    expect(run(['The panel was blunt.', '"Chris Holt: Seriously, about this plan. It sounds great. We will tax the bad guys."'])).toEqual([]);
  });
  it('a quoted follow line is boilerplate', () => {
    expect(run(['The rally ended at ten.', '"Follow Ann Lee on Twitter @annleeNEWS."'])).toEqual([]);
  });
  it('a name and a colon inside an attributed quotation are kept', () => {
    expect(texts(run(['"Chris Holt: a man of his word," Ann Lee said.']))).toEqual(['Chris Holt: a man of his word,']);
  });
});

describe('a nickname between a first name and a surname', () => {
  it('is no quotation, even with a cue in the sentence', () => {
    expect(run(['Ruiz thought the runoff with Jesús "Chuy" García, a county commissioner, would be close.'])).toEqual([]);
    expect(run(['Former operative John “Tig” Tiegen said nothing.'])).toEqual([]);
  });
  it('a short quotation right after a cue and before a name is kept', () => {
    expect(texts(run(['Asked who would win, Ann Lee said "Denver" Tuesday.']))).toEqual(['Denver']);
  });
});
