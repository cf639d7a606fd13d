/** What every reporter needs of a message: severity, place, rule and its docs. */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Lang } from '../rule-kit/i18n.js';

export type Level = 'error' | 'warning' | 'info';

export interface FlatMessage {
  /** Path relative to `base`, POSIX separators. */
  file: string;
  absolute: string;
  level: Level;
  ruleId: string;
  url?: string;
  reason: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: VFileMessage;
}

/** The severity as a reader sees it, in each language (every report and our pull-request comments). */
export const LEVEL_WORDS: Record<Lang, Record<Level, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function levelOf(message: VFileMessage): Level {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** All messages of all files, paths relative to `base` (the repository or workspace). */
export function flatten(files: VFile[], base: string): FlatMessage[] {
  return files.flatMap((file) => {
    const absolute = path.resolve(file.cwd, file.path);
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    return file.messages.map((message) => {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      return {
        file: relative,
        absolute,
        level: levelOf(message),
        ruleId: message.ruleId ?? 'unknown',
        url: message.url,
        reason: message.reason,
        line: message.line ?? 1,
        column: message.column ?? 1,
        endLine: place?.end.line,
        endColumn: place?.end.column,
        message,
      };
    });
  });
}
