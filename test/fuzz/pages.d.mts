// Types for pages.mjs (plain JS so that scripts/fuzz.mjs can import it without a build step).
import type { Arbitrary } from 'fast-check';

export declare const QUOTE_MARKS: string[];
export type Mutation = [string, ...unknown[]];
export interface PageValue {
  base: string;
  mutations: Mutation[];
}
export declare const generatedPage: Arbitrary<string>;
export declare const hostileSnippet: Arbitrary<string>;
export declare const byteArbitrary: Arbitrary<Uint8Array>;
export declare function mutate(page: string, m: Mutation): string;
export declare function pageArbitrary(seeds: string[]): Arbitrary<PageValue>;
export declare function buildPage(value: PageValue): string;
export declare function checkPage(
  html: string,
  api: { extractArticle: (html: string, o?: object) => unknown; checkArticle: (r: unknown) => unknown[] },
  maxMs: number,
): { outcome: 'record' | 'error'; ms: number };
