import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  MAX_TEXT_BYTES,
  checkConfig,
  readInside,
  require_dist
} from "./shared-config-glob-match.mjs";
import {
  decodePage,
  readPageSource
} from "./shared-repository-source.mjs";
import {
  listDocs
} from "./shared-repository-files.mjs";
import {
  ConfigError,
  ERRORS
} from "./shared-errors.mjs";
import {
  __toESM
} from "./shared-runtime.mjs";

// dist/src/config/config.js
var import_yaml = __toESM(require_dist(), 1);
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// dist/src/repository/file-source.js
import { statSync } from "node:fs";
import path from "node:path";
var diskFiles = {
  list: listDocs,
  readPage: readPageSource,
  readText(file, boundary) {
    const shown = boundary && !path.relative(boundary, file).startsWith("..") ? path.relative(boundary, file) : file;
    return readInside(file, boundary, MAX_TEXT_BYTES, shown)?.toString("utf8");
  },
  stat(file) {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? { mtimeMs: stat.mtimeMs, size: stat.size } : void 0;
  }
};
function overlayFiles(base, changes) {
  const changed = new Map(Object.entries(changes).map(([file, text]) => [path.resolve(file), text]));
  return {
    list(docsDir, boundary) {
      const listing = base.list(docsDir, boundary);
      const files = new Set(listing.files);
      const folders = new Set(listing.folders);
      for (const [file, text] of changed) {
        const docsPath = path.relative(docsDir, file).split(path.sep).join("/");
        if (docsPath.startsWith(".."))
          continue;
        if (text === null)
          files.delete(docsPath);
        else {
          files.add(docsPath);
          for (let folder = path.posix.dirname(docsPath); folder !== "."; folder = path.posix.dirname(folder))
            folders.add(folder);
        }
      }
      return { ...listing, files, folders };
    },
    readPage(file, boundary) {
      const text = changed.get(path.resolve(file));
      if (text === void 0)
        return base.readPage(file, boundary);
      if (text === null)
        return { value: "", problem: { code: "unreadable", detail: "ENOENT" }, mtimeMs: 0 };
      return { ...decodePage(typeof text === "string" ? Buffer.from(text) : text), mtimeMs: 0 };
    },
    readText(file, boundary) {
      const text = changed.get(path.resolve(file));
      return text === void 0 ? base.readText(file, boundary) : text === null ? void 0 : Buffer.from(text).toString("utf8");
    },
    stat(file) {
      const text = changed.get(path.resolve(file));
      if (text === void 0)
        return base.stat(file);
      return text === null ? void 0 : { mtimeMs: -1, size: typeof text === "string" ? Buffer.byteLength(text) : text.length };
    }
  };
}
var EMPTY = {
  list: () => ({ files: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Set([""]), loops: [], outside: [] }),
  readPage: () => ({ value: "", problem: { code: "unreadable", detail: "ENOENT" }, mtimeMs: 0 }),
  readText: () => void 0,
  stat: () => void 0
};
function memoryFiles(root, files) {
  return overlayFiles(EMPTY, Object.fromEntries(Object.entries(files).map(([file, text]) => [path.resolve(root, file), text])));
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point) {
    if (point && typeof point.line === "number" && typeof point.column === "number" && !Number.isNaN(point.line) && // Excludes `NaN` too.
    point.column > 0) {
      while (indices.length < point.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point.line > 1 ? indices[point.line - 2] : 0) + point.column - 1;
      if (offset < indices[point.line - 1]) return offset;
    }
  }
}

// dist/src/config/json-position.js
function jsonErrorPlace(text, error) {
  const message = error?.message ?? "";
  const offset = /end of JSON input/.test(message) ? text.length : Number(/position (\d+)/.exec(message)?.[1] ?? 0);
  const point = location(text).toPoint(Math.min(offset, text.length));
  return point ? `${point.line}:${point.column}` : "1:1";
}

