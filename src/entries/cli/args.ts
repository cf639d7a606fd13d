/** Command-line arguments of `algoritmekader-lint`. */
import { parseArgs } from 'node:util';
import { ERRORS, hintFor, LocalizedError } from '../../errors.js';
import { parseRange } from '../../external/address-guard.js';
import type { Lang } from '../../rule-kit/i18n.js';
import { closest } from '../../rule-kit/suggest.js';

export interface CliOptions {
  paths: string[];
  root?: string;
  reporters: Array<{ name: string; output?: string }>;
  quiet: boolean;
  maxWarnings?: number;
  lang?: Lang;
  config?: string;
  color?: boolean;
  changedSince?: string;
  /** With `--changed-since`: also the findings the base already had. */
  allFindings: boolean;
  acceptConfigChange: boolean;
  staged: boolean;
  /** Write every current finding into the suppressions file (`--suppress-all`), or lower its counts (`--prune-suppressions`). */
  writeSuppressions?: 'all' | 'prune';
  suppressionsLocation?: string;
  cache: boolean;
  cacheLocation?: string;
  fix: boolean;
  fixDryRun: boolean;
  allowCodeConfig: boolean;
  external: boolean;
  externalCache?: string;
  /** Let the external check connect to every internal address (never from a file in the repository). */
  externalAllowPrivate: boolean;
  /** …or to these internal addresses and CIDR ranges. */
  externalAllowAddresses?: string[];
  progress?: boolean;
  /** Only these rules (`--rule`, repeatable). */
  rules?: string[];
  stdin: boolean;
  stdinFilename?: string;
  printConfig?: string;
  listRules: boolean;
  verbose: boolean;
  /** Print where the time went (stages, parsing, each rule) on stderr. */
  timing: boolean;
  help: boolean;
  version: boolean;
}

/** A command line that cannot be run: exit 2, with a pointer to --help. */
export class ArgumentError extends LocalizedError {}

