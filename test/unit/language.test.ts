// Language: declared tags normalised to BCP 47, and text detection when a detector is wired in.
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { defaultLanguageDetector, englishShare, extractLanguage, normalizeLanguageTag, setLanguageDetector } from '../../src/extract/language.js';

const ENGLISH = 'The city council decided on Monday to pull down the old bridge over the river, and said that it would build a new one with money from the state. '.repeat(3);
const GERMAN = 'Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss abzureißen und eine neue zu bauen. '.repeat(5);
const lang = (html: string, body = '') => extractLanguage(createContext(html, { url: null }), body);

afterEach(() => setLanguageDetector(null));

describe('normalizeLanguageTag', () => {
  it.each([
    ['de', 'de'],
    ['de_DE', 'de-DE'],
    ['EN-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['fr-FR, en', 'fr-FR'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeLanguageTag(raw)).toBe(want);
  });
  it.each([[''], ['und'], ['xx'], ['not a tag!'], ['12']])('rejects %j', (raw) => {
    expect(normalizeLanguageTag(raw)).toBeNull();
  });
});

describe('extractLanguage', () => {
  it.each([
    ['<html lang>', '<html lang="nl-BE"><body></body></html>', 'nl-BE', 'html:lang'],
    ['Content-Language', '<html><head><meta http-equiv="content-language" content="fr"></head></html>', 'fr', 'meta:content-language'],
    ['og:locale', '<html><head><meta property="og:locale" content="de_AT"></head></html>', 'de-AT', 'meta:og:locale'],
    ['JSON-LD inLanguage', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"en-GB"}</script></head></html>', 'en-GB', 'jsonld:inLanguage'],
  ])('reads %s', (_, html, value, source) => {
    expect(lang(html)).toEqual({ value, source });
  });

  it('finds nothing on a page that declares nothing and no detector', () => {
    expect(lang('<html><body><p>x</p></body></html>', GERMAN).value).toBeNull();
  });

  it('lets the text win over a template default that disagrees', () => {
    setLanguageDetector((t) => (t.includes('Brücke') ? 'de' : null));
    expect(lang('<html lang="en-US"><body></body></html>', GERMAN)).toEqual({ value: 'de', source: 'detect' });
  });

  it('keeps the declared region when the text agrees', () => {
    setLanguageDetector(() => 'de');
    expect(lang('<html lang="de-CH"><body></body></html>', GERMAN)).toEqual({ value: 'de-CH', source: 'html:lang' });
  });

  it('does not detect on a text too short to tell', () => {
    setLanguageDetector(() => 'de');
    expect(lang('<html lang="en"><body></body></html>', 'Kurz.').value).toBe('en');
  });
});

describe('extractLanguage: the detector runs only where the declarations are doubtful', () => {
  const counting = (answer: string) => {
    const calls: string[] = [];
    setLanguageDetector((t) => {
      calls.push(t);
      return answer;
    });
    return calls;
  };

  it('keeps a non-English declaration on a text that does not read as English, without detecting', () => {
    const calls = counting('fr');
    expect(lang('<html lang="de-AT"><body></body></html>', GERMAN)).toEqual({ value: 'de-AT', source: 'html:lang' });
    expect(calls).toHaveLength(0);
  });

  it('keeps an English declaration on an English text, without detecting', () => {
    const calls = counting('fr');
    expect(lang('<html lang="en-GB"><body></body></html>', ENGLISH)).toEqual({ value: 'en-GB', source: 'html:lang' });
    expect(calls).toHaveLength(0);
  });

  it('reads an English text under a German template as English, without detecting', () => {
    const calls = counting('de');
    expect(lang('<html lang="de"><body></body></html>', ENGLISH)).toEqual({ value: 'en', source: 'detect' });
    expect(calls).toHaveLength(0);
  });

  it('asks the detector when nothing is declared and the text is not English', () => {
    const calls = counting('de');
    expect(lang('<html><body></body></html>', GERMAN)).toEqual({ value: 'de', source: 'detect' });
    expect(calls).toHaveLength(1);
  });

  it('asks the detector when the declarations disagree', () => {
    const calls = counting('nl');
    const html = '<html lang="en"><head><meta http-equiv="content-language" content="nl-BE"></head><body></body></html>';
    expect(lang(html, 'De gemeenteraad heeft maandag besloten de oude brug over de rivier af te breken. '.repeat(4))).toEqual({ value: 'nl-BE', source: 'meta:content-language' });
    expect(calls).toHaveLength(1);
  });
});

describe('englishShare', () => {
  it('is high for English and low for other languages, even with English loanwords', () => {
    expect(englishShare(ENGLISH)).toBeGreaterThan(0.15);
    expect(englishShare(GERMAN)).toBeLessThan(0.05);
    expect(englishShare('Das Unternehmen arbeitet an einem neuen Feature für die Stories. Dieses ist vor allem für Creator und Influencer interessant, sagte der App Researcher am Montag in Berlin.')).toBeLessThan(0.1);
  });
  it('is 0 on a text too short to tell', () => {
    expect(englishShare('The end of the story.')).toBe(0);
  });
});

describe('the default detector (tinyld)', () => {
  it.each([
    ['de', GERMAN],
    ['fr', 'Le conseil municipal a décidé lundi de démolir le vieux pont sur la rivière et d\'en construire un nouveau. '.repeat(4)],
    ['nl', 'De gemeenteraad heeft maandag besloten de oude brug over de rivier af te breken en een nieuwe te bouwen. '.repeat(4)],
    ['en', 'The city council decided on Monday to pull down the old bridge over the river and to build a new one. '.repeat(4)],
  ])('tells %s', (code, text) => {
    expect(defaultLanguageDetector(text)).toBe(code);
  });

  it('corrects a template default that disagrees with the text', () => {
    setLanguageDetector(defaultLanguageDetector);
    expect(lang('<html lang="en-US"><body></body></html>', GERMAN)).toEqual({ value: 'de', source: 'detect' });
  });
});
