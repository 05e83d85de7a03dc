// End-anchored patterns such as /[,;:]+$/ are quadratic in V8 on a long run of those characters that does
// not reach the end: the engine retries the run from every start position. Applying them to a bounded
// tail of the string keeps them linear; a run longer than the window is stripped only as far as the window.

/** Longest tail an end-anchored pattern is applied to. */
export const TAIL_WINDOW = 256;

/** `s.replace(re, replacement)` for a pattern anchored at the end (`…$`), in linear time. */
export function replaceTail(s: string, re: RegExp, replacement = '', window = TAIL_WINDOW): string {
  if (s.length <= window) return s.replace(re, replacement);
  const cut = s.length - window;
  return s.slice(0, cut) + s.slice(cut).replace(re, replacement);
}
