/**
 * Inline exceptions, with remark-message-control's semantics:
 * `<!-- lint disable rule-id … -->` turns the named rules (all, without ids)
 * off from there on, `<!-- lint enable … -->` back on, and
 * `<!-- lint ignore rule-id … -->` silences them in the next node only.
 * Applied by the rule runner after every rule ran, so the CLI, remark-cli and
 * the language server agree. A disable or ignore that silenced nothing is
 * kept for the `lint-directives` rule to report.
 */
import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { nodesOf, oncePerTree } from '../parsing/tree-nodes.js';

export interface Directive {
  /** As written: may be unknown (the lint-directives rule says so). */
  keyword: string;
  /** Rule ids; empty: every rule. */
  rules: string[];
  node: Html;
  /** Where it takes effect: after the comment. */
  from: Point;
  /** `ignore`: the end of the next node (no next node: it applies nowhere). */
  to?: Point;
  /** It silenced at least one message. */
  used: boolean;
}

/** The rule that reports about the directives themselves; its messages are never silenced. */
export const DIRECTIVES_RULE = 'lint-directives';

const COMMENT = /^<!--\s*lint\s+([^\s>]+)([^>]*?)\s*-->$/;

const before = (a: Point, b: Point) => a.line < b.line || (a.line === b.line && a.column < b.column);

/** Every `<!-- lint … -->` comment of the page, in order; found once per tree (the runner and the lint-directives rule ask). */
export const directivesOf = oncePerTree(collect);

function collect(tree: Root): Directive[] {
  const directives: Directive[] = [];
  for (const { node, index, parent } of nodesOf(tree)) {
    if (node.type !== 'html') continue;
    const match = COMMENT.exec(node.value.trim());
    if (!match || !node.position) continue;
    const next = index === undefined ? undefined : parent?.children[index + 1];
    directives.push({
      keyword: match[1],
      rules: match[2].split(/[\s,]+/).filter(Boolean),
      node,
      from: node.position.end,
      to: match[1] === 'ignore' ? (next?.position?.end ?? node.position.end) : undefined,
      used: false,
    });
  }
  return directives;
}

const concerns = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

/** The directive that silences a message at `point` of `ruleId`, if any. */
function silencer(directives: Directive[], point: Point, ruleId: string): Directive | undefined {
  const ignore = directives.find(
    (directive) =>
      directive.keyword === 'ignore' && directive.to && concerns(directive, ruleId) && !before(point, directive.from) && !before(directive.to, point),
  );
  if (ignore) return ignore;
  let last: Directive | undefined;
  for (const directive of directives) {
    if (before(point, directive.from)) break;
    if ((directive.keyword === 'disable' || directive.keyword === 'enable') && concerns(directive, ruleId)) last = directive;
  }
  return last?.keyword === 'disable' ? last : undefined;
}

/** Removes the messages the directives silence; marks the directives that silenced something. */
export function applyDirectives(file: VFile, directives: Directive[]): void {
  if (directives.length === 0) return;
  for (const directive of directives) directive.used = false;
  const kept = file.messages.filter((message) => {
    if (!message.ruleId || message.ruleId === DIRECTIVES_RULE || message.line == null) return true;
    const directive = silencer(directives, { line: message.line, column: message.column ?? 1 }, message.ruleId);
    if (directive) directive.used = true;
    return !directive;
  });
  file.messages.splice(0, file.messages.length, ...kept);
}
