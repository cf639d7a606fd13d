/**
 * micromark extension for the indented blocks of Python-Markdown that
 * CommonMark would read as indented code: admonitions (`!!! type "title"`),
 * collapsibles (`??? type "title"`, `???+ …`) and content tabs
 * (`=== "Tab"`). The body, indented by 4 columns (a tab counts as 4), is
 * parsed as Markdown inside a container, so every node keeps the position it
 * has in the original file.
 *
 * Modelled on the GFM footnote definition container: a header line, then
 * continuation lines that are blank or indented.
 */

import { blankLine } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsBlock: 'mkdocsBlock';
    mkdocsBlockHeader: 'mkdocsBlockHeader';
    mkdocsBlockIndent: 'mkdocsBlockIndent';
  }
  interface ContainerState {
    mkdocsIndent?: number;
  }
}

const EXCLAMATION = 33;
const QUESTION = 63;
const EQUALS = 61;
const TAB = -2;
const VIRTUAL_SPACE = -1;

/** Header patterns after the marker, as Python-Markdown's block processors match them. */
const TYPE_AND_TITLE = String.raw`[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*(?: +"(?:.*?)")?`;
const HEADER_PATTERNS: Record<number, RegExp> = {
  [EXCLAMATION]: new RegExp(`^ ?${TYPE_AND_TITLE} *$`, 'u'),
  [QUESTION]: new RegExp(String.raw`^\+? ?(?:${TYPE_AND_TITLE}|"(?:.*?)") *$`, 'u'),
  [EQUALS]: /^!?\+? +"(?:.*?)" *$/u,
};

const blockStart: Construct = {
  name: 'mkdocsBlock',
  tokenize: tokenizeBlockStart,
  continuation: { tokenize: tokenizeBlockContinuation },
  exit: exitBlock,
};

const indent: Construct = { tokenize: tokenizeIndent, partial: true };

export function mkdocsBlocks(): Extension {
  return {
    document: {
      [EXCLAMATION]: blockStart,
      [QUESTION]: blockStart,
      [EQUALS]: blockStart,
    },
  };
}

function tokenizeBlockStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let marker: Code = null;
  let markerSize = 0;
  let header = '';

  return start;

  function start(code: Code): State | undefined {
    marker = code;
    self.containerState!.mkdocsIndent = leadingIndent(self);
    effects.enter('mkdocsBlock')._container = true;
    effects.enter('mkdocsBlockHeader');
    return inMarker(code);
  }

  function inMarker(code: Code): State | undefined {
    if (code === marker && markerSize < 3) {
      markerSize++;
      effects.consume(code);
      return inMarker;
    }
    if (markerSize < 3) return nok(code);
    return rest(code);
  }

  function rest(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      const pattern = HEADER_PATTERNS[marker as number];
      if (!pattern.test(header)) return nok(code);
      effects.exit('mkdocsBlockHeader');
      return ok(code);
    }
    if (code === TAB) header += '\t';
    else if (code !== VIRTUAL_SPACE) header += String.fromCodePoint(code);
    effects.consume(code);
    return rest;
  }
}

/** Columns of whitespace before the marker inside the enclosing container. */
function leadingIndent(self: TokenizeContext): number {
  const tail = self.events[self.events.length - 1];
  if (tail?.[0] !== 'exit' || tail[1].type !== 'linePrefix') return 0;
  if (tail[1].end.offset !== self.now().offset) return 0;
  return tail[2].sliceSerialize(tail[1], true).length;
}

function tokenizeBlockContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return effects.check(blankLine, ok, effects.attempt(indent, ok, nok));
}

function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const needed = (self.containerState?.mkdocsIndent ?? 0) + 4;
  return factorySpace(effects, afterPrefix, 'mkdocsBlockIndent', needed + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    const fits = tail !== undefined && tail[1].type === 'mkdocsBlockIndent' && tail[2].sliceSerialize(tail[1], true).length === needed;
    return fits ? ok(code) : nok(code);
  }
}

function exitBlock(this: TokenizeContext, effects: Effects): undefined {
  effects.exit('mkdocsBlock');
}
