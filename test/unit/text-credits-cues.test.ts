// The outlet finder looks for its cue words with a word scan instead of one case-insensitive pattern over each
// paragraph: this test holds the scan to the whole-word matches that pattern gives.
import { describe, expect, it } from 'vitest';
import { CUE_WORDS, nextCue } from '../../src/extract/credits.js';

const WORDISH = /[\p{L}\p{N}'’-]/u;
/** The starts of whole-word cue matches of /(?:cue|…)/gi, as the finder read them before. */
function byPattern(p: string): number[] {
  const re = new RegExp(`(?:${CUE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const out: number[] = [];
  for (let m = re.exec(p); m; m = re.exec(p)) {
    const at = m.index;
    if ((at > 0 && WORDISH.test(p[at - 1]!)) || (at + m[0].length < p.length && WORDISH.test(p[at + m[0].length]!))) continue;
    out.push(at);
  }
  return out;
}
function byScan(p: string): number[] {
  const out: number[] = [];
  for (let at = nextCue(p, 0); at >= 0; ) {
    out.push(at);
    let end = at;
    while (end < p.length && WORDISH.test(p[end]!)) end++;
    at = nextCue(p, end);
  }
  return out;
}

describe('nextCue: the whole cue words the case-insensitive pattern finds', () => {
  const texts = [
    'The minister told VRT on Monday, according to Le Soir, that De Standaard reports nothing.',
    'TOLD told Told untold toldx -told told- told’s d’après D’APRÈS d\'après l’interview INTERVIEW-',
    'Gegenüber GEGENÜBER gegenueber zufolge ZUFOLGE berichtete Berichtet schreibt SCHREIBT laut LAUT sagte',
    'Selon SELON selon. déclaré DÉCLARÉ Déclaré interrogée INTERROGÉE révélé RÉVÉLÉ écrit ÉCRIT auprès',
    'ſelon ſagte \u212Aeports told\u0301 ıntervıew İnterview dit DIT dıt zei ZEI zegt meldt aldus volgens',
    '123told told123 _told_ (told) "told" «selon» —laut— told\u00a0the 𝐭old 😀told told😀',
    '',
    'a',
    'reportsreports reports report reported reporting REPORTS',
  ];
  it.each(texts.map((t, i) => [i, t] as const))('text %i', (_i, t) => {
    expect(byScan(t)).toEqual(byPattern(t));
  });
  it('agrees on random text made of cue words and odd characters', () => {
    const bits = [...CUE_WORDS.slice(0, 40), ...CUE_WORDS.map((w) => w.toUpperCase()).slice(0, 20), ' ', ' ', '-', "'", '’', 'x', '1', '.', 'ſ', 'é', 'É', 'ß', '\u0130', '\u212A', '😀', 'Ü'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 300; k++) {
      let t = '';
      const parts = 1 + rnd(30);
      for (let j = 0; j < parts; j++) t += bits[rnd(bits.length)];
      expect(byScan(t), JSON.stringify(t)).toEqual(byPattern(t));
    }
  });
});