// dist/src/config/config.js
var ITEM_KINDS = ["maatregel", "vereiste", "hulpmiddel"];
function isItemKind(kind) {
  return ITEM_KINDS.includes(kind);
}
var maatregelSections = [
  { title: "Maatregel", nonEmpty: true },
  { title: "Toelichting", nonEmpty: true },
  { title: "Risico", nonEmpty: true },
  { title: "Bijbehorende vereiste(n)", aliases: ["Bijbehorende vereisten", "Vereisten"] },
  { title: "Bronnen" },
  { title: "Voorbeelden", aliases: ["Voorbeeld"], optional: true }
];
var vereisteSections = [
  { title: "Vereiste", nonEmpty: true },
  { title: "Toelichting", nonEmpty: true },
  { title: "Bronnen", nonEmpty: true },
  { title: "Van toepassing op" },
  { title: "Risico", nonEmpty: true },
  { title: "Maatregelen" },
  { title: "Hulpmiddelen", optional: true }
];
var hulpmiddelSections = [
  { title: "Hulpmiddel", nonEmpty: true },
  { title: "Relevantie", optional: true },
  { title: "Auteur", optional: true },
  { title: "Bronnen", optional: true },
  { title: "Bijbehorende vereisten", when: "vereiste" },
  { title: "Bijbehorende maatregelen", when: "maatregel" }
];
var DEFAULT_CONFIG = {
  kinds: {
    maatregel: {
      folder: "voldoen-aan-wetten-en-regels/maatregelen",
      urnPrefix: "urn:nl:ak:mtr:",
      codes: ["org", "pba", "owp", "dat", "owk", "ver", "imp", "mon", "uit"],
      phaseDigit: true,
      sections: maatregelSections,
      markers: [{ name: "tags" }, { name: "list_vereisten_on_maatregelen_page", section: "Bijbehorende vereiste(n)" }]
    },
    vereiste: {
      folder: "voldoen-aan-wetten-en-regels/vereisten",
      urnPrefix: "urn:nl:ak:ver:",
      codes: [],
      phaseDigit: false,
      sections: vereisteSections,
      markers: [
        { name: "tags" },
        { name: "tags-ai-act", idPrefix: "urn:nl:ak:ver:aia-", section: "Van toepassing op" },
        { name: "list_maatregelen", section: "Maatregelen", ownName: true }
      ]
    },
    hulpmiddel: {
      folder: "voldoen-aan-wetten-en-regels/hulpmiddelen",
      codes: [],
      phaseDigit: false,
      sections: hulpmiddelSections,
      markers: [
        { name: "tags" },
        { name: "list_vereisten_on_maatregelen_page", when: "vereiste", section: "Bijbehorende vereisten" },
        { name: "list_maatregelen_on_hulpmiddelen_page", when: "maatregel", section: "Bijbehorende maatregelen" }
      ]
    }
  },
  references: { vereiste: "vereiste", maatregel: "maatregel" },
  vocabularies: {
    levenscyclus: "levenscyclus",
    onderwerp: "onderwerpen",
    rollen: "rollen"
  },
  auditCodes: "script/maatregelen-adr-ark.csv",
  schemas: {},
  external: {},
  lang: "nl",
  rules: {}
};
var CONFIG_FILE_NAMES = [".algoritmekader-lint.json", ".algoritmekader-lint.yaml", ".algoritmekader-lint.yml"];
var CODE_CONFIG_FILE_NAMES = [".algoritmekader-lint.mjs", ".algoritmekader-lint.js", ".algoritmekader-lint.cjs"];
function readConfigFile(file, files = diskFiles, boundary) {
  const text = files.readText(file, boundary);
  if (text === void 0)
    throw new ConfigError(ERRORS.cannotReadConfig, { file });
  let value;
  try {
    value = /\.ya?ml$/i.test(file) ? (0, import_yaml.parse)(text) : JSON.parse(text);
  } catch (error) {
    const yaml = /\.ya?ml$/i.test(file);
    const at = yaml ? file : `${file}:${jsonErrorPlace(text, error)}`;
    throw new ConfigError(ERRORS.configNotParsable, {
      file: at,
      format: yaml ? "YAML" : "JSON",
      detail: error.message.replace(/ in JSON at position \d+.*$/, "")
    });
  }
  if (value === null || value === void 0)
    return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError(ERRORS.configNotObject, { file });
  }
  if ("toelichtingMaxWords" in value) {
    throw new ConfigError(ERRORS.toelichtingMaxWordsMoved, { file });
  }
  checkConfig(value, { file, text });
  return value;
}
function resolveConfig(partial = {}) {
  const kinds = { ...DEFAULT_CONFIG.kinds };
  for (const kind of ITEM_KINDS) {
    if (partial.kinds?.[kind])
      kinds[kind] = { ...kinds[kind], ...partial.kinds[kind] };
  }
  return {
    ...DEFAULT_CONFIG,
    ...partial,
    kinds,
    vocabularies: partial.vocabularies ?? DEFAULT_CONFIG.vocabularies,
    schemas: { ...DEFAULT_CONFIG.schemas, ...partial.schemas },
    rules: { ...DEFAULT_CONFIG.rules, ...partial.rules }
  };
}
async function loadCodeConfig(file) {
  try {
    const module = await import(pathToFileURL(file).href);
    const value = module.default;
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new Error("its default export must be an object");
    checkConfig(value, { file });
    return value;
  } catch (error) {
    if (error instanceof ConfigError)
      throw error;
    throw new ConfigError(ERRORS.codeConfigFailed, { file, detail: error.message });
  }
}
function findCodeConfigFile(root, files = diskFiles) {
  return CODE_CONFIG_FILE_NAMES.map((name) => path2.join(root, name)).find((candidate) => files.stat(candidate));
}
function findConfigFile(root, files = diskFiles) {
  return CONFIG_FILE_NAMES.map((name) => path2.join(root, name)).find((candidate) => files.stat(candidate));
}
function configFor(root, extra = {}, files = diskFiles) {
  const file = root ? findConfigFile(root, files) : void 0;
  const fromFile = file && root ? readConfigFile(file, files, root) : {};
  return resolveConfig({ ...fromFile, ...extra, rules: { ...fromFile.rules, ...extra.rules } });
}

