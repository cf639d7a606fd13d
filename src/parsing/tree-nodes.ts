/**
 * Every node of a page's tree in document order, with its parent and index:
 * walked once per tree and shared by the facts and the rules, each of which
 * looks for a few node types (a unist-util-visit walk per collector made a
 * closure per node, every time).
 */
import type { Nodes, Parents, Root } from 'mdast';

export interface VisitedNode {
  node: Nodes;
  parent: Parents | undefined;
  index: number | undefined;
}

const walked = new WeakMap<Root, readonly VisitedNode[]>();

/** The tree's nodes in preorder (document order). Call after the tree's last change (`prepareTree`). */
export function nodesOf(tree: Root): readonly VisitedNode[] {
  let nodes = walked.get(tree);
  if (!nodes) {
    nodes = [];
    eachNode(tree, (node, parent, index) => (nodes as VisitedNode[]).push({ node, parent, index }));
    walked.set(tree, nodes);
  }
  return nodes;
}

/** Call `visit` on every node in preorder; iterative, so a deeply nested page cannot overflow the stack. */
export function eachNode(tree: Root, visit: (node: Nodes, parent: Parents | undefined, index: number | undefined) => void): void {
  visit(tree, undefined, undefined);
  const stack: Array<{ parent: Parents; next: number }> = [{ parent: tree, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.parent.children.length) {
      stack.pop();
      continue;
    }
    const index = top.next++;
    const child = top.parent.children[index] as Nodes;
    visit(child, top.parent, index);
    if ('children' in child && child.children.length > 0) stack.push({ parent: child, next: 0 });
  }
}
