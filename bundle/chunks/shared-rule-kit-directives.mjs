import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  schemaCompiler,
  schemaMessage
} from "./shared-config-glob-match.mjs";
import {
  nodesOf,
  oncePerTree
} from "./shared-parsing-tree-nodes.mjs";
import {
  ConfigError,
  ERRORS
} from "./shared-errors.mjs";
import {
  capitalized,
  didYouMean,
  format,
  orList,
  thisKind
} from "./shared-reporters-printable.mjs";

// dist/src/rule-kit/directives.js
var DIRECTIVES_RULE = "lint-directives";
var COMMENT = /^<!--\s*lint\s+([^\s>]+)([^>]*?)\s*-->$/;
var before = (a, b) => a.line < b.line || a.line === b.line && a.column < b.column;
var directivesOf = oncePerTree(collect);
function collect(tree) {
  const directives = [];
  for (const { node, index, parent } of nodesOf(tree)) {
    if (node.type !== "html")
      continue;
    const match = COMMENT.exec(node.value.trim());
    if (!match || !node.position)
      continue;
    const next = index === void 0 ? void 0 : parent?.children[index + 1];
    directives.push({
      keyword: match[1],
      rules: match[2].split(/[\s,]+/).filter(Boolean),
      node,
      from: node.position.end,
      to: match[1] === "ignore" ? next?.position?.end ?? node.position.end : void 0,
      used: false
    });
  }
  return directives;
}
var concerns = (directive, ruleId) => directive.rules.length === 0 || directive.rules.includes(ruleId);
function silencer(directives, point, ruleId) {
  const ignore = directives.find((directive) => directive.keyword === "ignore" && directive.to && concerns(directive, ruleId) && !before(point, directive.from) && !before(directive.to, point));
  if (ignore)
    return ignore;
  let last;
  for (const directive of directives) {
    if (before(point, directive.from))
      break;
    if ((directive.keyword === "disable" || directive.keyword === "enable") && concerns(directive, ruleId))
      last = directive;
  }
  return last?.keyword === "disable" ? last : void 0;
}
function applyDirectives(file, directives) {
  if (directives.length === 0)
    return;
  for (const directive of directives)
    directive.used = false;
  const kept = file.messages.filter((message) => {
    if (!message.ruleId || message.ruleId === DIRECTIVES_RULE || message.line == null)
      return true;
    const directive = silencer(directives, { line: message.line, column: message.column ?? 1 }, message.ruleId);
    if (directive)
      directive.used = true;
    return !directive;
  });
  file.messages.splice(0, file.messages.length, ...kept);
}

// dist/src/rule-kit/run-rules.js
var SEVERITIES = { off: "off", 0: "off", warn: "warn", 1: "warn", error: "error", 2: "error" };
function activeRules(rules, settings) {
  const active = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    const [level, options] = Array.isArray(setting) ? setting : [setting, void 0];
    const severity = SEVERITIES[String(level)];
    if (!severity)
      throw new ConfigError(ERRORS.severityValue, { id: rule.meta.id, value: JSON.stringify(level) });
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
    throw new ConfigError(ERRORS.ruleTakesNoOptions, { id: meta.id });
  const validate = schemaCompiler().compile(meta.options);
  if (!validate(options)) {
    const problem = validate.errors?.[0];
    const { nl, en } = schemaMessage(problem);
    const given = JSON.stringify(options);
    throw new ConfigError(ERRORS.ruleOptions, { id: meta.id, path: problem?.instancePath ?? "", detail: { nl: `${nl} (${given})`, en: `${en} (${given})` } });
  }
  return options;
}
function createMessage(file, meta, messageId, params, options) {
  const { lang, extra = {} } = options;
  const reason = format(meta.messages[messageId][lang], { ...kindParams(options.kind ?? "page", lang), ...params });
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
function kindParams(kind, lang) {
  const phrase = thisKind(kind, lang);
  return { thisKind: phrase, ThisKind: capitalized(phrase) };
}
function runRule({ rule, severity, options }, tree, file, page) {
  const { meta } = rule;
  if (meta.kinds && !meta.kinds.includes(page.page.kind))
    return;
  const { lang } = page;
  const report = (messageId, place, params = {}, extra) => void createMessage(file, meta, messageId, params, { lang, severity, place, kind: page.page.kind, extra });
  const context = {
    ...page,
    tree,
    file,
    options,
    // The types held the rule to each message's placeholders (defineRule).
    report,
    phrase: (id, params = {}) => format(meta.phrases[id][lang], params),
    hasPhrase: (id) => Object.hasOwn(meta.phrases ?? {}, id),
    didYouMean: (values) => didYouMean(values, lang),
    orList: (values) => orList(values, lang)
  };
  const { timings } = page.run;
  const started = timings ? performance.now() : 0;
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
  timings?.rule(meta.id, performance.now() - started);
}
function reportUnused(active, directives, file, page) {
  const reporter = active.find((entry) => entry.rule.meta.id === DIRECTIVES_RULE);
  if (!reporter)
    return;
  const ran = new Set(active.map((entry) => entry.rule.meta.id).filter((id) => id !== DIRECTIVES_RULE));
  for (const directive of directives) {
    if (directive.used || directive.keyword !== "disable" && directive.keyword !== "ignore")
      continue;
    if (directive.rules.length ? !directive.rules.some((id) => ran.has(id)) : ran.size === 0)
      continue;
    const comment = directive.node.value.trim();
    createMessage(file, reporter.rule.meta, "unused", { comment }, { lang: page.lang, severity: reporter.severity, place: directive.node.position, kind: page.page.kind });
  }
}
function runRules(active, tree, file, page) {
  const unread = file.data.sourceProblem !== void 0;
  for (const entry of active)
    if (!unread || entry.rule.meta.checksUnreadPages)
      runRule(entry, tree, file, page);
  const directives = directivesOf(tree);
  if (directives.length) {
    applyDirectives(file, directives);
    reportUnused(active, directives, file, page);
  }
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
  directivesOf,
  activeRules,
  createMessage,
  runRules,
  runRuleAlone
};
