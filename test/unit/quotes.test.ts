// Quote extraction: marks of every language, attribution, speakers, non-quotes, linear time.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';
import { scanMarks } from '../../src/extract/quotes/marks.js';

const run = (paragraphs: string[], language = 'en', headline: string | null = null): Quote[] =>
  extractQuotes({ paragraphs, language, headline });
const texts = (qs: Quote[]) => qs.map((q) => q.text);
const speakers = (qs: Quote[]) => qs.map((q) => q.speaker?.name ?? null);
const marked = (s: string) => scanMarks(s).map((m) => s.slice(m.start, m.end));

describe('scanMarks: the marks of every language', () => {
  const cases: [string, string, string[]][] = [
    ['straight double', 'He said "we will win" and left.', ['we will win']],
    ['curly double', 'She said “the plan works” today.', ['the plan works']],
    ['curly single', 'A ‘modest proposal’ was made.', ['modest proposal']],
    ['straight single', "The sign read 'keep out' in red.", ['keep out']],
    ['French guillemets with spacing', 'Il a dit « nous partons demain » hier.', ['nous partons demain']],
    ['guillemets without spacing', 'Elle a dit «tout va bien» au juge.', ['tout va bien']],
    ['German low-high', 'Er sagte: „Wir schaffen das.“', ['Wir schaffen das.']],
    ['German low with English close', 'Sie sagte: „Das reicht”.', ['Das reicht']],
    ['German chevrons', 'Er sagte: »Das war knapp.«', ['Das war knapp.']],
    ['single chevrons', 'Le mot ‹ virage › revient.', ['virage']],
    ['Dutch double commas', "Hij zei: ,,We gaan door.''", ['We gaan door.']],
    ['nested quotes stay inside the outer one', '"He told me ‘never again’ twice," she said.', ['He told me ‘never again’ twice,']],
    ['mixed straight open and curly close', '"We are ready,” he said.', ['We are ready,']],
  ];
  it.each(cases)('%s', (_name, input, want) => {
    expect(marked(input)).toEqual(want);
  });

  const apostrophes: [string, string][] = [
    ['contractions', "Don't worry, it's fine, we're done."],
    ['French elision', "L'homme qu'on a vu n'est pas là."],
    ['rock n roll', "They played rock 'n' roll all night."],
    ['decades', "Back in the '90s and the 1980's it was different."],
    ['plural possessive', "The players' union met the owners' lawyers."],
    ['curly apostrophes', 'O’Malley’s team didn’t call.'],
  ];
  it.each(apostrophes)('apostrophes are not marks: %s', (_name, input) => {
    expect(marked(input)).toEqual([]);
  });

  it('an unclosed mark runs to the end of its own paragraph only, and never throws', () => {
    expect(marked('"We start now and we go on')).toEqual(['We start now and we go on']);
    expect(marked("He said 'we start")).toEqual([]);
    expect(() => marked('„«‹‘\'"“”’»›,, ')).not.toThrow();
  });

  it('a stray mark does not swallow the quotes after it', () => {
    const qs = run(['The band was 5\'10" tall, they said.', '"Later," she said.']);
    expect(texts(qs)).toEqual(['Later,']);
  });
});

