/** A page's `##` sections: heading, title as the site shows it, and the content up to the next heading of level ≤ 2. */
import type { Heading, Root, RootContent } from 'mdast';
import type { SectionConfig } from '../config/config.js';
import { headingText } from './mkdocs/anchors.js';
import { oncePerTree } from './tree-nodes.js';

export interface Section {
  heading: Heading;
  /** Heading text without the attr_list tail, trimmed. */
  title: string;
  content: RootContent[];
}

/** The page's sections, computed once per tree (several rules ask). */
export const sectionsOf = oncePerTree(gatherSections);

function gatherSections(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && !node.data?.mkdocsIgnored && node.depth <= 2) {
      current = node.depth === 2 ? { heading: node, title: normalizeTitle(headingText(node)), content: [] } : undefined;
      if (current) sections.push(current);
      continue;
    }
    current?.content.push(node);
  }
  return sections;
}

export function normalizeTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Does a section title name this configured section (its title or an alias, exactly)? */
export function isSection(title: string, config: SectionConfig): boolean {
  return title === config.title || (config.aliases ?? []).includes(title);
}

/** Comments only (HTML comments and blank HTML), i.e. nothing a reader sees. */
export function isCommentOnly(node: RootContent): boolean {
  return node.type === 'html' && node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '';
}
