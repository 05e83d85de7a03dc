import { describe, expect, it } from 'vitest';
import { detach } from '../../src/clean/detach.js';

describe('detach', () => {
  it('returns an equal string', () => {
    const page = '<div class="article-body main">' + 'x'.repeat(100_000);
    const cut = page.slice(12, 29);
    expect(detach(cut)).toBe('article-body main');
    expect(detach('')).toBe('');
  });
});
