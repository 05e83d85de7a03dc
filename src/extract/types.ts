// The shape every extractor shares: a value and the rule that gave it (kept in the record's provenance).
export interface Found<T> {
  value: T;
  /** Name of the rule that produced the value (e.g. "jsonld", "meta:og:title", "h1"); null when nothing was found. */
  source: string | null;
}

export const nothing = <T>(value: T): Found<T> => ({ value, source: null });
