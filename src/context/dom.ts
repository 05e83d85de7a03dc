// DOM safety: a page nested deeper than MAX_DEPTH elements is flattened below that depth (descendants kept
// in document order), so every later walk, recursive or not, stays within the stack.
import { DomHandler, type AnyNode, type Document, type Element, type ParentNode, type Text } from 'domhandler';
import { Parser } from 'htmlparser2';

export const MAX_DEPTH = 400;

function hasChildren(n: AnyNode): n is AnyNode & ParentNode {
  return Array.isArray((n as ParentNode).children) && (n as ParentNode).children.length > 0;
}

/** Flattens the tree under every node at MAX_DEPTH; returns the depth found (capped). */
export function boundDepth(root: ParentNode): { depth: number; flattened: number } {
  let deepest = 0;
  let flattened = 0;
  const stack: Array<[AnyNode, number]> = root.children.map((c) => [c, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (!hasChildren(node)) continue;
    if (depth >= MAX_DEPTH) {
      flatten(node);
      flattened++;
      continue;
    }
    for (const c of node.children) stack.push([c, depth + 1]);
  }
  return { depth: deepest, flattened };
}

/**
 * The document's elements and text nodes in document order, built in one walk by createContext and shared by
 * every extractor, so none of them has to run a full-document selector query (css-select compiles the selector
 * on every `$('…')` call and then visits every element) or a walk of its own. Read-only: extractors never
 * change the tree, so the index stays true for the whole extraction.
 *
 * Each indexed element's position is kept in its `startIndex` (the source offset htmlparser2 fills only when
 * asked to, which copydesk never does): `indexOf` is a field read, with no map of the page's elements built.
 */
export interface DomIndex {
  /** Every element (tags, <script>, <style>) in document order. */
  readonly elements: readonly Element[];
  /** Every text node in document order. */
  readonly texts: readonly Text[];
  /** `end[i]` is one past the last descendant of `elements[i]`: its subtree is `elements.slice(i + 1, end[i])`. */
  readonly end: Int32Array;
  /**
   * `attrs[i]`: which of the attributes in ATTR `elements[i]` has, one bit each. A loop over the page's elements
   * tests these bits before it looks an attribute up: reading an attribute that is not there costs a hash
   * lookup on an object of its own shape per element, and most elements lack most attributes.
   */
  readonly attrs: Uint16Array;
  /**
   * `texts.slice(textStart[i], textEnd[i])` are the text nodes inside `elements[i]`: a walk over the page's text
   * can jump over an element's subtree without reading its nodes.
   */
  readonly textStart: Int32Array;
  readonly textEnd: Int32Array;
  /**
   * `parent[i]`: the position of `elements[i]`'s parent element, -1 when its parent is not an element (the
   * document). A walk over the page's elements reads its tree from here without touching each node's object.
   */
  readonly parent: Int32Array;
  /** `textParent[t]`: the position of `texts[t]`'s parent element, -1 when its parent is not an element. */
  readonly textParent: Int32Array;
  /** `tag[i]`: the code of `elements[i]`'s tag name, `tagNames[tag[i]]` (codes are this page's own, 0, 1, 2…). */
  readonly tag: Int32Array;
  /** The page's tag names by code, in order of first use: a per-tag answer is worked out once per page. */
  readonly tagNames: readonly string[];
  /** Elements with this lower-case tag name, in document order ([] when none). */
  byTag(name: string): readonly Element[];
  /** The first element with this tag name, or null. */
  first(name: string): Element | null;
  /** Position of an element in `elements`; -1 when it is not in the indexed document. */
  indexOf(el: Element): number;
  /** True when `anc` is `el` or an ancestor of it (constant time for indexed elements). */
  contains(anc: Element, el: Element): boolean;
  /** The elements strictly inside `el`, in document order ([] for an element not indexed). */
  descendants(el: Element): readonly Element[];
}

/** The attribute bits of DomIndex.attrs. */
export const ATTR = {
  class: 1,
  id: 2,
  itemprop: 4,
  rel: 8,
  property: 16,
  href: 32,
  pubdate: 64,
  role: 128,
  /** Any of the lazy-loading sources data-src, data-image-src, data-bg, data-background-image. */
  lazySrc: 256,
  style: 512,
  ariaHidden: 1024,
  hidden: 2048,
  type: 4096,
} as const;

/** The bit of an attribute name (lower-case), 0 for the others. */
function attributeBit(name: string): number {
  switch (name) {
    case 'class':
      return ATTR.class;
    case 'id':
      return ATTR.id;
    case 'itemprop':
      return ATTR.itemprop;
    case 'rel':
      return ATTR.rel;
    case 'property':
      return ATTR.property;
    case 'href':
      return ATTR.href;
    case 'pubdate':
      return ATTR.pubdate;
    case 'role':
      return ATTR.role;
    case 'data-src':
    case 'data-image-src':
    case 'data-bg':
    case 'data-background-image':
      return ATTR.lazySrc;
    case 'style':
      return ATTR.style;
    case 'aria-hidden':
      return ATTR.ariaHidden;
    case 'hidden':
      return ATTR.hidden;
    case 'type':
      return ATTR.type;
    default:
      return 0;
  }
}

/** The attribute bits of an element, from its attributes (for a tree that parseBounded did not build). */
function attributeMask(el: Element): number {
  let mask = 0;
  for (const name in el.attribs) mask |= attributeBit(name);
  return mask;
}

const NONE: readonly Element[] = Object.freeze([]) as readonly Element[];

/** A page's tag names, each with its code (its position in `names`) and its elements in document order. */
class TagTable {
  readonly codes = new Map<string, number>();
  readonly names: string[] = [];
  readonly lists: Element[][] = [];
  /** Adds `el` to its tag's list; returns the tag's code. */
  add(el: Element): number {
    const code = this.codes.get(el.name);
    if (code !== undefined) {
      this.lists[code]!.push(el);
      return code;
    }
    this.codes.set(el.name, this.names.length);
    this.names.push(el.name);
    this.lists.push([el]);
    return this.names.length - 1;
  }
  byTag(name: string): readonly Element[] {
    const code = this.codes.get(name);
    return code === undefined ? NONE : this.lists[code]!;
  }
}

function isTag(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** A typed array twice as long, holding `a`. */
function grow<T extends Int32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * One pre-order walk of the tree under `root`: flattens every subtree below MAX_DEPTH (as boundDepth does) and
 * indexes elements and text nodes in document order. Iterative, so any depth is safe: the stack holds one frame
 * per open ancestor (its children and the position reached in them), not one entry per node; each element's
 * subtree end is noted when the walk leaves it, and its attribute bits go straight into a typed array.
 */
export function indexDocument(root: ParentNode): { index: DomIndex; depth: number; flattened: number } {
  const elements: Element[] = [];
  const texts: Text[] = [];
  let masks = new Uint16Array(256);
  let ends = new Int32Array(256);
  let textStart = new Int32Array(256);
  let textEnd = new Int32Array(256);
  let parents = new Int32Array(256);
  let tagCodes = new Int32Array(256);
  let textParents = new Int32Array(256);
  const tags = new TagTable();
  let deepest = 0;
  let flattened = 0;
  // the frame being walked: the children of `owner` (an element's index, -1 for another node), at depth `depth`
  let kids: readonly AnyNode[] = root.children;
  let pos = 0;
  let owner = -1;
  let depth = 1;
  const kidStack: Array<readonly AnyNode[]> = [];
  const posStack: number[] = [];
  const ownerStack: number[] = [];
  for (;;) {
    if (pos >= kids.length) {
      // every descendant of `owner` is indexed: its subtree ends here
      if (owner >= 0) {
        ends[owner] = elements.length;
        textEnd[owner] = texts.length;
      }
      if (kidStack.length === 0) break;
      kids = kidStack.pop()!;
      pos = posStack.pop()!;
      owner = ownerStack.pop()!;
      depth--;
      continue;
    }
    const node = kids[pos++]!;
    if (depth > deepest && depth <= MAX_DEPTH) deepest = depth;
    if (node.type === 'text') {
      if (texts.length === textParents.length) textParents = grow(textParents);
      textParents[texts.length] = owner;
      texts.push(node as Text);
      continue;
    }
    let at = -1;
    if (isTag(node)) {
      at = elements.length;
      if (at === masks.length) {
        masks = grow(masks);
        ends = grow(ends);
        textStart = grow(textStart);
        textEnd = grow(textEnd);
        parents = grow(parents);
        tagCodes = grow(tagCodes);
      }
      textStart[at] = texts.length;
      masks[at] = attributeMask(node);
      parents[at] = owner;
      tagCodes[at] = tags.add(node);
      node.startIndex = at;
      elements.push(node);
    }
    if (!hasChildren(node)) {
      if (at >= 0) {
        ends[at] = at + 1;
        textEnd[at] = texts.length;
      }
      continue;
    }
    if (depth >= MAX_DEPTH) {
      flatten(node);
      flattened++;
    }
    kidStack.push(kids);
    posStack.push(pos);
    ownerStack.push(owner);
    kids = node.children;
    pos = 0;
    owner = at;
    depth++;
  }
  const index = makeIndex(elements, texts, masks, ends, textStart, textEnd, tags, parents, tagCodes, textParents);
  return { index, depth: deepest, flattened };
}

/** The DomIndex over arrays filled in document order (typed arrays may be longer than `elements`). */
function makeIndex(
  elements: Element[],
  texts: Text[],
  masks: Uint16Array,
  ends: Int32Array,
  textStart: Int32Array,
  textEnd: Int32Array,
  tags: TagTable,
  parents: Int32Array,
  tagCodes: Int32Array,
  textParents: Int32Array,
): DomIndex {
  const n = elements.length;
  const end = ends.subarray(0, n);
  const indexOf = (el: Element): number => {
    const i = el.startIndex;
    return i !== null && i >= 0 && i < n && elements[i] === el ? i : -1;
  };
  return {
    elements,
    texts,
    end,
    attrs: masks.subarray(0, n),
    textStart: textStart.subarray(0, n),
    textEnd: textEnd.subarray(0, n),
    parent: parents.subarray(0, n),
    textParent: textParents.subarray(0, texts.length),
    tag: tagCodes.subarray(0, n),
    tagNames: tags.names,
    byTag: (name) => tags.byTag(name),
    first: (name) => tags.byTag(name)[0] ?? null,
    indexOf,
    contains(anc, el) {
      if (anc === el) return true;
      const a = indexOf(anc);
      const b = indexOf(el);
      if (a < 0 || b < 0) {
        for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
        return false;
      }
      return b > a && b < end[a]!;
    },
    descendants(el) {
      const i = indexOf(el);
      return i < 0 ? NONE : elements.slice(i + 1, end[i]);
    },
  };
}

function flatten(top: AnyNode & ParentNode): void {
  const flat: AnyNode[] = [];
  // pre-order walk with an explicit stack (children pushed in reverse)
  const stack: AnyNode[] = [...top.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    flat.push(n);
    if (hasChildren(n)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      n.children = [];
    }
  }
  flat.forEach((n, i) => {
    n.parent = top;
    n.prev = flat[i - 1] ?? null;
    n.next = flat[i + 1] ?? null;
  });
  top.children = flat;
}

/**
 * Tag nesting allowed into the parser. htmlparser2 (like parse5) keeps its open-element stack with
 * unshift/shift, so a page nested 100,000 deep costs seconds to parse; tags beyond this depth are dropped
 * before parsing (their text is kept), which makes parsing linear again.
 */
export const MAX_TAG_DEPTH = 1000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'command']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** How far down the stack a closing tag looks for its opening tag: bounded, so stray closers stay cheap. */
const CLOSE_SEARCH = 64;

/** Called for each tag with its lower-case name, span [start, end) and depth; return false to drop it. */
type TagVisitor = (name: string, closing: boolean, start: number, end: number, depth: number) => boolean;

/** The closing tag of each raw-text element, compiled once (`lastIndex` is set before every use). */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** One linear pass over the tags of `html` (raw-text elements skipped), tracking nesting depth. */
function scanTags(html: string, visit: TagVisitor): void {
  const stack: string[] = [];
  let i = 0;
  let nextGt = -1;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    let j = lt + 1;
    const closing = html.charCodeAt(j) === 47; // '/'
    if (closing) j++;
    if (!isNameStart(html.charCodeAt(j))) {
      i = lt + 1;
      continue;
    }
    let k = j;
    while (k < html.length && isNameChar(html.charCodeAt(k))) k++;
    if (nextGt < k) nextGt = html.indexOf('>', k);
    if (nextGt < 0) return;
    const name = html.slice(j, k).toLowerCase();
    const end = nextGt + 1;
    i = end;
    if (closing) {
      const from = stack.length - 1;
      for (let d = from; d >= 0 && d > from - CLOSE_SEARCH; d--) {
        if (stack[d] === name) {
          stack.length = d;
          break;
        }
      }
      visit(name, true, lt, end, stack.length);
      continue;
    }
    const selfClosing = html.charCodeAt(nextGt - 1) === 47;
    const keep = visit(name, false, lt, end, stack.length + 1);
    const re = RAW_TEXT_END.get(name);
    if (re) {
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index : html.length;
      continue;
    }
    if (keep && !VOID.has(name) && !selfClosing) stack.push(name);
  }
}

