/**
 * Errors that end a run with exit status 2 and one line in the run's
 * language (never a stack trace), and the notices a run gives besides its
 * findings. Each text is in ERRORS or NOTICES, in Dutch and English, and
 * filled with its parameters when it is said.
 */
import { printable } from './reporters/printable.js';
import { format, type Lang, type Localized } from './rule-kit/i18n.js';

/** A parameter is a value, or a piece of text said in both languages. */
export type TextParams = Record<string, string | number | Localized>;

/** The text in `lang`, its parameters filled in. */
export function say(text: Localized, params: TextParams, lang: Lang): string {
  const filled: Record<string, string | number> = {};
  // A value (a file name, a setting from the repository) stays on its line, whatever it holds.
  for (const [name, value] of Object.entries(params))
    filled[name] = typeof value === 'object' ? value[lang] : typeof value === 'string' ? printable(value) : value;
  return format(text[lang], filled);
}

export class LocalizedError extends Error {
  /** The run's language, once the run knows it (the configuration may set it). */
  lang?: Lang;

  constructor(
    readonly text: Localized,
    readonly params: TextParams = {},
  ) {
    super(say(text, params, 'en'));
  }

  /** The message in the run's language, or in `lang` before the run knew its own. */
  in(lang: Lang): string {
    return say(this.text, this.params, this.lang ?? lang);
  }
}

/** A wrong command line or a request that cannot be met (no repository, no such page). */
export class UsageError extends LocalizedError {}

/** A configuration (file, mkdocs.yml, schema paths) that cannot be used: exit 2, with where and what. */
export class ConfigError extends LocalizedError {}

