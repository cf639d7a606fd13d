/** The README, CONTRIBUTING.md and the pages under docs/ link to files and headings that exist (remark-validate-links). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/rule-docs.js';

describe('documentation links', () => {
  it('every local link and anchor resolves', () => {
    const cli = path.join(ROOT, 'node_modules/remark-cli/cli.js');
    const files = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs', 'editors/vscode/README.md'];
    const run = spawnSync(
      process.execPath,
      [cli, '--no-stdout', '--quiet', '--frail', '--no-config', '--use', 'remark-validate-links=repository:false', ...files],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
