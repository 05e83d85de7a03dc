// Fields counted in the run report's coverage: a field covers a record when it is non-empty.
// Kept apart from the worker so the main thread never loads the extractors.
export const COVERAGE_FIELDS = [
  'url', 'headline', 'authors', 'byline', 'datePublished', 'dateModified', 'language', 'siteName',
  'articleBody', 'quotes', 'images', 'copyright',
] as const;

export function isPresent(v: unknown): boolean {
  if (v == null) return false;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
