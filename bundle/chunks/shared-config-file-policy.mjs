import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  pyyamlCharacter
} from "./shared-config-config.mjs";
import {
  GlobError,
  MAX_TOTAL_LENGTH,
  gitignoreMatcher,
  globProblem,
  globsTest,
  pathspecMatcher,
  require_dist
} from "./shared-config-glob-match.mjs";
import {
  WordSet,
  definedTerms,
  dictionary,
  parseWordList,
  wordsIn
} from "./shared-spelling-dictionary.mjs";
import {
  ConfigError,
  ERRORS
} from "./shared-errors.mjs";
import {
  __toESM
} from "./shared-runtime.mjs";

// dist/src/config/mkdocs.js
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var MKDOCS_FILE = "mkdocs.yml";
var isStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
var isOptionalString = (value) => value === void 0 || typeof value === "string";
function isMkdocsRead(value) {
  const { text, settings } = value ?? {};
  return typeof text === "string" && typeof settings === "object" && settings !== null && typeof settings.docsDir === "string" && typeof settings.useDirectoryUrls === "boolean" && isStrings(settings.excludeDocs) && isStrings(settings.draftDocs) && isOptionalString(settings.siteUrl) && isOptionalString(settings.docsDirAt);
}
var DEFAULT_MKDOCS = { docsDir: "docs", useDirectoryUrls: true, excludeDocs: [], draftDocs: [] };
var MAX_INHERIT = 8;
function mkdocsTags(env) {
  const fromEnv = (names, fallback) => {
    for (const name of names)
      if (env[name] !== void 0)
        return implicitValue(env[name]);
    return fallback;
  };
  return [
    { tag: "!ENV", resolve: (name) => fromEnv([name], null) },
    {
      tag: "!ENV",
      collection: "seq",
      resolve: (seq) => {
        const items = seq.toJSON();
        return items.length > 1 ? fromEnv(items.slice(0, -1).map(String), items.at(-1)) : fromEnv(items.map(String), null);
      }
    },
    ...["!!python/name", "!!python/object", "!!python/object/apply", "!relative"].map((tag) => ({
      tag,
      identify: () => false,
      resolve: (value) => value
    }))
  ];
}
function implicitValue(text) {
  const document = (0, import_yaml.parseDocument)(text, { version: "1.1", logLevel: "silent" });
  return document.errors.length ? text : document.toJS();
}
var stringOf = (value) => typeof value === "string" ? value : void 0;
function patternsOf(value) {
  return typeof value === "string" ? value.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")) : [];
}
function positionOf(document, lines, key, text, needle) {
  const contents = document.contents;
  if (!(0, import_yaml.isMap)(contents))
    return void 0;
  const items = [...contents.items].reverse();
  const keyOf = (item) => item.key?.value;
  const pair = items.find((item) => keyOf(item) === key) ?? items.find((item) => keyOf(item) === "<<");
  if (!pair)
    return void 0;
  const range = pair.value?.range;
  let offset = range?.[0] ?? pair.key?.range?.[0] ?? 0;
  if (needle && text !== void 0 && range) {
    for (let found = text.indexOf(needle.text, range[0]); found >= 0 && found < range[1]; found = text.indexOf(needle.text, found + 1)) {
      const end = found + needle.text.length;
      if (/\s/.test(text[found - 1] ?? "\n") && (end >= text.length || /\s/.test(text[end]))) {
        offset = found + needle.column - 1;
        break;
      }
    }
  }
  const { line, col } = lines.linePos(offset);
  return `${line}:${col}`;
}
function readMkdocs(root, files, known, env = {}) {
  const file = path.join(root, MKDOCS_FILE);
  const text = files.readText(file, root);
  if (text === void 0)
    return { text: "", settings: DEFAULT_MKDOCS };
  if (known?.text === text && !/\bINHERIT\b|!ENV\b/.test(text))
    return known;
  const { values, at } = loadMkdocs(root, files, file, text, env, []);
  return { text, settings: settingsOf(values, at) };
}
function settingsOf(values, at) {
  const settings = {
    docsDir: stringOf(values.docs_dir) ?? "docs",
    siteUrl: stringOf(values.site_url) || void 0,
    useDirectoryUrls: values.use_directory_urls !== false,
    excludeDocs: patternsOf(values.exclude_docs),
    draftDocs: patternsOf(values.draft_docs)
  };
  const docsDirAt = stringOf(values.docs_dir) !== void 0 ? at("docs_dir") : void 0;
  if (docsDirAt)
    settings.docsDirAt = docsDirAt;
  const lists = [
    ["exclude_docs", [...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs]],
    ["draft_docs", settings.draftDocs]
  ];
  for (const [key, patterns] of lists) {
    try {
      pathspecMatcher(patterns);
    } catch (error) {
      if (!(error instanceof GlobError))
        throw error;
      const where = at(key, { text: error.pattern, column: error.column }) ?? MKDOCS_FILE;
      throw new ConfigError(ERRORS.configAt, { where, problem: globProblem(error, key) });
    }
  }
  return settings;
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergeInto(parent, child) {
  const merged = { ...parent };
  for (const [key, value] of Object.entries(child))
    merged[key] = isRecord(value) && isRecord(merged[key]) ? mergeInto(merged[key], value) : value;
  return merged;
}
function loadMkdocs(root, files, file, text, env, chain) {
  const shown = path.relative(root, file) || file;
  const lines = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { customTags: mkdocsTags(env), logLevel: "silent", uniqueKeys: false, version: "1.1", lineCounter: lines });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:${place ? `${place.line}:${place.col}` : "1:1"}`, detail: error.message.split("\n")[0] });
  }
  const unlike = unlikePyyaml(document, text);
  if (unlike) {
    const { line, col } = lines.linePos(unlike.offset);
    throw new ConfigError(ERRORS.mkdocsUnlikePyyaml, { at: `${shown}:${line}:${col}`, detail: unlike.detail });
  }
  if (!(0, import_yaml.isMap)(document.contents) && document.contents !== null)
    throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  let values;
  try {
    values = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (problem) {
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:1:1`, detail: problem.message.split("\n")[0] });
  }
  if (!isRecord(values))
    throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  const here = (key, needle) => {
    const place = positionOf(document, lines, key, text, needle);
    return place ? `${shown}:${place}` : void 0;
  };
  if (!("INHERIT" in values))
    return { values, at: here };
  const { INHERIT: inherit, ...own } = values;
  const inheritAt = here("INHERIT") ?? `${shown}:1:1`;
  if (typeof inherit !== "string" || inherit === "")
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.notAPath });
  const parentFile = path.resolve(path.dirname(file), inherit);
  if (chain.length >= MAX_INHERIT || chain.includes(parentFile) || parentFile === file)
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.cycle });
  const parentText = files.readText(parentFile, root);
  if (parentText === void 0)
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.missing });
  const parent = loadMkdocs(root, files, parentFile, parentText, env, [...chain, file]);
  return { values: mergeInto(parent.values, own), at: (key, needle) => key in own ? here(key, needle) : parent.at(key, needle) };
}
function unlikePyyaml(document, text) {
  const character = pyyamlCharacter(text);
  if (character)
    return { offset: character.offset, detail: UNLIKE_PHRASES[character.kind === "break" ? "lineBreak" : "refused"](character.code) };
  const directive = /^%/m.exec(text);
  if (directive)
    return { offset: directive.index, detail: UNLIKE_PHRASES.directive };
  let merges;
  (0, import_yaml.visit)(document, {
    Map(_key, map) {
      const keys = map.items.filter((pair) => (0, import_yaml.isScalar)(pair.key) && ["<<", "Symbol(<<)"].includes(String(pair.key.value)));
      if (keys.length > 1) {
        merges = keys[1].key.range?.[0] ?? 0;
        return import_yaml.visit.BREAK;
      }
    }
  });
  if (merges !== void 0)
    return { offset: merges, detail: UNLIKE_PHRASES.merges };
  return void 0;
}
var UNLIKE_PHRASES = {
  lineBreak: (code) => ({
    nl: `het teken ${code} is voor mkdocs (PyYAML) een regeleinde en voor ons niet; verwijder het`,
    en: `the character ${code} is a line break to mkdocs (PyYAML) and not to us; remove it`
  }),
  refused: (code) => ({
    nl: `het stuurteken ${code} weigert mkdocs (PyYAML); verwijder het`,
    en: `mkdocs (PyYAML) refuses the control character ${code}; remove it`
  }),
  directive: {
    nl: "een %-directief (%YAML, %TAG) leest mkdocs anders dan wij; verwijder het",
    en: "mkdocs reads a % directive (%YAML, %TAG) otherwise than we do; remove it"
  },
  merges: {
    nl: "twee samenvoegsleutels (<<) in \xE9\xE9n mapping: mkdocs neemt de laatste, wij de eerste; voeg ze samen tot \xE9\xE9n << met een lijst",
    en: "two merge keys (<<) in one mapping: mkdocs takes the last, we the first; join them into one << with a list"
  }
};
var INHERIT_PHRASES = {
  notAPath: { nl: "INHERIT moet het pad van een ander configuratiebestand zijn", en: "INHERIT must be the path of another configuration file" },
  cycle: {
    nl: `INHERIT verwijst in een kring of meer dan ${MAX_INHERIT} niveaus diep`,
    en: `INHERIT refers in a circle or more than ${MAX_INHERIT} levels deep`
  },
  missing: { nl: "het bestand bestaat niet", en: "the file does not exist" }
};
var MKDOCS_DEFAULT_EXCLUDES = [".*", "/templates/"];
function notBuiltMatcher(settings) {
  try {
    const excluded = pathspecMatcher([...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs]);
    const drafts = pathspecMatcher(settings.draftDocs);
    return { ignores: (docsPath) => excluded.ignores(docsPath) || drafts.ignores(docsPath) };
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new ConfigError(ERRORS.configAt, { where: MKDOCS_FILE, problem: globProblem(error, "exclude_docs / draft_docs") });
  }
}

