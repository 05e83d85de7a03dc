import { describe, expect, it } from 'vitest';
import { agencyName, cleanCredit, looksLikeCredit, parseCredit, splitCaptionCredit } from '../../src/clean/credit.js';
import { cpuNow } from '../helpers/cpu.js';

describe('splitCaptionCredit: every printed form', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    // [form, text, caption, credit]
    ['Credit: (en)', 'Federal Justice Minister Paul Van Tigchelt. Credit: Belga', 'Federal Justice Minister Paul Van Tigchelt.', 'Belga'],
    ['Photo: X/AFP (en)', 'Ferry passengers wait at the quay. Photo: Jan Peeters/AFP', 'Ferry passengers wait at the quay.', 'Jan Peeters/AFP'],
    ['(Photo: X, AP) at the end (en)', 'The reading room stays open late. (Photo: Mike Christy, AP)', 'The reading room stays open late.', 'Mike Christy, AP'],
    ['© agency (en)', 'Cranes on the east quay © Reuters', 'Cranes on the east quay', 'Reuters'],
    ['agency stamp (nl)', 'Minister Van Tigchelt bij de opening. BELGA PHOTO BENOIT DOPPAGNE', 'Minister Van Tigchelt bij de opening.', 'BELGA PHOTO BENOIT DOPPAGNE'],
    ['Foto: (de)', 'Züge am Hauptbahnhof in Köln. Foto: dpa', 'Züge am Hauptbahnhof in Köln.', 'dpa'],
    ['Crédit photo : (fr)', 'Le tram de la côte à Ostende. Crédit photo : Jean Dupont', 'Le tram de la côte à Ostende.', 'Jean Dupont'],
    ['Beeld: (nl)', 'Jonge bomen in het stadspark. Beeld: ANP', 'Jonge bomen in het stadspark.', 'ANP'],
    ['Image: (en)', 'A solar farm near Namur. Image: Getty Images', 'A solar farm near Namur.', 'Getty Images'],
    ['Bild: (de)', 'Der neue Bahnsteig. Bild: Anna Schmidt', 'Der neue Bahnsteig.', 'Anna Schmidt'],
    ['Photo by X on Unsplash (en)', 'Photo by Jane Roe on Unsplash', null, 'Jane Roe on Unsplash'],
    ['Photograph by (en)', 'Photograph by Robin Vale/AFP/Getty Images', null, 'Robin Vale/AFP/Getty Images'],
    ['trailing credit in parentheses (en)', 'Shoppers queue for gas cans on Tuesday. (Lena Park/The Union via AP)', 'Shoppers queue for gas cans on Tuesday.', 'Lena Park/The Union via AP'],
    ['trailing agency in parentheses (fr)', 'Le port de Zeebruges (AFP)', 'Le port de Zeebruges', 'AFP'],
    ['bare label in parentheses (fr)', 'Un pêcheur à Nieuport, le 3 mai. (Photo Marc Leroy. AFP)', 'Un pêcheur à Nieuport, le 3 mai.', 'Marc Leroy. AFP'],
    ['(Image: AGENCY ) (en)', 'Protesters fill the square (Image: GETTY )', 'Protesters fill the square', 'GETTY'],
    ['separator and agency (es)', 'El presidente en Bruselas / AFP', 'El presidente en Bruselas', 'AFP'],
    ['| Foto: (pt)', 'O presidente do Senado em Brasília | Foto: Ana Lima/STF', 'O presidente do Senado em Brasília', 'Ana Lima/STF'],
    ['Foto: with full stop (es)', 'Puerto de Montevideo. Foto: Archivo El País.', 'Puerto de Montevideo.', 'Archivo El País'],
    ['credit alone with label (de)', 'Foto: Getty Images/EyeEm (Symbolbild)', null, 'Getty Images/EyeEm (Symbolbild)'],
    ['Créditos in parentheses (es)', 'La ciclista en la pista. (Créditos: Guatemala.com)', 'La ciclista en la pista.', 'Guatemala.com'],
    ['Source: (en)', 'Source: Supplied', null, 'Supplied'],
  ];
  it.each(cases)('%s', (_form, text, caption, credit) => {
    expect(splitCaptionCredit(text)).toEqual({ caption, credit });
  });
});