/** `--help`, in the language of `--lang` (Dutch by default). */
export const HELP: Record<Lang, string> = {
  en: `Usage: algoritmekader-lint [options] [files, folders or globs…]

Checks the pages of an Algoritmekader repository (mkdocs.yml and docs/):
frontmatter, URNs, labels, references, site markers, sections and links.
Without paths, every page under the docs folder is checked.

Options:
  --root <folder>          repository root (folder with mkdocs.yml); default: found upward
  --config <file>          JSON or YAML configuration (default: .algoritmekader-lint.json in the root)
  --allow-code-config      load .algoritmekader-lint.mjs/.js (runs code from the repository:
                           never on untrusted pull requests; .remarkrc.js is never run)
  --reporter <name[=file]> pretty (default), json, github, sarif or junit; repeat for
                           several; "=file" writes to a file (sarif=out.sarif)
  --cache                  reuse results of unchanged pages between runs
  --cache-location <path>  cache folder or .json file (default: node_modules/.cache/algoritmekader-lint/)
  --fix                    apply safe fixes to the pages (written atomically), then report what is left
  --fix-dry-run            print the fixes as a unified diff; change nothing
  --changed-since <ref>    only pages changed since a git ref (e.g. origin/main), plus the pages
                           that point at them; reports URNs removed, changed or moved; only
                           findings the change brought (new ones, and those on changed lines)
  --all-findings           with --changed-since: also the findings that were already there
  --staged                 judge what is staged for the next commit, as a pull request against HEAD
                           (pre-commit): only the findings it brings fail; unstaged edits are not seen
  --accept-config-change   with --changed-since: judge by the change's own configuration alone
                           (by default the base's configuration judges too, where it is stricter)
  --suppress-all           record every finding of this run in .algoritmekader-lint-suppressions.json
                           (to switch the linter on in a repository with old findings)
  --prune-suppressions     lower the counts in the suppressions file to what is left
  --suppressions-location <file>  suppressions file (default: .algoritmekader-lint-suppressions.json in the root)
  --external               also check external http(s) links (network; successes cached a day)
  --external-cache <file>  cache file (default: node_modules/.cache/algoritmekader-lint/external-links.json)
  --external-allow-address <ip|cidr>  let the external check reach this internal address or range
                           (repeat for several); never taken from a file in the repository
  --external-allow-private let the external check reach every internal address (loopback, private)
                           Headers for the external check: ALGORITMEKADER_LINT_HTTP_HEADERS (JSON, as httpHeaders)
  --progress, --no-progress  progress of the external check on stderr (default: on a terminal only)
  --rule <id>              only this rule (repeat for several); the others are off
  --stdin                  read the page from standard input (with --stdin-filename)
  --stdin-filename <path>  where that page is in the repository (decides its kind and links)
  --print-config <file>    print the configuration that applies to that page, and stop
  --list-rules             list the rules with their severity, and stop
  --quiet                  only show files with messages
  --verbose                also list files without messages
  --timing                 after the report, the time per stage and per rule (on stderr)
  --max-warnings <n>       exit 1 when there are more than n warnings (-1: no limit)
  --lang <nl|en>           message language (default: nl)
  --no-color               plain output (also NO_COLOR=1; FORCE_COLOR=1 forces colour)
  -h, --help               this help
  -v, --version            the version

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error.`,
  nl: `Gebruik: algoritmekader-lint [opties] [bestanden, mappen of globs…]

Controleert de pagina's van een Algoritmekader-repository (mkdocs.yml en docs/):
frontmatter, URN's, labels, verwijzingen, site-markeringen, secties en links.
Zonder paden wordt elke pagina in de docs-map gecontroleerd.

Opties:
  --root <map>             hoofdmap van de repository (met mkdocs.yml); standaard: naar boven gezocht
  --config <bestand>       JSON- of YAML-configuratie (standaard: .algoritmekader-lint.json in de hoofdmap)
  --allow-code-config      laad .algoritmekader-lint.mjs/.js (voert code uit de repository uit:
                           nooit op pull requests van anderen; .remarkrc.js wordt nooit uitgevoerd)
  --reporter <naam[=bestand]> pretty (standaard), json, github, sarif of junit; herhaal voor
                           meer; "=bestand" schrijft naar een bestand (sarif=out.sarif)
  --cache                  hergebruik resultaten van ongewijzigde pagina's tussen runs
  --cache-location <pad>   cachemap of .json-bestand (standaard: node_modules/.cache/algoritmekader-lint/)
  --fix                    pas veilige herstellingen toe (atomair geschreven), meld daarna wat overblijft
  --fix-dry-run            toon de herstellingen als unified diff; verander niets
  --changed-since <ref>    alleen pagina's die sinds een git-ref zijn gewijzigd (bijv. origin/main), plus
                           de pagina's die ernaar wijzen; meldt verwijderde, gewijzigde of verplaatste URN's;
                           alleen meldingen die de wijziging meebracht (nieuwe, en op gewijzigde regels)
  --all-findings           met --changed-since: ook de meldingen die er al stonden
  --staged                 beoordeel wat klaarstaat voor de volgende commit, als pull request tegen HEAD
                           (pre-commit): alleen meldingen die het meebrengt, falen; niet-gestagede wijzigingen tellen niet
  --accept-config-change   met --changed-since: beoordeel alleen met de eigen configuratie van de wijziging
                           (standaard beoordeelt ook de configuratie van de basis, waar die strenger is)
  --suppress-all           leg elke melding van deze run vast in .algoritmekader-lint-suppressions.json
                           (om de linter aan te zetten in een repository met oude meldingen)
  --prune-suppressions     verlaag de aantallen in het onderdrukkingenbestand tot wat er nog is
  --suppressions-location <bestand>  onderdrukkingenbestand (standaard: .algoritmekader-lint-suppressions.json in de hoofdmap)
  --external               controleer ook externe http(s)-links (netwerk; successen een dag bewaard)
  --external-cache <bestand> cachebestand (standaard: node_modules/.cache/algoritmekader-lint/external-links.json)
  --external-allow-address <ip|cidr>  laat de externe controle dit interne adres of bereik bereiken
                           (herhaal voor meer); nooit uit een bestand in de repository
  --external-allow-private laat de externe controle elk intern adres bereiken (loopback, privé)
                           Headers voor de externe controle: ALGORITMEKADER_LINT_HTTP_HEADERS (JSON, als httpHeaders)
  --progress, --no-progress  voortgang van de externe controle op stderr (standaard: alleen in een terminal)
  --rule <id>              alleen deze regel (herhaal voor meer); de andere staan uit
  --stdin                  lees de pagina van standaardinvoer (met --stdin-filename)
  --stdin-filename <pad>   waar die pagina in de repository staat (bepaalt soort en links)
  --print-config <bestand> toon de configuratie die voor die pagina geldt, en stop
  --list-rules             toon de regels met hun ernst, en stop
  --quiet                  toon alleen bestanden met meldingen
  --verbose                toon ook bestanden zonder meldingen
  --timing                 toon na het rapport de tijd per stap en per regel (op stderr)
  --max-warnings <n>       exit 1 bij meer dan n waarschuwingen (-1: geen grens)
  --lang <nl|en>           taal van de meldingen (standaard: nl)
  --no-color               zonder kleur (ook NO_COLOR=1; FORCE_COLOR=1 dwingt kleur af)
  -h, --help               deze hulp
  -v, --version            de versie

Exitcode: 0 geen fouten, 1 fouten (of te veel waarschuwingen), 2 gebruiks- of configuratiefout.`,
};