// dist/src/spelling/algoritmekader-words.js
var ALGORITMEKADER_WORDS = [
  // Namen van het Algoritmekader, wetten en instanties
  "Algoritmekader",
  "Awgb",
  "Databankenwet",
  "Databankrichtlijn",
  "Experimentbesluit",
  "Geonovum",
  "Kamerbrief",
  "Kamerbrieven",
  "Kollektie",
  "Pleio",
  "Rathenau",
  "Sandia",
  // Producten en hulpmiddelen
  "Aequitas",
  "Avola",
  "Blindspots",
  "Kubernetes",
  "Octobox",
  "Shapley",
  "Teuken",
  "fairlearn",
  "fairml",
  "sensemaking",
  // Auteurs in de bronvermeldingen
  "Balayn",
  "Bhanu",
  "Birkstedt",
  "Brambilla",
  "Broekman",
  "Chander",
  "Chinju",
  "Chiscop",
  "Corti",
  "Dwork",
  "Gopalakrishnan",
  "Gundersen",
  "Hamon",
  "Hense",
  "Jiashuo",
  "Junklewitz",
  "Kaiyang",
  "Kumaravelan",
  "Kurakin",
  "Lekha",
  "M\xE4ntym\xE4ki",
  "Minkkinen",
  "Mireia",
  "Mustac",
  "Nicol\xF2",
  "Poppink",
  "Schuett",
  "Semmelrock",
  "Soldati",
  "Tocchetti",
  "Warrier",
  "Yori",
  "Yurrita",
  // Samenstellingen met algoritme
  "algoritmedata",
  "algoritmefunctionarissen",
  "algoritmegebruik",
  "algoritmegovernance",
  "algoritmelevenscyclus",
  "algoritmemanagement",
  "algoritmeontwikkeling",
  "algoritmeregister",
  "algoritmeregistratie",
  "algoritmerisico's",
  "algoritmetoepassing",
  "algoritmetoepassingen",
  "algoritmisering",
  // Bias (de soorten uit de pagina's over bias)
  "activiteitenbias",
  "automatiseringsbias",
  "bevestigingsbias",
  "biasanalyse",
  "meetbias",
  "overlevingsbias",
  "representatiebias",
  "samenlevingsbias",
  "versterkingsbias",
  // Data, modellen en techniek
  "anonimiseringstechnieken",
  "anonimiseringstool",
  "autoscaling",
  "backdoor",
  "backdoors",
  "bekrachtigingsleren",
  "bijtrainen",
  "chatbot",
  "chatbots",
  "containerisatie",
  "cyberveilig",
  "datagedreven",
  "datagovernance",
  "datalabs",
  "dataminimalisatie",
  "datavolwassenheid",
  "distributieshift",
  "distributieshifts",
  "docx",
  "feedbackloop",
  "feedbackloops",
  "hertrainingscycli",
  "hyperparameter",
  "hyperparameters",
  "inferentievermogen",
  "loggingcapaciteit",
  "loginformatie",
  "logregistratie",
  "machinelearning",
  "machineleesbare",
  "overfitting",
  "underfitting",
  "pentesting",
  "plaintext",
  "pseudonimiseren",
  "pseudonimisering",
  "securitymaatregelen",
  "serverless",
  "testdataset",
  "testdatasets",
  "trainingsdataset",
  "trainingsdatasets",
  "trainingsset",
  "validatieset",
  "voorgetraind",
  "zwevendekommagetallen",
  // Governance, beleid en recht (vaak uit de Nederlandse tekst van de AI-verordening)
  "creditscoring",
  "deduceerbaarheid",
  "demografie\xEBn",
  "denigratieschade",
  "e-learnings",
  "factsheet",
  "factsheets",
  "geracialiseerde",
  "generiekere",
  "governancekader",
  "governanceprotocol",
  "governancestructuren",
  "governancestructuur",
  "greenwashing",
  "grenstoezichtsbeheer",
  "handpalmafdrukken",
  "herroepbaarheid",
  "implementatiepad",
  "inbreukmakende",
  "innovatievolwassenheid",
  "invultemplate",
  "jo",
  "kabelbaaninstallaties",
  "koppelbaarheid",
  "kwaliteitsframework",
  "laagkwalitatieve",
  "metrieken",
  "milieuwelzijn",
  "onbruikbaarmaking",
  "onderzoekswaardig",
  "opiumwetontheffing",
  "overheidsstichting",
  "privacygovernance",
  "procestemplate",
  "prototypingactiviteiten",
  "rechtshandhavingsactiviteit",
  "rechtshandhavingsinstanties",
  "releasenotes",
  "scrapen",
  "gescrapete",
  "subverwerker",
  "subverwerkers",
  "subverwerkersovereenkomst",
  "uitlegbaarheid",
  "uitlegbaarheidstechnieken",
  "uitwonendenbeurs",
  "beeldinwinning",
  "verkeersdoorstroom",
  "voornorm",
  "voorsortering",
  "voorspelmodel",
  "waardengedreven",
  "whitepaper",
  "wissing",
  "zelfversterkende",
  // Engelse woorden in Brits-Engelse spelling of die het Amerikaans-Engelse woordenboek mist
  "anonymisation",
  "centre",
  "controllability",
  "defence",
  "explainability",
  "findable",
  "harmonised",
  "licence",
  "lifecycle",
  "reproducibility",
  "sanitization",
  "scalable",
  "standardisation",
  "survivorship"
];

