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
