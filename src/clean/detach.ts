// Strings cut out of a page (attribute values, text slices) can be V8 "sliced strings" that keep the whole
// page's HTML alive. A cache that outlives the page must store a copy, or every page it saw stays in memory.

/** A copy of `s` that shares no storage with the string it was cut from. */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
