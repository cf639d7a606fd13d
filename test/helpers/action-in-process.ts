/**
 * The Action's `runAction` in this process, with the runner's files and
 * variables as a run of the bundle gets them (test/helpers/action-archive.ts):
 * for tests of what the Action does, not of how the runner starts it. Its
 * stdout is what it writes; its stderr what it writes to process.stderr.
 */
import { vi } from 'vitest';
import { type ActionOptions, runAction } from '../../src/entries/action.js';
import { type ActionRun, runnerFor } from './action-archive.js';
import { ROOT } from './rule-docs.js';

export async function runActionInProcess(
  workspace: string,
  inputs: Record<string, string>,
  event: object = { action: 'opened' },
  options: ActionOptions = {},
): Promise<ActionRun> {
  const { env, outcome } = runnerFor(ROOT, workspace, inputs, event);
  let stdout = '';
  let stderr = '';
  const errors = vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
    stderr += String(text);
    return true;
  });
  try {
    const status = await runAction(
      env,
      (text) => {
        stdout += text;
        return true;
      },
      options,
    );
    return outcome({ status, stdout, stderr });
  } finally {
    errors.mockRestore();
  }
}
