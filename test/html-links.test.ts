/** Raw HTML links read as a browser reads them (htmlparser2's tokenizer), with exact offsets of each value as written. */
import { describe, expect, it } from 'vitest';
import { htmlLinks } from '../src/parsing/html-links.js';
import { collectLinks } from '../src/parsing/links.js';
import { parsePage } from '../src/parsing/parser.js';

const urls = (html: string) => htmlLinks(html).map((link) => link.url);

describe('htmlLinks', () => {
  it('reads double, single and unquoted values, in any attribute order and case', () => {
    expect(urls('<a class="x" href="a.md">a</a>')).toEqual(['a.md']);
    expect(urls("<A HREF='b.md'>b</A>")).toEqual(['b.md']);
    expect(urls('<a href=https://example.org/x?y=1><img alt="" src=c.png /></a>')).toEqual(['https://example.org/x?y=1', 'c.png']);
    expect(urls('<img\n  alt="met > teken"\n  src="d.png">')).toEqual(['d.png']);
  });

  it('decodes entities, as the browser does, and keeps the offsets of the value as written', () => {
    const html = '<a href="e.md?x=1&amp;y=2#k">e</a>';
    const [link] = htmlLinks(html);
    expect(link.url).toBe('e.md?x=1&y=2#k');
    expect(html.slice(link.valueStart, link.valueEnd)).toBe('e.md?x=1&amp;y=2#k');
    expect(html.slice(link.tagStart, link.tagEnd)).toBe('<a href="e.md?x=1&amp;y=2#k">');
  });

  it('skips comments, other tags and attributes, and attributes without a value', () => {
    expect(urls('<!-- <a href="weg.md"> -->')).toEqual([]);
    expect(urls('<div data-href="f.md" href="g.md"><span src="h.png"></span></div>')).toEqual([]);
    expect(urls('<a href>leeg</a><a data-x="1">geen</a>')).toEqual([]);
  });

  it('on a page: offsets of values inside an admonition map onto the file', () => {
    const source = '# Titel\n\n!!! note\n    <a href="x.md">x</a> en <img src=\'y.png\'>\n';
    const links = collectLinks(parsePage(source), source).filter((link) => link.origin === 'html');
    expect(links.map((link) => source.slice(link.urlStart, link.urlEnd))).toEqual(['x.md', 'y.png']);
  });
});
