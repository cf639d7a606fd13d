/** The Action's `main` (bundled to bundle/action.mjs). */
import { startSpellingEarly } from '../spelling/worker-start.js';

// Before the linter's modules load: Hunspell loads on another thread meanwhile (ended if the configuration turns spelling off).
startSpellingEarly([]);
const { runAction } = await import('./action.js');
process.exitCode = await runAction();
