/**
 * Page content reaches every report (file names, values quoted in messages).
 * On a CI log a line starting with `::` is a workflow command and an ESC
 * sequence rewrites the terminal, so text from a page is made printable on a
 * single line before any reporter writes it.
 */
/** Newlines as `⏎`, other control characters (ESC included) as `\xNN`. */
export function printable(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '⏎')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
  );
}

/**
 * What we write to a CI log, made unable to act as a workflow command: a line
 * (or any piece after a line break) that starts with `::` after white space,
 * and `##[` anywhere (the runner's older form), get a zero-width space that
 * the runner does not trim. Our own annotations are written apart, unguarded.
 */
export function noCommands(text: string): string {
  return text.replace(/(^|[\r\n])([ \t\f\v\u00a0\u2000-\u200a\u3000\ufeff]*)::/g, '$1$2\u200b::').replace(/##\[/g, '#\u200b#[');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');

/**
 * Text for GitHub Markdown (a summary's table cell or list item): printable,
 * everything escaped as HTML, and our `quoted` values as <code>. No Markdown
 * or HTML from a page can take effect, nor end a table cell. `plain` is
 * applied to what stands outside <code>.
 */
export function markdownText(text: string, plain: (text: string) => string = (same) => same): string {
  const parts = printable(text).split('`');
  if (parts.length % 2 === 0) return plain(escapeHtml(parts.join('`')));
  return parts.map((part, index) => (index % 2 ? `<code>${escapeHtml(part)}</code>` : plain(escapeHtml(part)))).join('');
}
