/** The CLI: parse arguments, lint, report, and exit 0 / 1 / 2. Never a stack trace. */
import path from 'node:path';
import type { VFile } from 'vfile';
import { ERRORS, LocalizedError, say, UsageError } from '../../errors.js';
import { trustedExternal } from '../../external/trusted.js';
import { VERSION } from '../../package-info.js';
import type { ChangedLines } from '../../reporters/github.js';
import { type HiddenFindings, NEEDS_RULES, REPORTERS } from '../../reporters/index.js';
import { noCommands } from '../../reporters/printable.js';
import type { Lang } from '../../rule-kit/i18n.js';
import { OutsideFolderError, writeFileAtomically } from '../../run/atomic-write.js';
import type { ChangeSet } from '../../run/changes.js';
import { lint } from '../../run/engine.js';
import { Timings } from '../../run/timings.js';
import { ArgumentError, type CliOptions, HELP, parseCliArgs } from './args.js';
import { listRules, printConfig } from './inspect.js';
import { notice, noticeText } from './notices.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env?: NodeJS.ProcessEnv;
  /** Standard input (`--stdin`); default: the process's. */
  readStdin?: () => Promise<string>;
  /** Terminal width for the pretty report (wrapped messages); none: one line per message. */
  columns?: number;
  /** Where workflow commands we made ourselves go, unguarded (set by `main`). */
  annotate?: (text: string) => void;
  /** Told what was reported, after the reports are written (the Action's pull-request feedback). */
  onReport?: (report: LintReport) => void;
}

/** What a run reported: the pages with their findings and text, and with `--changed-since` what changed. */
export interface LintReport {
  files: VFile[];
  /** The repository's root folder. */
  base: string;
  changes?: ChangeSet;
  changedLines?: ChangedLines;
  hidden?: HiddenFindings;
  /** The run's language (command line, else configuration, else Dutch). */
  lang: Lang;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};

/** Apply (or, dry, print as a diff) every file's safe fixes; the number of files changed. */
async function fixFiles(files: VFile[], dryRun: boolean, io: CliIo, lang: Lang): Promise<number> {
  // Loaded only for --fix: a plain run never pays for the diff library.
  const { applyFixes, fixDiff, writeFix } = await import('../../run/fix.js');
  let changed = 0;
  for (const file of files) {
    const before = String(file.value ?? '');
    const { text, applied } = applyFixes(before, file.messages);
    if (applied.length === 0 || text === before) continue;
    if (dryRun) {
      io.stdout(fixDiff(file.path, before, text));
      changed++;
      continue;
    }
    const outcome = writeFix(path.resolve(file.cwd, file.path), before, text, file.data.bom === true);
    if ('written' in outcome) changed++;
    else io.stderr(notice(outcome.skipped, lang, { file: file.path }));
  }
  if (!dryRun && changed > 0) io.stderr(notice('fixed', lang, { count: changed }));
  return changed;
}

/** `external links: 120/470, 3 failing`, rewritten in place; a newline when done. */
function progressPrinter(io: CliIo) {
  let last = 0;
  return ({ done, total, failures }: { done: number; total: number; failures: number }, lang: Lang) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr(`\r${noticeText('progress', lang, { done, total, failures })}${done === total ? '\n' : ''}`);
  };
}