/** Thrown (once made, never captured with a stack) when the parser's open elements grow past MAX_TAG_DEPTH. */
const TOO_DEEP = Object.freeze({ tooDeep: true });

/**
 * htmlparser2's DOM builder, stopping the parse as soon as an element would open deeper than MAX_TAG_DEPTH,
 * and building the DomIndex in the same pass: every node is added to the tree in document order, so each
 * element and text node takes its place in the index as it is created (no walk of the finished tree), and
 * an element's subtree end is noted when the parser closes it. The attribute bits of ATTR are collected as
 * the parser reports each attribute.
 *
 * A tree that indexDocument would change (a node below MAX_DEPTH, flattened there) or one this pass cannot
 * see whole (CDATA text, added without addNode) is marked `walk`: it is indexed by indexDocument instead.
 */
class IndexingHandler extends DomHandler {
  private bits = 0;
  walk = false;
  readonly elements: Element[] = [];
  readonly texts: Text[] = [];
  masks = new Uint16Array(1024);
  ends = new Int32Array(1024);
  textStart = new Int32Array(1024);
  textEnd = new Int32Array(1024);
  parents = new Int32Array(1024);
  tagCodes = new Int32Array(1024);
  textParents = new Int32Array(1024);
  readonly tags = new TagTable();

  onopentagname(): void {
    this.bits = 0;
  }
  onattribute(name: string): void {
    this.bits |= attributeBit(name);
  }
  override onopentag(name: string, attribs: Record<string, string>): void {
    // tagStack holds the document and the open elements: the new element's depth is its length
    if (this.tagStack.length > MAX_TAG_DEPTH) throw TOO_DEEP;
    super.onopentag(name, attribs);
    this.bits = 0;
  }
  override addNode(node: AnyNode): void {
    // the parent's depth is tagStack.length - 1: indexDocument flattens a parent at MAX_DEPTH or deeper
    if (this.tagStack.length > MAX_DEPTH) this.walk = true;
    super.addNode(node);
    if (node.type === 'text') {
      const t = this.texts.length;
      if (t === this.textParents.length) this.textParents = grow(this.textParents);
      // the parent's position (the document's startIndex is null: -1)
      this.textParents[t] = node.parent!.startIndex ?? -1;
      this.texts.push(node as Text);
    } else if (isTag(node)) {
      const at = this.elements.length;
      if (at === this.masks.length) {
        this.masks = grow(this.masks);
        this.ends = grow(this.ends);
        this.textStart = grow(this.textStart);
        this.textEnd = grow(this.textEnd);
        this.parents = grow(this.parents);
        this.tagCodes = grow(this.tagCodes);
      }
      this.masks[at] = this.bits;
      this.textStart[at] = this.texts.length;
      this.parents[at] = node.parent!.startIndex ?? -1;
      this.tagCodes[at] = this.tags.add(node);
      node.startIndex = at;
      this.elements.push(node);
    }
  }
  override onclosetag(): void {
    const at = this.tagStack[this.tagStack.length - 1]!.startIndex;
    if (at !== null && at >= 0) {
      this.ends[at] = this.elements.length;
      this.textEnd[at] = this.texts.length;
    }
    super.onclosetag();
  }
  override oncdatastart(): void {
    this.walk = true;
    super.oncdatastart();
  }
}

