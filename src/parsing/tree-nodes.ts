/**
 * Every node of a page's tree in document order, with its parent and index:
 * walked once per tree and shared by the facts and the rules, each of which
 * looks for a few node types (a unist-util-visit walk per collector made a
 * closure per node, every time).
 */
import type { Nodes, Parents, Root } from 'mdast';

interface VisitedNode {
  node: Nodes;
  parent: Parents | undefined;
  index: number | undefined;
}

/** `compute` once per tree (the facts and several rules ask for the same thing); later calls get the first result. */
export function oncePerTree<T, Rest extends unknown[]>(compute: (tree: Root, ...rest: Rest) => T): (tree: Root, ...rest: Rest) => T {
  const results = new WeakMap<Root, T>();
  return (tree, ...rest) => {
    if (!results.has(tree)) results.set(tree, compute(tree, ...rest));
    return results.get(tree) as T;
  };
}

/** The tree's nodes in preorder (document order). Call after the tree's last change (`prepareTree`). */
export const nodesOf = oncePerTree((tree: Root): readonly VisitedNode[] => {
  const nodes: VisitedNode[] = [];
  eachNode(tree, (node, parent, index) => nodes.push({ node, parent, index }));
  return nodes;
});

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
