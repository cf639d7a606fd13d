/**
 * Page content reaches every report (file names, values quoted in messages).
 * On a CI log a line starting with `::` is a workflow command and an ESC
 * sequence rewrites the terminal, so text from a page is made printable on a
 * single line before any reporter writes it.
 */
/**
 * Newlines as `⏎`, other control characters (ESC included) as `\xNN`, and the
 * bidirectional controls that reorder what is shown ("Trojan Source") as `\u{NNNN}`.
 */
export function printable(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '⏎')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => {
        const code = character.charCodeAt(0);
        return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
      })
  );
}

/** What the runner trims before it looks for `::`, and where a command could start. */
const TRIMMED = '[\\p{Zs}\\t\\v\\f\\u0085\\u180e\\u200b\\u2028\\u2029\\ufeff]*';
const COMMAND_START = new RegExp(`(^|[\\r\\n])(${TRIMMED})::`, 'gu');

/**
 * What we write to a CI log, made unable to act as a workflow command: a line
 * (or any piece after a line break) that starts with `::` after white space,
 * and `##[` anywhere (the runner's older form), get a zero-width space that
 * the runner does not trim. Our own annotations are written apart, unguarded.
 * The runner trims what .NET's Char.IsWhiteSpace calls space (every Unicode
 * space separator, U+202F and U+205F among them), so all of that counts here.
 */
export function noCommands(text: string): string {
  return text.replace(COMMAND_START, '$1$2\u200b::').replace(/##\[/g, '#\u200b#[');
}

/**
 * The ASCII punctuation Markdown or HTML acts on (links, images, emphasis,
 * code, tags, entities, escapes, table cells, autolinks after `:`, math),
 * written as numeric character references: GitHub shows them as they are.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!<>&|:$]/g;

/** Text shown as it is in GitHub Markdown (outside or inside <code>): printable, on one line, `plain` applied first. */
export function markdownLiteral(text: string, plain: (text: string) => string = (same) => same): string {
  return plain(printable(text)).replace(MARKDOWN_PUNCTUATION, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Text for GitHub Markdown (a summary's table cell or list item): every
 * character Markdown or HTML acts on as a character reference, and our
 * `quoted` values as <code>. No Markdown or HTML from a page can take effect,
 * nor end a table cell. `plain` (a comment's neutraliser) is applied to every
 * part, in <code> too.
 */
export function markdownText(text: string, plain: (text: string) => string = (same) => same): string {
  const parts = printable(text).split('`');
  if (parts.length % 2 === 0) return markdownLiteral(parts.join('`'), plain);
  return parts.map((part, index) => (index % 2 ? `<code>${markdownLiteral(part, plain)}</code>` : markdownLiteral(part, plain))).join('');
}
