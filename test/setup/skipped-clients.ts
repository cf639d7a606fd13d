/**
 * A reporter that speaks last: when tests were skipped because a real client
 * is missing here (pre-commit, Neovim, cmark-gfm, Chromium) or the corpus is not there,
 * the run's final lines say which, and the command that brings it. .ci/run
 * installs the clients, so CI skips nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';

const CLIENTS = [
  { command: 'pre-commit', package: 'pre-commit', tests: 'test/adoption.test.ts (real pre-commit)' },
  { command: 'nvim', package: 'neovim', tests: 'test/neovim.test.ts' },
  { command: 'cmark-gfm', package: 'cmark-gfm', tests: "test/comment-text.test.ts (GitHub's rendering)" },
  { command: 'chromium', package: 'chromium', tests: 'test/vscode-web.test.ts (VS Code for the Web)' },
];

export default class SkippedClients implements Reporter {
  private skipped = 0;

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    for (const module of modules) for (const test of module.children.allTests()) if (test.result().state === 'skipped') this.skipped++;
    if (this.skipped === 0) return;
    const lines: string[] = [];
    const missing = CLIENTS.filter((client) => spawnSync(client.command, ['--version'], { stdio: 'ignore' }).status !== 0);
    for (const client of missing) lines.push(`  ${client.command} is not installed: ${client.tests} skipped`);
    if (missing.length) lines.push(`  install them: sudo apt-get install ${missing.map((client) => client.package).join(' ')}`);
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const source = JSON.parse(readFileSync(path.join(root, 'scripts/corpus-source.json'), 'utf8')) as { folder: string };
    const corpus = path.resolve(root, process.env.ALGORITMEKADER_CORPUS ?? source.folder);
    if (!existsSync(path.join(corpus, 'mkdocs.yml'))) lines.push(`  the real corpus is not at ${corpus}: its tests skipped; npm run corpus fetches it`);
    if (lines.length) console.log(`\n${this.skipped} tests skipped, because:\n${lines.join('\n')}\n`);
  }
}
