import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

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

export {
  format,
  orList,
  thisKind,
  didYouMean
};