/** Every requested report, to stdout or its file. */
async function writeReports(
  files: VFile[],
  run: { base: string; lang: Lang; changes?: ChangeSet; hidden?: HiddenFindings },
  options: CliOptions,
  io: CliIo,
): Promise<void> {
  const { base, lang, changes, hidden } = run;
  const ruleMetas = options.reporters.some(({ name }) => NEEDS_RULES.has(name)) ? (await import('../../../rules/index.js')).rules.map((rule) => rule.meta) : [];
  // GitHub shows few annotations: those on the lines a pull request changed go first.
  const wantsLines = changes && (io.onReport || options.reporters.some(({ name }) => name === 'github'));
  const changedLines = wantsLines ? changes.changedLines() : undefined;
  for (const { name, output } of options.reporters) {
    const text = REPORTERS[name](files, {
      rules: ruleMetas,
      quiet: options.quiet,
      verbose: options.verbose,
      columns: output ? undefined : io.columns,
      color: output ? false : (options.color ?? io.isTTY),
      base,
      env: io.env ?? process.env,
      lang,
      changedLines,
      hidden,
    });
    if (output) {
      writeReportFile(output, text.endsWith('\n') ? text : `${text}\n`, io.cwd);
    } else if (text) {
      const write = name === 'github' && io.annotate ? io.annotate : io.stdout;
      write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  io.onReport?.({ files, base, changes, changedLines, hidden, lang });
}

/**
 * A report to its file. A relative path (the Action's `sarif`, say) must stay
 * inside the working folder after following links: a pull request may have
 * committed `reports -> /elsewhere`. Its missing folders are made one by one,
 * never through a link. An absolute path is the user's own choice.
 */
function writeReportFile(output: string, text: string, cwd: string): void {
  const inside = path.isAbsolute(output) ? undefined : cwd;
  try {
    writeFileAtomically(path.resolve(cwd, output), text, { makeFolder: true, inside });
  } catch (error) {
    if (error instanceof OutsideFolderError) throw new UsageError(ERRORS.reportOutside, { output, cwd });
    throw error;
  }
}

/** 1 with errors or more warnings than allowed, else 0. */
function exitStatus(files: VFile[], maxWarnings: number | undefined, io: CliIo, lang: Lang): number {
  let errors = 0;
  let warnings = 0;
  for (const file of files)
    for (const message of file.messages) {
      if (message.fatal) errors++;
      else if (message.fatal === false) warnings++;
    }
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`algoritmekader-lint: ${say(ERRORS.tooManyWarnings, { count: warnings, max: maxWarnings }, lang)}\n`);
    return 1;
  }
  return 0;
}

/** Colour on a terminal; `--color`/`--no-color` first, then FORCE_COLOR and NO_COLOR (no-color.org). */
function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  const env = io.env ?? process.env;
  if (env.FORCE_COLOR !== undefined && !['0', 'false'].includes(env.FORCE_COLOR)) return true;
  if (env.NO_COLOR) return false;
  return io.isTTY;
}

function sessionOptions(options: CliOptions, io: CliIo) {
  return {
    cwd: io.cwd,
    root: options.root,
    configFile: options.config,
    lang: options.lang,
    only: options.rules,
    allowCodeConfig: options.allowCodeConfig,
    onNotice: (text: string) => io.stderr(`algoritmekader-lint: ${text}\n`),
  };
}

/**
 * `--staged`: the next commit as the change (the index, read from git) and
 * HEAD as its base; before the first commit there is no base, and every
 * finding counts.
 */
