import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  ConfigError,
  schemaCompiler
} from "./chunk-YR5763OS.mjs";

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

// dist/src/rule-kit/constants.js
var SOURCE = "algoritmekader-lint";
var DOCS_BASE = "https://github.com/MinBZK/algoritmekader-lint/blob/main/docs/rules/";

// dist/src/rule-kit/run-rules.js
var SEVERITIES = { off: "off", 0: "off", warn: "warn", 1: "warn", error: "error", 2: "error" };
function activeRules(rules, settings) {
  const active = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    const [level, options] = Array.isArray(setting) ? setting : [setting, void 0];
    const severity = SEVERITIES[String(level)];
    if (!severity)
      throw new ConfigError(`rules.${rule.meta.id}: severity must be "off", "warn" or "error", not ${JSON.stringify(level)}`);
    if (severity === "off")
      continue;
    active.push({ rule, severity, options: { ...rule.meta.defaults, ...validOptions(rule.meta, options) } });
  }
  return active;
}
function validOptions(meta, options) {
  if (options === void 0)
    return {};
  if (!meta.options)
    throw new ConfigError(`rules.${meta.id}: this rule takes no options`);
  const validate = schemaCompiler().compile(meta.options);
  if (!validate(options)) {
    const problem = validate.errors?.[0];
    throw new ConfigError(`rules.${meta.id} options${problem?.instancePath ?? ""}: ${problem?.message ?? "invalid"} (${JSON.stringify(options)})`);
  }
  return options;
}
function createMessage(file, meta, messageId, params, options) {
  const { lang, extra = {} } = options;
  const phrase = thisKind(options.kind ?? "page", lang);
  const reason = format(meta.messages[messageId][lang], { thisKind: phrase, ThisKind: phrase[0].toUpperCase() + phrase.slice(1), ...params });
  const place = extra.expected?.length && extra.fixPlace ? extra.fixPlace : options.place && "type" in options.place ? options.place.position : options.place;
  const message = file.message(reason, { place, ruleId: meta.id, source: SOURCE });
  message.url = `${DOCS_BASE}${meta.id}.md`;
  message.messageId = messageId;
  message.fatal = extra.info ? void 0 : options.severity === "error";
  if (extra.info)
    message.info = true;
  if (extra.expected)
    message.expected = extra.expected;
  if (extra.actual !== void 0)
    message.actual = extra.actual;
  const fixPlace = extra.fixPlace ?? place;
  if (extra.fix && extra.expected?.length === 1 && fixPlace?.start.offset !== void 0 && fixPlace.end.offset !== void 0) {
    message.fix = { start: fixPlace.start.offset, end: fixPlace.end.offset, text: extra.expected[0] };
  }
  return message;
}
function runRule({ rule, severity, options }, tree, file, page) {
  const { meta } = rule;
  if (meta.kinds && !meta.kinds.includes(page.page.kind))
    return;
  const { lang } = page;
  const context = {
    ...page,
    tree,
    file,
    options,
    report: (messageId, place, params = {}, extra) => createMessage(file, meta, messageId, params, { lang, severity, place, kind: page.page.kind, extra }),
    phrase: (id, params = {}) => format(meta.phrases[id][lang], params),
    hasPhrase: (id) => Object.hasOwn(meta.phrases ?? {}, id),
    didYouMean: (values) => didYouMean(values, lang),
    orList: (values) => orList(values, lang)
  };
  try {
    rule.check(context);
  } catch (error) {
    const message = file.message(format(CRASH[lang], { rule: meta.id, error: error?.message ?? String(error) }), {
      ruleId: meta.id,
      source: SOURCE
    });
    message.crashed = true;
    message.fatal = true;
  }
}
function runRules(active, tree, file, page) {
  for (const entry of active)
    runRule(entry, tree, file, page);
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
}
function runRuleAlone(rule, setting, tree, file) {
  const page = file.data.algoritmekader;
  if (!page)
    return;
  const [entry] = activeRules([rule], { [rule.meta.id]: setting ?? rule.meta.severity });
  if (entry)
    runRule(entry, tree, file, page);
}
var CRASH = {
  nl: "Interne fout in regel `{rule}` op dit bestand: {error}. De andere regels zijn wel uitgevoerd; meld dit aan de beheerders van algoritmekader-lint.",
  en: "Internal error in rule `{rule}` on this file: {error}. The other rules did run; please report this to the algoritmekader-lint maintainers."
};

export {
  format,
  SOURCE,
  DOCS_BASE,
  activeRules,
  createMessage,
  runRules,
  runRuleAlone
};
