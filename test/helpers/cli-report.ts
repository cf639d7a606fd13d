/**
 * The bundled CLI's JSON report of a repository, as a user's run writes it:
 * what the editors' tests compare their findings with. Made once per test
 * worker and repository (the test files of a worker share their modules),
 * so the files that compare with the corpus's report do not each pay for a
 * whole-corpus run. Tests that change a repository use a copy, never these.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './rule-docs.js';

type Point = { line: number; column: number };
export type Finding = { ruleId: string; reason: string; fatal?: boolean; line: number; column: number; place?: { start: Point; end: Point } };
export type Report = Array<{ path: string; messages: Finding[] }>;

const reports = new Map<string, Report>();

export function cliReport(root: string): Report {
  let report = reports.get(root);
  if (!report) {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--reporter', 'json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`the CLI ended with ${cli.status} in ${root}:\n${cli.stderr}`);
    report = JSON.parse(cli.stdout) as Report;
    reports.set(root, report);
  }
  return report;
}
