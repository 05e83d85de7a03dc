// Text credits (wire, contributors) and outlets cited: table-driven, en/fr/nl/de, with cases that must find nothing.
import { describe, expect, it } from 'vitest';
import { extractTextCredits } from '../../src/extract/credits.js';
import { cpuNow } from '../helpers/cpu.js';

const credits = (paragraphs: string[], byline: string | null = null) =>
  extractTextCredits({ paragraphs, byline }).textCredits.map((c) => [c.name, c.role, c.kind, c.paragraph]);
const outlets = (paragraphs: string[]) => extractTextCredits({ paragraphs }).outletsCited.map((o) => [o.name, o.cue]);

const BODY = 'The council met on Monday to discuss the new tram line through the city centre.';

describe('extractTextCredits: wire credits', () => {
  const cases: Array<[string, string[], Array<[string, string, string, number | null]>]> = [
    ['dateline, en', ['BRUSSELS (AFP) - The EU said on Monday it would act.'], [['AFP', 'wire', 'organization', 0]]],
    ['dateline with state, en', ['SANTA FE, N.M. (AP) — A cat who has been missing for five years is home.'], [['AP', 'wire', 'organization', 0]]],
    ['dateline without place, en', ['(Reuters) — The New York State Attorney General sued.'], [['Reuters', 'wire', 'organization', 0]]],
    ['dateline with desk code, de', ['Hamburg (dpa/lno) – Trotz eines Gespräches blieb es beim Streit.'], [['dpa', 'wire', 'organization', 0]]],
    ['sign-off in brackets, de', [BODY, 'Olaf Scholz hat sich dazu bisher skeptisch geäußert. (dpa)'], [['dpa', 'wire', 'organization', 1]]],
    ['sign-off paragraph, en (Belga)', [BODY, '(Belga)'], [['Belga', 'wire', 'organization', 1]]],
    ['(ANP), nl', ['Het kabinet wil de regels aanscherpen. (ANP)'], [['ANP', 'wire', 'organization', 0]]],
    ['With AFP, en', [BODY, 'With AFP'], [['AFP', 'wire', 'organization', 1]]],
    ['Avec AFP, fr', ['Le conseil a voté mardi.', 'Avec AFP'], [['AFP', 'wire', 'organization', 1]]],
    ['Met ANP, nl', ['De raad stemde dinsdag.', 'Met ANP'], [['ANP', 'wire', 'organization', 1]]],
    ['Mit Material von dpa und AFP, de', ['Der Rat stimmte am Dienstag ab.', 'Mit Material von dpa und AFP'],
      [['dpa', 'wire', 'organization', 1], ['AFP', 'wire', 'organization', 1]]],
    ['Mit Material der Nachrichtenagenturen, de', ['Mit Material der Nachrichtenagenturen dpa und Reuters.'],
      [['dpa', 'wire', 'organization', 0], ['Reuters', 'wire', 'organization', 0]]],
    ['glued to the last paragraph, fr', ['Le conseil a voté mardi soir à l’unanimité. (Avec Belga)'], [['Belga', 'wire', 'organization', 0]]],
    ['agency named in full, en', [BODY, 'The Associated Press contributed to this report.'], [['AP', 'wire', 'organization', 1]]],
    ['Reuters contributed, en', [BODY, 'Reuters contributed to this report.'], [['Reuters', 'wire', 'organization', 1]]],
    ['slash list paragraph, de', [BODY, 'AFP/Reuters'], [['AFP', 'wire', 'organization', 1], ['Reuters', 'wire', 'organization', 1]]],
    ['Con información de, es', [BODY, '(Con información de AFP, EFE y Reuters)'],
      [['AFP', 'wire', 'organization', 1], ['EFE', 'wire', 'organization', 1], ['Reuters', 'wire', 'organization', 1]]],
    ['Bron: ANP, nl', ['De raad stemde dinsdag.', 'Bron: ANP'], [['ANP', 'wire', 'organization', 1]]],
  ];
  it.each(cases)('%s', (_name, paragraphs, want) => {
    expect(credits(paragraphs)).toEqual(want);
  });

  it('reads "with AFP" from the byline, outside the body (paragraph null)', () => {
    expect(credits([BODY], 'Jane Doe with AFP')).toEqual([['AFP', 'wire', 'organization', null]]);
    expect(credits([BODY], 'La rédaction avec Belga')).toEqual([['Belga', 'wire', 'organization', null]]);
  });

  it('keeps the credit as printed in text', () => {
    const [c] = extractTextCredits({ paragraphs: ['BRUSSELS (AFP) - The EU said on Monday.'] }).textCredits;
    expect(c).toEqual({ name: 'AFP', role: 'wire', kind: 'organization', text: 'BRUSSELS (AFP)', paragraph: 0 });
  });
});