async function stagedChange(options: CliOptions, io: CliIo): Promise<{ tree: Record<string, string | null>; since?: string }> {
  const git = await import('../../run/git.js');
  const top = git.gitTopLevel(path.resolve(io.cwd, options.root ?? '.'));
  return { tree: git.stagedTree(top), since: git.hasHead(top) ? 'HEAD' : undefined };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Lint, fix when asked, report; the exit status. */
async function lintAndReport(options: CliOptions, io: CliIo): Promise<number> {
  const showProgress = options.progress ?? (io.isTTY && !(io.env ?? process.env).CI);
  const external = options.external
    ? {
        cacheFile: options.externalCache ? path.resolve(io.cwd, options.externalCache) : undefined,
        onProgress: showProgress ? progressPrinter(io) : undefined,
        ...trustedExternal(options, io.env ?? process.env),
      }
    : undefined;
  const stdinFile = options.stdin && options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : undefined;
  const staged = options.staged ? await stagedChange(options, io) : undefined;
  const lintOptions = {
    ...sessionOptions(options, io),
    paths: stdinFile ? [stdinFile] : options.paths,
    start: stdinFile ? path.dirname(stdinFile) : undefined,
    overrides: stdinFile ? { [stdinFile]: await (io.readStdin ?? readStdin)() } : staged?.tree,
    external,
    changedSince: staged ? staged.since : options.changedSince,
    staged: staged !== undefined,
    readSources: options.fix || options.fixDryRun,
    cache: options.cache && !stdinFile ? { location: options.cacheLocation ? path.resolve(io.cwd, options.cacheLocation) : undefined } : undefined,
    timings: options.timing ? Timings.sinceProcessStart() : undefined,
    allFindings: options.allFindings,
    acceptConfigChange: options.acceptConfigChange,
    suppressions: { location: options.suppressionsLocation, write: options.writeSuppressions },
  };
  let result = await lint(lintOptions);
  let { files, repository } = result;
  const { changes } = result;
  // Decided by the session: --lang, else the configuration's `lang`, else Dutch.
  const { lang } = result.session;
  if (options.fix || options.fixDryRun) {
    const fixed = await fixFiles(files, options.fixDryRun, io, lang);
    // Report what is left after the fixes.
    if (fixed > 0 && !options.fixDryRun) {
      result = await lint({ ...lintOptions, external: undefined, suppressions: { location: options.suppressionsLocation } });
      ({ files, repository } = result);
    }
  }
  if (result.suppressions.written) {
    const file = path.relative(io.cwd, result.suppressions.written) || result.suppressions.written;
    io.stderr(notice(options.writeSuppressions === 'all' ? 'suppressionsWritten' : 'suppressionsPruned', lang, { file }));
  }
  const { timings } = lintOptions;
  const hidden = { preexisting: result.preexisting, suppressed: result.suppressions.suppressed };
  const report = () => writeReports(files, { base: repository.root, lang, changes, hidden }, options, io);
  await (timings ? timings.stage('report', report) : report());
  if (timings) io.stderr(timings.format(lang));
  return exitStatus(files, options.maxWarnings, io, lang);
}

/** `--lang en` or `--lang=en` on the command line; Dutch otherwise. */
function langIn(argv: string[]): Lang {
  let lang: Lang = 'nl';
  argv.forEach((arg, index) => {
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[index + 1] : undefined;
    if (value === 'en' || value === 'nl') lang = value;
  });
  return lang;
}

export async function main(argv: string[], rawIo: CliIo = defaultIo): Promise<number> {
  // Everything we write goes through one guard against workflow commands; only our own annotations (the github reporter) bypass it.
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(noCommands(text)), stderr: (text) => rawIo.stderr(noCommands(text)), annotate: rawIo.stdout };
  try {
    const options = parseCliArgs(argv);
    options.color = useColor(options, io);
    if (options.help) {
      io.stdout(`${HELP[options.lang ?? 'nl']}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    for (const { name } of options.reporters) {
      if (!REPORTERS[name]) throw new ArgumentError(ERRORS.unknownReporter, { name, choices: Object.keys(REPORTERS).join(', ') });
    }
    if (options.listRules) {
      io.stdout(await listRules(sessionOptions(options, io)));
      return 0;
    }
    if (options.printConfig) {
      io.stdout(await printConfig(sessionOptions(options, io), options.printConfig));
      return 0;
    }
    return await lintAndReport(options, io);
  } catch (error) {
    // The language of --lang, read even when the rest of the command line is wrong.
    const lang = langIn(argv);
    if (error instanceof LocalizedError) {
      io.stderr(`algoritmekader-lint: ${error.in(lang)}\n${error instanceof ArgumentError ? `${say(ERRORS.seeHelp, {}, lang)}\n` : ''}`);
      return 2;
    }
    io.stderr(`algoritmekader-lint: ${say(ERRORS.unexpected, { detail: (error as Error)?.message ?? String(error) }, lang)}\n`);
    if (process.env.ALGORITMEKADER_LINT_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
