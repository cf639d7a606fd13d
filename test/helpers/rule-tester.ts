/**
 * A rule tester in the spirit of ESLint's RuleTester: a page (and any other
 * files) in an in-memory copy of the sample repository, one rule on, its
 * messages with id, place, `expected` and the text after `--fix`. Nothing
 * touches the disk. Every message id a test produces is counted, so a test
 * can require that each rule's every message is exercised.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { RuleSetting } from '../../src/config/config.js';
import type { CheckResult } from '../../src/external/checker.js';
import { type FileSource, memoryFiles } from '../../src/repository/file-source.js';
import { lint } from '../../src/run/engine.js';
import { applyFixes } from '../../src/run/fix.js';
import { SAMPLE } from './rule-docs.js';

/** Where in-memory repositories live (never on disk). */
export const MEMORY_ROOT = path.resolve('/algoritmekader-in-memory');

let sample: Record<string, string> | undefined;

/** The sample repository's files as text (assets as empty files), read once. */
export function sampleFiles(): Record<string, string> {
  if (sample) return sample;
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const absolute = path.join(folder, name);
      if (statSync(absolute).isDirectory()) walk(absolute);
      else files[path.relative(SAMPLE, absolute).split(path.sep).join('/')] = /\.(md|ya?ml|json|csv|txt)$/.test(name) ? readFileSync(absolute, 'utf8') : '';
    }
  };
  walk(SAMPLE);
  sample = files;
  return files;
}

export interface TestCase {
  /** Docs-relative path of the page under test. */
  page: string;
  code: string | Uint8Array;
  /** Other files (repository-relative) added to or replacing the sample's; `null` removes one. */
  files?: Record<string, string | null>;
  /** The rule's setting: `"warn"`, `["warn", {"max": 5}]`. */
  setting?: RuleSetting;
  lang?: 'nl' | 'en';
  /** How every external URL answers (`--external`). */
  external?: (urls: string[]) => Promise<Map<string, CheckResult>>;
  /** Other rules that run too (their messages are not returned): for rules about other rules' messages. */
  alsoRules?: string[];
  /** Changes how files are read (an unreadable page, say). */
  wrap?: (files: FileSource) => FileSource;
}

export interface CaseResult {
  messages: VFileMessage[];
  /** The page after the messages' safe fixes. */
  output: string;
}

/** Message ids produced so far, per rule (`rule-id:messageId`). */
export const producedIds = new Set<string>();

export async function runCase(ruleId: string, test: TestCase): Promise<CaseResult> {
  const files: Record<string, string | Uint8Array> = { ...sampleFiles() };
  for (const [file, text] of Object.entries(test.files ?? {})) {
    if (text === null) delete files[file];
    else files[file] = text;
  }
  const page = `docs/${test.page}`;
  files[page] = test.code;
  const absolute = path.join(MEMORY_ROOT, page);
  const { files: linted } = await lint({
    cwd: MEMORY_ROOT,
    root: MEMORY_ROOT,
    files: (test.wrap ?? ((source) => source))(memoryFiles(MEMORY_ROOT, files)),
    paths: [absolute],
    only: [ruleId, ...(test.alsoRules ?? [])],
    rules: { ...Object.fromEntries((test.alsoRules ?? []).map((id) => [id, 'error'])), [ruleId]: test.setting ?? 'warn' },
    lang: test.lang ?? 'nl',
    external: test.external ? { check: test.external } : undefined,
  });
  const messages = linted.flatMap((file) => file.messages).filter((message) => message.ruleId === ruleId);
  for (const message of messages) producedIds.add(`${ruleId}:${message.messageId}`);
  return { messages, output: typeof test.code === 'string' ? applyFixes(test.code, messages).text : '' };
}

/** A message as the docs show it: `line:column-line:column reason`. */
export function shown(message: VFileMessage): string {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const where = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line ?? 1}:${message.column ?? 1}`;
  return `${where} ${message.reason}`;
}