/** What a user reads of any error: ours in `lang`, another's own message. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof LocalizedError) return error.in(lang);
  return (error as Error)?.message ?? String(error);
}

export const ERRORS = {
  // Command line
  langValue: { nl: '--lang is nl of en, niet "{value}"', en: '--lang must be nl or en, not "{value}"' },
  wholeNumber: {
    nl: '{option} neemt een heel getal ≥ 0 (of -1: geen grens), niet "{value}"',
    en: '{option} takes a whole number ≥ 0 (or -1: no limit), not "{value}"',
  },
  fixAndDryRun: {
    nl: '--fix en --fix-dry-run sluiten elkaar uit: --fix-dry-run toont wat --fix zou schrijven',
    en: '--fix and --fix-dry-run exclude each other: --fix-dry-run shows what --fix would write',
  },
  suppressAndPrune: {
    nl: '--suppress-all en --prune-suppressions sluiten elkaar uit: --suppress-all legt alles vast, --prune-suppressions alleen minder',
    en: '--suppress-all and --prune-suppressions exclude each other: --suppress-all records everything, --prune-suppressions only less',
  },
  stagedAlone: {
    nl: '--staged beoordeelt de hele volgende commit: niet met paden, --changed-since, --stdin of --fix',
    en: '--staged judges the whole next commit: not with paths, --changed-since, --stdin or --fix',
  },
  suppressWholeRun: {
    nl: "--suppress-all en --prune-suppressions werken op de pagina's zelf, niet met --stdin, --staged of --changed-since",
    en: '--suppress-all and --prune-suppressions work on the pages themselves, not with --stdin, --staged or --changed-since',
  },
  stdinFilenameAlone: { nl: '--stdin-filename hoort bij --stdin', en: '--stdin-filename goes with --stdin' },
  stdinNeedsFilename: {
    nl: '--stdin heeft --stdin-filename <pad> nodig: de plaats van de pagina in de repository bepaalt haar soort, links en feiten',
    en: "--stdin needs --stdin-filename <path>: the page's place in the repository decides its kind, links and facts",
  },
  stdinPaths: { nl: '--stdin neemt geen paden; de pagina komt van standaardinvoer', en: '--stdin takes no paths; the page is read from standard input' },
  stdinFix: {
    nl: '--fix geldt niet voor --stdin (er wordt niets geschreven); gebruik --fix-dry-run voor de diff',
    en: '--fix does not apply to --stdin (nothing is written); use --fix-dry-run for the diff',
  },
  unknownOption: { nl: 'onbekende optie {option}{hint}', en: 'unknown option {option}{hint}' },
  optionNeedsValue: { nl: '{option} heeft een waarde nodig', en: '{option} needs a value' },
  optionTakesNoValue: { nl: '{option} neemt geen waarde', en: '{option} takes no value' },
  unknownReporter: { nl: 'onbekende reporter "{name}"; kies uit {choices}', en: 'unknown reporter "{name}"; choose from {choices}' },
  seeHelp: { nl: 'Zie --help voor het gebruik.', en: 'Run with --help for usage.' },
  unexpected: { nl: 'onverwachte fout: {detail}', en: 'unexpected failure: {detail}' },
  tooManyWarnings: {
    nl: '{count} waarschuwingen, meer dan --max-warnings {max}',
    en: '{count} warnings, more than --max-warnings {max}',
  },
  // The repository and the pages asked for
  noRepository: {
    nl: 'geen mkdocs.yml gevonden in {cwd} of daarboven; geef --root <map met mkdocs.yml>',
    en: 'no mkdocs.yml found in {cwd} or above; pass --root <folder with mkdocs.yml>',
  },
  unknownRule: { nl: 'onbekende regel "{id}"{hint}', en: 'unknown rule "{id}"{hint}' },
  codeConfigRefused: {
    nl: '{file} is code; het wordt alleen geladen met --allow-code-config (gebruik anders een .json- of .yaml-configuratie)',
    en: '{file} is code; it is only loaded with --allow-code-config (use a .json or .yaml configuration otherwise)',
  },
  noSuchPath: { nl: 'bestand of map bestaat niet: {entry}{hint}', en: 'no such file or folder: {entry}{hint}' },
  noPageMatches: { nl: 'geen pagina past bij "{entry}"', en: 'no page matches "{entry}"' },
  gitFailed: { nl: 'git {command} mislukt: {detail}', en: 'git {command} failed: {detail}' },
  reportOutside: {
    nl: 'rapport niet geschreven: {output} leidt (via een symbolische link of ..) buiten de werkmap {cwd}; geef een pad in de werkmap, of een absoluut pad',
    en: 'report not written: {output} leads (through a symbolic link or ..) outside the working folder {cwd}; give a path inside the working folder, or an absolute path',
  },
  notInGit: {
    nl: '--changed-since werkt in een git-repository, en {cwd} ligt niet in een',
    en: '--changed-since needs a git repository, and {cwd} is not in one',
  },
  // The Action's inputs
  inputChangedSince: {
    nl: "changed-since is een git-ref of commit (geen :, geen + of - vooraan, geen spaties of *?[\\), niet '{value}'",
    en: "changed-since must be a git ref or commit (no :, no leading + or -, no spaces or *?[\\), not '{value}'",
  },
  inputFailOn: { nl: "fail-on is error of warning, niet '{value}'", en: "fail-on must be error or warning, not '{value}'" },
  inputSarif: { nl: 'sarif is een bestandspad op één regel', en: 'sarif must be a file path on one line' },
  inputSwitch: { nl: "{name} is true, false of auto, niet '{value}'", en: "{name} must be true, false or auto, not '{value}'" },
  notARef: {
    nl: '--changed-since: "{ref}" is geen commit-hash of ref-naam (geen :, geen + of - vooraan, geen spaties of *?[\\)',
    en: '--changed-since: "{ref}" is not a commit hash or ref name (no :, no leading + or -, no spaces or *?[\\)',
  },
  notACommit: { nl: '--changed-since: "{ref}" is geen commit in deze repository', en: '--changed-since: "{ref}" is not a commit in this repository' },
  notACommitShallow: {
    nl: '--changed-since: "{ref}" is geen commit in deze ondiepe clone; haal de geschiedenis op (git fetch --unshallow, of in GitHub Actions actions/checkout met fetch-depth: 0)',
    en: '--changed-since: "{ref}" is not a commit in this shallow clone; fetch the history (git fetch --unshallow, or in GitHub Actions actions/checkout with fetch-depth: 0)',
  },
  noMergeBaseShallow: {
    nl: '--changed-since: waar deze wijziging van "{ref}" aftakt, ligt niet in deze ondiepe clone, dus wat de wijziging bracht is niet te bepalen; haal de geschiedenis op (git fetch --unshallow, of in GitHub Actions actions/checkout met fetch-depth: 0)',
    en: '--changed-since: where this change branched off "{ref}" is not in this shallow clone, so what the change brought cannot be told; fetch the history (git fetch --unshallow, or in GitHub Actions actions/checkout with fetch-depth: 0)',
  },
  // Configuration (the file is in the message where it is known)
  cannotReadConfig: { nl: 'kan de configuratie {file} niet lezen', en: 'cannot read configuration {file}' },
  configNotParsable: { nl: 'de configuratie {file} is geen geldige {format}: {detail}', en: 'configuration {file} is not valid {format}: {detail}' },
  suppressionsInvalid: {
    nl: 'het onderdrukkingenbestand {file} is niet bruikbaar: {detail}. Maak het opnieuw met `algoritmekader-lint --suppress-all`',
    en: 'suppressions file {file} cannot be used: {detail}. Make it again with `algoritmekader-lint --suppress-all`',
  },
  configNotObject: { nl: 'de configuratie {file} moet een object zijn', en: 'configuration {file} must be an object' },
  toelichtingMaxWordsMoved: {
    nl: 'configuratie {file}: "toelichtingMaxWords" is nu een optie van zijn regel: "rules": {"toelichting-max-words": ["warn", {"max": …}]}',
    en: 'configuration {file}: "toelichtingMaxWords" is now an option of its rule: "rules": {"toelichting-max-words": ["warn", {"max": …}]}',
  },
  codeConfigFailed: { nl: 'de configuratie {file} kon niet worden geladen: {detail}', en: 'configuration {file} could not be loaded: {detail}' },
  configAt: { nl: '{where}: {problem}', en: '{where}: {problem}' },
  unknownSetting: { nl: 'onbekende instelling "{name}"{hint}', en: 'unknown setting "{name}"{hint}' },
  notASeverity: {
    nl: 'rules.{id}: {value} is geen ernst (off, warn of error){hint}',
    en: 'rules.{id}: {value} is not a severity (off, warn or error){hint}',
  },
  ruleOptions: { nl: 'rules.{id} opties{path}: {detail}', en: 'rules.{id} options{path}: {detail}' },
  ruleTakesNoOptions: { nl: 'rules.{id}: deze regel heeft geen opties', en: 'rules.{id}: this rule takes no options' },
  ruleSettingShape: {
    nl: 'rules.{id}: een instelling is een ernst of [ernst, opties]',
    en: 'rules.{id}: a setting is a severity or [severity, options]',
  },
  mustBeOneOf: { nl: '{path} moet een van {allowed} zijn, niet {actual}{hint}', en: '{path} must be one of {allowed}, not {actual}{hint}' },
  invalidValue: { nl: '{path}: {detail}', en: '{path} {detail}' },
  severityValue: {
    nl: 'rules.{id}: de ernst is "off", "warn" of "error", niet {value}',
    en: 'rules.{id}: severity must be "off", "warn" or "error", not {value}',
  },
  langSetting: { nl: 'lang is "nl" of "en", niet {value}', en: 'lang must be "nl" or "en", not {value}' },
  mkdocsNotParsable: { nl: '{at}: mkdocs.yml is geen geldige YAML: {detail}', en: '{at}: mkdocs.yml is not valid YAML: {detail}' },
  baseConfigurationUnusable: {
    nl: 'deze wijziging verandert wat de controle leest (configuratie, mkdocs.yml), dus wordt ze ook met dat van de basis beoordeeld, en dat kan niet: {detail}. Splits de wijziging (eerst de configuratie), of laat de workflow haar aanvaarden (accept-config-change, --accept-config-change)',
    en: "this change alters what the check reads (configuration, mkdocs.yml), so it is judged by the base's as well, and that cannot be done: {detail}. Split the change (the configuration first), or let the workflow accept it (accept-config-change, --accept-config-change)",
  },
  mkdocsUnlikePyyaml: {
    nl: '{at}: mkdocs.yml wordt door mkdocs anders gelezen dan door deze controle: {detail}',
    en: '{at}: mkdocs would read mkdocs.yml otherwise than this check: {detail}',
  },
  mkdocsInherit: {
    nl: '{at}: mkdocs.yml kan zijn INHERIT niet volgen: {detail}',
    en: '{at}: cannot follow the INHERIT of mkdocs.yml: {detail}',
  },
  mkdocsNotMapping: { nl: '{at}: mkdocs.yml moet een mapping van instellingen zijn', en: '{at}: mkdocs.yml must be a mapping of settings' },
  docsFolderMissing: {
    nl: "{where}: de docs-map {folder} bestaat niet of bevat geen pagina's (.md) die mkdocs bouwt",
    en: '{where}: the docs folder {folder} does not exist or holds no pages (.md) that mkdocs builds',
  },
  outsideRepository: {
    nl: '{key}: {value} ligt buiten de repository {root}; alleen bestanden daarbinnen worden gelezen',
    en: '{key}: {value} is outside the repository {root}; only files inside it are read',
  },
  externalSetting: { nl: 'external{path}: {detail}', en: 'external{path}: {detail}' },
  notAnAddress: {
    nl: '{option}: "{entry}" is geen IP-adres of CIDR-bereik (10.20.0.0/16)',
    en: '{option}: "{entry}" is not an IP address or CIDR range (10.20.0.0/16)',
  },
  headersEnv: {
    nl: '{name} is geen lijst van httpHeaders zoals in mlc_config.json ([{"urls": ["https://…"], "headers": {"naam": "waarde"}}]): {detail}',
    en: '{name} is not a list of httpHeaders as in mlc_config.json ([{"urls": ["https://…"], "headers": {"name": "value"}}]): {detail}',
  },
  notARegex: {
    nl: '{path}: "{pattern}" is geen reguliere expressie die in lineaire tijd kan lopen (RE2: geen terugverwijzingen, geen lookaround): {detail}',
    en: '{path}: "{pattern}" is not a regular expression that runs in linear time (RE2: no backreferences, no lookaround): {detail}',
  },
  globPattern: {
    nl: '{path}: "{pattern}" is geen patroon dat in begrensde tijd te vergelijken is: {reason}',
    en: '{path}: "{pattern}" is not a pattern that can be matched in bounded time: {reason}',
  },
  notAnAbsoluteUrl: { nl: 'external.httpHeaders: "{prefix}" is geen absolute URL', en: 'external.httpHeaders: "{prefix}" is not an absolute URL' },
  notADuration: {
    nl: '"{value}" is geen tijdsduur (gebruik bijv. 500ms, 30s, 1m, 1d)',
    en: '"{value}" is not a duration (use e.g. 500ms, 30s, 1m, 1d)',
  },
  refusedFile: { nl: '{file} is niet gelezen: {reason}', en: '{file} was not read: {reason}' },
  notJson: { nl: '{file} is geen geldige JSON: {detail}', en: '{file} is not valid JSON: {detail}' },
} satisfies Record<string, Localized>;

/** Pieces of the texts above. */
export const PHRASES = {
  docsDirInConfig: { nl: 'docsDir in de configuratie', en: 'docsDir in the configuration' },
  noDocsDir: { nl: 'geen docs_dir in mkdocs.yml, dus "docs"', en: 'no docs_dir in mkdocs.yml, so "docs"' },
  theConfiguration: { nl: 'de configuratie', en: 'the configuration' },
  pageGlob: { nl: 'paginapatroon', en: 'page glob' },
  howAllowPrivate: {
    nl: '--external-allow-address, --external-allow-private of de invoer external-allow-private van de Action',
    en: '--external-allow-address, --external-allow-private or the Action input external-allow-private',
  },
  howHeaders: {
    nl: 'de omgevingsvariabele ALGORITMEKADER_LINT_HTTP_HEADERS of de invoer external-http-headers van de Action',
    en: 'the environment variable ALGORITMEKADER_LINT_HTTP_HEADERS or the Action input external-http-headers',
  },
} satisfies Record<string, Localized>;

