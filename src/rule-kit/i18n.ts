/** Messages are Dutch by default (the authors are Dutch), English with `--lang en`. */
export type Lang = 'nl' | 'en';
export interface Localized {
  nl: string;
  en: string;
}

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
