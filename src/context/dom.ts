// DOM safety: a page nested deeper than MAX_DEPTH elements is flattened below that depth (descendants kept
// in document order), so every later walk, recursive or not, stays within the stack.
import type { AnyNode, ParentNode } from 'domhandler';

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

interface TagVisitor {
  /** Return false to drop the tag from the output. */
  (tag: { name: string; closing: boolean; start: number; end: number; depth: number }): boolean;
}

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
      visit({ name, closing, start: lt, end, depth: stack.length });
      continue;
    }
    const selfClosing = html.charCodeAt(nextGt - 1) === 47;
    const keep = visit({ name, closing, start: lt, end, depth: stack.length + 1 });
    if (RAW_TEXT.has(name)) {
      const re = new RegExp(`</${name}`, 'gi');
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index : html.length;
      continue;
    }
    if (keep && !VOID.has(name) && !selfClosing) stack.push(name);
  }
}

/** Drops tags nested deeper than `limit` (text kept). Returns the HTML unchanged when it is shallower. */
export function limitNesting(html: string, limit = MAX_TAG_DEPTH): { html: string; dropped: number } {
  let deepest = 0;
  scanTags(html, (t) => {
    if (t.depth > deepest) deepest = t.depth;
    return true;
  });
  if (deepest <= limit) return { html, dropped: 0 };
  const parts: string[] = [];
  const skipped = new Map<string, number>();
  let last = 0;
  let dropped = 0;
  scanTags(html, (t) => {
    let keep = true;
    if (!t.closing && t.depth > limit && !VOID.has(t.name)) {
      skipped.set(t.name, (skipped.get(t.name) ?? 0) + 1);
      keep = false;
    } else if (t.closing && (skipped.get(t.name) ?? 0) > 0) {
      skipped.set(t.name, skipped.get(t.name)! - 1);
      keep = false;
    }
    if (!keep) {
      parts.push(html.slice(last, t.start));
      last = t.end;
      dropped++;
    }
    return keep;
  });
  parts.push(html.slice(last));
  return { html: parts.join(''), dropped };
}