describe('extractTextCredits: contributors', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['Additional reporting by, en', 'Additional reporting by Joseph Hudak', [['Joseph Hudak', 'reporting', 'person']]],
    ['Reuters footer, en', '(Reporting by Will Dunham; Editing by Tom Brown)',
      [['Will Dunham', 'reporting', 'person'], ['Tom Brown', 'editing', 'person']]],
    ['Reuters footer with commas, en', '(Reporting by Greg Roumeliotis and Koh Gui Qing in New York, with reporting by Herb Lash, editing by Martin Howell.)',
      [['Greg Roumeliotis', 'reporting', 'person'], ['Koh Gui Qing', 'reporting', 'person'], ['Herb Lash', 'reporting', 'person'], ['Martin Howell', 'editing', 'person']]],
    ['Edited by, en', 'Edited by Jane Roe', [['Jane Roe', 'editing', 'person']]],
    ['contributed, with titles and places, en',
      'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
      [['Marcia Dunn', 'contributor', 'person'], ['Vladimir Isachenkov', 'contributor', 'person']]],
    ['outlet possessive dropped, en', 'Fox News’ Jessica Napoli contributed to this report.', [['Jessica Napoli', 'contributor', 'person']]],
    ['Mitarbeit, de', 'Mitarbeit: Anna Meier, Tom Schulz', [['Anna Meier', 'contributor', 'person'], ['Tom Schulz', 'contributor', 'person']]],
    ['Aus dem Englischen von, de', 'Aus dem Englischen von Karl Berger', [['Karl Berger', 'translation', 'person']]],
    ['Traduction, fr', 'Traduction : Marie Dubois', [['Marie Dubois', 'translation', 'person']]],
    ['Avec la collaboration de, fr', 'Avec la collaboration de Jean-Luc Petit', [['Jean-Luc Petit', 'contributor', 'person']]],
    ['Met medewerking van, nl', 'Met medewerking van Pieter van der Berg', [['Pieter van der Berg', 'contributor', 'person']]],
    ['Eindredactie, nl', 'Eindredactie: Sara De Smet', [['Sara De Smet', 'editing', 'person']]],
    ['agency doing the reporting, en', 'Additional reporting by Reuters', [['Reuters', 'reporting', 'organization']]],
  ];
  it.each(cases)('%s', (_name, line, want) => {
    expect(credits([BODY, line]).map(([n, r, k]) => [n, r, k])).toEqual(want);
  });

  it('reads a contributor line glued to the end of the last paragraph', () => {
    expect(credits([`${BODY} Additional reporting by Joseph Hudak.`]).map(([n, r]) => [n, r])).toEqual([['Joseph Hudak', 'reporting']]);
  });
});

describe('extractTextCredits: outlets cited', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['reports, en', 'In January, State Security warned of the rise of ISKP figures, De Standaard reports.', [['De Standaard', 'reports']]],
    ['told, en', '"We are monitoring the situation," Van Tigchelt told VRT.', [['VRT', 'told']]],
    ['according to, en', 'The figure rose by 12%, according to Le Soir.', [['Le Soir', 'according to']]],
    ['told the BBC, en', 'Raab told the BBC it was wrong.', [['BBC', 'told']]],
    ['The dropped, possessive ends, en', "That is 16,000 claims, according to The Washington Post's Fact Checker.", [['Washington Post', 'according to']]],
    ['inverted, en', 'There were 26 cases between 2009 and 2018, reports Reuters.', [['Reuters', 'reports']]],
    ['name with outlet word, en', 'The damage is lasting, according to Medical News Today.', [['Medical News Today', 'according to']]],
    ['selon, fr', 'Le chiffre atteint 12 %, selon Le Monde.', [['Le Monde', 'selon']]],
    ['contraction au, fr', 'Il a déclaré mardi au Soir que la réforme était prête.', [['Soir', 'a déclaré au']]],
    ['aldus, nl', 'Dat is niet nodig, aldus De Morgen.', [['De Morgen', 'aldus']]],
    ['zei tegen, nl', 'Het is te vroeg, zei hij tegen VRT NWS.', [['VRT NWS', 'zei tegen']]],
    ['meldet, de', 'Das meldet die Süddeutsche Zeitung.', [['Süddeutsche Zeitung', 'meldet']]],
    ['berichtet der Spiegel, de', 'Die Zahl stieg deutlich, berichtet der Spiegel.', [['Spiegel', 'berichtet']]],
    ['wie … berichtet with quote marks, de', 'Wie die „Tageszeitung Neues Deutschland“ berichtet, sank die Zahl.', [['Tageszeitung Neues Deutschland', 'berichtet']]],
    ['sagte er dem, de', '„Wir müssen uns ein Bild machen“, sagte er dem NDR.', [['NDR', 'sagte']]],
    ['two outlets, one cue, de', 'Ein Mitglied sagt gegenüber CORRECTIV und Frontal21, dass er verteilt.', [['CORRECTIV', 'gegenüber'], ['Frontal21', 'gegenüber']]],
    ['weekday after the name is not part of it, en', 'Noem told the Argus Leader Monday afternoon.', [['Argus Leader', 'told']]],
    ['longer name ending with a known outlet, en', 'It cost $449,000, according to the Sioux Falls Argus Leader.', [['Sioux Falls Argus Leader', 'according to']]],
    ['one entry per mention', 'Reuters reported the deal. Later, the deal collapsed, Reuters reported.', [['Reuters', 'reported'], ['Reuters', 'reported']]],
  ];
  it.each(cases)('%s', (_name, p, want) => {
    expect(outlets([p])).toEqual(want);
  });

  it('gives each mention its paragraph', () => {
    const r = extractTextCredits({ paragraphs: [BODY, 'Raab told the BBC it was wrong.'] }).outletsCited;
    expect(r).toEqual([{ name: 'BBC', cue: 'told', paragraph: 1 }]);
  });
});

