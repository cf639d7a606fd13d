/** The Action's `main` (bundled to bundle/action.mjs). */
import { runAction } from './action.js';

process.exitCode = await runAction();
