import { describe, expect, it } from 'vitest';
import { replaceTail, TAIL_WINDOW } from '../../src/clean/tail.js';
import { cpuNow } from '../helpers/cpu.js';

describe('replaceTail', () => {
  it.each([
    ['/a/b///', /\/+$/, '/a/b'],
    ['caption –, ', /[\s,–]+$/u, 'caption'],
    ['no trailing run', /,+$/, 'no trailing run'],
  ])('strips the end of %j', (s, re, want) => {
    expect(replaceTail(s, re)).toBe(want);
  });

  it('gives the same result as replace on long strings whose run fits the window', () => {
    const s = 'x'.repeat(10_000) + ',,,';
    expect(replaceTail(s, /,+$/)).toBe(s.replace(/,+$/, ''));
  });

  it('stays linear on a long run that does not reach the end', () => {
    const s = '/'.repeat(400_000) + '!x';
    const t0 = cpuNow();
    expect(replaceTail(s, /\/+$/)).toBe(s);
    expect(cpuNow() - t0).toBeLessThan(500);
    expect(TAIL_WINDOW).toBeGreaterThanOrEqual(128);
  });
});