describe('attribution in English', () => {
  it('"A," she said. "B." gives two quotes with one speaker, cue and medium', () => {
    const qs = run([
      'Mayor Anna Berg spoke on Monday.',
      '"The bridge will reopen in May," Berg told reporters. "We owe the drivers that much."',
    ]);
    expect(texts(qs)).toEqual(['The bridge will reopen in May,', 'We owe the drivers that much.']);
    expect(speakers(qs)).toEqual(['Anna Berg', 'Anna Berg']);
    expect(qs.map((q) => q.cue)).toEqual(['told', 'told']);
    expect(qs.map((q) => q.medium)).toEqual(['reporters', 'reporters']);
    expect(qs[0]!.speaker).toMatchObject({ mention: 'Berg', descriptor: 'Mayor', kind: 'person' });
  });

  const cases: [string, string, string, string | null][] = [
    ['X said: "…"', 'Senator Tom Hale said: "This bill is dead on arrival."', 'Tom Hale', 'said'],
    ['said X', '"We will appeal," said coach Dana Ruiz.', 'Dana Ruiz', 'said'],
    ['X said, "…"', 'The governor said, "Nobody saw this coming."', 'governor', 'said'],
    ['according to X', 'According to Lena Park, "the numbers do not add up."', 'Lena Park', 'According to'],
    ['dash attribution', '"Work hard and be kind." — Maria Lopez', 'Maria Lopez', null],
    ['pointed out', 'Rita Olsen pointed out that the law "was never meant for this."', 'Rita Olsen', 'pointed out'],
    ['organisation', 'The Transport Ministry said the delay was "regrettable but unavoidable."', 'Transport Ministry', 'said'],
    ['apposition', 'Sam Reed, a spokesman for the union, said: "We are not done."', 'Sam Reed', 'said'],
  ];
  it.each(cases)('%s', (_name, paragraph, speaker, cue) => {
    const qs = run([paragraph]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe(speaker);
    expect(qs[0]!.cue).toBe(cue);
  });

  it('a partial quote inside reported speech is partial, with the cue of its sentence', () => {
    const qs = run(['Union leader Joe Marsh warned that the strike was "only the beginning" of the dispute.']);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'only the beginning', partial: true, cue: 'warned' });
    expect(qs[0]!.speaker?.name).toBe('Joe Marsh');
  });

  it('a pronoun is resolved to the running speaker, the mention kept as written', () => {
    const qs = run(['Finance Minister Clara Voss presented the budget.', '"It is a fair budget," she said.']);
    expect(qs[0]!.speaker).toMatchObject({ name: 'Clara Voss', mention: 'she' });
  });

  it('a later surname resolves to the fullest name, particles kept', () => {
    const qs = run([
      'Interior Minister Karel van der Berg visited the site.',
      '"We will rebuild," Van der Berg said.',
    ]);
    expect(qs[0]!.speaker?.name).toBe('Karel van der Berg');
  });

  it('a quote paragraph with no attribution takes the running speaker', () => {
    const qs = run([
      '"Prices will fall," Ella Stone told the radio station.',
      'The bank has raised rates twice this year.',
      '"We have done enough. The rest is up to the markets."',
    ]);
    expect(speakers(qs)).toEqual(['Ella Stone', 'Ella Stone']);
  });

  it('a quote that runs over paragraphs gives one quote per paragraph, one speaker', () => {
    const qs = run([
      'Judge Mark Elden read his ruling aloud: "The evidence was gathered unlawfully.',
      '"It cannot be used, and the defendant is free to go."',
    ]);
    expect(texts(qs)).toEqual(['The evidence was gathered unlawfully.', 'It cannot be used, and the defendant is free to go.']);
    expect(speakers(qs)).toEqual(['Mark Elden', 'Mark Elden']);
    expect(qs.map((q) => q.paragraph)).toEqual([0, 1]);
  });

  it('offsets point into paragraphs.join("\\n\\n")', () => {
    const paragraphs = ['First paragraph here.', 'Nina Cole said: "Offsets must be exact."'];
    const body = paragraphs.join('\n\n');
    const [q] = run(paragraphs);
    expect(body.slice(q!.start!, q!.end!)).toBe(q!.text);
  });
});

