import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { collectAnchors } from '../src/parsing/mkdocs/anchors.js';
import type { Admonition } from '../src/parsing/mkdocs/mdast-blocks.js';
import { slugify, uniqueId } from '../src/parsing/mkdocs/slug.js';
import { parsePage } from '../src/parsing/parser.js';

function nodesOf<T extends string>(tree: Root, type: T) {
  const found: any[] = [];
  visit(tree, type, (node) => {
    found.push(node);
  });
  return found;
}

describe('admonitions, collapsibles and tabs', () => {
  const source = [
    '!!! example "Voorbeeld 1"',
    '    Zie [de pagina](a.md#b) en ![beeld](c.png).',
    '',
    '    ## Binnen',
    '',
    '??? expander "Bekijk alle vereisten"',
    '    <!-- list_vereisten_on_maatregelen_page -->',
    '',
    '???+ note',
    '\tMet een tab: [t](t.md).',
    '',
    '=== "Tab 1"',
    '    In een tab: [x](x.md)',
    '',
    'Gewone tekst.',
  ].join('\n');
  const tree = parsePage(source);

  it('parses bodies as Markdown with links as link nodes', () => {
    const links = nodesOf(tree, 'link').map((link) => link.url);
    expect(links).toEqual(['a.md#b', 't.md', 'x.md']);
    expect(nodesOf(tree, 'image').map((image) => image.url)).toEqual(['c.png']);
    expect(nodesOf(tree, 'code')).toEqual([]);
  });

  it('keeps positions true to the original file', () => {
    const [link] = nodesOf(tree, 'link');
    expect(link.position.start).toEqual({ line: 2, column: 9, offset: source.indexOf('[de pagina]') });
    expect(source.slice(link.position.start.offset, link.position.end.offset)).toBe('[de pagina](a.md#b)');
    const tabLink = nodesOf(tree, 'link')[1];
    expect(source.slice(tabLink.position.start.offset, tabLink.position.end.offset)).toBe('[t](t.md)');
    expect(tabLink.position.start.line).toBe(10);
  });

  it('records variant, kind, title and open state', () => {
    const blocks = nodesOf(tree, 'admonition') as Admonition[];
    expect(blocks.map(({ variant, kind, title, open }) => ({ variant, kind, title, open }))).toEqual([
      { variant: 'admonition', kind: 'example', title: 'Voorbeeld 1', open: false },
      { variant: 'details', kind: 'expander', title: 'Bekijk alle vereisten', open: false },
      { variant: 'details', kind: 'note', title: null, open: true },
      { variant: 'tab', kind: '', title: 'Tab 1', open: false },
    ]);
  });

  it('sees headings and HTML comments inside bodies', () => {
    expect(nodesOf(tree, 'heading').map((heading) => heading.depth)).toEqual([2]);
    expect(nodesOf(tree, 'html')[0].value).toBe('<!-- list_vereisten_on_maatregelen_page -->');
  });

  it('ends the block at the first line that is not indented', () => {
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(1);
  });

  it('nests inside list items (body indented relative to the marker)', () => {
    const nested = parsePage('- item\n\n    !!! example "Voorbeeld"\n\n        Met [link](y.md).\n\n- volgend\n');
    const [block] = nodesOf(nested, 'admonition');
    expect(block.kind).toBe('example');
    expect(nodesOf(nested, 'link')[0].url).toBe('y.md');
    expect(nodesOf(nested, 'code')).toEqual([]);
  });

  it('does not take text that merely starts with !!! as a block', () => {
    const plain = parsePage('!!! Let op: dit is geen blok\n\n!!!\n');
    expect(nodesOf(plain, 'admonition')).toEqual([]);
  });

  it('leaves fenced code alone', () => {
    const fenced = parsePage('```\n!!! note\n    [x](y.md)\n```\n');
    expect(nodesOf(fenced, 'admonition')).toEqual([]);
    expect(nodesOf(fenced, 'link')).toEqual([]);
  });
});

describe('only the syntax the site has', () => {
  it('has tables, footnotes and task lists', () => {
    const tree = parsePage('| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst[^1].\n\n[^1]: Voetnoot.\n\n- [x] klaar\n');
    expect(nodesOf(tree, 'table')).toHaveLength(1);
    expect(nodesOf(tree, 'footnoteDefinition')).toHaveLength(1);
    expect(nodesOf(tree, 'listItem')[0].checked).toBe(true);
  });

  it('does not link bare URLs and has no strikethrough', () => {
    const tree = parsePage('Zie https://example.org en ~~weg~~.\n');
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(nodesOf(tree, 'delete')).toEqual([]);
  });
});

describe('attr_list on headings', () => {
  it('strips the tail from the text and reads the id, classes and attributes', () => {
    const tree = parsePage('## Bronnen { data-search-exclude }\n\n## Titel { #eigen-id .klasse }\n\n## Prijs{zonder-spatie}\n');
    const [first, second, third] = nodesOf(tree, 'heading');
    expect(first.children[0].value).toBe('Bronnen');
    expect(first.data.attrList.attributes).toEqual({ 'data-search-exclude': '' });
    expect(second.data.attrList).toEqual({ id: 'eigen-id', classes: ['klasse'], attributes: {} });
    expect(third.children[0].value).toBe('Prijs{zonder-spatie}');
    expect(third.data?.attrList).toBeUndefined();
  });

  it('marks indented headings, which Python-Markdown does not see', () => {
    const tree = parsePage('  ## Ingesprongen\n\n## Echt\n');
    const [indented, real] = nodesOf(tree, 'heading');
    expect(indented.data?.mkdocsIgnored).toBe(true);
    expect(real.data?.mkdocsIgnored).toBeUndefined();
  });
});

describe('anchors as Python-Markdown toc makes them', () => {
  it.each([
    ['Bronnen', 'bronnen'],
    ['Bijbehorende vereiste(n)', 'bijbehorende-vereisten'],
    ['Is het algoritme geëvalueerd?', 'is-het-algoritme-geevalueerd'],
    ['Top-10 security risico’s van LLM’s', 'top-10-security-risicos-van-llms'],
    ['  Spaties   en -- streepjes  ', 'spaties-en-streepjes'],
    ['Ça va: déjà vu', 'ca-va-deja-vu'],
    ['snake_case blijft', 'snake_case-blijft'],
    ['AI-verordening (EU) 2024/1689', 'ai-verordening-eu-20241689'],
    ['ﬁ ligatuur', 'fi-ligatuur'],
    ['€ 100', '100'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('numbers repeats _1, _2 and gives an empty slug an id', () => {
    const used = new Set<string>();
    expect(['a', 'a', 'a', '', ''].map((id) => uniqueId(id, used))).toEqual(['a', 'a_1', 'a_2', '_1', '_2']);
  });

  it('collects heading slugs, attr_list ids, raw HTML ids and footnotes', () => {
    const tree = parsePage(
      '# Titel\n\n## Titel\n\n## Eigen { #mijn-id }\n\n<a id="html-anker"></a>\n\n!!! note\n    ### In een blok\n\nTekst[^n].\n\n[^n]: Noot.\n',
    );
    const { anchors, headings } = collectAnchors(tree);
    expect(headings.map((heading) => heading.anchor)).toEqual(['titel', 'titel_1', 'mijn-id', 'in-een-blok']);
    for (const id of ['html-anker', 'fn:n', 'fnref:n', 'mijn-id', 'titel_1']) expect(anchors.has(id), id).toBe(true);
  });
});
