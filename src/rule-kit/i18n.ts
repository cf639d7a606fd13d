/** Messages are Dutch by default (the authors are Dutch), English with `--lang en`. */
export type Lang = 'nl' | 'en';
export interface Localized {
  nl: string;
  en: string;
}

/** A character that ends a placeholder's name (`format` fills `{word}` only, so `{…}` in a text is no placeholder). */
type NotInName = ' ' | '…' | '.' | ',' | ':' | ';' | '"' | "'" | '`' | '(' | ')' | '[' | ']' | '/' | '-' | '=' | '#' | '*';

/** The names of the `{name}` placeholders in a literal text type (`never` for a plain `string`). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name extends `${string}{${infer Inner}`
    ? Placeholders<`{${Inner}}${Rest}`>
    : (Name extends '' | `${string}${NotInName}${string}` ? never : Name) | Placeholders<Rest>
  : never;

/** Fill `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `a`, `a` of `b`, `a`, `b` of `c` — a list of code names joined in the message's language. */
export function orList(values: string[], lang: Lang): string {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1) return quoted.join('');
  const last = quoted.pop();
  return `${quoted.join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${last}`;
}

/** "deze maatregel", "deze vereiste", "dit hulpmiddel" (het-woord), "this maatregel". */
export function thisKind(kind: string, lang: Lang): string {
  if (lang === 'en') return `this ${kind}`;
  return kind === 'hulpmiddel' ? `dit ${kind}` : kind === 'page' ? 'deze pagina' : `deze ${kind}`;
}

/** " Bedoel je `a` of `b`?" — empty when there is nothing to suggest. */
export function didYouMean(options: string[], lang: Lang): string {
  return options.length ? ` ${lang === 'nl' ? 'Bedoel je' : 'Did you mean'} ${orList(options, lang)}?` : '';
}

/** 2 → `2e` (nl), `2nd` (en). */
function ordinal(n: number, lang: Lang): string {
  if (lang === 'nl') return `${n}e`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A place in YAML data in words, for a message: `hide` → "`hide`";
 * `hide.1` → "het 2e item onder `hide`" / "the 2nd item under `hide`";
 * `sources.ARK.0` → "het 1e item onder `sources.ARK`"; `a.0.b` → "`b` in het
 * 1e item onder `a`". `root` names the data itself (no parts).
 */
export function pathInWords(parts: ReadonlyArray<string | number>, lang: Lang, root: string): string {
  if (parts.length === 0) return root;
  let index = parts.length - 1;
  while (index >= 0 && typeof parts[index] !== 'number') index--;
  if (index < 0) return `\`${parts.join('.')}\``;
  const parent = pathInWords(parts.slice(0, index), lang, root);
  const nth = ordinal((parts[index] as number) + 1, lang);
  const item = lang === 'nl' ? `het ${nth} item onder ${parent}` : `the ${nth} item under ${parent}`;
  const rest = parts.slice(index + 1);
  return rest.length === 0 ? item : `\`${rest.join('.')}\` in ${item}`;
}

/** The same words at the start of a sentence ("Het 2e item …"; a code span stays as it is). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