/** A parsed document and its index (as indexDocument gives them). */
export interface IndexedDocument {
  doc: Document;
  index: DomIndex;
  /** Depth found (capped at MAX_DEPTH); 0 when the tree was indexed in the parse (nothing was flattened). */
  depth: number;
  flattened: number;
}

/**
 * The document as cheerio/slim's `load` parses it (htmlparser2, HTML mode, entities decoded), indexed, or null
 * when its elements nest deeper than MAX_TAG_DEPTH: such a page goes through limitNesting first. Ordinary
 * pages are parsed once with no scan before, since the parser's own open-element stack tells the depth.
 */
export function parseIndexed(html: string): IndexedDocument | null {
  const h = new IndexingHandler();
  try {
    new Parser(h).end(html);
  } catch (e) {
    if (e === TOO_DEEP) return null;
    throw e;
  }
  if (h.walk) {
    // startIndex now holds each element's position: indexDocument reads the attributes again
    for (const el of h.elements) el.startIndex = null;
    return { doc: h.root, ...indexDocument(h.root) };
  }
  const index = makeIndex(h.elements, h.texts, h.masks, h.ends, h.textStart, h.textEnd, h.tags, h.parents, h.tagCodes, h.textParents);
  return { doc: h.root, index, depth: 0, flattened: 0 };
}

