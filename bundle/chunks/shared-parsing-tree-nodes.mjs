import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/parsing/tree-nodes.js
function oncePerTree(compute) {
  const results = /* @__PURE__ */ new WeakMap();
  return (tree, ...rest) => {
    if (!results.has(tree))
      results.set(tree, compute(tree, ...rest));
    return results.get(tree);
  };
}
var nodesOf = oncePerTree((tree) => {
  const nodes = [];
  eachNode(tree, (node, parent, index) => nodes.push({ node, parent, index }));
  return nodes;
});
function eachNode(tree, visit) {
  visit(tree, void 0, void 0);
  const stack = [{ parent: tree, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.parent.children.length) {
      stack.pop();
      continue;
    }
    const index = top.next++;
    const child = top.parent.children[index];
    visit(child, top.parent, index);
    if ("children" in child && child.children.length > 0)
      stack.push({ parent: child, next: 0 });
  }
}

export {
  oncePerTree,
  nodesOf,
  eachNode
};
