// Hostile page shapes: inputs on which a Markdown parser or our own scans can
// take super-linear time. Each makes a page of about `size` bytes; `limit` is
// the largest size the linter accepts for that shape (the page size limit, or
// a parse budget), `beyond` a page just past that bound (refused, not parsed).
// `budget`: the parser itself is super-linear on this shape, so a parse budget
// (src/repository/source.ts) bounds it; its doubling ratio is the parser's.
// bench/hostile.js times them (doubling ratio, time at the limit); the tests
// check that the bounds hold.
const FRONTMATTER = '---\ntitle: T\n---\n\n';
const PAGE_LIMIT = 128 * 1024;
const fill = (unit, size, head = '', tail = '\n') =>
  FRONTMATTER + head + unit.repeat(Math.max(1, Math.floor((size - FRONTMATTER.length - head.length - tail.length) / unit.length))) + tail;

export const SHAPES = [
  {
    name: 'list markers on one line',
    budget: 'nesting',
    make: (size) => `${FRONTMATTER}${'- '.repeat(Math.min(100, size / 2))}x\n`,
    limit: 200,
    beyond: () => `${FRONTMATTER}${'- '.repeat(101)}x\n`,
  },
  {
    name: 'nested list items',
    budget: 'list items',
    make: (size) => fill('- x\n  - y\n    - z\n', size),
    limit: 11 * 1024,
    beyond: () => fill('- x\n', 2001 * 4 + 40),
  },
  { name: 'equal headings', budget: 'headings', make: (size) => fill('## Kop\n\n', size), limit: 15_900, beyond: () => fill('## Kop\n\n', PAGE_LIMIT - 64) },
  { name: 'unclosed HTML comment', make: (size) => fill(' a', size, '<!--'), limit: PAGE_LIMIT },
  { name: '<a x in an HTML block', make: (size) => fill('<a x', size, '<div>\n'), limit: PAGE_LIMIT },
  { name: 'unclosed attribute quotes in HTML', make: (size) => fill(' href="x', size, '<div>\n<a'), limit: PAGE_LIMIT },
  { name: 'many HTML links with entities', make: (size) => fill('<a href="a&amp;b">x</a> ', size, '<div>\n'), limit: PAGE_LIMIT },
  { name: 'heading with many " {"', make: (size) => fill(' {', size, '## a'), limit: PAGE_LIMIT },
  { name: '[a](b b … without ")"', make: (size) => fill(' b', size, '[a](b'), limit: PAGE_LIMIT },
  { name: '[a]( repeated', budget: 'link openings', make: (size) => fill('[a](', size), limit: 7800, beyond: () => fill('[a](', 2001 * 4 + 40) },
  { name: 'footnote references', budget: 'footnote references', make: (size) => fill('[^a]', size), limit: 7800, beyond: () => fill('[^a]', 2001 * 4 + 40) },
  {
    name: 'table rows',
    budget: 'table pipes',
    make: (size) => fill('| x | y |\n', size, '| a | b |\n|---|---|\n'),
    limit: 30 * 1024,
    beyond: () => fill('| x | y |\n', 3400 * 10, '| a | b |\n|---|---|\n'),
  },
  { name: 'label starts', budget: 'label starts', make: (size) => fill('[', size), limit: 15_900, beyond: () => fill('[', PAGE_LIMIT - 64) },
  { name: 'admonitions', make: (size) => fill('!!! note "x"\n    tekst\n\n', size), limit: PAGE_LIMIT },
  {
    name: 'emphasis delimiters',
    budget: 'emphasis delimiters',
    make: (size) => fill('*a _b ', size),
    limit: 5900,
    beyond: () => fill('*a _b ', PAGE_LIMIT - 64),
  },
  { name: 'unclosed fenced code', make: (size) => fill('x\n', size, '```\n'), limit: PAGE_LIMIT },
  // What micromark resolves super-linearly: bounded by parse budgets; `beyond` is the shape at the page-size limit.
  ...[
    ['*_ (emphasis runs)', '*_', 2, 'emphasis delimiters', 2000],
    ['**a_ (attention runs)', '**a_', 3, 'emphasis delimiters', 2000],
    ['*[`<_ (mixed openers)', '*[`<_', 2, 'emphasis delimiters', 2000],
    ['a / === (setext underlines)', 'a\n===\n', 1, 'setext underlines', 400],
    ['[x][y] (reference links)', '[x][y]', 2, 'reference links', 2000],
    ['[a]: < (link definitions)', '[a]: <\n', 1, 'link definitions', 1000],
  ].map(([name, unit, per, budget, count]) => ({
    name,
    budget,
    make: (size) => fill(unit, size),
    limit: Math.floor((count / per) * unit.length),
    beyond: () => fill(unit, PAGE_LIMIT - 64),
  })),
  { name: 'any page over the size limit', make: (size) => fill('tekst ', size), limit: PAGE_LIMIT, beyond: () => fill('tekst ', PAGE_LIMIT + 1024) },
];
