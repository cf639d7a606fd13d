import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  IGNORE_FILE,
  MKDOCS_FILE,
  wordFiles
} from "./shared-config-file-policy.mjs";
import {
  CODE_CONFIG_FILE_NAMES,
  CONFIG_FILE_NAMES,
  configFor
} from "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-repository-source.mjs";
import {
  isWithin
} from "./shared-repository-files.mjs";
import {
  VFile
} from "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/run/config-change.js
import path from "node:path";
var TEXTS = {
  changed: {
    nl: "Deze pull request wijzigt wat de controle leest (de configuratie van algoritmekader-lint, mkdocs.yml of een schema). Tot de samenvoeging worden alle pagina\u2019s ook met die van de basis beoordeeld: wat die vindt, wordt gemeld. Zet een regel of pagina uit in een eigen pull request, of laat de workflow de wijziging aanvaarden (accept-config-change).",
    en: "This pull request changes what the check reads (algoritmekader-lint's configuration, mkdocs.yml or a schema). Until it is merged, every page is also judged by the base's: what that finds is reported. Switch a rule or page off in a pull request of its own, or let the workflow accept the change (accept-config-change)."
  },
  byBase: {
    nl: "(volgens de configuratie van de basis; de configuratie van deze pull request zet dit uit of lager)",
    en: "(by the base's configuration; this pull request's configuration switches it off or lower)"
  }
};
function configurationFiles(session, config, configFile) {
  const { root } = session;
  const named = [configFile && path.resolve(session.cwd, configFile), ...Object.values(config.schemas ?? {}).map((file) => path.resolve(root, file))];
  const inside = named.filter((file) => typeof file === "string" && isWithin(root, file)).map((file) => path.relative(root, file));
  return [...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, MKDOCS_FILE, ...wordFiles(config.rules), ...inside];
}
function changedConfiguration(session, changes, configFile) {
  const baseTree = changes.baseFiles();
  const read = (files, file) => {
    try {
      return files.readText(file, session.root);
    } catch {
      return "\0refused";
    }
  };
  let baseConfig;
  try {
    baseConfig = configFor(session.root, {}, baseTree);
  } catch {
    baseConfig = void 0;
  }
  const names = /* @__PURE__ */ new Set([
    ...configurationFiles(session, session.config, configFile),
    ...baseConfig ? configurationFiles(session, baseConfig, configFile) : []
  ]);
  const changed = {};
  for (const name of names) {
    const file = path.resolve(session.root, name);
    const before = read(baseTree, file);
    if (read(session.repository.files, file) !== before)
      changed[file] = before ?? null;
  }
  return Object.keys(changed).length ? changed : void 0;
}
function configurationNotices(session, changes, files) {
  const lines = changes.changedLines();
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
