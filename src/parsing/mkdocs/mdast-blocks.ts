/** mdast side of the mkdocs block container: an `admonition` node. */

import type { BlockContent, DefinitionContent, Parent } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Token } from 'micromark-util-types';

/** `!!!` admonition, `???`/`???+` collapsible (pymdownx.details), `===` content tab. */
type AdmonitionVariant = 'admonition' | 'details' | 'tab';

export interface Admonition extends Parent {
  type: 'admonition';
  variant: AdmonitionVariant;
  /** Admonition type and extra classes, e.g. `example` or `expander`; empty for tabs. */
  kind: string;
  title: string | null;
  /** `???+` and `===!`/`===+`: rendered open / selected. */
  open: boolean;
  children: Array<BlockContent | DefinitionContent>;
}

declare module 'mdast' {
  interface RootContentMap {
    admonition: Admonition;
  }
  interface BlockContentMap {
    admonition: Admonition;
  }
}

const HEADER = /^(!!!|\?\?\?|===)(!?)(\+?) ?((?:[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*)?) *(?:"(.*?)")? *$/u;

function parseAdmonitionHeader(text: string): Pick<Admonition, 'variant' | 'kind' | 'title' | 'open'> {
  const match = HEADER.exec(text.trim());
  const marker = match?.[1] ?? '!!!';
  const variant: AdmonitionVariant = marker === '!!!' ? 'admonition' : marker === '???' ? 'details' : 'tab';
  return {
    variant,
    kind: match?.[4] ?? '',
    title: match?.[5] ?? null,
    open: Boolean(match?.[2] || match?.[3]),
  };
}

export function admonitionFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      mkdocsBlock(this: CompileContext, token: Token) {
        const node: Admonition = { type: 'admonition', variant: 'admonition', kind: '', title: null, open: false, children: [] };
        this.enter(node, token);
      },
      mkdocsBlockHeader(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as unknown as Admonition;
        Object.assign(node, parseAdmonitionHeader(this.sliceSerialize(token)));
      },
    },
    exit: {
      mkdocsBlock(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