// dist/src/parsing/pyyaml-characters.js
function refused(code, text, index) {
  if (code < 32)
    return code !== 9 && code !== 10 && code !== 13;
  if (code >= 127 && code <= 159)
    return code !== 133;
  if (code === 65534 || code === 65535)
    return true;
  if (code >= 55296 && code <= 56319)
    return !(text.charCodeAt(index + 1) >= 56320 && text.charCodeAt(index + 1) <= 57343);
  if (code >= 56320 && code <= 57343)
    return !(text.charCodeAt(index - 1) >= 55296 && text.charCodeAt(index - 1) <= 56319);
  return false;
}
var lineBreak = (code, text, index) => code === 13 && text.charCodeAt(index + 1) !== 10 || code === 133 || code === 8232 || code === 8233;
function pyyamlCharacter(text) {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 32 && code < 127)
      continue;
    const kind = lineBreak(code, text, index) ? "break" : refused(code, text, index) ? "refused" : void 0;
    if (kind)
      return { offset: index, code: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, kind };
  }
  return void 0;
}

export {
  diskFiles,
  overlayFiles,
  memoryFiles,
  pyyamlCharacter,
  location,
  jsonErrorPlace,
  ITEM_KINDS,
  isItemKind,
  CONFIG_FILE_NAMES,
  CODE_CONFIG_FILE_NAMES,
  readConfigFile,
  loadCodeConfig,
  findCodeConfigFile,
  configFor
};