// dist/src/spelling/service.js
var WORDS_FILE = ".algoritmekader-lint-words.txt";
function wordFiles(rules) {
  const setting = rules.spelling;
  const options = Array.isArray(setting) ? setting[1] : void 0;
  const named = Array.isArray(options?.words) ? options.words.filter((file) => typeof file === "string") : [];
  return [WORDS_FILE, ...named];
}
var remembered = /* @__PURE__ */ new WeakMap();
function wordsOfTerm(term) {
  return wordsIn(term.replace(/-/g, " "), 0).map(({ word }) => word).concat(wordsIn(term, 0).map(({ word }) => word));
}
function repositoryWords(repository, sources) {
  const wordTexts = [WORDS_FILE, ...sources.words].map((file) => repository.textFile(file) ?? "");
  const glossaryTexts = sources.glossaries.map((file) => repository.textFile(file) ?? "");
  const vocabularies = Object.keys(repository.config.vocabularies).map((key) => repository.vocabulary(key));
  const inputs = [...wordTexts, "\0", ...glossaryTexts, "\0", ...vocabularies];
  const known = remembered.get(repository);
  if (known && known.inputs.length === inputs.length && known.inputs.every((input, index) => input === inputs[index]))
    return known.words;
  const names = vocabularies.flatMap((names2) => [...names2 ?? []]);
  const words = new WordSet([...ALGORITMEKADER_WORDS, ...wordTexts.flatMap(parseWordList)]);
  for (const text of glossaryTexts)
    for (const term of definedTerms(text))
      for (const word of wordsOfTerm(term))
        words.add(word);
  for (const name of names)
    for (const word of wordsOfTerm(name))
      words.add(word);
  remembered.set(repository, { inputs, words });
  return words;
}
var spellingService = { dictionary, repositoryWords };

