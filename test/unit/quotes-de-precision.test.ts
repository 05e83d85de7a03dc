// German quote extraction: spans in „…“ that are names, titles or glosses rather than quotations, and the
// speaker words German word order puts around a cue. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/extract/quotes.js';

const run = (paragraphs: string[], language = 'de'): Quote[] => extractQuotes({ paragraphs, language });
const texts = (qs: Quote[]) => qs.map((q) => q.text);

describe('de: "so" after a quote opening the next clause is no attribution', () => {
  it('„…“, so wurde …: no quote', () => {
    expect(run(['Galt er noch vor seinem Amtsantritt als „Hardliner der Partei“, so wurde seine Rede doch gelobt.'])).toEqual([]);
  });
  it('„…“, so der Minister …: a quote with its speaker', () => {
    const qs = run(['„Wir sind bereit“, so der Minister Karl Berg.']);
    expect(texts(qs)).toEqual(['Wir sind bereit']);
    expect(qs[0]!.speaker?.name).toBe('Karl Berg');
  });
});

describe('de: a short phrase inside a bracket is a gloss', () => {
  it('a translation in square brackets: no quote', () => {
    expect(texts(run(['Das Festival heißt „Dni Kino“ [auf Deutsch: „Tage des Kinos“].']))).toEqual([]);
  });
  it('a gloss after an abbreviation in parentheses: no quote', () => {
    expect(run(['Die Gruppe trat der Partei „Ruch Ludowy“ bei (etwa: „Volksbewegung“, engl. „the people’s movement“).'])).toEqual([]);
  });
  it('a cue inside the bracket keeps the quote', () => {
    expect(texts(run(['Die Ministerin (sie sagte dazu: „wir warten ab“) blieb ruhig.']))).toEqual(['wir warten ab']);
  });
});

describe('de: titles of works and media', () => {
  it('after a compound work noun ("im Fachblatt „…“"): no quote', () => {
    expect(run(['Sein Satz wird im Fachblatt „Neue Technik heute“ zitiert.'])).toEqual([]);
  });
  it('after a colon closing a sentence that names a work: no quote', () => {
    expect(run(['Ihr erstes Buch erschien im Jahr 2001: „Die lange Reise“.'])).toEqual([]);
  });
  it('after a colon, with a cue after the quote: a quote', () => {
    const qs = run(['Der Trainer war mit dem Spiel zufrieden: „Ein guter Start“, sagte er.']);
    expect(texts(qs)).toEqual(['Ein guter Start']);
  });
});

describe('de: speakers', () => {
  it('a sentence opener ("Als", "Insbesondere") is not part of the name', () => {
    expect(run(['Als Grund nannte Lea Vogt: „Wir haben kein Geld mehr.“'])[0]!.speaker?.name).toBe('Lea Vogt');
    expect(run(['Insbesondere Tom Rau: „Das geht nicht.“'])[0]!.speaker?.name).toBe('Tom Rau');
  });
  it('an object with an accusative possessive after the cue is not the speaker', () => {
    const qs = run(['Die Regierungschefin Lara Beck trat zurück.', 'Beck begründete ihren Schritt mit den Worten: „Ich muss jetzt gehen.“']);
    expect(qs[0]!.speaker?.name).toBe('Lara Beck');
  });
});

describe('de: quotation forms found without a cue verb', () => {
  it('words carried or chanted: "mit der Aufschrift „…“", "die Parole „…“", "Sprüche wie „…“"', () => {
    expect(texts(run(['Die Demonstranten trugen Schilder mit der Aufschrift „Kein Krieg“ durch die Stadt.']))).toEqual(['Kein Krieg']);
    expect(texts(run(['Auf dem Transparent an der Spitze war die Parole „Wir bleiben hier“ zu lesen.']))).toEqual(['Wir bleiben hier']);
    expect(texts(run(['Auf den Plakaten standen Sprüche wie „Nieder mit der Regierung“ und andere.']))).toEqual(['Nieder mit der Regierung']);
  });
  it('two quotations joined by "und" share the speaker', () => {
    const qs = run(['Die Reform sei nötig, hatte Ministerin Eva Roth erklärt: „Wir senken die Kosten.“ und „Wir bleiben dabei.“']);
    expect(texts(qs)).toEqual(['Wir senken die Kosten.', 'Wir bleiben dabei.']);
    expect(qs[1]!.speaker?.name).toBe('Eva Roth');
  });
  it('"Mit den Worten „…“" names the words as spoken', () => {
    expect(texts(run(['Mit den Worten „Jetzt wird alles anders“ verabschiedete sich Lars Eck.']))).toEqual(['Jetzt wird alles anders']);
  });
  it('a sentence in brackets right after a name is that person’s', () => {
    const qs = run(['Unter den Gästen waren der Verbandschef Max Kohl („Das war überfällig.“) und andere.']);
    expect(qs[0]!.speaker?.name).toBe('Max Kohl');
  });
  it('names joined by "und", or a name in brackets, stay no quote', () => {
    expect(run(['Die Marke „Blaue Welle“ und „Rote Welle“ gibt es seit Jahren.'])).toEqual([]);
    expect(run(['Im Saal saßen viele Gäste (etwa der Chor „Neue Stimmen“) und Nachbarn.'])).toEqual([]);
    expect(run(['Er lobte das Projekt „Neue Wege“ mit den Worten, es sei gut.'])).toEqual([]);
  });
});