describe('splitCaptionCredit: captions that hold no credit', () => {
  const cases: string[] = [
    'The minister (left) with the mayor of Ghent.',
    'Zwei Züge (2019) im Bahnhof.',
    'A couple who died are suspected to have eaten a marmot - a large rodent',
    'Les photos du week-end : le carnaval de Binche.',
    'The photo shows the harbour at dawn.',
    'Een foto van de haven (archief)',
    'Photographers gathered outside the court on Monday.',
    'Jorge Peralta (CC BY 2.0)',
    '',
  ];
  it.each(cases)('%j', (text) => {
    expect(splitCaptionCredit(text).credit).toBeNull();
  });
});

describe('cleanCredit', () => {
  it.each([
    ['Photo: Jane Doe/AFP', 'Jane Doe/AFP'],
    ['© Aaron Smith', 'Aaron Smith'],
    ['(Joshua Roberts/Reuters)', 'Joshua Roberts/Reuters'],
    ['| Foto: Nelson Jr./STF', 'Nelson Jr./STF'],
    ['Image via Getty Images', 'Getty Images'],
    ['© Ben\u200b Stansall/\u200bAFP', 'Ben Stansall/AFP'],
    ['AP Photo/Alan Diaz, File', 'AP Photo/Alan Diaz, File'],
    ['Courtesy Google', 'Courtesy Google'],
  ])('%j → %j', (raw, want) => expect(cleanCredit(raw)).toBe(want));
  it('refuses sentences', () => {
    expect(cleanCredit('This is a long sentence that goes on and on about the harbour and its cranes and the weather in the port')).toBeNull();
    expect(cleanCredit('   ')).toBeNull();
    expect(cleanCredit(null)).toBeNull();
  });
});

describe('parseCredit: photographer and agencies', () => {
  it.each([
    ['Fethi Belaid/AFP/Getty Images', 'Fethi Belaid', ['AFP', 'Getty Images']],
    ['BELGA PHOTO BENOIT DOPPAGNE', 'Benoit Doppagne', ['Belga']],
    ['Belga', null, ['Belga']],
    ['AP Photo/Alan Diaz, File', 'Alan Diaz', ['AP']],
    ['Jeon Heon-Kyun/EPA, via Shutterstock', 'Jeon Heon-Kyun', ['EPA', 'Shutterstock']],
    ['Natalie Naccache | Bloomberg | Getty Images', 'Natalie Naccache', ['Bloomberg', 'Getty Images']],
    ['Ashraf Shazly/Agence France-Presse — Getty Images', 'Ashraf Shazly', ['AFP', 'Getty Images']],
    ['Mike Christy, AP', 'Mike Christy', ['AP']],
    ['Foto: dpa', null, ['dpa']],
    ['ANP', null, ['ANP']],
  ])('%j', (credit, photographer, agencies) => {
    const p = parseCredit(credit.replace(/^Foto: /, ''));
    expect(p.photographer).toBe(photographer);
    expect(p.agencies).toEqual(agencies);
  });
  it('finds nothing in nothing', () => expect(parseCredit(null)).toEqual({ photographer: null, agencies: [] }));
});

describe('agency dictionary', () => {
  it('knows aliases', () => {
    expect(agencyName('Agence France-Presse')).toBe('AFP');
    expect(agencyName('getty')).toBe('Getty Images');
    expect(agencyName('picture-alliance')).toBe('picture alliance');
    expect(agencyName('Jan Peeters')).toBeNull();
  });
  it('tells credit-like fragments from stage directions', () => {
    expect(looksLikeCredit('AFP')).toBe(true);
    expect(looksLikeCredit('Lena Park/The Union via AP')).toBe(true);
    expect(looksLikeCredit('left')).toBe(false);
    expect(looksLikeCredit('pictured with her husband in 2019')).toBe(false);
  });
});

describe('cleaners stay fast on adversarial text', () => {
  const inputs = [
    ','.repeat(100_000),
    'a'.repeat(1_000_000),
    '('.repeat(50_000) + 'Photo: ' + ')'.repeat(50_000),
    'Photo: '.repeat(20_000),
    ' / AFP'.repeat(30_000),
    '© '.repeat(50_000),
    'BELGA PHOTO '.repeat(10_000),
  ];
  it.each(inputs.map((s, i) => [i, s] as const))('input %i', (_i, s) => {
    const t0 = cpuNow();
    splitCaptionCredit(s);
    cleanCredit(s);
    parseCredit(s);
    looksLikeCredit(s);
    expect(cpuNow() - t0).toBeLessThan(250);
  });
});
