/**
 * A pull request may change the linter's configuration, and so the bar it is
 * judged by: turn a rule off, lower a severity or an option, ignore a page,
 * add an override or an ignore file. It never lowers that bar for itself:
 * when its configuration differs from the base's, its pages are also judged
 * by the base's configuration, and a finding either one gives is reported
 * (the stricter severity wins). The change takes effect once it is merged.
 * The reviewer is told which configuration files changed, on their lines.
 *
 * mkdocs.yml is among them: `exclude_docs` or `docs_dir` changed in the same
 * pull request must not take its broken page out of the check. A change of
 * any of these files also has every page checked (src/run/changes.ts).
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { CODE_CONFIG_FILE_NAMES, CONFIG_FILE_NAMES, type Config, configFor } from '../config/config.js';
import { IGNORE_FILE } from '../config/file-policy.js';
import { MKDOCS_FILE } from '../config/mkdocs.js';
import type { FileSource } from '../repository/file-source.js';
import { isWithin } from '../repository/files.js';
import { DOCS_BASE, SOURCE } from '../rule-kit/constants.js';
import type { Lang, Localized } from '../rule-kit/i18n.js';
import { wordFiles } from '../spelling/service.js';
import type { ChangeSet } from './changes.js';
import type { Session } from './session.js';

const TEXTS = {
  changed: {
    nl: 'Deze pull request wijzigt wat de controle leest (de configuratie van algoritmekader-lint, mkdocs.yml of een schema). Tot de samenvoeging worden alle pagina’s ook met die van de basis beoordeeld: wat die vindt, wordt gemeld. Zet een regel of pagina uit in een eigen pull request, of laat de workflow de wijziging aanvaarden (accept-config-change).',
    en: "This pull request changes what the check reads (algoritmekader-lint's configuration, mkdocs.yml or a schema). Until it is merged, every page is also judged by the base's: what that finds is reported. Switch a rule or page off in a pull request of its own, or let the workflow accept the change (accept-config-change).",
  },
  byBase: {
    nl: '(volgens de configuratie van de basis; de configuratie van deze pull request zet dit uit of lager)',
    en: "(by the base's configuration; this pull request's configuration switches it off or lower)",
  },
} satisfies Record<string, Localized>;

/** The files that configure the check of `config`'s repository, relative to its root: the configuration, the ignore file, mkdocs.yml, the word lists, the schemas it names. */
function configurationFiles(session: Session, config: Config, configFile: string | undefined): string[] {
  const { root } = session;
  const named = [configFile && path.resolve(session.cwd, configFile), ...Object.values(config.schemas ?? {}).map((file) => path.resolve(root, file))];
  const inside = named.filter((file): file is string => typeof file === 'string' && isWithin(root, file)).map((file) => path.relative(root, file));
  return [...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, MKDOCS_FILE, ...wordFiles(config.rules), ...inside];
}

/**
 * The base's text (`null`: absent) of each file that configures the check
 * and that the change altered, by absolute path; undefined when none
 * changed. The files the base's configuration names count too (a schema the
 * change stops naming and loosens), and the base is read from git's tree,
 * links followed inside it.
 */
export function changedConfiguration(session: Session, changes: ChangeSet, configFile?: string): Record<string, string | null> | undefined {
  const baseTree = changes.baseFiles();
  const read = (files: FileSource, file: string) => {
    try {
      return files.readText(file, session.root);
    } catch {
      return '\0refused'; // a file we may not read (a link out) differs from whatever the other side has
    }
  };
  let baseConfig: Config | undefined;
  try {
    baseConfig = configFor(session.root, {}, baseTree);
  } catch {
    baseConfig = undefined; // a broken configuration at the base: the change's own names the files
  }
  const names = new Set([
    ...configurationFiles(session, session.config, configFile),
    ...(baseConfig ? configurationFiles(session, baseConfig, configFile) : []),
  ]);
  const changed: Record<string, string | null> = {};
  for (const name of names) {
    const file = path.resolve(session.root, name);
    const before = read(baseTree, file);
    if (read(session.repository.files, file) !== before) changed[file] = before ?? null;
  }
  return Object.keys(changed).length ? changed : undefined;
}

/** A notice on the first changed line of each changed configuration file (line 1 of one the change deleted). */
export function configurationNotices(session: Session, changes: ChangeSet, files: string[]): VFile[] {
  const lines = changes.changedLines();
  return files.map((file) => {
    let text = '';
    try {
      text = session.repository.files.readText(file, session.root) ?? '';
    } catch {
      // refused (a link out of the repository): the notice stands on line 1
    }
    const vfile = new VFile({ path: path.relative(session.cwd, file) || file, cwd: session.cwd, value: text });
    const line = lines.get(file)?.[0]?.[0] ?? 1;
    const message = vfile.message(TEXTS.changed[session.lang], { place: { line, column: 1 }, ruleId: 'configuration', source: SOURCE });
    message.fatal = undefined;
    message.url = DOCS_BASE.replace(/rules\/$/, 'action.md#a-pull-request-cannot-lower-its-own-bar');
    return vfile;
  });
}

const keyOf = (file: VFile) => path.resolve(file.cwd, file.path);
const findingKey = (message: VFile['messages'][number]) => JSON.stringify([message.line, message.column, message.ruleId, message.messageId ?? message.reason]);

/**
 * `head`'s findings with those of `byBase` (the same pages judged by the
 * base's configuration) added: a finding in both keeps the stricter
 * severity; one the base's alone gives says so.
 */
export function strictestOf(head: VFile[], byBase: VFile[], lang: Lang): VFile[] {
  const files = new Map(head.map((file) => [keyOf(file), file]));
  const added: VFile[] = [];
  for (const strict of byBase) {
    const own = files.get(keyOf(strict));
    const known = new Map((own?.messages ?? []).map((message) => [findingKey(message), message]));
    const extra = strict.messages.filter((message) => {
      const same = known.get(findingKey(message));
      if (same && message.fatal === true) same.fatal = true;
      else if (same && message.fatal === false && !same.fatal) same.fatal = false;
      return !same;
    });
    if (extra.length === 0) continue;
    for (const message of extra) {
      message.reason = `${message.reason} ${TEXTS.byBase[lang]}`;
      message.message = message.reason;
    }
    if (own) own.messages.push(...extra);
    else {
      strict.messages = extra;
      added.push(strict);
    }
  }
  return [...head, ...added];
}
