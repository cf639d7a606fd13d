/** JUnit XML for CI systems other than GitHub: a test suite per page, a failing test case per error or warning. */
import type { VFile } from 'vfile';
import { flatten } from './messages.js';
import { printable } from './printable.js';

// Printable first: XML 1.0 has no place for ESC and other control characters.
const escapeXml = (text: string) =>
  printable(text).replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character] as string);

export function junitReporter(files: VFile[], context: { base: string }): string {
  let tests = 0;
  let failures = 0;
  const suites = files.map((file, index) => {
    const messages = flatten([file], context.base);
    const name = escapeXml(messages[0]?.file ?? file.path);
    const cases = messages.map((message) => {
      const title = escapeXml(`${message.line}:${message.column} ${message.ruleId}`);
      const body = `${escapeXml(message.file)}:${message.line}:${message.column}: ${escapeXml(message.reason)}`;
      if (message.level === 'info') return `    <testcase classname="${name}" name="${title}"><system-out>${body}</system-out></testcase>`;
      return `    <testcase classname="${name}" name="${title}"><failure type="${message.level}" message="${escapeXml(message.reason)}">${body}</failure></testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="algoritmekader-lint"/>`);
    const failed = messages.filter((message) => message.level !== 'info').length;
    tests += cases.length;
    failures += failed;
    return `  <testsuite name="${name}" id="${index}" tests="${cases.length}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="algoritmekader-lint" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
