import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/reporters/printable.js
function printable(text) {
  return text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const code = character.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
var TRIMMED = "[\\p{Zs}\\t\\v\\f\\u0085\\u180e\\u200b\\u2028\\u2029\\ufeff]*";
var COMMAND_START = new RegExp(`(^|[\\r\\n])(${TRIMMED})::`, "gu");
function noCommands(text) {
  return text.replace(COMMAND_START, "$1$2\u200B::").replace(/##\[/g, "#\u200B#[");
}
var MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!<>&|:$]/g;
function markdownLiteral(text, plain = (same) => same) {
  return plain(printable(text)).replace(MARKDOWN_PUNCTUATION, (character) => `&#${character.charCodeAt(0)};`);
}
function markdownText(text, plain = (same) => same) {
  const parts = printable(text).split("`");
  if (parts.length % 2 === 0)
    return markdownLiteral(parts.join("`"), plain);
  return parts.map((part, index) => index % 2 ? `<code>${markdownLiteral(part, plain)}</code>` : markdownLiteral(part, plain)).join("");
}

// dist/src/rule-kit/i18n.js
function format(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}
function orList(values, lang) {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1)
    return quoted.join("");
  const last = quoted.pop();
  return `${quoted.join(", ")} ${lang === "nl" ? "of" : "or"} ${last}`;
}
function thisKind(kind, lang) {
  if (lang === "en")
    return `this ${kind}`;
  return kind === "hulpmiddel" ? `dit ${kind}` : kind === "page" ? "deze pagina" : `deze ${kind}`;
}
function didYouMean(options, lang) {
  return options.length ? ` ${lang === "nl" ? "Bedoel je" : "Did you mean"} ${orList(options, lang)}?` : "";
}
function ordinal(n, lang) {
  if (lang === "nl")
    return `${n}e`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function pathInWords(parts, lang, root) {
  if (parts.length === 0)
    return root;
  let index = parts.length - 1;
  while (index >= 0 && typeof parts[index] !== "number")
    index--;
  if (index < 0)
    return `\`${parts.join(".")}\``;
  const parent = pathInWords(parts.slice(0, index), lang, root);
  const nth = ordinal(parts[index] + 1, lang);
  const item = lang === "nl" ? `het ${nth} item onder ${parent}` : `the ${nth} item under ${parent}`;
  const rest = parts.slice(index + 1);
  return rest.length === 0 ? item : `\`${rest.join(".")}\` in ${item}`;
}
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  printable,
  noCommands,
  markdownLiteral,
  markdownText,
  format,
  orList,
  thisKind,
  didYouMean,
  pathInWords,
  capitalized
};
