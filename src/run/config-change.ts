/**
 * A pull request may change the linter's configuration, and so the bar it is
 * judged by: turn a rule off, lower a severity or an option, ignore a page,
 * add an override or an ignore file. It never lowers that bar for itself:
 * when its configuration differs from the base's, its pages are also judged
 * by the base's configuration, and a finding either one gives is reported
 * (the stricter severity wins). The change takes effect once it is merged.
 * The reviewer is told which configuration files changed, on their lines.
 *
 * mkdocs.yml is not among them: what it says (docs_dir, exclude_docs) is
 * which pages the site builds, and the PR is judged on the site it builds.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { CODE_CONFIG_FILE_NAMES, CONFIG_FILE_NAMES } from '../config/config.js';
import { IGNORE_FILE } from '../config/file-policy.js';
import { isWithin } from '../repository/files.js';
import { DOCS_BASE, SOURCE } from '../rule-kit/constants.js';
import type { Lang, Localized } from '../rule-kit/i18n.js';
import type { ChangeSet } from './changes.js';
import { changedLines, fileAt } from './git.js';
import type { Session } from './session.js';

const TEXTS = {
  changed: {
    nl: 'Deze pull request wijzigt de configuratie van algoritmekader-lint. Tot de samenvoeging worden de pagina’s ook met de configuratie van de basis beoordeeld: wat die vindt, wordt gemeld. Zet een regel of pagina uit in een eigen pull request, of laat de workflow de wijziging aanvaarden (accept-config-change).',
    en: "This pull request changes algoritmekader-lint's configuration. Until it is merged, the pages are also judged by the base's configuration: what that finds is reported. Switch a rule or page off in a pull request of its own, or let the workflow accept the change (accept-config-change).",
  },
  byBase: {
    nl: '(volgens de configuratie van de basis; de configuratie van deze pull request zet dit uit of lager)',
    en: "(by the base's configuration; this pull request's configuration switches it off or lower)",
  },
} satisfies Record<string, Localized>;

/** The files that configure the linter in `session`'s repository, relative to its root. */
function configurationFiles(session: Session, configFile: string | undefined): string[] {
  const { root, config } = session;
  const named = [configFile && path.resolve(session.cwd, configFile), ...Object.values(config.schemas ?? {}).map((file) => path.resolve(root, file))];
  const inside = named.filter((file): file is string => typeof file === 'string' && isWithin(root, file)).map((file) => path.relative(root, file));
  return [...new Set([...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, ...inside])];
}

/** The base's text (`null`: absent) of each configuration file the change altered, by absolute path; undefined when none changed. */
export function changedConfiguration(session: Session, changes: ChangeSet, configFile?: string): Record<string, string | null> | undefined {
  const changed: Record<string, string | null> = {};
  for (const name of configurationFiles(session, configFile)) {
    const file = path.resolve(session.root, name);
    let now: string | undefined;
    try {
      now = session.repository.files.readText(file, session.root);
    } catch {
      now = '\0refused'; // a file we may not read now (a link out) differs from whatever the base had
    }
    const before = fileAt(changes.top, changes.base, path.relative(changes.top, file));
    if (now !== before) changed[file] = before ?? null;
  }
  return Object.keys(changed).length ? changed : undefined;
}

/** A notice on the first changed line of each changed configuration file (line 1 of one the change deleted). */
export function configurationNotices(session: Session, changes: ChangeSet, files: string[]): VFile[] {
  const lines = changedLines(changes.top, changes.base, changes.staged);
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