describe('attribution in French, Dutch and German', () => {
  const cases: [string, string, string, string, string, string | null][] = [
    ['fr: « … », a déclaré X', 'fr', '« Nous ne céderons pas », a déclaré la ministre Claire Dubois.', 'Nous ne céderons pas', 'Claire Dubois', 'a déclaré'],
    ['fr: selon X', 'fr', 'Selon Marc Lefèvre, « la réforme est mal née ».', 'la réforme est mal née', 'Marc Lefèvre', 'Selon'],
    ['fr: X explique : « … »', 'fr', 'Le maire Paul Girard explique : « Le pont sera fermé trois mois. »', 'Le pont sera fermé trois mois.', 'Paul Girard', 'explique'],
    ['nl: „…”, zei X', 'nl', '„We gaan door met de staking”, zei vakbondsleider Piet Jansen.', 'We gaan door met de staking', 'Piet Jansen', 'zei'],
    ['nl: aldus X', 'nl', '"Dit is een zwarte dag", aldus burgemeester Els de Vries.', 'Dit is een zwarte dag', 'Els de Vries', 'aldus'],
    ['nl: ,,…\'\' vertelde X', 'nl', ",,Het water kwam heel snel,'' vertelde bewoner Kees Bakker.", 'Het water kwam heel snel,', 'Kees Bakker', 'vertelde'],
    ['de: „…“, sagte X', 'de', '„Wir haben keine Zeit zu verlieren“, sagte Umweltministerin Petra Lang.', 'Wir haben keine Zeit zu verlieren', 'Petra Lang', 'sagte'],
    ['de: X erklärte: „…“', 'de', 'Bürgermeister Jens Bauer erklärte: „Die Straße bleibt gesperrt.“', 'Die Straße bleibt gesperrt.', 'Jens Bauer', 'erklärte'],
    ['de: „…“, so X', 'de', '„Das Ergebnis ist enttäuschend“, so Trainer Uwe Kern.', 'Das Ergebnis ist enttäuschend', 'Uwe Kern', 'so'],
    ['de: »…«, betonte X', 'de', '»Wir bleiben hart«, betonte Gewerkschaftschef Olaf Brandt.', 'Wir bleiben hart', 'Olaf Brandt', 'betonte'],
  ];
  it.each(cases)('%s', (_name, lang, paragraph, text, speaker, cue) => {
    const qs = run([paragraph], lang);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe(text);
    expect(qs[0]!.speaker?.name).toBe(speaker);
    expect(qs[0]!.cue).toBe(cue);
  });

  it('de: a German partial quote after the cue keeps its speaker', () => {
    const qs = run(['Die Ministerin Anna Roth nannte den Plan „völlig überzogen“.'], 'de');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'völlig überzogen', partial: true });
    expect(qs[0]!.speaker?.name).toBe('Anna Roth');
  });

  it('de: a colon introduction with no cue takes the named speaker', () => {
    const qs = run(['Dazu der Landrat Peter Vogt: „Wir prüfen alle Möglichkeiten.“'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Peter Vogt');
  });
});