/** What a run says besides its findings (the symbolic links it skipped, a page it did not check). */
export const NOTICES = {
  baseSuppressionsBroken: {
    nl: '{file} is op de basis van deze pull request niet bruikbaar ({detail}); de versie van de pull request geldt',
    en: "{file} cannot be used at this pull request's base ({detail}); the pull request's version applies",
  },
  codeConfigIgnored: {
    nl: '{file} overgeslagen: configuratie als code wordt alleen geladen met --allow-code-config',
    en: 'ignored {file}: configuration as code is only loaded with --allow-code-config',
  },
  cacheNotWritten: {
    nl: 'de cache kon niet worden geschreven ({problem}); de volgende run begint zonder cache',
    en: 'the cache could not be written ({problem}); the next run starts cold',
  },
  cacheIgnored: {
    nl: 'de cache is niet gebruikt: {reason}; alles is opnieuw gecontroleerd',
    en: 'the cache was not used: {reason}; everything was checked afresh',
  },
  notAPage: {
    nl: '{file} is geen pagina van de site (geen .md-bestand in de docs-map {docs}); niet gecontroleerd',
    en: '{file} is not a page of the site (not a .md file in the docs folder {docs}); not checked',
  },
  pageIgnored: {
    nl: '{file} wordt genegeerd door de configuratie (ignores of .algoritmekader-lintignore); niet gecontroleerd',
    en: '{file} is ignored by the configuration (ignores or .algoritmekader-lintignore); not checked',
  },
  pageNotBuilt: {
    nl: '{file} wordt niet door mkdocs gebouwd (exclude_docs, draft_docs, of een pad met een punt of templates/); niet gecontroleerd',
    en: '{file} is not built by mkdocs (exclude_docs, draft_docs, or a dot or templates/ path); not checked',
  },
  symlinkLoop: {
    nl: '{file} overgeslagen: een symbolische link die terugleidt naar een map erboven',
    en: 'skipped {file}: a symbolic link that leads back into a folder above it',
  },
  untrustedExternalSetting: {
    nl: '{setting} in {file} genegeerd: waar de controle van externe links verbinding mee mag maken en welke headers ze meestuurt, bepaalt alleen wie de controle start ({how}), nooit een bestand dat een pull request kan wijzigen',
    en: 'ignored {setting} in {file}: where the external link check may connect and which headers it sends is decided only by whoever starts it ({how}), never by a file a pull request can change',
  },
  symlinkOutside: {
    nl: '{file} overgeslagen: een symbolische link die buiten de repository leidt',
    en: 'skipped {file}: a symbolic link that leads outside the repository',
  },
  symlinkAliasesCut: {
    nl: '{count} map(pen) overgeslagen, de eerste {file}: symbolische links leiden steeds weer naar mappen die al gelezen zijn (meer dan {limit} bestanden en mappen op die manier); vervang die links door de mappen zelf',
    en: 'skipped {count} folder(s), the first {file}: symbolic links lead again and again to folders already read (more than {limit} files and folders that way); replace those links with the folders themselves',
  },
} satisfies Record<string, Localized>;

/** Why a cache file was not used (src/run/signed-file.ts). */
export const CACHE_REFUSALS = {
  link: { nl: 'het is een symbolische link (of geen gewoon bestand)', en: 'it is a symbolic link (or not a regular file)' },
  tracked: {
    nl: 'git houdt het bij, dus het kan uit een pull request komen',
    en: 'git tracks it, so it may come from a pull request',
  },
  unverified: {
    nl: 'de controle (HMAC) klopt niet: het is niet door deze computer geschreven, of gewijzigd',
    en: 'its check (HMAC) does not verify: it was not written on this machine, or was changed',
  },
  'no-key': {
    nl: 'de sleutel om het te controleren kon niet worden gelezen of gemaakt (ALGORITMEKADER_LINT_CACHE_KEY_FILE)',
    en: 'the key to verify it could not be read or made (ALGORITMEKADER_LINT_CACHE_KEY_FILE)',
  },
} satisfies Record<string, Localized>;

/** "; bedoel je x?" after an unknown name (the caller quotes x as it should be shown); empty without a suggestion. */
export function hintFor(suggestion: string | undefined): Localized | string {
  return suggestion ? { nl: `; bedoel je ${suggestion}?`, en: `; did you mean ${suggestion}?` } : '';
}
