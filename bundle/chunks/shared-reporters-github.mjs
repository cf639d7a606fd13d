import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  format,
  markdownText,
  printable
} from "./shared-reporters-printable.mjs";

// dist/src/reporters/messages.js
import path from "node:path";
var LEVEL_WORDS = {
  nl: { error: "fout", warning: "waarschuwing", info: "info" },
  en: { error: "error", warning: "warning", info: "info" }
};
function levelOf(message) {
  return message.fatal ? "error" : message.fatal === false ? "warning" : "info";
}
function flatten(files, base) {
  return files.flatMap((file) => {
    const absolute = path.resolve(file.cwd, file.path);
    const relative = path.relative(base, absolute).split(path.sep).join("/");
    return file.messages.map((message) => {
      const place = message.place && "start" in message.place ? message.place : void 0;
      return {
        file: relative,
        absolute,
        level: levelOf(message),
        ruleId: message.ruleId ?? "unknown",
        url: message.url,
        reason: message.reason,
        line: message.line ?? 1,
        column: message.column ?? 1,
        endLine: place?.end.line,
        endColumn: place?.end.column,
        message
      };
    });
  });
}

// dist/src/reporters/github.js
import { appendFileSync } from "node:fs";

// dist/src/reporters/hidden.js
var TEXTS = {
  preexisting: {
    one: {
      nl: "1 melding stond er al op de pagina's die deze wijziging raakt (niet getoond; `--all-findings` toont haar, `--suppress-all` legt de bestaande meldingen vast)",
      en: "1 finding was already there on the pages this change touches (not shown; `--all-findings` shows it, `--suppress-all` records the existing findings)"
    },
    other: {
      nl: "{count} meldingen stonden er al op de pagina's die deze wijziging raakt (niet getoond; `--all-findings` toont ze, `--suppress-all` legt de bestaande meldingen vast)",
      en: "{count} findings were already there on the pages this change touches (not shown; `--all-findings` shows them, `--suppress-all` records the existing findings)"
    }
  },
  preexistingElsewhere: {
    one: {
      nl: "1 melding stond er al op pagina's die naar de gewijzigde wijzen (niet getoond)",
      en: "1 finding was already there on pages that point at the changed ones (not shown)"
    },
    other: {
      nl: "{count} meldingen stonden er al op pagina's die naar de gewijzigde wijzen (niet getoond)",
      en: "{count} findings were already there on pages that point at the changed ones (not shown)"
    }
  },
  suppressed: {
    one: { nl: "1 melding onderdrukt door .algoritmekader-lint-suppressions.json", en: "1 finding suppressed by .algoritmekader-lint-suppressions.json" },
    other: {
      nl: "{count} meldingen onderdrukt door .algoritmekader-lint-suppressions.json",
      en: "{count} findings suppressed by .algoritmekader-lint-suppressions.json"
    }
  }
};
var counted = (text, count, lang) => format((count === 1 ? text.one : text.other)[lang], { count });
function hiddenLines(hidden, lang) {
  if (!hidden)
    return [];
  const lines = [];
  const { preexisting, suppressed } = hidden;
  if (preexisting?.onChangedPages)
    lines.push(counted(TEXTS.preexisting, preexisting.onChangedPages, lang));
  const elsewhere = (preexisting?.count ?? 0) - (preexisting?.onChangedPages ?? 0);
  if (elsewhere > 0)
    lines.push(counted(TEXTS.preexistingElsewhere, elsewhere, lang));
  if (suppressed)
    lines.push(counted(TEXTS.suppressed, suppressed, lang));
  return lines;
}