// dist/src/config/file-policy.js
import path2 from "node:path";
var IGNORE_FILE = ".algoritmekader-lintignore";
var relativePosix = (root, file) => path2.relative(root, path2.resolve(file)).split(path2.sep).join("/");
function ignoreFileMatcher(root, files) {
  const file = path2.join(root, IGNORE_FILE);
  const text = files.readText(file, root);
  if (text === void 0)
    return void 0;
  try {
    return gitignoreMatcher(text);
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new ConfigError(ERRORS.configAt, { where: `${file}:${error.line ?? 1}:${error.column}`, problem: globProblem(error, IGNORE_FILE) });
  }
}
function compile(globs, setting, budget) {
  try {
    return globsTest(globs, budget);
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new ConfigError(ERRORS.globPattern, { path: setting, pattern: error.pattern, reason: error.reason });
  }
}
function filePolicy(root, config, files) {
  const ignored = ignoreFileMatcher(root, files);
  const budget = { left: MAX_TOTAL_LENGTH };
  const ignores = compile(config.ignores ?? [], "ignores", budget);
  const overrides = (config.overrides ?? []).map((override, index) => ({ ...override, test: compile(override.files, `overrides[${index}].files`, budget) }));
  return {
    isIgnored(file) {
      const relative = relativePosix(root, file);
      if (relative.startsWith("../"))
        return false;
      return ignores(relative) || (ignored?.ignores(relative) ?? false);
    },
    rulesFor(file, base) {
      if (overrides.length === 0)
        return void 0;
      const relative = relativePosix(root, file);
      const matching = overrides.filter((override) => override.test(relative));
      if (matching.length === 0)
        return void 0;
      return Object.assign({ ...base }, ...matching.map((override) => override.rules ?? {}));
    }
  };
}

export {
  MKDOCS_FILE,
  isMkdocsRead,
  readMkdocs,
  notBuiltMatcher,
  wordFiles,
  spellingService,
  IGNORE_FILE,
  filePolicy
};