describe('extractTextCredits: cases that must find nothing', () => {
  const nothing: Array<[string, string]> = [
    ['told reporters', 'He told reporters he would go.'],
    ['told the court', 'She told the court it was false.'],
    ['according to a person', 'According to Smith, the plan failed.'],
    ['according to an agency of state', 'Sales rose, according to the Congressional Budget Office.'],
    ['a company, not an outlet', "According to Standard & Poor's, the outlook is stable."],
    ['a place with an outlet word', 'She said in Times Square that it was over.'],
    ['a person who reported', 'Stella Kim reported from Seoul.'],
    ['lower-case word that names a magazine', 'If the time reported to us by the participants is right, it works.'],
    ['agency acronym inside a sentence (es)', 'La Administración Nacional de Puertos (ANP) contrató a 77 personas.'],
    ['agency spelled out in prose (de)', 'Kurz nach der Tat veröffentlichte die Deutsche Presseagentur (dpa) eine Meldung.'],
    ['acronym at the end of a sentence, no sign-off', 'Das Amt arbeitet mit der Demokratischen Partei der Albaner (DPA).'],
    ['contributed in prose', 'Ankush Dua contributed a fix for the devtools permission.'],
    ['contributed in a longer sentence', 'Extractive industries have contributed strongly to the economy.'],
    ['"with" prose', 'With AFP reporters on the ground, the picture is clearer than before.'],
    ['"Mitarbeiter" is no contributor label', 'Mitarbeiter der örtlichen Dienststellen geben Auskunft.'],
    ['photo credit left in the body', 'AP Photo/Evan Vucci'],
    ['edited by in prose', 'Edited by a committee, the book was a failure.'],
    ['a person sharing a word with a known outlet', 'Taylor told Hill he would stay.'],
    ['wer meldet (de)', 'Wer sich meldet, bekommt einen Termin.'],
    ['volgens een persoon (nl)', 'Volgens Jan Peeters is het te laat.'],
    ['selon une personne (fr)', 'Selon Marie Dubois, il est trop tard.'],
  ];
  it.each(nothing)('%s', (_name, p) => {
    expect(extractTextCredits({ paragraphs: [BODY, p] })).toEqual({ textCredits: [], outletsCited: [] });
  });

  it('an empty body gives empty lists', () => {
    expect(extractTextCredits({ paragraphs: [] })).toEqual({ textCredits: [], outletsCited: [] });
    expect(extractTextCredits({ paragraphs: ['', '   '], byline: '' })).toEqual({ textCredits: [], outletsCited: [] });
  });
});

describe('extractTextCredits: adversarial input stays fast', () => {
  const time = (paragraphs: string[]) => {
    const t0 = cpuNow();
    extractTextCredits({ paragraphs, byline: paragraphs[0]!.slice(0, 1000) });
    return cpuNow() - t0;
  };
  it.each([
    ['1 MB of one letter', ['a'.repeat(1_000_000)]],
    ['1 MB of spaces', [' '.repeat(1_000_000)]],
    ['100k commas', [','.repeat(100_000)]],
    ['100k commas after a label', [`Reporting by ${', '.repeat(100_000)}`]],
    ['100k opening brackets', ['('.repeat(100_000)]],
    ['cue words repeated', ['told '.repeat(200_000)]],
    ['capitalised words repeated', ['Told The New York Times reports '.repeat(30_000)]],
    ['many short paragraphs', Array.from({ length: 20_000 }, () => 'With AFP')],
  ])('%s', (_name, paragraphs) => {
    // linear work takes milliseconds; catastrophic backtracking on these inputs would take minutes, so the
    // bound is loose enough for a loaded CI machine and still catches it
    expect(time(paragraphs)).toBeLessThan(2000);
  });
});
