/** `--print-config <file>` and `--list-rules`: what applies, without linting. */
import path from 'node:path';
import { activeFor, createSession, loadRules, type SessionOptions } from '../../run/session.js';

/** Each rule's severity (and options) for `file`, or for every page when `file` is undefined. */
async function ruleSettings(options: SessionOptions, file: string | undefined) {
  const session = await createSession(options);
  await loadRules(session);
  const active = new Map((file ? activeFor(session, file) : (session.active ?? [])).map((entry) => [entry.rule.meta.id, entry]));
  const rules = (session.ruleList ?? []).map((rule) => {
    const entry = active.get(rule.meta.id);
    return { meta: rule.meta, severity: entry?.severity ?? 'off', options: entry?.options };
  });
  return { session, rules };
}

/** The configuration that applies to one page, as JSON. */
export async function printConfig(options: SessionOptions, file: string): Promise<string> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  const { session, rules } = await ruleSettings({ ...options, start: path.dirname(absolute) }, absolute);
  const { repository } = session;
  const docsPath = repository.docsPathOf(absolute);
  const { overrides: _overrides, ...config } = session.config;
  const printed = {
    file: path.relative(session.cwd, absolute) || file,
    root: repository.root,
    kind: repository.kindOf(absolute),
    ignored: session.policy.isIgnored(absolute),
    builtByMkdocs: !docsPath.startsWith('..') && !repository.isNotBuilt(docsPath),
    mkdocs: repository.mkdocs,
    ...config,
    rules: Object.fromEntries(rules.map(({ meta, severity, options }) => [meta.id, options && Object.keys(options).length ? [severity, options] : severity])),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** Every rule with its severity in this repository and what it checks, one per line. */
export async function listRules(options: SessionOptions): Promise<string> {
  const { session, rules } = await ruleSettings(options, undefined);
  const { lang } = session;
  const width = Math.max(...rules.map(({ meta }) => meta.id.length));
  return `${rules.map(({ meta, severity }) => `${meta.id.padEnd(width)}  ${severity.padEnd(5)}  ${meta.description[lang]}`).join('\n')}\n`;
}
