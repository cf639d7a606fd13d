// Empties dist/ before a build: tsc only adds files, so a removed or renamed
// rule would otherwise stay in dist/ and in the npm package.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
