import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  LEVEL_WORDS,
  levelOf
} from "./shared-reporters-github.mjs";
import {
  format,
  markdownLiteral,
  markdownText
} from "./shared-reporters-printable.mjs";

// dist/src/github/texts.js
var TEXTS = {
  hint: {
    nl: "Voorgestelde wijziging van algoritmekader-lint (dezelfde als `--fix`): kies *Commit suggestion* om haar over te nemen.",
    en: "Suggested change by algoritmekader-lint (the same as `--fix`): choose *Commit suggestion* to apply it."
  },
  review: {
    nl: "algoritmekader-lint stelt {count} wijziging(en) voor bij de regels hieronder.",
    en: "algoritmekader-lint suggests {count} change(s) on the lines below."
  },
  resolved: {
    nl: "\u2705 Opgelost: deze melding van algoritmekader-lint is er niet meer.",
    en: "\u2705 Resolved: this finding of algoritmekader-lint is gone."
  },
  // The sticky summary comment
  clean: { nl: "\u2705 Geen meldingen in wat deze pull request verandert.", en: "\u2705 No findings in what this pull request changes." },
  counts: {
    nl: "**{total}** meldingen in wat deze pull request verandert: **{error}** fouten, **{warning}** waarschuwingen, {info} informatief.",
    en: "**{total}** findings in what this pull request changes: **{error}** errors, **{warning}** warnings, {info} info."
  },
  cut: {
    nl: "GitHub toont hoogstens {limit} annotaties van elke soort: {shown} van de {total} meldingen staan als annotatie bij de regels. Alle meldingen staan in de samenvatting van de job.",
    en: "GitHub shows at most {limit} annotations of each kind: {shown} of the {total} findings are annotated on their lines. The job summary lists them all."
  },
  suggested: {
    nl: "{count} meldingen hebben een voorgestelde wijziging bij hun regel: kies daar *Commit suggestion* om haar over te nemen, of draai `algoritmekader-lint --fix`.",
    en: "{count} findings have a suggested change on their line: choose *Commit suggestion* there to apply it, or run `algoritmekader-lint --fix`."
  },
  top: { nl: "Belangrijkste meldingen", en: "Top findings" },
  more: { nl: "\u2026 en nog {count}: zie de annotaties en de samenvatting van de job.", en: "\u2026 and {count} more: see the annotations and the job summary." },
  // The job summary
  stepHeading: { nl: "Voorgestelde wijzigingen", en: "Suggested changes" },
  stepIntro: {
    nl: "Niet als reviewcommentaar geplaatst ({reason}). Neem ze over in de editor, of draai `algoritmekader-lint --fix`:",
    en: "Not posted as review comments ({reason}). Make them in the editor, or run `algoritmekader-lint --fix`:"
  },
  stepMore: {
    nl: "\u2026 en nog {count} voorgestelde wijziging(en) die hier niet meer passen: draai `algoritmekader-lint --fix`.",
    en: "\u2026 and {count} more suggested change(s) that do not fit here: run `algoritmekader-lint --fix`."
  },
  lines: { nl: "regel {first}\u2013{last} wordt:", en: "lines {first}\u2013{last} become:" },
  line: { nl: "regel {first} wordt:", en: "line {first} becomes:" },
  readOnly: {
    nl: "het token mag niet op de pull request schrijven, zoals bij een pull request uit een fork",
    en: "the token may not write to the pull request, as for a pull request from a fork"
  },
  noToken: { nl: "geen token (input github-token)", en: "no token (input github-token)" },
  turnedOff: { nl: "input suggestions staat uit", en: "input suggestions is off" },
  notInDiff: { nl: "de regels staan niet als toegevoegd in de diff van de pull request", en: "the lines are not added lines of the pull request\u2019s diff" },
  tooMany: { nl: "meer dan {most} voorstellen in \xE9\xE9n pull request", en: "more than {most} suggestions in one pull request" },
  apiFailed: { nl: "de GitHub-API gaf een fout", en: "the GitHub API failed" },
  // The job log
  logPrefix: { nl: "algoritmekader-lint (pull request)", en: "algoritmekader-lint (pull request)" },
  logLeft: {
    nl: "{count} voorgestelde wijziging(en) niet als reviewcommentaar geplaatst ({reason}): ze staan in de samenvatting van de job",
    en: "{count} suggested change(s) not posted as review comments ({reason}): they are in the job summary"
  },
  logFailed: { nl: "{what}: {error}", en: "{what}: {error}" },
  logPosted: {
    nl: "{posted} voorgestelde wijziging(en) geplaatst, {kept} ongewijzigd gelaten, {removed} opgeruimd",
    en: "posted {posted} suggested change(s), left {kept} unchanged, cleared {removed}"
  },
  logLimit: { nl: "API-limiet bij {request}: {what}", en: "API limit on {request}: {what}" },
  retryIn: { nl: "opnieuw over {seconds} s", en: "retrying in {seconds} s" },
  givenUp: { nl: "opgegeven", en: "given up" },
  whatComments: { nl: "geen voorgestelde wijzigingen geplaatst", en: "no suggested changes posted" },
  whatPost: { nl: "voorgestelde wijzigingen niet geplaatst", en: "suggested changes not posted" },
  whatRemove: { nl: "opgelost reviewcommentaar niet opgeruimd", en: "resolved review comment not cleared" },
  refused: { nl: "GitHub weigerde al eerder een schrijfactie van deze run", en: "GitHub already refused a write of this run" },
  whatSummary: { nl: "samenvatting op de pull request niet bijgewerkt", en: "summary comment on the pull request not updated" }
};
function text(id, lang, params = {}) {
  return format(TEXTS[id][lang], params);
}