/** The document as parseIndexed parses it (without its index), or null when it nests too deep. */
export function parseBounded(html: string): Document | null {
  return parseIndexed(html)?.doc ?? null;
}

/** Drops tags nested deeper than `limit` (text kept). Returns the HTML unchanged when it is shallower. */
export function limitNesting(html: string, limit = MAX_TAG_DEPTH): { html: string; dropped: number } {
  let deepest = 0;
  scanTags(html, (_name, _closing, _start, _end, depth) => {
    if (depth > deepest) deepest = depth;
    return true;
  });
  if (deepest <= limit) return { html, dropped: 0 };
  const parts: string[] = [];
  const skipped = new Map<string, number>();
  let last = 0;
  let dropped = 0;
  scanTags(html, (name, closing, start, end, depth) => {
    let keep = true;
    if (!closing && depth > limit && !VOID.has(name)) {
      skipped.set(name, (skipped.get(name) ?? 0) + 1);
      keep = false;
    } else if (closing && (skipped.get(name) ?? 0) > 0) {
      skipped.set(name, skipped.get(name)! - 1);
      keep = false;
    }
    if (!keep) {
      parts.push(html.slice(last, start));
      last = end;
      dropped++;
    }
    return keep;
  });
  parts.push(html.slice(last));
  return { html: parts.join(''), dropped };
}

/**
 * The element index of each document loaded by createContext, by its cheerio instance: helpers that are given
 * only `$` (the metadata rule tables) find the context's index here instead of walking the page again.
 */
const indexes = new WeakMap<object, DomIndex>();

/** Remembers `dom` as the index of the document `$` was loaded from. */
export function registerIndex($: object, dom: DomIndex): void {
  indexes.set($, dom);
}

/** The index createContext built for `$`; one is built (and kept) for a document loaded elsewhere. */
export function indexOfDocument($: { root(): ArrayLike<AnyNode> }): DomIndex {
  let dom = indexes.get($);
  if (!dom) {
    const root = $.root()[0] as ParentNode | undefined;
    dom = indexDocument(root ?? ({ children: [] } as unknown as ParentNode)).index;
    indexes.set($, dom);
  }
  return dom;
}
