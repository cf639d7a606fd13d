/** The CLI in this process, as a user runs it in `cwd`: its exit status, what it wrote, and its JSON report (with `--reporter json`). */
import { main } from '../../src/entries/cli/main.js';

export interface JsonMessage {
  line: number;
  column: number;
  ruleId: string;
  reason: string;
  /** true: an error; false: a warning; null: information. */
  fatal?: boolean | null;
}

export async function runCli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    isTTY: false,
    env: {},
  });
  const report = args.includes('json') && stdout ? (JSON.parse(stdout) as Array<{ path: string; messages: JsonMessage[] }>) : [];
  return { status, stdout, stderr, report };
}