// dist/src/github/comment-text.js
import { createHash } from "node:crypto";
var JOINER = "\u2060";
function inert(text2) {
  return text2.replace(/@/g, `@${JOINER}`).replace(/#/g, `#${JOINER}`).replace(/\b(gh)-/gi, `$1${JOINER}-`).replace(/:\/\//g, `:${JOINER}//`).replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`);
}
var LONGEST_FINDING = 300;
var LONGEST_BODY = 6e4;
function shortened(text2, most = LONGEST_FINDING) {
  const characters = Array.from(text2);
  return characters.length > most ? `${characters.slice(0, most - 1).join("")}\u2026` : text2;
}
function withinLength(lines, most) {
  const kept = [];
  let length = 0;
  for (const line of lines) {
    length += line.length + 1;
    if (length > most - 2)
      return [...kept, "\u2026"];
    kept.push(line);
  }
  return kept;
}
function commentText(text2) {
  return markdownText(shortened(text2), inert);
}
function commentCode(text2) {
  return markdownLiteral(shortened(text2), inert);
}
function fenced(info, text2) {
  const longest = Math.max(0, ...(text2.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${text2}${text2 ? "\n" : ""}${fence}`;
}
var ACTIONS_LOGIN = "github-actions[bot]";
var MARK = /^<!-- algoritmekader-lint:(suggestion|resolved|summary) job=([0-9a-f]{12})(?: id=([0-9a-f]{16}))? -->/;
function mark(kind, instance, fingerprint2) {
  return `<!-- algoritmekader-lint:${kind} job=${instance}${fingerprint2 ? ` id=${fingerprint2}` : ""} -->`;
}
function markOf(body) {
  const found = MARK.exec(body ?? "");
  return found ? { kind: found[1], instance: found[2], fingerprint: found[3] } : void 0;
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
function findingLines(findings, lang) {
  const lines = findings.map((finding) => `**${LEVEL_WORDS[lang][levelOf(finding)]}** \`${finding.ruleId ?? "unknown"}\`: ${commentText(finding.reason)}`);
  return lines.length > 1 ? lines.map((line) => `- ${line}`) : lines;
}
function suggestionBody(instance, id, findings, replacement, lang) {
  const tail = ["", text("hint", lang), "", fenced("suggestion", replacement), ""];
  const room = LONGEST_BODY - tail.join("\n").length - 100;
  return [mark("suggestion", instance, id), ...withinLength(findingLines(findings, lang), room), ...tail].join("\n");
}

export {
  text,
  LONGEST_BODY,
  withinLength,
  commentText,
  commentCode,
  fenced,
  ACTIONS_LOGIN,
  mark,
  markOf,
  fingerprint,
  findingLines,
  suggestionBody
};
