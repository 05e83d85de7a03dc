// Language: declared tags normalised to BCP 47, and text detection when a detector is wired in.
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context/index.js';
import { defaultLanguageDetector, extractLanguage, normalizeLanguageTag, setLanguageDetector } from '../../src/extract/language.js';

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
