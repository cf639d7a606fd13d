import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  IGNORE_FILE
} from "./shared-config-file-policy.mjs";
import {
  VFile
} from "./shared-unist-util-stringify-position.mjs";
import {
  changedLines,
  fileAt
} from "./shared-run-git.mjs";
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  CODE_CONFIG_FILE_NAMES,
  CONFIG_FILE_NAMES
} from "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-repository-source.mjs";
import {
  isWithin
} from "./shared-repository-files.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/run/config-change.js
import path from "node:path";
var TEXTS = {
  changed: {
    nl: "Deze pull request wijzigt de configuratie van algoritmekader-lint. Tot de samenvoeging worden de pagina\u2019s ook met de configuratie van de basis beoordeeld: wat die vindt, wordt gemeld. Zet een regel of pagina uit in een eigen pull request, of laat de workflow de wijziging aanvaarden (accept-config-change).",
    en: "This pull request changes algoritmekader-lint's configuration. Until it is merged, the pages are also judged by the base's configuration: what that finds is reported. Switch a rule or page off in a pull request of its own, or let the workflow accept the change (accept-config-change)."
  },
  byBase: {
    nl: "(volgens de configuratie van de basis; de configuratie van deze pull request zet dit uit of lager)",
    en: "(by the base's configuration; this pull request's configuration switches it off or lower)"
  }
};
function configurationFiles(session, configFile) {
  const { root, config } = session;
  const named = [configFile && path.resolve(session.cwd, configFile), ...Object.values(config.schemas ?? {}).map((file) => path.resolve(root, file))];
  const inside = named.filter((file) => typeof file === "string" && isWithin(root, file)).map((file) => path.relative(root, file));
  return [.../* @__PURE__ */ new Set([...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, ...inside])];
}
function changedConfiguration(session, changes, configFile) {
  const changed = {};
  for (const name of configurationFiles(session, configFile)) {
    const file = path.resolve(session.root, name);
    let now;
    try {
      now = session.repository.files.readText(file, session.root);
    } catch {
      now = "\0refused";
    }
    const before = fileAt(changes.top, changes.base, path.relative(changes.top, file));
    if (now !== before)
      changed[file] = before ?? null;
  }
  return Object.keys(changed).length ? changed : void 0;
}
function configurationNotices(session, changes, files) {
  const lines = changedLines(changes.top, changes.base, changes.staged);
  return files.map((file) => {
    let text = "";
    try {
      text = session.repository.files.readText(file, session.root) ?? "";
    } catch {
    }
    const vfile = new VFile({ path: path.relative(session.cwd, file) || file, cwd: session.cwd, value: text });
    const line = lines.get(file)?.[0]?.[0] ?? 1;
    const message = vfile.message(TEXTS.changed[session.lang], { place: { line, column: 1 }, ruleId: "configuration", source: SOURCE });
    message.fatal = void 0;
    message.url = DOCS_BASE.replace(/rules\/$/, "action.md#a-pull-request-cannot-lower-its-own-bar");
    return vfile;
  });
}
var keyOf = (file) => path.resolve(file.cwd, file.path);
var findingKey = (message) => JSON.stringify([message.line, message.column, message.ruleId, message.messageId ?? message.reason]);
function strictestOf(head, byBase, lang) {
  const files = new Map(head.map((file) => [keyOf(file), file]));
  const added = [];
  for (const strict of byBase) {
    const own = files.get(keyOf(strict));
    const known = new Map((own?.messages ?? []).map((message) => [findingKey(message), message]));
    const extra = strict.messages.filter((message) => {
      const same = known.get(findingKey(message));
      if (same && message.fatal === true)
        same.fatal = true;
      else if (same && message.fatal === false && !same.fatal)
        same.fatal = false;
      return !same;
    });
    if (extra.length === 0)
      continue;
    for (const message of extra) {
      message.reason = `${message.reason} ${TEXTS.byBase[lang]}`;
      message.message = message.reason;
    }
    if (own)
      own.messages.push(...extra);
    else {
      strict.messages = extra;
      added.push(strict);
    }
  }
  return [...head, ...added];
}
export {
  changedConfiguration,
  configurationNotices,
  strictestOf
};
