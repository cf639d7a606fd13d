#!/usr/bin/env node
import { startSpellingEarly } from '../../spelling/worker-start.js';

// Before the linter's modules load: Hunspell loads on another thread meanwhile.
startSpellingEarly(process.argv.slice(2));
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