/** `--max-warnings -1` (ESLint's "no limit") as `--max-warnings=-1`: parseArgs takes `-1` for an option. */
function negativeValuesJoined(argv: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--max-warnings' && /^-\d+$/.test(argv[index + 1] ?? '')) joined.push(`--max-warnings=${argv[++index]}`);
    else joined.push(argv[index]);
  }
  return joined;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseCliArgsRaw>;
  try {
    parsed = parseCliArgsRaw(negativeValuesJoined(argv));
  } catch (error) {
    throw parseArgsError(error as Error & { code?: string });
  }
  return toOptions(parsed);
}

const OPTIONS = {
  root: { type: 'string' },
  config: { type: 'string' },
  reporter: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  lang: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'changed-since': { type: 'string' },
  'all-findings': { type: 'boolean' },
  'accept-config-change': { type: 'boolean' },
  staged: { type: 'boolean' },
  'suppress-all': { type: 'boolean' },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'allow-code-config': { type: 'boolean' },
  external: { type: 'boolean' },
  'external-cache': { type: 'string' },
  'external-allow-private': { type: 'boolean' },
  'external-allow-address': { type: 'string', multiple: true },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  verbose: { type: 'boolean' },
  timing: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Node's parseArgs errors, said in our words: the option, and the nearest known one. */
function parseArgsError(error: Error & { code?: string }): ArgumentError {
  // "Option '-q, --quiet' does not take an argument": the long name when there is one.
  const option = /--[\w-]+/.exec(error.message)?.[0] ?? /'(-\w)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const [near] = closest(option.replace(/^-+/, ''), Object.keys(OPTIONS));
    return new ArgumentError(ERRORS.unknownOption, { option, hint: hintFor(near && `--${near}`) });
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new ArgumentError(/does not take an argument/.test(error.message) ? ERRORS.optionTakesNoValue : ERRORS.optionNeedsValue, { option });
  }
  return new ArgumentError({ nl: error.message, en: error.message });
}

function parseCliArgsRaw(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: OPTIONS,
  });
}

function toOptions({ values, positionals }: ReturnType<typeof parseCliArgsRaw>): CliOptions {
  const lang = values.lang;
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new ArgumentError(ERRORS.langValue, { value: lang });
  // ESLint: -1 means no limit.
  const maxWarnings =
    values['max-warnings'] === undefined || values['max-warnings'] === '-1' ? undefined : wholeNumber('--max-warnings', values['max-warnings']);
  if (values.fix && values['fix-dry-run']) throw new ArgumentError(ERRORS.fixAndDryRun);
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new ArgumentError(ERRORS.stdinFilenameAlone);
  if (values.stdin && values['stdin-filename'] === undefined) throw new ArgumentError(ERRORS.stdinNeedsFilename);
  if (values.stdin && positionals.length) throw new ArgumentError(ERRORS.stdinPaths);
  if (values.stdin && values.fix) throw new ArgumentError(ERRORS.stdinFix);
  if (values['suppress-all'] && values['prune-suppressions']) throw new ArgumentError(ERRORS.suppressAndPrune);
  if ((values['suppress-all'] || values['prune-suppressions']) && (values.stdin || values.staged || values['changed-since'] !== undefined))
    throw new ArgumentError(ERRORS.suppressWholeRun);
  if (values.staged && (values.stdin || values.fix || values['fix-dry-run'] || values['changed-since'] !== undefined || positionals.length))
    throw new ArgumentError(ERRORS.stagedAlone);
  for (const entry of values['external-allow-address'] ?? []) {
    if (!parseRange(entry)) throw new ArgumentError(ERRORS.notAnAddress, { option: '--external-allow-address', entry });
  }
  const reporters = (values.reporter ?? ['pretty']).map((spec) => {
    const [name, ...rest] = spec.split('=');
    return { name, output: rest.length ? rest.join('=') : undefined };
  });
  return {
    paths: positionals,
    root: values.root,
    reporters,
    quiet: values.quiet ?? false,
    maxWarnings,
    lang,
    config: values.config,
    color: values['no-color'] ? false : values.color,
    changedSince: values['changed-since'],
    allFindings: values['all-findings'] ?? false,
    acceptConfigChange: values['accept-config-change'] ?? false,
    staged: values.staged ?? false,
    writeSuppressions: values['suppress-all'] ? 'all' : values['prune-suppressions'] ? 'prune' : undefined,
    suppressionsLocation: values['suppressions-location'],
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    allowCodeConfig: values['allow-code-config'] ?? false,
    external: values.external ?? false,
    externalCache: values['external-cache'],
    externalAllowPrivate: values['external-allow-private'] ?? false,
    externalAllowAddresses: values['external-allow-address'],
    progress: values['no-progress'] ? false : values.progress,
    rules: values.rule,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    verbose: values.verbose ?? false,
    timing: values.timing ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function wholeNumber(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new ArgumentError(ERRORS.wholeNumber, { option, value });
  return number;
}