// dist/src/reporters/github.js
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var LEVELS = ["error", "warning", "info"];
var ANNOTATIONS_PER_KIND = 10;
function onChangedLine(message, changed) {
  const ranges = changed?.get(message.absolute);
  return ranges?.some(([first, last]) => message.line >= first && message.line <= last) ?? false;
}
function selectAnnotations(messages, changed) {
  return LEVELS.flatMap((level) => messages.filter((message) => message.level === level).map((message) => ({ message, rank: onChangedLine(message, changed) ? 0 : 1 })).sort((a, b) => a.rank - b.rank || a.message.file.localeCompare(b.message.file) || a.message.line - b.message.line || a.message.column - b.message.column).slice(0, ANNOTATIONS_PER_KIND).map(({ message }) => message));
}
function workflowCommands(messages) {
  return messages.map((message) => {
    const properties = [
      `file=${escapeProperty(printable(message.file))}`,
      `line=${message.line}`,
      `col=${message.column}`,
      message.endLine ? `endLine=${message.endLine}` : "",
      message.endColumn && message.endLine === message.line ? `endColumn=${message.endColumn}` : "",
      `title=${escapeProperty(`algoritmekader-lint: ${message.ruleId}`)}`
    ].filter(Boolean);
    return `::${COMMAND[message.level]} ${properties.join(",")}::${escapeData(printable(message.reason))}`;
  }).join("\n");
}
var WORDS = {
  nl: {
    clean: "\u2705 {files} pagina's gecontroleerd, geen meldingen.",
    counts: "{files} pagina's gecontroleerd: **{error}** fouten, **{warning}** waarschuwingen, {info} informatief.",
    cut: "> [!NOTE]\n> GitHub toont per stap hoogstens {limit} annotaties van elke soort: {shown} van de {total} meldingen staan als annotatie bij de regels (fouten en gewijzigde regels eerst). Alle meldingen staan hieronder.",
    rule: "regel",
    file: "bestand",
    errors: "fouten",
    warnings: "waarschuwingen",
    info: "info",
    what: "wat",
    all: "Alle meldingen",
    more: "\u2026 en nog {count} meldingen: zie het log van deze stap."
  },
  en: {
    clean: "\u2705 {files} pages checked, no issues.",
    counts: "{files} pages checked: **{error}** errors, **{warning}** warnings, {info} info.",
    cut: "> [!NOTE]\n> GitHub shows at most {limit} annotations of each kind per step: {shown} of the {total} findings are annotated on their lines (errors and changed lines first). All findings are listed below.",
    rule: "rule",
    file: "file",
    errors: "errors",
    warnings: "warnings",
    info: "info",
    what: "what",
    all: "All findings",
    more: "\u2026 and {count} more: see the log of this step."
  }
};
var LISTED_AT_MOST = 1e3;
function groupBy(messages, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const message of messages)
    groups.set(key(message), [...groups.get(key(message)) ?? [], message]);
  return groups;
}
function countTables(messages, rules, words, lang) {
  const describe = new Map(rules.map((rule) => [rule.id, rule.description[lang]]));
  const of = (list, level) => list.filter((message) => message.level === level).length;
  const lines = ["", `| ${words.rule} | ${words.errors} | ${words.warnings} | ${words.info} | ${words.what} |`, "| --- | ---: | ---: | ---: | --- |"];
  for (const [ruleId, list] of [...groupBy(messages, (message) => message.ruleId)].sort((a, b) => b[1].length - a[1].length)) {
    const link = list[0].url ? `[\`${ruleId}\`](${list[0].url})` : `\`${ruleId}\``;
    lines.push(`| ${link} | ${of(list, "error")} | ${of(list, "warning")} | ${of(list, "info")} | ${markdownText(describe.get(ruleId) ?? "")} |`);
  }
  lines.push("", `| ${words.file} | ${words.errors} | ${words.warnings} | ${words.info} |`, "| --- | ---: | ---: | ---: |");
  for (const [file, list] of [...groupBy(messages, (message) => message.file)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| <code>${markdownText(file)}</code> | ${of(list, "error")} | ${of(list, "warning")} | ${of(list, "info")} |`);
  }
  return lines;
}
function findingList(messages, words, env, lang) {
  const blob = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : void 0;
  const lines = ["", `### ${words.all}`];
  const listed = messages.slice(0, LISTED_AT_MOST);
  for (const [file, list] of [...groupBy(listed, (message) => message.file)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push("", `<details><summary><code>${markdownText(file)}</code> (${list.length})</summary>`, "");
    for (const message of list.sort((a, b) => a.line - b.line || a.column - b.column)) {
      const place = `${message.line}:${message.column}`;
      const at = blob ? `[${place}](${blob}${encodeURI(message.file)}#L${message.line})` : place;
      lines.push(`- ${at} ${LEVEL_WORDS[lang][message.level]} <code>${message.ruleId}</code>: ${markdownText(message.reason)}`);
    }
    lines.push("", "</details>");
  }
  if (messages.length > listed.length)
    lines.push("", format(words.more, { count: messages.length - listed.length }));
  return lines;
}
function summary(messages, fileCount, rules, lang = "nl", annotated = messages.length, env = {}, hidden) {
  const count = (level) => messages.filter((message) => message.level === level).length;
  const words = WORDS[lang];
  const lines = [
    "## algoritmekader-lint",
    "",
    format(messages.length === 0 ? words.clean : words.counts, { files: fileCount, error: count("error"), warning: count("warning"), info: count("info") })
  ];
  for (const line of hiddenLines(hidden, lang))
    lines.push("", line);
  if (messages.length === 0)
    return `${lines.join("\n")}
`;
  if (annotated < messages.length)
    lines.push("", format(words.cut, { limit: ANNOTATIONS_PER_KIND, shown: annotated, total: messages.length }));
  lines.push(...countTables(messages, rules, words, lang), ...findingList(messages, words, env, lang));
  return `${lines.join("\n")}
`;
}
function githubReporter(files, context) {
  const messages = flatten(files, context.env.GITHUB_WORKSPACE ?? context.base);
  const annotations = selectAnnotations(messages, context.changedLines);
  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (summaryFile)
    appendFileSync(summaryFile, summary(messages, files.length, context.rules, context.lang, annotations.length, context.env, context.hidden));
  return workflowCommands(annotations);
}

export {
  hiddenLines,
  LEVEL_WORDS,
  levelOf,
  flatten,
  escapeData,
  ANNOTATIONS_PER_KIND,
  selectAnnotations,
  githubReporter
};
