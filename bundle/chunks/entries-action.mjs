import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  HEADERS_ENV,
  main
} from "./shared-entries-cli-args.mjs";
import {
  ACTIONS_LOGIN,
  fingerprint
} from "./shared-github-comment-text.mjs";
import {
  escapeData
} from "./shared-reporters-github.mjs";
import "./shared-external-address-guard.mjs";
import "./shared-run-spelling-ahead.mjs";
import "./shared-spelling-worker-start.mjs";
import "./shared-run-stages-finish.mjs";
import "./shared-run-cache.mjs";
import "./shared-repository-digest.mjs";
import "./shared-rule-kit-directives.mjs";
import "./shared-run-signed-file.mjs";
import "./shared-parsing-frontmatter.mjs";
import "./shared-rule-kit-constants.mjs";
import "./shared-config-file-policy.mjs";
import "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-run-atomic-write.mjs";
import "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-judge.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import {
  isPlainRef,
  isShallow,
  mergeBase
} from "./shared-run-git.mjs";
import {
  ERRORS,
  LocalizedError,
  errorText,
  say
} from "./shared-errors.mjs";
import {
  noCommands,
  printable
} from "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/entries/action.js
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
var InputError = class extends LocalizedError {
};
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function pullRequestBase(env) {
  if (!env.GITHUB_EVENT_PATH)
    return void 0;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const sha = event.pull_request?.base?.sha;
    return typeof sha === "string" ? sha : void 0;
  } catch {
    return void 0;
  }
}
function ensureCommit(cwd, ref) {
  const run = (args) => execFileSync("git", args, { cwd, stdio: "ignore" });
  try {
    run(["cat-file", "-e", `${ref}^{commit}`]);
  } catch {
    try {
      run(["fetch", "--no-tags", "--depth=1", "origin", "--", ref]);
    } catch {
    }
  }
}
var DEEPEN_STEPS = [50, 250, 1e3];
function deepenToMergeBase(cwd, base) {
  if (!isShallow(cwd))
    return;
  const commit = (ref) => {
    try {
      return execFileSync("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], {
        cwd,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"]
      }).trim();
    } catch {
      return void 0;
    }
  };
  const [baseCommit, head] = [commit(base), commit("HEAD")];
  if (!baseCommit || !head)
    return;
  for (const depth of DEEPEN_STEPS) {
    if (mergeBase(cwd, baseCommit))
      return;
    try {
      execFileSync("git", ["fetch", "--no-tags", "--quiet", `--deepen=${depth}`, "origin", "--", baseCommit, head], { cwd, stdio: "ignore" });
    } catch {
      return;
    }
  }
}
function argumentsFor(env, cwd) {
  const lang = input(env, "lang");
  const args = ["--reporter", "github", "--reporter", "pretty", "--no-color", ...lang ? ["--lang", lang] : []];
  const since = input(env, "changed-since") || pullRequestBase(env) || "";
  if (since && since !== "none") {
    if (!isPlainRef(since))
      throw new InputError(ERRORS.inputChangedSince, { value: printable(since) });
    ensureCommit(cwd, since);
    deepenToMergeBase(cwd, since);
    args.push("--changed-since", since);
    if (/^(true|yes|1)$/i.test(input(env, "all-findings")))
      args.push("--all-findings");
    if (/^(true|yes|1)$/i.test(input(env, "accept-config-change")))
      args.push("--accept-config-change");
  }
  if (/^(true|yes|1)$/i.test(input(env, "external")))
    args.push("--external", "--no-progress");
  const allowPrivate = input(env, "external-allow-private");
  if (/^(true|yes|1)$/i.test(allowPrivate))
    args.push("--external-allow-private");
  else if (!/^(false|no|0|)$/i.test(allowPrivate)) {
    for (const entry of allowPrivate.split(/[\s,]+/).filter(Boolean))
      args.push(`--external-allow-address=${entry}`);
  }
  for (const rule of input(env, "rules").split(/\s+/).filter(Boolean))
    args.push(`--rule=${rule}`);
  const failOn = input(env, "fail-on") || "error";
  if (/^warnings?$/.test(failOn))
    args.push("--max-warnings", "0");
  else if (!/^errors?$/.test(failOn))
    throw new InputError(ERRORS.inputFailOn, { value: printable(failOn) });
  const sarif = input(env, "sarif");
  if (/[\r\n]/.test(sarif))
    throw new InputError(ERRORS.inputSarif);
  if (sarif)
    args.push("--reporter", `sarif=${sarif}`);
  const paths = input(env, "paths").split(/\s+/).filter(Boolean);
  return paths.length ? [...args, "--", ...paths] : args;
}
function switchValue(name, value, fallback, allowAuto = false) {
  if (value === "")
    return fallback;
  if (/^(true|yes|1|on)$/i.test(value))
    return "on";
  if (/^(false|no|0|off)$/i.test(value))
    return "off";
  if (allowAuto && /^auto$/i.test(value))
    return "auto";
  throw new InputError(ERRORS.inputSwitch, { name, value: printable(value) });
}
function authorOf(env) {
  const rules = input(env, "rules").split(/\s+/).filter(Boolean).sort();
  const instance = fingerprint(env.GITHUB_WORKFLOW ?? "", env.GITHUB_JOB ?? "", input(env, "working-directory") || ".", ...rules).slice(0, 12);
  return { login: input(env, "comment-author") || ACTIONS_LOGIN, instance };
}
function feedbackSettings(env, write, timing) {
  return {
    timing,
    env,
    token: input(env, "github-token"),
    author: authorOf(env),
    suggestions: switchValue("suggestions", input(env, "suggestions"), "auto", true),
    summaryComment: switchValue("summary-comment", input(env, "summary-comment"), "on") === "on",
    log: (line) => write(`${noCommands(printable(`algoritmekader-lint: ${line}`))}
`)
  };
}
async function giveFeedback(report, settings) {
  if (!report)
    return;
  try {
    const { pullRequestFeedback } = await import("./github-pull-request.mjs");
    await pullRequestFeedback(report, settings);
  } catch (error) {
    settings.log(errorText(error, report.lang));
  }
}
function setOutput(env, name, value) {
  if (!env.GITHUB_OUTPUT)
    return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
async function runAction(env = process.env, write = (text) => process.stdout.write(text), options = {}) {
  const failure = (message) => write(`::error title=algoritmekader-lint::${escapeData(printable(message))}
`);
  try {
    const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input(env, "working-directory") || ".");
    const args = argumentsFor(env, cwd);
    const feedback = feedbackSettings(env, write, options.gitHubTiming);
    let report;
    const headers = input(env, "external-http-headers");
    const cliEnv = headers ? { ...env, [HEADERS_ENV]: headers } : env;
    let problem = "";
    const io = {
      stdout: write,
      stderr: (text) => {
        problem += text;
        process.stderr.write(text);
      },
      cwd,
      isTTY: false,
      env: cliEnv,
      onReport: (done) => {
        report = done;
      }
    };
    const status = await main(args, io);
    if (status !== 2)
      await giveFeedback(report, feedback);
    if (status === 2)
      failure(problem.trim().replace(/^algoritmekader-lint: /gm, "") || "algoritmekader-lint failed");
    const sarif = input(env, "sarif");
    if (sarif && status !== 2)
      setOutput(env, "sarif", sarif);
    return status;
  } catch (error) {
    const lang = input(env, "lang") === "en" ? "en" : "nl";
    failure(error instanceof InputError ? errorText(error, lang) : say(ERRORS.unexpected, { detail: errorText(error, lang) }, lang));
    return 2;
  }
}
export {
  argumentsFor,
  input,
  runAction
};
