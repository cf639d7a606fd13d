/**
 * `href` and `src` in raw HTML, read with a real HTML tokenizer (htmlparser2)
 * as a browser reads them: any quoting, attributes in any order, entities
 * decoded (`&amp;` is `&`), comments and other tags skipped. Offsets are
 * those of the value as written, so a fix replaces exactly it.
 */
import { Tokenizer } from 'htmlparser2';

/** The tags whose `href`/`src` the site's readers follow. */
const LINK_TAGS = new Set(['a', 'img', 'source', 'iframe', 'embed', 'link']);
const LINK_ATTRIBUTES = new Set(['href', 'src']);
const QUOTE = { none: 0, unquoted: 1, single: 2, double: 3 } as const;

interface HtmlLink {
  /** The decoded value. */
  url: string;
  /** Offsets in `html` of the tag (`<` to after `>`) and of the value as written. */
  tagStart: number;
  tagEnd: number;
  valueStart: number;
  valueEnd: number;
}

const ignore = () => {};

export function htmlLinks(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  let tag = '';
  let tagStart = 0;
  let attribute = '';
  let attributeEnd = 0;
  let value = '';
  const open: HtmlLink[] = [];
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
        open.length = 0;
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase();
        attributeEnd = end;
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend(quote, end) {
        if (quote === QUOTE.none || !LINK_TAGS.has(tag) || !LINK_ATTRIBUTES.has(attribute)) return;
        const valueEnd = quote === QUOTE.unquoted ? end : end - 1;
        const equals = html.indexOf('=', attributeEnd);
        let valueStart = equals + 1;
        while (/\s/.test(html[valueStart] ?? '')) valueStart++;
        if (quote !== QUOTE.unquoted) valueStart++;
        open.push({ url: value, tagStart, tagEnd: end, valueStart, valueEnd });
      },
      onopentagend(end) {
        for (const link of open) links.push({ ...link, tagEnd: end + 1 });
        open.length = 0;
      },
      onselfclosingtag(end) {
        for (const link of open) links.push({ ...link, tagEnd: end + 1 });
        open.length = 0;
      },
      onclosetag: ignore,
      ontext: ignore,
      ontextentity: ignore,
      oncomment: ignore,
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  // A tag cut off at the end of the node (`<a href="x"` then a line break in Markdown) still counts.
  for (const link of open) links.push(link);
  return links;
}