describe('de: the subject in verb-last and verb-second clauses', () => {
  it('after a quote, the noun of a prepositional phrase before the participle is not the speaker', () => {
    const qs = run(['Das Werk wird umgebaut. „Wir wollen schneller werden“, hatte VW-Chef Tom Wall in einem Interview erklärt.']);
    expect(qs[0]!.speaker?.name).toBe('Tom Wall');
    expect(run(['Die Konferenz war kurz. „Es bleibt dabei“, hat Vera Lind auf der Konferenz gesagt.'])[0]!.speaker?.name).toBe('Vera Lind');
  });
  it('the phrase before a finite auxiliary is the subject, not a noun nearer the participle', () => {
    const qs = run(['Die Runde tagte lange. Stoiber hatte besonders die Rolle der Parteivorsitzenden betont: „Die Entscheidungen fallen hier.“']);
    expect(qs[0]!.speaker?.name).toBe('Stoiber');
    expect(run(['Die Ministerin Eva Lind hat in der Debatte die Rolle der Abgeordneten betont: „Sie entscheiden.“'])[0]!.speaker?.name).toBe('Eva Lind');
    expect(run(['Dazu hatte er die Rolle der Parteivorsitzenden betont: „Sie entscheiden.“'])[0]!.speaker?.mention).toBe('er');
  });
  it('an accusative phrase after the cue is not the speaker, a genitive after a source preposition is', () => {
    const qs = run(['Jan Rust, Sprecher des Vereins, kommentierte den Vorfall am Montag mit den Worten: „Das ist ein Skandal.“']);
    expect(qs[0]!.speaker?.name).toBe('Jan Rust');
    expect(run(['Nach Angaben des Leiters ist das Thema „die Frage der Bildung“.'])[0]!.speaker?.mention).toBe('des Leiters');
  });
  it('an inflected role is a descriptor, not part of the name', () => {
    const qs = run(['Der Rat lobte die Pläne des Verteidigungsministers Karl Hofer.', '„Wir sind gut vorbereitet“, sagte Hofer.']);
    expect(qs[0]!.speaker?.name).toBe('Karl Hofer');
  });
});

describe('de: a long quotation with its own full stop inside the writer’s sentence', () => {
  it('„dass … besteht.“ after a noun phrase with no cue verb: a quote, spoken by the subject', () => {
    const qs = run(['Das Gericht kam damit zu dem Ergebnis, „dass auch in der Gesamtschau keine Grundlage für eine Verurteilung besteht.“']);
    expect(texts(qs)).toEqual(['dass auch in der Gesamtschau keine Grundlage für eine Verurteilung besteht.']);
    expect(qs[0]!.speaker?.mention).toBe('Das Gericht');
  });
  it('a long name ending in an abbreviation ("e.V.") stays no quote', () => {
    expect(run(['Auf der Seite ist nur eine Nachricht des „Vereins für Freies Wissen in Deutschland e.V.“ zu sehen.'])).toEqual([]);
  });
});

describe('de: the subject a sentence opens with, before a colon', () => {
  it('a determiner phrase with a genitive, then a verb that is no cue: the speaker', () => {
    const qs = run(['Die Sängerin Ina Paul zog aufs Land.', 'Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie wir.“']);
    expect(qs[0]!.speaker?.mention).toBe('Die Bewohner des Dorfes');
    const q2 = run(['Die Firma Lenz bestätigte den Vorwurf.', 'Die Firma empfindet die Kritik als ungerecht: „Wir mussten die Ware lagern.“']);
    expect(q2[0]!.speaker?.mention).toBe('Die Firma');
  });
  it('"fragte" and "werfen … vor" are cues', () => {
    expect(run(['Der Geschäftsführer fragte: „Was spricht dagegen?“'])[0]!.speaker?.name).toBe('Geschäftsführer');
    expect(run(['Die Autoren der Studie werfen den Behörden vor: „Es gibt keine Kontrolle.“'])[0]!.speaker?.mention).toBe('Die Autoren der Studie');
  });
  it('an opening prepositional phrase is not the subject', () => {
    const qs = run(['Der Minister Jan Bode sprach lange.', 'Auf der Konferenz in Bonn wurde es laut: „Das reicht nicht.“']);
    expect(qs[0]!.speaker?.mention).not.toBe('Auf der Konferenz');
  });
});

describe('de: present-tense cues after a quote', () => {
  it('"begründet das Gericht", "fragen sich Experten"', () => {
    expect(run(['Das Urteil fiel am Montag. „Eine Beihilfe ist selbst ein Delikt“, begründet das Gericht seine Entscheidung.'])[0]!.speaker?.mention).toBe('das Gericht');
    expect(run(['Denn: „Wozu sollte die Organisation existieren?“ fragen sich Experten.'])[0]!.speaker?.name).toBe('Experten');
  });
  it('the noun "Fragen" is no cue', () => {
    expect(run(['Die Fragen „Wer zahlt?“ und „Wann?“ blieben offen.']).map((q) => q.cue)).not.toContain('Fragen');
  });
});

describe('de: "so" followed by a cue verb and an object pronoun', () => {
  it('„…“, so charakterisierte ihn der … : the subject after the pronoun speaks', () => {
    const qs = run(['Er brachte die Bahn auf Kurs. „Gegenüber seinem Personal ist er die eiserne Hand“, so charakterisierte ihn der Gewerkschafter Bernd Auer.']);
    expect(qs[0]!.speaker?.name).toContain('Bernd Auer');
    expect(qs[0]!.cue).toBe('charakterisierte');
  });
});
