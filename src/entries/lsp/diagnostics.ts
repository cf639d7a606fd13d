/** Findings as LSP diagnostics: range, severity, rule, docs link, and the data quick fixes need. */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node.js';
import { printable } from '../../reporters/printable.js';
import { SOURCE } from '../../rule-kit/constants.js';
import { restoreMessages, type StoredMessage } from '../../run/cache.js';

function toDiagnostic(message: VFileMessage): Diagnostic {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const start = place?.start ?? { line: message.line ?? 1, column: message.column ?? 1 };
  const end = place?.end ?? start;
  const diagnostic: Diagnostic = {
    range: { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } },
    // A file name or value from a page: on one line, control characters visible.
    message: printable(message.reason),
    severity: message.fatal ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: message.source ?? SOURCE,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = { href: message.url };
  if (message.expected) diagnostic.data = { expected: message.expected, safe: Boolean(message.fix) };
  return diagnostic;
}

export function diagnosticsOf(file: string, messages: StoredMessage[]): Diagnostic[] {
  const vfile = new VFile({ path: file });
  restoreMessages(vfile, messages);
  return vfile.messages.map(toDiagnostic);
}
