/**
 * Checks a configuration against schemas/config.schema.json and turns the
 * first problem into one message an author can act on: where
 * (file:line:column of the key or value), what, and a did-you-mean
 * (`"reference-exist"` → `reference-exists`, `"eror"` → `error`).
 */
import { isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { ConfigError, ERRORS, hintFor, PHRASES, say, type TextParams } from '../errors.js';
import type { ErrorObject } from '../repository/schemas.js';
import { configValidator } from '../repository/schemas.js';
import type { Localized } from '../rule-kit/i18n.js';
import { closest } from '../rule-kit/suggest.js';
import { GlobError, globsTest, MAX_TOTAL_LENGTH } from './glob-match.js';
import { patternProblem } from './linear-regex.js';
import { schemaMessage } from './schema-messages.js';

const SEVERITIES = ['off', 'warn', 'error'];

/** Where a configuration came from: a file (with its text, for positions) or an API / remark-cli option. */
interface ConfigOrigin {
  file: string;
  text?: string;
}

const didYouMean = (value: string, candidates: string[]) => hintFor(closest(value, candidates).map((best) => `"${best}"`)[0]);

/** A problem: its text and parameters, and where it is (a key, or a value). */
interface Problem {
  text: Localized;
  params: TextParams;
  at: string[];
  key: boolean;
}

const segments = (instancePath: string) =>
  instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

const dotted = (parts: string[]) =>
  parts
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');

/** line:column of a key (`key: true`) or value at `parts` in the configuration text. */
function positionOf(text: string | undefined, parts: string[], key: boolean): string | undefined {
  if (text === undefined) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(text, { logLevel: 'silent', uniqueKeys: false, lineCounter: lines });
  let node: unknown = document.contents;
  let range: [number, number, number] | undefined = (node as Node | null)?.range ?? undefined;
  for (const [index, part] of parts.entries()) {
    if (!isMap(node) && !(isNode(node) && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const item = isMap(node) ? items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === part) : items[Number(part)];
    if (!item) break;
    if (isPair(item)) {
      range = (key && index === parts.length - 1 ? (item.key as Node)?.range : ((item.value as Node | null)?.range ?? (item.key as Node)?.range)) ?? range;
      node = item.value;
    } else {
      range = (item as Node).range ?? range;
      node = item;
    }
  }
  const { line, col } = lines.linePos(range?.[0] ?? 0);
  return `${line}:${col}`;
}

/** The rule setting's problem, said plainly (the schema's anyOf errors are not). */
function ruleSettingProblem(setting: unknown, id: string, errors: ErrorObject[], base: string): Problem {
  const severity = Array.isArray(setting) ? setting[0] : setting;
  const at = segments(base);
  if (!SEVERITIES.includes(String(severity)) && ![0, 1, 2].includes(severity as number)) {
    const hint = typeof severity === 'string' ? didYouMean(severity, SEVERITIES) : '';
    return { text: ERRORS.notASeverity, params: { id, value: JSON.stringify(severity), hint }, at: Array.isArray(setting) ? [...at, '0'] : at, key: false };
  }
  const optionErrors = errors.filter((error) => error.instancePath.startsWith(`${base}/1`) && !/^(anyOf|oneOf)$/.test(error.keyword));
  const [first] = optionErrors.sort((a, b) => b.instancePath.length - a.instancePath.length);
  if (first) {
    const rest = dotted(segments(first.instancePath.slice(`${base}/1`.length)));
    return {
      text: ERRORS.ruleOptions,
      params: { id, path: rest ? `.${rest}` : '', detail: schemaMessage(first) },
      at: segments(first.instancePath),
      key: false,
    };
  }
  if (Array.isArray(setting) && setting.length > 1) return { text: ERRORS.ruleTakesNoOptions, params: { id }, at: [...at, '1'], key: false };
  return { text: ERRORS.ruleSettingShape, params: { id }, at, key: false };
}

function describe(value: unknown, errors: ErrorObject[]): Problem {
  const unknownKey = errors.find((error) => error.keyword === 'additionalProperties');
  if (unknownKey) {
    const name = String(unknownKey.params.additionalProperty);
    const known = Object.keys((unknownKey.parentSchema as { properties?: object })?.properties ?? {}).filter((key) => key !== '$schema');
    const parts = segments(unknownKey.instancePath);
    const isRule = parts[parts.length - 1] === 'rules';
    const where = dotted(parts);
    const hint = didYouMean(name, known);
    const params: TextParams = isRule ? { id: name, hint } : { name: `${where ? `${where}.` : ''}${name}`, hint };
    return { text: isRule ? ERRORS.unknownRule : ERRORS.unknownSetting, params, at: [...parts, name], key: true };
  }
  const ruleError = errors.find((error) => /^(\/overrides\/\d+)?\/rules\/[^/]+/.test(error.instancePath));
  if (ruleError) {
    const base = /^(\/overrides\/\d+)?\/rules\/[^/]+/.exec(ruleError.instancePath)![0];
    const parts = segments(base);
    let setting: unknown = value;
    for (const part of parts) setting = (setting as Record<string, unknown>)?.[part];
    return ruleSettingProblem(setting, parts[parts.length - 1], errors, base);
  }
  const [first] = errors.filter((error) => !/^(anyOf|oneOf|if)$/.test(error.keyword)).sort((a, b) => b.instancePath.length - a.instancePath.length);
  const parts = segments(first?.instancePath ?? '');
  const allowed = first?.keyword === 'enum' ? (first.params.allowedValues as unknown[]) : undefined;
  let actual: unknown = value;
  for (const part of parts) actual = (actual as Record<string, unknown>)?.[part];
  const path = dotted(parts) || PHRASES.theConfiguration;
  if (!allowed) return { text: ERRORS.invalidValue, params: { path, detail: schemaMessage(first) }, at: parts, key: false };
  const hint = typeof actual === 'string' ? didYouMean(actual, allowed.map(String)) : '';
  const choices = allowed.map((item) => JSON.stringify(item)).join(', ');
  return { text: ERRORS.mustBeOneOf, params: { path, allowed: choices, actual: JSON.stringify(actual), hint }, at: parts, key: false };
}

/**
 * Throws ConfigError at the place of the first `ignorePatterns` entry (under
 * `base`: `external` in our configuration, the top of mlc_config.json) that
 * the linear-time engine cannot run.
 */
export function checkPatterns(value: unknown, origin: ConfigOrigin, base: string[]): void {
  let entries: unknown = value;
  for (const part of [...base, 'ignorePatterns']) entries = (entries as Record<string, unknown> | undefined)?.[part];
  if (!Array.isArray(entries)) return;
  for (const [index, entry] of entries.entries()) {
    const object = typeof entry === 'object' && entry !== null;
    const pattern: unknown = object ? (entry as { pattern?: unknown }).pattern : entry;
    if (typeof pattern !== 'string') continue;
    const detail = patternProblem(pattern);
    if (detail === undefined) continue;
    const at = [...base, 'ignorePatterns', String(index), ...(object ? ['pattern'] : [])];
    const position = positionOf(origin.text, at, false);
    throw new ConfigError(ERRORS.configAt, {
      where: `${origin.file}${position ? `:${position}` : ''}`,
      problem: {
        nl: say(ERRORS.notARegex, { path: dotted(at), pattern, detail }, 'nl'),
        en: say(ERRORS.notARegex, { path: dotted(at), pattern, detail }, 'en'),
      },
    });
  }
}

/** A pattern from the repository that cannot be matched in bounded time, said where it is (`path`: the setting or file). */
export function globProblem(error: GlobError, path: string): Localized {
  const params = { path, pattern: error.pattern, reason: error.reason };
  return { nl: say(ERRORS.globPattern, params, 'nl'), en: say(ERRORS.globPattern, params, 'en') };
}

/**
 * Throws ConfigError at the first glob of `ignores` or `overrides[].files`
 * that cannot be matched in linear time (see glob-match.ts), or at a list
 * with too many of them.
 */
export function checkGlobs(value: unknown, origin: ConfigOrigin): void {
  const config = value as { ignores?: unknown; overrides?: Array<{ files?: unknown }> };
  const lists: Array<[string[], unknown]> = [[['ignores'], config?.ignores]];
  if (Array.isArray(config?.overrides))
    for (const [index, override] of config.overrides.entries()) lists.push([['overrides', String(index), 'files'], override?.files]);
  const budget = { left: MAX_TOTAL_LENGTH }; // for all globs of the configuration together
  for (const [base, globs] of lists) {
    if (!Array.isArray(globs)) continue;
    const strings = globs.filter((glob): glob is string => typeof glob === 'string');
    try {
      globsTest(strings, budget);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      const index = Math.max(0, globs.indexOf(error.pattern));
      const at = [...base, String(index)];
      const position = positionOf(origin.text, at, false);
      throw new ConfigError(ERRORS.configAt, { where: `${origin.file}${position ? `:${position}` : ''}`, problem: globProblem(error, dotted(at)) });
    }
  }
}

/** Throws ConfigError when `value` is not a valid configuration. */
export function checkConfig(value: unknown, origin: ConfigOrigin): void {
  const validate = configValidator();
  if (validate(value)) {
    checkPatterns(value, origin, ['external']);
    checkGlobs(value, origin);
    return;
  }
  const { text, params, at, key } = describe(value, validate.errors ?? []);
  const position = positionOf(origin.text, at, key);
  throw new ConfigError(ERRORS.configAt, {
    where: `${origin.file}${position ? `:${position}` : ''}`,
    problem: { nl: say(text, params, 'nl'), en: say(text, params, 'en') },
  });
}