describe('what is not a quote', () => {
  const none: [string, string, string][] = [
    ['en scare quotes', 'en', 'The so-called "reform" changed nothing for the workers in the valley.'],
    ['en title of a book', 'en', 'Her book "A Long Way Home" sold well in the spring.'],
    ['en nickname', 'en', 'Robert "Bobby" Kane opened a bakery downtown.'],
    ['de newspaper name', 'de', 'Die „Rheinische Post“ berichtete am Montag über den Fall.'],
    ['de ship name', 'de', 'Das Schiff „Nordstern“ lief am Morgen in Kiel ein.'],
    ['de restaurant name', 'de', 'Im Restaurant „Zum Goldenen Hirsch“ wurde gefeiert.'],
    ['de scare quotes', 'de', 'Die sogenannte „Reform“ brachte kaum Änderungen.'],
    ['fr title of a film', 'fr', 'Le film « La Grande Vague » sort mercredi en salles.'],
    ['nl nickname', 'nl', 'Jan "de Beer" Peeters won de wedstrijd.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });

  it('headline quotes are returned only on request, and only when the body quotes the same words', () => {
    const paragraphs = ['"A fair deal for everyone," said Mayor Lisa Hunt.'];
    const headline = 'Mayor promises "a fair deal for everyone"';
    expect(run(paragraphs, 'en', headline).some((q) => q.where === 'headline')).toBe(false);
    const qs = extractQuotes({ paragraphs, headline, language: 'en', headlineQuotes: true });
    const h = qs.find((q) => q.where === 'headline');
    expect(h).toMatchObject({ text: 'a fair deal for everyone', paragraph: null, speaker: { name: 'Lisa Hunt' } });
    expect(headline.slice(h!.start!, h!.end!)).toBe(h!.text);
  });
});

describe('names of programmes, papers and agencies in marks', () => {
  const none: [string, string, string][] = [
    ['en programme after a possessive', 'en', 'The senator repeated the claim on NBC\'s "Sunday Politics," adding little.'],
    ['en podcast after a preposition', 'en', 'Ms. Rowe spoke at length on the podcast "Inside The Room."'],
    ['fr radio station after sur', 'fr', 'Le ministre s\'est exprimé sur « Radio Nord » ce matin.'],
    ['nl programme after in', 'nl', 'De burgemeester zat gisteren in "De Avondshow" op televisie.'],
    ['de agency after laut', 'de', 'Laut „Nordpress“ wurden drei Menschen verletzt.'],
    ['de paper after a determiner, cue earlier in the sentence', 'de', 'Das berichtete die „Kieler Abendpost“ am Montag.'],
    ['de work after a noun', 'de', 'Der Verlag brachte das Fachblatt „Neue Wege“ heraus.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });

  const kept: [string, string, string, string][] = [
    ['en one-word answer after a cue', 'en', 'Asked where he would go next, Tom Baird said: "Denver."', 'Denver.'],
    ['en exclamation after a preposition', 'en', 'The crowd answered with chants of "Vote! Vote!"', 'Vote! Vote!'],
    ['de word after an indefinite article', 'de', 'Die Ministerin Eva Kron nannte den Plan einen „Wortbruch“.', 'Wortbruch'],
  ];
  it.each(kept)('%s', (_name, lang, paragraph, text) => {
    expect(texts(run([paragraph], lang))).toEqual([text]);
  });
});

describe('speaker names with an apposition', () => {
  it('en: a surname with an apposition keeps the name as written beside it', () => {
    const qs = run(['Farmer Tom Hale has lived in the valley for decades.', '"We will fight on," Hale, a former mayor, said.']);
    expect(qs[0]!.speaker).toMatchObject({ name: 'Hale', mention: 'Hale' });
  });
  it('en: inverted, with an age', () => {
    const qs = run(['Nurse Ada Brook works nights.', '"It was chaos," said Brook, 41, on Friday.']);
    expect(qs[0]!.speaker?.name).toBe('Brook');
  });
  it('en: without an apposition the surname still resolves to the fullest name', () => {
    const qs = run(['Tom Hale has farmed in the valley for decades.', '"We will fight on," Hale said.']);
    expect(qs[0]!.speaker?.name).toBe('Tom Hale');
  });
  it('de: a relative clause after the surname', () => {
    const qs = run(['Die Ärztin Jana Vogt leitet die Station.', '„Wir sind am Limit“, sagte Vogt, die seit 20 Jahren dort arbeitet.'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Vogt');
  });
});

describe('long subjects after a quote', () => {
  const cases: [string, string, string, string, string][] = [
    ['en descriptor before a name', 'en', '"Nothing has changed," City Hall press secretary Maya Lund told reporters.', 'Maya Lund', 'told'],
    ['en descriptor phrase with no name', 'en', '"The plan is dead," the former state senator and party candidate told the paper.', 'former state senator and party candidate', 'told'],
    ['en inverted: name, role, speaker', 'en', '"It is over," said Mendes ally Carla Ruiz.', 'Carla Ruiz', 'said'],
    ['nl descriptor before a name', 'nl', '"We stoppen ermee," voormalig partijvoorzitter Anna Smit zei het zonder omhaal.', 'Anna Smit', 'zei'],
    ['fr descriptor before a name', 'fr', '« Rien ne change », ancien maire de la ville Marc Roy a dit hier.', 'Marc Roy', 'a dit'],
  ];
  it.each(cases)('%s', (_name, lang, paragraph, speaker, cue) => {
    const qs = run([paragraph], lang);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe(speaker);
    expect(qs[0]!.cue).toBe(cue);
  });
});

describe('German subjects and evaluative cues', () => {
  it('de: a noun after an article speaks ("die Menschenmenge"), the object after the verb does not', () => {
    const qs = run(['Die Menschenmenge skandierte vor dem Rathaus Parolen wie „Weg mit dem Gesetz!“ und zog weiter.'], 'de');
    expect(texts(qs)).toEqual(['Weg mit dem Gesetz!']);
    expect(qs[0]!.speaker?.name).toBe('Menschenmenge');
  });
  it('de: a sentence-opening phrase with a place is the whole subject', () => {
    const qs = run(['Das Komitee in der Hauptstadt würdigte damit ihren Einsatz für „mehr Offenheit in der Verwaltung“.'], 'de');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.mention).toBe('Das Komitee in der Hauptstadt');
  });
  it('de: an evaluative cue frames a quoted phrase ("würdigte … als „…“")', () => {
    const qs = run(['Der Kanzler Tom Feld würdigte die Ärztin als „große Stimme der Vernunft“.'], 'de');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'große Stimme der Vernunft', cue: 'würdigte' });
    expect(qs[0]!.speaker?.name).toBe('Tom Feld');
  });
  it('en: "said former <Name> adviser <Name>" takes the adviser', () => {
    const qs = run(['"It was a long night," said former Mendes adviser Jo Park.']);
    expect(qs[0]!.speaker?.name).toBe('Jo Park');
  });
});

describe('verb-second subjects (German, Dutch)', () => {
  it('de: the noun of a prepositional phrase before the verb is not the subject; "dessen" opens one', () => {
    const qs = run(['Nach Berichten über eine Sperre auf der Brücke teilte dessen Sprecher über die Pläne der Stadt mit: „Wir öffnen sie morgen.“'], 'de');
    expect(qs[0]!.speaker?.mention).toBe('dessen Sprecher');
  });
  it('nl: the noun after "op de" before the verb is not the subject', () => {
    const qs = run(['Op de persconferentie in het Stadhuis zei de burgemeester: "We gaan door."'], 'nl');
    expect(qs[0]!.speaker?.mention).toBe('de burgemeester');
  });
  it('de: a lone surname opening the sentence before the cue is the subject', () => {
    const qs = run(['Die Sitzung war kurz. Brandt begründete seinen Schritt mit den Worten: „Ich muss weiterarbeiten.“', 'Lenz sagte auf die Lage bezogen: „Das ist ernst.“'], 'de');
    expect(speakers(qs)).toEqual(['Brandt', 'Lenz']);
  });
  it('de: a reflexive verb after the quote ("erinnerte sich X")', () => {
    const qs = run(['„Das war ein langer Winter“, erinnerte sich Krause später.'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Krause');
  });
  it('de: a prepositional phrase with no speaker gives no speaker, not its noun', () => {
    const qs = run(['Nach dem Spiel auf der Tribüne erklärte man: „Wir sind zufrieden.“'], 'de');
    expect(qs[0]!.speaker?.name ?? null).not.toBe('Tribüne');
  });
});

describe('a name and an apposition between the quote and its cue', () => {
  it('en: a state abbreviation between commas ("Jo Brandt, R-Ky., said")', () => {
    const qs = run(['"We have talked enough about this," Senate Leader Jo Brandt, R-Ky., said. "Now we vote."']);
    expect(speakers(qs)).toEqual(['Jo Brandt', 'Jo Brandt']);
    expect(qs[0]!.cue).toBe('said');
  });
  it('en: an age, a place and a relative clause ("Ann Bond, 30, of Dayton, Ohio, who …, said")', () => {
    const qs = run(['"Both of them worry me," Ann Bond, 30, of Dayton, Ohio, who took part in the survey, said in an interview.']);
    expect(qs[0]!.speaker?.name).toBe('Ann Bond');
  });
  it('en: a determiner phrase with a prepositional phrase ("a spokesman for committee Democrats said")', () => {
    const qs = run(['"The facts have not changed," a spokesman for the committee Democrats said.']);
    expect(qs[0]!.speaker?.mention).toBe('a spokesman for the committee Democrats');
  });
  it('fr: a name and an apposition before "a déclaré"', () => {
    const qs = run(['« Nous restons prudents », Claire Morel, maire de Lens, a déclaré mardi.'], 'fr');
    expect(qs[0]!.speaker?.name).toBe('Claire Morel');
  });
});

describe('role phrases are kept as written', () => {
  it('en: "the governor" is not replaced by the governor named earlier', () => {
    const qs = run(['Governor Ann Lake signed the bill on Monday.', '"This is a good day for the state," the governor said.']);
    expect(qs[0]!.speaker).toMatchObject({ name: 'governor', mention: 'the governor' });
  });
  it('en: a surname still resolves to the full name', () => {
    const qs = run(['Governor Ann Lake signed the bill on Monday.', '"This is a good day," Lake said.']);
    expect(qs[0]!.speaker?.name).toBe('Ann Lake');
  });
});

describe('names in marks used as nouns of the sentence', () => {
  const none: [string, string, string][] = [
    ['de organisation with lower-case words, as subject', 'de', 'Die Hilfsgruppe „Helfer ohne Pässe“ weist darauf hin, dass die Lager voll sind.'],
    ['de organisation opening the sentence', 'de', '„Bäcker für Frieden“ sowie das Rote Kreuz kündigten Hilfe an.'],
    ['en show as subject', 'en', '"Morning in the Valley" is a show that airs on Sundays.'],
    ['nl paper as subject', 'nl', '"Het Kanaal" meldt dat de brug dicht is.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });
  it('de: a paper named in marks right after the cue is the speaker, not a quote', () => {
    const qs = run(['„Er war der leise Kopf der Band“, schrieb „Die Abendpost“ in einem Nachruf.'], 'de');
    expect(texts(qs)).toEqual(['Er war der leise Kopf der Band']);
    expect(qs[0]!.speaker).toMatchObject({ name: 'Die Abendpost', kind: 'organization' });
  });
  it.each([
    ['en', 'According to the newspaper, "the program was never audited."', 'newspaper'],
    ['fr', '« Le programme n’a jamais été contrôlé », écrit le quotidien.', 'quotidien'],
    ['nl', '"Het programma is nooit gecontroleerd," schrijft de krant.', 'krant'],
    ['de', '„Das Programm wurde nie geprüft“, schreibt das Nachrichtenmagazin.', 'Nachrichtenmagazin'],
  ])('%s: a medium named by what it is speaks as an organisation', (lang, paragraph, name) => {
    const qs = run([paragraph], lang);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toMatchObject({ name, kind: 'organization' });
  });
  it('de: "als „…“ bezeichnet" is still a quote', () => {
    const qs = run(['Ihre Bilder werden von Kennern als „Wegmarken der Malerei“ bezeichnet.'], 'de');
    expect(texts(qs)).toEqual(['Wegmarken der Malerei']);
  });
  it('de: a slogan after a speech cue is still a quote', () => {
    const qs = run(['Die Menge skandierte dabei Parolen wie zum Beispiel „Stoppt den Lärm“ und zog weiter.'], 'de');
    expect(texts(qs)).toEqual(['Stoppt den Lärm']);
  });
});

describe('transcripts reproduced in marks', () => {
  it('en: lines with a speaker label in capitals are not quotations', () => {
    const qs = run(['Part of the exchange follows:', '"HOST: Senator, did you know about the memo?', '"SEN. MARLOW: I did not, and I said so at the time.', '"Q: Will you testify?']);
    expect(qs).toEqual([]);
  });
  it('en: a quote that opens with a capitalised word and a colon elsewhere is kept', () => {
    const qs = run(['"The answer is simple: we build," Marlow said.']);
    expect(texts(qs)).toEqual(['The answer is simple: we build,']);
  });
});

describe('more reporting verbs', () => {
  it('en: "shot back", "barked", "beamed" attribute the quote', () => {
    const qs = run(['Lee kept interrupting. "You had your turn," Moss shot back.', '"Sit down," Moss barked.', '"What a night!" beamed Ana Ruiz of Tampa.']);
    expect(speakers(qs)).toEqual(['Moss', 'Moss', 'Ana Ruiz']);
  });
});

describe('the sentence after a quote that closes its own sentence', () => {
  it('en: a later narrative sentence with a cue does not take the second half of a split quote', () => {
    const qs = run(['"The budget is balanced," Mayor Ann Lake said. "We start building in May." Critics of the plan in the council said the numbers were wrong.']);
    expect(speakers(qs)).toEqual(['Ann Lake', 'Ann Lake']);
  });
  it('en: a cue right after such a quote still attributes it', () => {
    const qs = run(['"We start building in May." Lake said it twice.']);
    expect(qs[0]!.speaker?.name).toBe('Lake');
  });
});

describe('articles as name particles', () => {
  it('de: "von der" and "van den" stay inside a name', () => {
    const qs = run(['„Wir sind uns einig“, sagte Ulrike von der Heide.', '„Wir auch“, sagte Pieter van den Broek.'], 'de');
    expect(speakers(qs)).toEqual(['Ulrike von der Heide', 'Pieter van den Broek']);
  });
  it('de: "vom" (von dem) is not a name particle', () => {
    const qs = run(['Die Demonstranten zogen vom Hauptbahnhof zum Rathaus und skandierten „Stoppt den Lärm“.'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Demonstranten');
  });
  it('de: a genitive article does not join two nouns into a name', () => {
    const qs = run(['Der Sprecher betonte die Rolle der Vorsitzenden: „Die Entscheidungen fallen im Kreise der Parteivorsitzenden.“'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Sprecher');
  });
});

describe('German subjects with appositions and subordinate clauses', () => {
  it('de: a full name between commas before the verb is the speaker, not the object after it', () => {
    const qs = run(['Der Vorsitzende des Bauverbands in Sachsen, Michael Kramer, kritisierte die Entscheidung der Behörde: „Das ist falsch.“'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Michael Kramer');
  });
  it('de: a role then a name between commas', () => {
    const qs = run(['Der neue Verkehrsminister, Jan Kaya, bezeichnete das Projekt als „großen Fehler“.'], 'de');
    expect(qs[0]!.speaker?.name).toBe('Jan Kaya');
  });
  it('de: after a subordinate clause the subject follows the verb', () => {
    const qs = run(['Da die Brauereien auf Wasser angewiesen sind, warnte der Sprecher des Verbands die Politik: „Das geht nicht.“'], 'de');
    expect(qs[0]!.speaker?.mention).toBe('der Sprecher');
  });
  it('nl: after a subordinate clause the subject follows the verb', () => {
    const qs = run(['Omdat de brug dicht is, zei de burgemeester: "We zoeken een oplossing."'], 'nl');
    expect(qs[0]!.speaker?.mention).toBe('de burgemeester');
  });
});

describe('documents as sources of impersonal cues (heißt es)', () => {
  it('de: "In einer Mitteilung … heißt es:" takes the document', () => {
    const qs = run(['In einer Mitteilung des Vereins heißt es: „Wir sind besorgt.“'], 'de');
    expect(qs[0]!.speaker?.mention).toBe('einer Mitteilung');
    expect(qs[0]!.cue).toBe('heißt');
  });
  it('de: "„…“, hieß es vom Abgeordneten X" takes the phrase after the preposition', () => {
    const qs = run(['„Alles deutet auf einen Unfall hin“, hieß es vom Abgeordneten Viktor Oser.'], 'de');
    expect(qs[0]!.speaker?.mention).toBe('Abgeordneten Viktor Oser');
  });
});

describe('sources, glosses and given names in marks', () => {
  const none: [string, string, string][] = [
    ['de source after laut', 'de', 'Laut „nordnachrichten.de“ wurde die Straße gesperrt.'],
    ['nl source after volgens', 'nl', 'Volgens "Het Kanaal" is de brug dicht.'],
    ['de gloss in brackets', 'de', 'Die neue Version (Codename: „Sturmvogel“) erscheint im Mai.'],
    ['de name given, genannt', 'de', 'Der Wolf, auch „Grauer Riese“ genannt, wurde wieder gesichtet.'],
    ['fr name given, surnommé', 'fr', 'Le navire, « la Baleine » surnommé par les marins, est rentré.'],
  ];
  it.each(none)('%s', (_name, lang, paragraph) => {
    expect(run([paragraph], lang)).toEqual([]);
  });
  it('a quoted reply in brackets ending in a comma is kept', () => {
    const qs = run(['One member shouted ("I want my money back," he said later) and left.']);
    expect(texts(qs)).toEqual(['I want my money back,']);
  });
});

describe('linear time', () => {
  // CPU time of this process, not wall time: on a shared machine other processes' load would count too
  const cpuMs = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const d = process.cpuUsage(c0);
    return (d.user + d.system) / 1000;
  };
  const unit = '"„“«‹‘\'‚ ,, »” and „ « ’ \' said he "word ';
  const big = unit.repeat(Math.ceil(5_000_000 / unit.length));

  it('5 MB of unbalanced marks in one paragraph takes under 1.5 s of CPU (about 0.3–0.7 s on an idle machine; the margin is for loaded CI)', () => {
    expect(cpuMs(() => extractQuotes({ paragraphs: [big], language: 'en' }))).toBeLessThan(1500);
  });

  it('5 MB of unbalanced marks over many paragraphs takes under 1.5 s of CPU (about 0.4–0.7 s idle)', () => {
    const paragraphs = big.match(/[^]{1,4000}/g)!;
    expect(cpuMs(() => extractQuotes({ paragraphs, language: 'en' }))).toBeLessThan(1500);
  });
});
